"""Deleting what a run created, then searching and fetching to prove it is gone.

Cleanup talks plain HTTP and reads answers leniently: it must work against exactly the servers
the suite has just found broken (an answer missing a field must not stop a delete). It never
deletes on trust: each candidate is fetched first and deleted only if the answer carries the
run's marks. It stops at the end of its time (`Clock`); what it could not finish is listed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx
from attrs import frozen

from videosdk_sip.contract.alarm import StageTimeUp
from videosdk_sip.contract.answers import json_or_none
from videosdk_sip.contract.guard import Clock
from videosdk_sip.contract.ownership import KINDS, Ledger, ResourceKind

__all__ = ["NUMBERS_PATH", "CleanupReport", "KindAccount", "clean_up", "number_path"]

CALLS_PATH = "/v2/sip/call"
NUMBERS_PATH = "/v2/sip/phone-numbers"
NUMBER_KIND = "phone number"
"""The account row of the numbers the run provisioned: released, not deleted."""
CALL_OVER = frozenset(
    {"ended", "abandoned", "not-answered", "rejected", "failed", "completed", "cancelled"}
)
"""Statuses of a call that is over: nothing to end."""

MAX_PAGES = 1000
PER_PAGE = 100


def number_path(e164: str) -> str:
    """The path of one registered number (`getPhoneNumber`)."""
    return f"{NUMBERS_PATH}/{quote(e164, safe='')}"


@frozen
class KindAccount:
    """One kind's resources, each counted once: `created` (proved the run's own) equals
    `deleted_during_run + deleted_by_cleanup + already_gone + spared + left_over`, where
    `left_over` counts only the created ones; `found_by_search` are further resources with
    the run's marks that no create answer named (deleted or left over with the rest)."""

    kind: str
    created: int
    deleted_during_run: int
    deleted_by_cleanup: int
    already_gone: int
    spared: int
    left_over: int
    found_by_search: int = 0

    @property
    def adds_up(self) -> bool:
        return self.created == (
            self.deleted_during_run
            + self.deleted_by_cleanup
            + self.already_gone
            + self.spared
            + self.left_over
        )


@frozen
class CleanupReport:
    """What cleanup did. `leftovers` are resources still there (or not verified gone) after it;
    `spared` are candidates it would not delete because they no longer carry the run's marks;
    `problems` say what failed."""

    tracked: int
    deleted: tuple[str, ...]
    leftovers: tuple[str, ...]
    problems: tuple[str, ...]
    spared: tuple[str, ...] = ()
    ended: tuple[str, ...] = ()
    """The run's calls cleanup ended (those already over are left as they are)."""
    released: tuple[str, ...] = ()
    """The numbers the run provisioned that cleanup released."""
    requests: int = 0
    """Every request cleanup sent (fetches, searches, ends, deletes)."""
    accounts: tuple[KindAccount, ...] = ()
    """Per kind, in cleanup order, what became of the resources the run created."""

    @property
    def ok(self) -> bool:
        return not self.leftovers and not self.problems and not self.spared


class _OutOfTimeError(Exception):
    pass


class _NotReleasedError(Exception):
    pass


class _Cleanup:
    def __init__(
        self, http: httpx.Client, ledger: Ledger, pace: Callable[[], None], clock: Clock
    ) -> None:
        self.http = http
        self.ledger = ledger
        self.marker = ledger.marker
        self.pace = pace
        self.clock = clock
        self.problems: list[str] = []
        self.deleted: list[str] = []
        self.spared: list[str] = []
        self.leftovers: dict[str, None] = {}
        self.ended: list[str] = []
        self.released: list[str] = []
        self.requests = 0
        self.silent = False

    def request(
        self, method: str, path: str, json: object = None, **params: Any
    ) -> httpx.Response | None:
        if self.clock.expired() or self.silent:
            raise _OutOfTimeError
        self.pace()
        self.requests += 1
        try:
            return self.http.request(method, path, params=params or None, json=json)
        except httpx.TimeoutException as error:
            # A server that gives no answer would hold every remaining request as long, for
            # every kind: cleanup stops at its first unanswered request.
            self.silent = True
            self.problems.append(f"{method} {path} failed: {type(error).__name__}: {error}")
            raise _OutOfTimeError from None
        except httpx.HTTPError as error:
            self.problems.append(f"{method} {path} failed: {type(error).__name__}: {error}")
            return None

    def kind(self, kind: ResourceKind) -> set[str]:
        """Cleans up one kind; the ids its search found."""
        unfinished = self.ledger.pending(kind)
        found: list[str] = []
        try:
            found = self.search(kind)
            candidates = list(dict.fromkeys([*unfinished, *found]))
            unfinished = list(candidates)
            for resource_id in candidates:
                self.delete_if_ours(kind, resource_id)
                unfinished.remove(resource_id)
            unfinished = [item for item in candidates if item not in self.spared]
            self.verify(kind, candidates)
        except (_OutOfTimeError, StageTimeUp):
            self.problems.append(
                f"cleanup stopped (out of time, or no answer) before it finished; "
                f"{len(unfinished)} {kind.name}s known to be the run's not deleted or not "
                "verified gone"
            )
            self.leftovers.update(dict.fromkeys(unfinished))
        return set(found)

    def end_calls(self, call_ids: list[str]) -> None:
        """Ends each of the run's calls still in progress; a call whose `metadata` lacks the
        run's id is never ended."""
        try:
            for call_id in call_ids:
                path = f"{CALLS_PATH}/{quote(call_id, safe='')}"
                answer = self.request("GET", path)
                if answer is None or answer.status_code != 200:
                    continue
                body = json_or_none(answer)
                call = body.get("data", body) if isinstance(body, dict) else None
                if not self.marker.owns_call(call) or not isinstance(call, dict):
                    continue
                if call.get("status") in CALL_OVER:
                    continue
                ended = self.request("POST", f"{CALLS_PATH}/end", json={"callId": call_id})
                if ended is not None and ended.status_code == 200:
                    self.ended.append(call_id)
                elif ended is not None:
                    self.problems.append(f"POST {CALLS_PATH}/end answered {ended.status_code}")
        except (_OutOfTimeError, StageTimeUp):
            self.problems.append("cleanup ran out of time while ending the run's calls")

    def release_numbers(self, numbers: list[str], released_before: frozenset[str]) -> KindAccount:
        """Releases each number the run provisioned that is still registered, and verifies
        it is gone; only these numbers, fetched by E.164 for their current id."""
        counts = {"during": 0, "cleanup": 0, "gone": 0}
        unfinished = list(numbers)
        try:
            for e164 in numbers:
                try:
                    counts[self.release_number(e164, released_before)] += 1
                except _NotReleasedError:
                    continue
                unfinished.remove(e164)
        except (_OutOfTimeError, StageTimeUp):
            self.problems.append(
                f"cleanup stopped before it released {len(unfinished)} of the run's numbers"
            )
        self.leftovers.update(dict.fromkeys(unfinished))
        return KindAccount(
            kind=NUMBER_KIND,
            created=len(numbers),
            deleted_during_run=counts["during"],
            deleted_by_cleanup=counts["cleanup"],
            already_gone=counts["gone"],
            spared=0,
            left_over=len(unfinished),
        )

    def release_number(self, e164: str, released_before: frozenset[str]) -> str:
        """`during`, `gone` or `cleanup`: how the number came to be released;
        `_NotReleasedError` when it may still be registered."""
        path = number_path(e164)
        number_id = self.registered_id(path)
        if number_id is None:
            return "during" if e164 in released_before else "gone"
        release = f"{NUMBERS_PATH}/{quote(number_id, safe='')}/release"
        answer = self.request("POST", release)
        if answer is not None and answer.status_code != 200:
            self.problems.append(f"POST {release} answered {answer.status_code}")
        if answer is None:
            raise _NotReleasedError
        if self.registered_id(path) is not None:
            self.problems.append(f"{e164} is still registered after its release")
            raise _NotReleasedError
        self.released.append(e164)
        return "cleanup"

    def registered_id(self, path: str) -> str | None:
        """The `phoneNumberId` of a number still registered (and not released), else None;
        an answer that tells neither is a problem, and counts as registered."""
        answer = self.request("GET", path)
        if answer is not None and answer.status_code == 404:
            return None
        body = json_or_none(answer) if answer is not None and answer.status_code == 200 else None
        record = body.get("phoneNumber") if isinstance(body, dict) else None
        if isinstance(record, dict) and record.get("status") == "RELEASED":
            return None
        number_id = record.get("phoneNumberId") if isinstance(record, dict) else None
        if isinstance(number_id, str) and number_id:
            return number_id
        status = answer.status_code if answer is not None else "no answer"
        self.problems.append(f"GET {path} answered {status}; cannot tell if it is released")
        raise _NotReleasedError

    def delete_if_ours(self, kind: ResourceKind, resource_id: str) -> None:
        path = kind.item_path(resource_id)
        answer = self.request("GET", path)
        if answer is None:
            self.leftovers[resource_id] = None
            return
        if answer.status_code == 404:
            return
        if answer.status_code != 200:
            self.problems.append(f"GET {path} answered {answer.status_code}; not deleted")
            self.leftovers[resource_id] = None
            return
        if not kind.owns(self.marker, json_or_none(answer)):
            self.spared.append(resource_id)
            self.problems.append(
                f"{kind.name} {resource_id} no longer carries this run's marks; not deleted"
            )
            return
        deleted = self.request("DELETE", path)
        if deleted is not None and deleted.status_code == 200:
            self.deleted.append(resource_id)
            self.ledger.deleted(kind, resource_id)
        elif deleted is not None and deleted.status_code != 404:
            self.problems.append(f"DELETE {path} answered {deleted.status_code}")

    def verify(self, kind: ResourceKind, candidates: list[str]) -> None:
        remaining = dict.fromkeys(self.search(kind))
        for resource_id in candidates:
            if resource_id in remaining or resource_id in self.spared:
                continue
            answer = self.request("GET", kind.item_path(resource_id))
            if answer is not None and answer.status_code == 200:
                remaining[resource_id] = None
            elif answer is not None and answer.status_code != 404:
                self.problems.append(
                    f"GET {kind.item_path(resource_id)} answered {answer.status_code}; "
                    "cannot tell if it is gone"
                )
        self.leftovers.update(remaining)

    def search(self, kind: ResourceKind) -> list[str]:
        """Ids of the resources carrying the run's marks, over every page.

        Pages of `PER_PAGE` first; a server that refuses those (a 4xx or 5xx) is asked again
        with its default page size.
        """
        failures: list[str] = []
        for per_page in (PER_PAGE, None):
            ids = self.search_pages(kind, failures, per_page)
            if ids is not None:
                return ids
        self.problems.append(failures[-1])
        return []

    def search_pages(
        self, kind: ResourceKind, failures: list[str], per_page: int | None
    ) -> list[str] | None:
        ids: list[str] = []
        where = f"GET {kind.collection_path}?{kind.search_parameter}=..."
        for page in range(1, MAX_PAGES + 1):
            params: dict[str, Any] = {kind.search_parameter: self.marker.prefix, "page": page}
            if per_page is not None:
                params["perPage"] = per_page
            response = self.request("GET", kind.collection_path, **params)
            if response is None:
                failures.append(f"{where} failed")
                return None
            body = json_or_none(response) if response.status_code == 200 else None
            if not isinstance(body, dict) or not isinstance(body.get("data"), list):
                failures.append(f"{where} answered {response.status_code}")
                return None
            for item in body["data"]:
                resource_id = kind.id_of(item)
                if resource_id is not None and kind.owns(self.marker, item):
                    ids.append(resource_id)
            info = body.get("pageInfo")
            last = info.get("lastPage") if isinstance(info, dict) else None
            if not isinstance(last, int) or page >= last or not body["data"]:
                return ids
        failures.append(f"{where} has more than {MAX_PAGES} pages")
        return None


def clean_up(
    http: httpx.Client,
    ledger: Ledger,
    *,
    clock: Clock | None = None,
    pace: Callable[[], None] = lambda: None,
    calls: list[str] | None = None,
    numbers: list[str] | None = None,
    released_during_run: frozenset[str] = frozenset(),
) -> CleanupReport:
    """Deletes every resource this run proved its own or finds by its marks, then verifies.

    First the run's calls still in progress are ended (`calls`: the ids it placed). Then,
    kind by kind in `KINDS`' order, candidates are the ids the ledger holds and has not seen
    deleted, plus every resource a search for the run's prefix finds with the run's marks.
    Each is fetched, and deleted only if the answer still carries the marks. A resource
    still found by the search or
    still answered by a fetch afterwards is a leftover. Last, the numbers the run
    provisioned (`numbers`, and no other) are released where still registered, after the
    rules and gateways that held them; the account row `phone number` counts them.
    """
    run = _Cleanup(http, ledger, pace, clock or Clock())
    if calls:
        run.end_calls(calls)
    tracked = 0
    accounts: list[KindAccount] = []
    for kind in KINDS:
        created = ledger.owned(kind)
        pending = set(ledger.pending(kind))
        tracked += len(created)
        deleted_before, spared_before = len(run.deleted), len(run.spared)
        leftovers_before = set(run.leftovers)
        search_found = run.kind(kind)
        deleted_now = set(run.deleted[deleted_before:])
        spared_now = set(run.spared[spared_before:])
        left_now = set(run.leftovers) - leftovers_before
        ours = set(created)
        accounts.append(
            KindAccount(
                kind=kind.name,
                created=len(created),
                deleted_during_run=len(ours - pending),
                deleted_by_cleanup=len(deleted_now & pending),
                already_gone=len(pending - deleted_now - spared_now - left_now),
                spared=len(spared_now & pending),
                left_over=len(left_now & pending),
                found_by_search=len(search_found - ours),
            )
        )
    if numbers is not None:
        accounts.append(run.release_numbers(numbers, released_during_run))
    return CleanupReport(
        tracked=tracked,
        deleted=tuple(dict.fromkeys(run.deleted)),
        leftovers=tuple(run.leftovers),
        problems=tuple(dict.fromkeys(run.problems)),
        spared=tuple(run.spared),
        ended=tuple(run.ended),
        released=tuple(run.released),
        requests=run.requests,
        accounts=tuple(accounts),
    )
