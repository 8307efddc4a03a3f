"""Deleting what a run created, then listing to prove it is gone.

Cleanup talks plain HTTP and reads answers leniently: it must work against exactly the servers
the suite has just found broken (an answer missing a field must not stop a delete).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx
from attrs import frozen

from videosdk_sip.contract.marking import RuleMarker
from videosdk_sip.contract.tracking import CreatedRules

__all__ = ["CleanupReport", "clean_up"]

RULES_PATH = "/v2/sip/routing-rules"
MAX_PAGES = 1000
PER_PAGE = 100


@frozen
class CleanupReport:
    """What cleanup did. `leftovers` are rules still there after it; `problems` say what failed."""

    tracked: int
    deleted: tuple[str, ...]
    leftovers: tuple[str, ...]
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.leftovers and not self.problems


def clean_up(
    http: httpx.Client,
    created: CreatedRules,
    marker: RuleMarker,
    *,
    pace: Callable[[], None] = lambda: None,
) -> CleanupReport:
    """Delete every rule this run created or named, then list and fetch to verify.

    Candidates are the ids seen in create answers and not yet answered as deleted, plus every
    rule a name search for the run's prefix finds (a create whose answer was lost, a delete
    that did not stick). After deleting them, a rule still found by the search or still
    answered by a fetch is a leftover.
    """
    problems: list[str] = []
    found = _search(http, marker, pace, problems)
    candidates = list(dict.fromkeys([*created.pending(), *found]))
    deleted: list[str] = []
    for rule_id in candidates:
        status = _request(http, "DELETE", _rule_path(rule_id), pace, problems)
        if status == 200:
            deleted.append(rule_id)
        elif status is not None and status != 404:
            problems.append(f"DELETE {_rule_path(rule_id)} answered {status}")

    remaining = dict.fromkeys(_search(http, marker, pace, problems))
    for rule_id in candidates:
        if rule_id in remaining:
            continue
        status = _request(http, "GET", _rule_path(rule_id), pace, problems)
        if status == 200:
            remaining[rule_id] = None
        elif status is not None and status != 404:
            problems.append(
                f"GET {_rule_path(rule_id)} answered {status}; cannot tell if it is gone"
            )
    return CleanupReport(
        tracked=len(created),
        deleted=tuple(deleted),
        leftovers=tuple(remaining),
        problems=tuple(dict.fromkeys(problems)),
    )


def _rule_path(rule_id: str) -> str:
    return f"{RULES_PATH}/{quote(rule_id, safe='')}"


def _request(
    http: httpx.Client, method: str, path: str, pace: Callable[[], None], problems: list[str]
) -> int | None:
    pace()
    try:
        return http.request(method, path).status_code
    except httpx.HTTPError as error:
        problems.append(f"{method} {path} failed: {type(error).__name__}")
        return None


def _search(
    http: httpx.Client, marker: RuleMarker, pace: Callable[[], None], problems: list[str]
) -> list[str]:
    """Ids of the rules whose names start with the run's prefix, over every page.

    Pages of `PER_PAGE` first; a server that refuses those (a 4xx or 5xx) is asked again with
    its default page size.
    """
    failures: list[str] = []
    for per_page in (PER_PAGE, None):
        ids = _search_pages(http, marker, pace, failures, per_page)
        if ids is not None:
            return ids
    problems.append(failures[-1])
    return []


def _search_pages(
    http: httpx.Client,
    marker: RuleMarker,
    pace: Callable[[], None],
    failures: list[str],
    per_page: int | None,
) -> list[str] | None:
    ids: list[str] = []
    for page in range(1, MAX_PAGES + 1):
        pace()
        params: dict[str, Any] = {"search": marker.prefix, "page": page}
        if per_page is not None:
            params["perPage"] = per_page
        try:
            response = http.get(RULES_PATH, params=params)
            body = response.json() if response.status_code == 200 else None
        except (httpx.HTTPError, ValueError) as error:
            failures.append(f"GET {RULES_PATH}?search=... failed: {type(error).__name__}")
            return None
        if not isinstance(body, dict) or not isinstance(body.get("data"), list):
            failures.append(f"GET {RULES_PATH}?search=... answered {response.status_code}")
            return None
        ids.extend(
            rule["id"]
            for rule in body["data"]
            if marker.owns(rule) and isinstance(rule.get("id"), str)
        )
        info = body.get("pageInfo")
        last = info.get("lastPage") if isinstance(info, dict) else None
        if not isinstance(last, int) or page >= last or not body["data"]:
            return ids
    failures.append(f"GET {RULES_PATH}?search=... has more than {MAX_PAGES} pages")
    return None
