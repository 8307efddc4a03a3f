"""Keeping a run's changes and deletes to its own resources, on an account others share.

One fence per resource kind (`ownership.KINDS`); rules are the example below.

Schemathesis takes rule ids from the answers it has seen (listings show every rule of the
account) and follows inferred links, so an update or delete can name a rule someone else
made. Before each update or delete the fence decides whether the id may be sent: a rule this
run created may; an id answered by no rule may (it changes nothing); a rule that exists and
is not this run's may not, and the request goes to `NOT_OURS` instead. An id never seen
before is looked up once with a GET; the verdict is remembered. Reads of rules known to be
someone else's are swapped too: checks derived from a read send other methods to its path.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from videosdk_sip.contract.marking import NAME_PREFIX
from videosdk_sip.contract.ownership import ROUTING_RULE, Ledger, ResourceKind

__all__ = ["NOT_OURS", "Lookup", "RuleFence"]

NOT_OURS = f"{NAME_PREFIX}not-a-rule-of-this-run"
"""Where an update or delete of someone else's rule goes instead: an id no rule has."""

Lookup = Callable[[str], tuple[int, Any] | None]
"""GET of one rule by its (already path-encoded) id: `(status, JSON body)`, or None on error."""


class RuleFence:
    """Decides, once per id, whether this run may change or delete the rule it names."""

    def __init__(self, ledger: Ledger, lookup: Lookup, kind: ResourceKind = ROUTING_RULE) -> None:
        self._kind = kind
        self._ledger = ledger
        self._marker = ledger.marker
        self._lookup = lookup
        self._lock = threading.Lock()
        self._allowed: set[str] = set()
        self._refused: set[str] = set()
        self.refusals = 0

    def learn(self, answer: object) -> None:
        """Remembers the rules an answer shows: other people's are refused without a lookup."""
        rules: list[Any] = [answer]
        if isinstance(answer, dict) and isinstance(answer.get("data"), list):
            rules = answer["data"]
        with self._lock:
            for rule in rules:
                rule_id = self._kind.id_of(rule)
                shown = "url" if self._kind.marks == "webhook-url" else "name"
                if rule_id is not None and isinstance(rule, dict) and shown in rule:
                    if self._kind.owns(self._marker, rule):
                        self._allowed.add(rule_id)
                    elif not self._ledger.owns(self._kind, rule_id):
                        self._refused.add(rule_id)
                        self._ledger.refuse(self._kind, rule_id)

    def permit(self, rule_id: str, *, look_up: bool = True) -> str:
        """The id to send: `rule_id` itself, or `NOT_OURS` for a rule that is not this run's.

        With `look_up=False` (for reads) an id never seen goes through unchecked; a rule
        known to be someone else's is still swapped, since checks derived from a read (an
        undocumented method, say) send other requests to the same path.
        """
        if self._ledger.is_foreign(self._kind, rule_id):
            with self._lock:
                self.refusals += 1
            return NOT_OURS
        if self._ledger.owns(self._kind, rule_id):
            return rule_id
        with self._lock:
            if rule_id in self._allowed:
                return rule_id
            known_foreign = rule_id in self._refused
        if not known_foreign and not look_up:
            return rule_id
        if not known_foreign and self._absent_or_ours(rule_id):
            with self._lock:
                self._allowed.add(rule_id)
            return rule_id
        with self._lock:
            self._refused.add(rule_id)
            self.refusals += 1
        return NOT_OURS

    def _absent_or_ours(self, rule_id: str) -> bool:
        found = self._lookup(rule_id)
        if found is None:
            return False  # cannot tell: refuse, to be safe
        status, body = found
        if status == 404:
            return True
        return status == 200 and self._kind.owns(self._marker, body)
