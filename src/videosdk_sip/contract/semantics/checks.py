"""The comparisons: each takes what the run expects and what came back, and answers the
problems found as sentences (an empty list when the answer means what the contract says)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from videosdk_sip.contract.semantics.kinds import SemanticKind

__all__ = [
    "filter_mismatches",
    "get_mismatches",
    "number_conflicts",
    "page_info_problems",
    "update_mismatches",
]


def _shown(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def get_mismatches(
    expected: Mapping[str, Any], answer: Mapping[str, Any], ignored: Iterable[str]
) -> list[str]:
    """Every field of the expected state that the answer drops or holds differently.

    Fields the answer adds are tolerated; `ignored` (server-owned) fields are not compared.
    """
    skip = set(ignored)
    problems = []
    for name, value in expected.items():
        if name in skip:
            continue
        if name not in answer:
            problems.append(f"`{name}` is missing (expected {_shown(value)})")
        elif answer[name] != value:
            problems.append(f"`{name}` is {_shown(answer[name])}, expected {_shown(value)}")
    return problems


def _holds(sent: object, answered: object) -> bool:
    """Whether the answer keeps what was sent: objects may gain keys the server fills in, and
    a key of a sent object that the answer leaves out is write-only (`auth.password` is never
    answered), not lost."""
    if isinstance(sent, dict):
        return isinstance(answered, dict) and all(
            key not in answered or _holds(value, answered[key]) for key, value in sent.items()
        )
    return sent == answered


def update_mismatches(
    before: Mapping[str, Any],
    sent: Mapping[str, Any],
    answer: Mapping[str, Any],
    ignored: Iterable[str],
) -> list[str]:
    """A partial update changes exactly the fields it sent; every other field keeps its value."""
    skip = set(ignored)
    problems = []
    for name, value in sent.items():
        if name in skip or (name not in before and name not in answer):
            continue
        if value is None and answer.get(name) is None:
            continue
        if not _holds(value, answer.get(name)):
            shown = _shown(answer[name]) if name in answer else "missing"
            problems.append(f"`{name}` was sent as {_shown(value)} but is {shown}")
    for name, value in before.items():
        if name in skip or name in sent:
            continue
        if name not in answer:
            problems.append(f"`{name}` was not sent but is gone (it was {_shown(value)})")
        elif answer[name] != value:
            problems.append(
                f"`{name}` was not sent but changed from {_shown(value)} to {_shown(answer[name])}"
            )
    return problems


def filter_mismatches(
    kind: SemanticKind, query: Mapping[str, Any], item: Mapping[str, Any]
) -> list[str]:
    """Each filter of the query that the listed item does not match."""
    problems = []
    for parameter, value in sorted(query.items()):
        rule = kind.filter(parameter)
        if rule is None:
            continue
        if rule.selects(item, value) is False:
            fields = " or ".join(f"`{field}`" for field in rule.fields)
            problems.append(
                f"`{parameter}={value}` ({rule.match.value} over {fields}) does not match "
                + ", ".join(f"`{field}` {_shown(item.get(field))}" for field in rule.fields)
            )
    return problems


def _whole(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def page_info_problems(
    page_info: object,
    count: int,
    asked_page: int | None = None,
    asked_per_page: int | None = None,
) -> list[str]:
    """Whether one page's `pageInfo` agrees with the `count` items it holds, and with what
    was asked. Pages numbered oddly (below 1) are left to the schema checks."""
    if not isinstance(page_info, Mapping):
        return []
    current = _whole(page_info.get("currentPage"))
    per_page = _whole(page_info.get("perPage"))
    last = _whole(page_info.get("lastPage"))
    total = _whole(page_info.get("total"))
    if current is None or per_page is None or last is None or total is None:
        return []
    if current < 1 or per_page < 1 or total < 0:
        return []
    problems = []
    if asked_page is not None and current != asked_page:
        problems.append(f"page {asked_page} was asked for, `currentPage` is {current}")
    if asked_per_page is not None and per_page != asked_per_page:
        problems.append(f"`perPage={asked_per_page}` was asked for, `perPage` is {per_page}")
    pages = max(1, -(-total // per_page))
    if last != pages:
        problems.append(
            f"`lastPage` is {last}, but {total} items at {per_page} a page make {pages} pages"
        )
    if current < last:
        wanted = per_page
    elif current == last:
        wanted = total - (last - 1) * per_page
    else:
        wanted = 0
    wanted = max(0, min(wanted, per_page))
    if count != wanted:
        problems.append(
            f"page {current} of {last} holds {count} items; `total` {total} at `perPage` "
            f"{per_page} means {wanted}"
        )
    return problems


def number_conflicts(
    kind: SemanticKind,
    resource_id: str,
    state: Mapping[str, Any],
    others: Mapping[str, Mapping[str, Any]],
) -> list[str]:
    """Numbers this resource shares with another of the run's resources of the exclusive type."""
    if kind.exclusive_numbers is None:
        return []
    numbers_field, type_field, exclusive = kind.exclusive_numbers

    def numbers(resource: Mapping[str, Any]) -> set[str]:
        kind_of = resource.get(type_field)
        if not isinstance(kind_of, str) or kind_of.casefold() != exclusive.casefold():
            return set()
        values = resource.get(numbers_field)
        return (
            {value for value in values if isinstance(value, str)}
            if isinstance(values, list)
            else set()
        )

    mine = numbers(state)
    problems = []
    for other_id, other in others.items():
        shared = sorted(mine & numbers(other)) if other_id != resource_id else []
        if shared:
            problems.append(
                f"{kind.name} {resource_id} holds {', '.join(shared)}, which {kind.name} "
                f"{other_id} ({exclusive}) already routes"
            )
    return problems
