"""The active list check, after the phases: per kind, list the run's own items (their names
carry the run's prefix) a few at a time, and check the pages against one another and against
what the run holds; then one list by id, and one search that matches nothing of the run's."""

from __future__ import annotations

import shlex
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from videosdk_sip.contract.answers import json_or_none
from videosdk_sip.contract.ownership import Ledger
from videosdk_sip.contract.redaction import REDACTED
from videosdk_sip.contract.semantics.checks import filter_mismatches, page_info_problems
from videosdk_sip.contract.semantics.kinds import Match, SemanticKind
from videosdk_sip.contract.semantics.observer import (
    DELETED_GONE,
    LIST_FILTER,
    PAGE_INFO,
    ObservedCall,
    SemanticObserver,
)

__all__ = ["MAX_PAGES", "PHASE", "sweep_lists"]

PHASE = "semantic"
MAX_PAGES = 12
"""Pages one walk reads at most; the page size is chosen so that the run's items fit."""
NO_MATCH = "no-such-item-"


def sweep_lists(
    http: httpx.Client,
    observer: SemanticObserver,
    ledger: Ledger,
    labels: Mapping[str, str],
    prefix: str,
    pace: Callable[[str], None],
) -> None:
    """Walks each kind's list the run can search by its prefix; `pace(label)` before a request."""
    for kind in observer.kinds:
        label = labels.get(kind.listing)
        if label is None or kind.search is None:
            continue
        _Sweep(http, observer, ledger, kind, label, pace, prefix).run()


class _Sweep:
    def __init__(
        self,
        http: httpx.Client,
        observer: SemanticObserver,
        ledger: Ledger,
        kind: SemanticKind,
        label: str,
        pace: Callable[[str], None],
        prefix: str,
    ) -> None:
        self.http = http
        self.prefix = prefix
        self.observer = observer
        self.kind = kind
        self.label = label
        self.path = label.split(" ", 1)[1]
        self.pace = pace
        searched = kind.filter(kind.search) if kind.search is not None else None
        # Only what the walk's search must find: a resource whose name carries the prefix.
        live = {
            rid: None
            for rid, state in observer.state.live(kind).items()
            if searched is not None and searched.selects(state, prefix)
        }
        deleted: set[str] = set()
        if kind.ownership is not None:
            # The client check's resources are in the ledger, not in the observer's state.
            live.update(dict.fromkeys(ledger.pending(kind.ownership)))
            deleted = set(ledger.owned(kind.ownership)) - set(live)
        self.live = [rid for rid in live if not observer.state.is_deleted(kind, rid)]
        self.deleted = deleted | {rid for rid in live if observer.state.is_deleted(kind, rid)}

    def run(self) -> None:
        prefix = self.prefix
        if not self.live and not self.deleted:
            return
        search = self.kind.search
        assert search is not None
        per_page = max(1, min(100, -(-len(self.live) // (MAX_PAGES // 2)) or 1))
        listed = self.walk({search: prefix}, per_page)
        if listed is None:
            return
        for rid in self.live:
            if rid not in listed:
                self.fail(
                    LIST_FILTER,
                    f"The run's {self.kind.name} {rid} is missing from the list of its items",
                    [f"not on any page of `{search}={prefix}`"],
                    {search: prefix, "page": 1, "perPage": per_page},
                )
        for rid in sorted(self.deleted & set(listed)):
            self.fail(
                DELETED_GONE,
                f"A list still holds the deleted {self.kind.name} {rid}",
                [f"listed under `{search}={prefix}` after the delete was answered as done"],
                {search: prefix, "page": 1, "perPage": per_page},
            )
        self.walk({search: prefix + NO_MATCH}, per_page)
        by_id = next(
            (
                rule
                for rule in self.kind.filters
                if rule.match in (Match.EQUALS, Match.ONE_OF)
                and rule.fields[0] == self.kind.id_field
            ),
            None,
        )
        if by_id is not None and self.live:
            wanted = self.live[0]
            found = self.walk({by_id.parameter: wanted}, 10)
            if found is not None and wanted not in found:
                self.fail(
                    LIST_FILTER,
                    f"A list by id left out the run's {self.kind.name} {wanted}",
                    [f"`{by_id.parameter}={wanted}` answered {sorted(found) or 'nothing'}"],
                    {by_id.parameter: wanted},
                )

    def walk(self, filters: dict[str, Any], per_page: int) -> dict[str, Mapping[str, Any]] | None:
        """Every item of every page, by id; None when a page could not be read, or the
        walk would take more than `MAX_PAGES`."""
        items: dict[str, Mapping[str, Any]] = {}
        counted = 0
        total: int | None = None
        page = 1
        while page <= MAX_PAGES:
            query = {**filters, "page": page, "perPage": per_page}
            answer = self.get(query)
            if answer is None:
                return None
            page_info, data = answer
            for check in (PAGE_INFO, LIST_FILTER, DELETED_GONE):
                self.observer.count(self.label, check)
            problems = page_info_problems(page_info, len(data), page, per_page)
            if problems:
                self.fail(
                    PAGE_INFO, "A page's `pageInfo` disagrees with its items", problems, query
                )
                return None
            for item in data:
                rid = self.kind.id_of(item)
                if rid is None:
                    continue
                counted += 1
                items[rid] = item
                mismatched = filter_mismatches(self.kind, filters, item)
                if mismatched:
                    self.fail(
                        LIST_FILTER,
                        f"A filtered list holds {self.kind.name} {rid}, which does not match",
                        mismatched,
                        query,
                    )
            total = page_info["total"]
            if page >= page_info["lastPage"]:
                break
            page += 1
        else:
            return None  # more pages than a walk reads: nothing is concluded from part of it
        if total is not None and counted != total:
            self.fail(
                PAGE_INFO,
                "The pages' items do not add up to `total`",
                [f"`total` is {total}, the {page} pages held {counted} items"],
                {**filters, "perPage": per_page},
            )
        return items

    def get(self, query: dict[str, Any]) -> tuple[Mapping[str, Any], list[Any]] | None:
        self.pace(self.label)
        try:
            response = self.http.get(self.path, params=query)
        except httpx.HTTPError:
            return None
        if response.status_code != 200:
            return None
        answer = json_or_none(response)
        page_info = answer.get("pageInfo") if isinstance(answer, dict) else None
        data = answer.get("data") if isinstance(answer, dict) else None
        if not isinstance(page_info, dict) or not isinstance(data, list):
            return None
        if not all(isinstance(page_info.get(name), int) for name in ("total", "lastPage")):
            return None
        return page_info, data

    def fail(self, check: str, title: str, problems: list[str], query: dict[str, Any]) -> None:
        url = self.http.build_request("GET", self.path, params=query).url
        call = ObservedCall(
            operation_id=self.kind.listing,
            label=self.label,
            status=200,
            answer=None,
            path_parameters={},
            query=query,
            body=None,
            reproduction=lambda: " ".join(
                shlex.quote(part)
                for part in ("curl", "-X", "GET", "-H", f"Authorization: {REDACTED}", str(url))
            ),
            phase=PHASE,
        )
        self.observer.fail(call, check, title, problems)
