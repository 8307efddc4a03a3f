"""Deleting what a run created, then searching and fetching to prove it is gone.

Cleanup talks plain HTTP and reads answers leniently: it must work against exactly the servers
the suite has just found broken (an answer missing a field must not stop a delete). It never
deletes on trust: each candidate is fetched first and deleted only if the answer carries the
run's marks. It stops at the end of its time (`Clock`); what it could not finish is listed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from attrs import frozen

from videosdk_sip.contract.alarm import StageTimeUp
from videosdk_sip.contract.guard import Clock
from videosdk_sip.contract.ownership import KINDS, Ledger, ResourceKind

__all__ = ["CleanupReport", "clean_up"]

MAX_PAGES = 1000
PER_PAGE = 100


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

    @property
    def ok(self) -> bool:
        return not self.leftovers and not self.problems and not self.spared


class _OutOfTimeError(Exception):
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

    def request(self, method: str, path: str, **params: Any) -> httpx.Response | None:
        if self.clock.expired():
            raise _OutOfTimeError
        self.pace()
        try:
            return self.http.request(method, path, params=params or None)
        except httpx.TimeoutException as error:
            # A server that gives no answer would hold every remaining request as long.
            self.problems.append(f"{method} {path} failed: {type(error).__name__}: {error}")
            raise _OutOfTimeError from None
        except httpx.HTTPError as error:
            self.problems.append(f"{method} {path} failed: {type(error).__name__}: {error}")
            return None

    def kind(self, kind: ResourceKind) -> None:
        unfinished = self.ledger.pending(kind)
        try:
            candidates = list(dict.fromkeys([*unfinished, *self.search(kind)]))
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
        if not self.marker.owns(_json(answer)):
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
            body = _json(response) if response.status_code == 200 else None
            if not isinstance(body, dict) or not isinstance(body.get("data"), list):
                failures.append(f"{where} answered {response.status_code}")
                return None
            for item in body["data"]:
                resource_id = kind.id_of(item)
                if resource_id is not None and self.marker.owns(item):
                    ids.append(resource_id)
            info = body.get("pageInfo")
            last = info.get("lastPage") if isinstance(info, dict) else None
            if not isinstance(last, int) or page >= last or not body["data"]:
                return ids
        failures.append(f"{where} has more than {MAX_PAGES} pages")
        return None


def _json(response: httpx.Response) -> object:
    try:
        body: object = response.json()
    except ValueError:
        return None
    return body


def clean_up(
    http: httpx.Client,
    ledger: Ledger,
    *,
    clock: Clock | None = None,
    pace: Callable[[], None] = lambda: None,
) -> CleanupReport:
    """Deletes every resource this run proved its own or finds by its marks, then verifies.

    Candidates are the ids the ledger holds and has not seen deleted, plus every resource a
    name search for the run's prefix finds with the run's marks. Each is fetched, and deleted
    only if the answer still carries the marks. A resource still found by the search or
    still answered by a fetch afterwards is a leftover.
    """
    run = _Cleanup(http, ledger, pace, clock or Clock())
    tracked = 0
    for kind in KINDS:
        tracked += len(ledger.owned(kind))
        run.kind(kind)
    return CleanupReport(
        tracked=tracked,
        deleted=tuple(dict.fromkeys(run.deleted)),
        leftovers=tuple(run.leftovers),
        problems=tuple(dict.fromkeys(run.problems)),
        spared=tuple(run.spared),
    )
