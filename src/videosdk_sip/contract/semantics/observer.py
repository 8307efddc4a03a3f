"""Watches every answer of the run: keeps the expected state from the run's own 2xx answers
and reports each answer that contradicts it."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Mapping
from typing import Any

from attrs import frozen

from videosdk_sip.contract.ownership import Ledger
from videosdk_sip.contract.results import FailureRecord
from videosdk_sip.contract.semantics.checks import (
    filter_mismatches,
    get_mismatches,
    number_conflicts,
    page_info_problems,
    update_mismatches,
)
from videosdk_sip.contract.semantics.documented import answer_fields, paged_listings
from videosdk_sip.contract.semantics.kinds import (
    NUMBER_RELATIONS,
    SEMANTIC_KINDS,
    SIDE_UPDATES,
    NumberRelation,
    SemanticKind,
    SideUpdate,
)
from videosdk_sip.contract.semantics.model import ExpectedState
from videosdk_sip.spec import load_document

__all__ = [
    "CHECK_MEANINGS",
    "DELETED_GONE",
    "GET_MATCHES",
    "LIST_FILTER",
    "PAGE_INFO",
    "RELATION",
    "UPDATE_PARTIAL",
    "ObservedCall",
    "Reporter",
    "SemanticObserver",
]

GET_MATCHES = "semantic_get_matches"
UPDATE_PARTIAL = "semantic_update_partial"
LIST_FILTER = "semantic_list_filter"
PAGE_INFO = "semantic_page_info"
DELETED_GONE = "semantic_deleted_gone"
RELATION = "semantic_relation"

CHECK_MEANINGS = {
    GET_MATCHES: "a get answers the resource as its create or last update answered it "
    "(same id, same values; server-owned fields such as timestamps aside)",
    UPDATE_PARTIAL: "an update changes exactly the fields it sent; every other field keeps "
    "its value",
    LIST_FILTER: "a filtered list holds only matching items, and every matching item the run owns",
    PAGE_INFO: "`pageInfo` (total, last page, page size) agrees with the items returned "
    "across the pages",
    DELETED_GONE: "a deleted resource is gone from gets and from lists",
    RELATION: "relations between resources hold (a number one inbound rule routes is routed "
    "by no other; a released number leaves every routing rule; a detached number "
    "leaves its gateways)",
}

PAGING = frozenset({"page", "perPage"})

Reporter = Callable[[FailureRecord, Hashable], None]
Counter = Callable[[str, str], None]
"""Told (operation, check) for each answer a check compared."""


def _uncounted(operation: str, check: str) -> None:
    return None


@frozen
class ObservedCall:
    """One request of the run and its answer, as the observer needs them."""

    operation_id: str
    label: str
    status: int
    answer: object
    path_parameters: Mapping[str, Any]
    query: Mapping[str, Any]
    body: object
    reproduction: Callable[[], str]
    phase: str


def _path_parameter(label: str) -> str | None:
    found = re.findall(r"{(\w+)}", label)
    return found[-1] if found else None


def _whole(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


class SemanticObserver:
    """Keeps `state` from the run's own 2xx answers and checks every answer against it."""

    def __init__(
        self,
        labels: Mapping[str, str],
        ledger: Ledger,
        report: Reporter,
        kinds: tuple[SemanticKind, ...] = SEMANTIC_KINDS,
        count: Counter = _uncounted,
    ) -> None:
        self.state = ExpectedState()
        self.count = count
        self._ledger = ledger
        self._report = report
        self._kinds = tuple(kind for kind in kinds if kind.create in labels)
        self._roles: dict[str, tuple[str, SemanticKind]] = {}
        self._item_parameter: dict[str, str | None] = {}
        self._documented: dict[str, frozenset[str] | None] = {}
        self._number_relations = {
            relation.operation_id: relation
            for relation in NUMBER_RELATIONS
            if relation.operation_id in labels
        }
        self._side_updates = {
            side.operation_id: side for side in SIDE_UPDATES if side.operation_id in labels
        }
        self._gone: dict[tuple[str, str], NumberRelation] = {}
        """(kind name, number) -> the relation that took the number out of that kind."""
        document = load_document()
        listings = {kind.listing for kind in kinds}
        self._pages_only = frozenset(
            operation_id
            for operation_id in paged_listings(document)
            if operation_id in labels and operation_id not in listings
        )
        """Listings of resources without a kind (calls, numbers): only their pages are checked."""
        for kind in self._kinds:
            self._documented[kind.name] = answer_fields(document, kind.get)
            for role in ("create", "get", "update", "delete", "listing"):
                operation_id = getattr(kind, role)
                self._roles[operation_id] = (role, kind)
            self._item_parameter[kind.name] = _path_parameter(labels.get(kind.get, ""))

    @property
    def kinds(self) -> tuple[SemanticKind, ...]:
        return self._kinds

    def owns(self, kind: SemanticKind, resource_id: str) -> bool:
        """Whether the run may compare this resource: it created it, and the ledger agrees."""
        return kind.ownership is None or self._ledger.owns(kind.ownership, resource_id)

    def _comparable(self, kind: SemanticKind, state: Mapping[str, Any]) -> dict[str, Any]:
        """The fields of `state` the document names for `kind` (all, if it names none)."""
        documented = self._documented.get(kind.name)
        return {
            name: value for name, value in state.items() if documented is None or name in documented
        }

    def observe(self, call: ObservedCall) -> None:
        if not 200 <= call.status < 300:
            return
        relation = self._number_relations.get(call.operation_id)
        if relation is not None:
            self._number_left(relation, call)
            return
        side = self._side_updates.get(call.operation_id)
        if side is not None:
            self._changed_elsewhere(side, call)
            return
        if call.operation_id in self._pages_only:
            self._page(call)
            return
        found = self._roles.get(call.operation_id)
        if found is None:
            return
        role, kind = found
        if role == "listing":
            self._listing(kind, call)
            return
        answer = call.answer if isinstance(call.answer, Mapping) else None
        if role == "create":
            resource_id = kind.id_of(answer)
            if answer is not None and resource_id is not None and self.owns(kind, resource_id):
                self._relations(kind, resource_id, answer, call)
                self._numbers_sent(kind, call.body)
                self.state.created(kind, resource_id, answer)
            return
        parameter = self._item_parameter[kind.name]
        resource_id = call.path_parameters.get(parameter) if parameter else None
        if not isinstance(resource_id, str):
            return
        if role == "delete":
            self.state.deleted(kind, resource_id)
        elif role == "get":
            self._get(kind, resource_id, answer, call)
        elif answer is not None:
            self._update(kind, resource_id, answer, call)

    def _get(
        self,
        kind: SemanticKind,
        resource_id: str,
        answer: Mapping[str, Any] | None,
        call: ObservedCall,
    ) -> None:
        self.count(call.label, DELETED_GONE)
        if self.state.is_deleted(kind, resource_id):
            self.fail(
                call,
                DELETED_GONE,
                f"A get still answers the deleted {kind.name} {resource_id}",
                [f"answered {call.status} after the delete was answered as done"],
            )
            return
        expected = self.state.expected(kind, resource_id)
        if expected is None or answer is None:
            return
        self.count(call.label, GET_MATCHES)
        ignored = set(kind.server_owned)
        if self._numbers_held(kind, resource_id, answer, call) and kind.numbers_field:
            ignored.add(kind.numbers_field)  # reported once, as the relation it breaks
        problems = get_mismatches(self._comparable(kind, expected), answer, ignored)
        if problems:
            self.fail(
                call,
                GET_MATCHES,
                f"A get answered {kind.name} {resource_id} differently from its last answer",
                problems,
            )

    def _update(
        self, kind: SemanticKind, resource_id: str, answer: Mapping[str, Any], call: ObservedCall
    ) -> None:
        before = self.state.expected(kind, resource_id)
        if before is None:
            return
        self._numbers_sent(kind, call.body)
        ignored = set(kind.server_owned)
        if self._numbers_held(kind, resource_id, answer, call) and kind.numbers_field:
            ignored.add(kind.numbers_field)  # reported once, as the relation it breaks
        if isinstance(call.body, Mapping):
            self.count(call.label, UPDATE_PARTIAL)
            kept = {
                name: value
                for name, value in self._comparable(kind, before).items()
                if name not in kind.reset_by_update
            }
            problems = update_mismatches(
                kept, self._comparable(kind, kind.as_answered(call.body)), answer, ignored
            )
            if kind.id_of(answer) != resource_id:
                problems.insert(
                    0, f"`{kind.id_field}` is {kind.id_of(answer)!r}, not {resource_id!r}"
                )
            if problems:
                self.fail(
                    call,
                    UPDATE_PARTIAL,
                    f"An update of {kind.name} {resource_id} changed what it did not send",
                    problems,
                )
        self._relations(kind, resource_id, answer, call)
        self.state.updated(kind, resource_id, answer)

    def _relations(
        self, kind: SemanticKind, resource_id: str, state: Mapping[str, Any], call: ObservedCall
    ) -> None:
        if kind.exclusive_numbers is not None:
            self.count(call.label, RELATION)
        problems = number_conflicts(kind, resource_id, state, self.state.live(kind))
        if problems:
            self.fail(
                call,
                RELATION,
                f"{kind.name.capitalize()} {resource_id} took a number another inbound rule routes",
                problems,
            )

    def _changed_elsewhere(self, side: SideUpdate, call: ObservedCall) -> None:
        resource_id = call.path_parameters.get(side.parameter)
        if not isinstance(resource_id, str) or not isinstance(call.body, Mapping):
            return
        sent = {side.answered_as.get(name, name) for name in call.body}
        for kind in self._kinds:
            if kind.name in side.kinds:
                self.state.forget(kind, resource_id, sent)

    def _number_left(self, relation: NumberRelation, call: ObservedCall) -> None:
        number = relation.number(call.answer, call.body)
        if number is None:
            return
        for kind in self._kinds:
            if kind.name in relation.leaves and kind.numbers_field is not None:
                self._gone[(kind.name, number)] = relation
                self.state.drop_number(kind, kind.numbers_field, number)

    def _numbers_sent(self, kind: SemanticKind, body: object) -> None:
        """A number the run puts back on a resource is no longer expected to be gone."""
        field = kind.numbers_field
        sent = kind.as_answered(body).get(field) if isinstance(body, Mapping) and field else None
        for number in sent if isinstance(sent, list) else ():
            if isinstance(number, str):
                self._gone.pop((kind.name, number), None)

    def _numbers_held(
        self, kind: SemanticKind, resource_id: str, answer: Mapping[str, Any], call: ObservedCall
    ) -> bool:
        """Reports a number the resource holds after a relation took it out; True if any."""
        if not self._number_relations or kind.numbers_field is None:
            return False
        self.count(call.label, RELATION)
        held = answer.get(kind.numbers_field)
        found = False
        for number in held if isinstance(held, list) else ():
            relation = self._gone.get((kind.name, number)) if isinstance(number, str) else None
            if relation is not None:
                found = True
                self.fail(
                    call,
                    RELATION,
                    f"{kind.name.capitalize()} {resource_id} still holds {number}",
                    [
                        f"{relation.meaning}, but {number} is still in `{kind.numbers_field}` "
                        f"after {relation.operation_id} answered as done"
                    ],
                )
        return found

    def _page(self, call: ObservedCall) -> list[Any] | None:
        """Checks one page's `pageInfo` against its items; the items, None if no page."""
        if not isinstance(call.answer, Mapping):
            return None
        items = call.answer.get("data")
        if not isinstance(items, list):
            return None
        self.count(call.label, PAGE_INFO)
        problems = page_info_problems(call.answer.get("pageInfo"), len(items))
        if problems:
            self.fail(call, PAGE_INFO, "A page's `pageInfo` disagrees with its items", problems)
        return items

    def _listing(self, kind: SemanticKind, call: ObservedCall) -> None:
        items = self._page(call)
        if items is None or not isinstance(call.answer, Mapping):
            return
        page_info = call.answer.get("pageInfo")
        for check in (LIST_FILTER, DELETED_GONE):
            self.count(call.label, check)
        filters = {
            name: value
            for name, value in call.query.items()
            if name not in PAGING and isinstance(value, str | list) and value not in ("", [])
        }
        listed: set[str] = set()
        for item in items:
            resource_id = kind.id_of(item)
            if resource_id is None or not isinstance(item, Mapping):
                continue
            listed.add(resource_id)
            if self.state.is_deleted(kind, resource_id):
                self.fail(
                    call,
                    DELETED_GONE,
                    f"A list still holds the deleted {kind.name} {resource_id}",
                    ["listed after the delete was answered as done"],
                )
            elif self.state.expected(kind, resource_id) is not None:
                self._numbers_held(kind, resource_id, item, call)
                mismatched = filter_mismatches(kind, filters, item)
                if mismatched:
                    self.fail(
                        call,
                        LIST_FILTER,
                        f"A filtered list holds {kind.name} {resource_id}, which does not match",
                        mismatched,
                    )
        if _whole_listing(page_info, call.query, len(items)) and all(
            kind.filter(name) for name in filters
        ):
            self._all_listed(kind, filters, listed, call)

    def _all_listed(
        self, kind: SemanticKind, filters: Mapping[str, Any], listed: set[str], call: ObservedCall
    ) -> None:
        for resource_id, state in self.state.live(kind).items():
            if resource_id in listed:
                continue
            selected = [kind.filter(name) for name in filters]
            if all(
                rule is not None and rule.selects(state, filters[rule.parameter])
                for rule in selected
            ):
                self.fail(
                    call,
                    LIST_FILTER,
                    f"A list left out {kind.name} {resource_id}, which matches it",
                    [
                        "the list is a single complete page, and the run's own resource matching "
                        "every filter is not on it"
                    ],
                )

    def fail(
        self,
        call: ObservedCall,
        check: str,
        title: str,
        problems: list[str],
    ) -> None:
        record = FailureRecord(
            operation=call.label,
            check=check,
            title=title,
            expected=f"{CHECK_MEANINGS[check]}. Came back: " + "; ".join(problems),
            reproduction=call.reproduction(),
            phase=call.phase,
            status=call.status,
        )
        # One failure per operation and check: the first answer that shows the drift.
        identity = (call.label, check)
        self._report(record, identity)


def _whole_listing(page_info: object, query: Mapping[str, Any], count: int) -> bool:
    """Whether one answer holds every matching item: page 1 of 1, holding `total` items."""
    if not isinstance(page_info, Mapping):
        return False
    return (
        _whole(query.get("page", 1)) == 1
        and _whole(page_info.get("currentPage")) == 1
        and _whole(page_info.get("lastPage")) == 1
        and _whole(page_info.get("total")) == count
    )
