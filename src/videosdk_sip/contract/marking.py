"""Marks every rule the suite creates, so that it can be found and deleted afterwards.

A generated create body gets the configured gateway, a name starting with this run's prefix
and the suite's tag; an update body that renames a rule or replaces its tags keeps both. Only
values that already satisfy the contract are changed, each into another valid value, and no
required field is ever added, so a deliberately invalid body (negative testing) stays invalid
in the same way.
"""

from __future__ import annotations

import random
import re
import secrets
from typing import Any, Final

from attrs import frozen

__all__ = ["NAME_PREFIX", "TAG", "RuleMarker", "new_run_prefix"]

NAME_PREFIX = "videosdk-sip-contract-"
"""Every rule the suite creates has a name starting with this, then the run's id and a dash."""

TAG = "videosdk-sip-contract"
"""Every rule the suite creates carries this tag."""

RUN_FIELD = "videosdkSipRun"
"""Where a webhook's URL query and a call's `metadata` carry the run's name prefix."""

WEBHOOK_SINK = "https://receiver.videosdk-sip-contract.invalid/events"
"""Where a run's webhooks point against a server when no receiver is given: the `.invalid`
top-level domain never resolves (RFC 2606), so no event reaches anyone."""

_E164: Final = re.compile(r"^\+[1-9][0-9]{1,14}$")


def new_run_prefix(seed: int | None = None) -> str:
    """A name prefix of its own for one run, so that runs sharing an account stay apart.

    With `seed` (for a fresh embedded mock, which no other run shares) it follows from the
    seed: the prefix goes into request bodies, and what hashes and sorts differently can
    change which values a seeded run draws."""
    if seed is None:
        return f"{NAME_PREFIX}{secrets.token_hex(4)}-"
    return f"{NAME_PREFIX}{random.Random(seed).getrandbits(32):08x}-"  # noqa: S311 (a name)


def _is_text(value: object) -> bool:
    return isinstance(value, str) and value != ""


@frozen
class RuleMarker:
    """Rewrites request bodies so that what they create is recognisably this run's."""

    prefix: str
    gateway_id: str
    tag: str = TAG
    call_route: tuple[str, str] | None = None
    """An outbound rule's id and one of its numbers, to place the run's calls through."""

    webhook_base: str | None = None
    """Against a server, where every webhook the run registers points (the user's receiver,
    else a `.invalid` host that never resolves); None keeps the generated URL."""

    def mark_call(self, body: Any) -> Any:
        """A call's body with the run's id in `metadata`, through `call_route` when there is
        one, where it names a rule and a caller validly."""
        if not isinstance(body, dict):
            return body
        marked: dict[str, Any] = dict(body)
        metadata = marked.get("metadata", {})
        if isinstance(metadata, dict) and all(isinstance(v, str) for v in metadata.values()):
            marked["metadata"] = {**metadata, RUN_FIELD: self.prefix}
        if self.call_route is None:
            return marked
        rule_id, caller = self.call_route
        if _is_text(marked.get("routingRuleId")):
            marked["routingRuleId"] = rule_id
        if isinstance(marked.get("sipCallFrom"), str) and _E164.match(marked["sipCallFrom"]):
            marked["sipCallFrom"] = caller
        return marked

    def mark_webhook(self, body: Any) -> Any:
        """A webhook's body whose URL carries the run's id in its query (`RUN_FIELD`)."""
        if not isinstance(body, dict):
            return body
        url = body.get("url")
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            return body
        if self.webhook_base is not None:
            url = self.webhook_base
        joiner = "&" if "?" in url else "?"
        return {**body, "url": f"{url}{joiner}{RUN_FIELD}={self.prefix}"}

    def owns_webhook(self, webhook: object) -> bool:
        url = webhook.get("url") if isinstance(webhook, dict) else None
        return isinstance(url, str) and f"{RUN_FIELD}={self.prefix}" in url

    def owns_call(self, call: object) -> bool:
        metadata = call.get("metadata") if isinstance(call, dict) else None
        return isinstance(metadata, dict) and metadata.get(RUN_FIELD) == self.prefix

    def mark_create(self, body: Any) -> Any:
        """The create body with this run's gateway, name prefix and tag, where they are valid."""
        if not isinstance(body, dict):
            return body
        marked: dict[str, Any] = self.mark_update(body)
        if _is_text(marked.get("gatewayId")):
            marked["gatewayId"] = self.gateway_id
        if "tags" not in marked:
            # Optional, so adding it cannot turn an invalid body into a valid one.
            marked["tags"] = [self.tag]
        return marked

    def mark_update(self, body: Any) -> Any:
        """The update body with the name prefix and tag, where it sends a valid name or tags."""
        if not isinstance(body, dict):
            return body
        marked: dict[str, Any] = dict(body)
        name = marked.get("name")
        if isinstance(name, str) and name and not name.startswith(self.prefix):
            marked["name"] = self.prefix + name
        tags = marked.get("tags")
        if isinstance(tags, list) and all(_is_text(tag) for tag in tags) and self.tag not in tags:
            marked["tags"] = [self.tag, *tags]
        return marked

    def owns(self, resource: object) -> bool:
        """Whether an answered resource carries this run's marks: the name prefix and the tag."""
        if not isinstance(resource, dict):
            return False
        name = resource.get("name")
        tags = resource.get("tags")
        return (
            isinstance(name, str)
            and name.startswith(self.prefix)
            and isinstance(tags, list)
            and self.tag in tags
        )
