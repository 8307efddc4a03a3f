"""Keeping every request of a run to what it may touch, and learning what it owns from answers.

Right before each request (`shape_request`), in every phase:
- a create or update body gets the run's marks (`marking`): the name prefix and tag for
  rules and gateways, the run's id in a webhook's URL and in a call's `metadata`;
- an item operation (read, update, delete) naming another's resource goes to the fence's
  `NOT_OURS` id instead (`fence`, one per kind of `ownership.KINDS`);
- a call is placed through the run's call route, a call action names only the run's calls
  (`calls.PlacedCalls`), and against a server calls go to the user's destination and number
  changes name only the user's test numbers (`safety`).

After each 2xx answer (`learn_answer`) a create proves the new id the run's (or records an
ownership failure), a delete retires it, and the fences, calls and numbers learn the answer.
"""

from __future__ import annotations

from typing import Any

from videosdk_sip.contract.context import OWNERSHIP_CHECK, RunContext, ownership_failure
from videosdk_sip.contract.fence import NOT_OURS
from videosdk_sip.contract.ownership import (
    INBOUND_GATEWAY,
    KINDS,
    OUTBOUND_GATEWAY,
    ResourceKind,
)
from videosdk_sip.contract.safety import CALL_ACTIONS

__all__ = ["Scope"]

_NUMBER_BODIES = ("createPhoneNumbers", "detachPhoneNumber")


class Scope:
    """The run's request shaping and answer learning, by operation label."""

    def __init__(self, ctx: RunContext) -> None:
        self.ctx = ctx
        labels = ctx.operations.labels
        self.creates: dict[str, ResourceKind] = {}
        self.updates: set[str] = set()
        self.items: dict[str, tuple[ResourceKind, bool]] = {}
        """label -> (kind, is a read) for operations whose path names one resource."""
        self.deletes: dict[str, ResourceKind] = {}
        self.tag_kinds: dict[str, ResourceKind] = {}
        for kind in KINDS:
            if kind.create_operation_id in labels:
                self.creates[labels[kind.create_operation_id]] = kind
            for operation_id in kind.operation_ids:
                if operation_id not in labels:
                    continue
                label = labels[operation_id]
                self.items[label] = (kind, operation_id.startswith("get"))
                if operation_id.startswith("update"):
                    self.updates.add(label)
                if operation_id.startswith("delete"):
                    self.deletes[label] = kind
            for tag in ctx.operations.tags.get(kind.create_operation_id, ()):
                self.tag_kinds.setdefault(tag, kind)
        self.label_kinds = {
            label: self.tag_kinds[tags[0]]
            for operation_id, label in labels.items()
            if (tags := ctx.operations.tags.get(operation_id)) and tags[0] in self.tag_kinds
        }
        self.create_call = labels.get("createCall")
        self.call_actions = {labels[name] for name in CALL_ACTIONS if name in labels}
        self.number_bodies = {labels[name] for name in _NUMBER_BODIES if name in labels}
        self.release = labels.get("releasePhoneNumber")
        self.provision = labels.get("createPhoneNumbers")
        self.gateway_via_numbers = labels.get("updatePhoneNumberGateway")

    def shape_request(self, label: str, case: Any) -> None:
        ctx = self.ctx
        marker, safety = ctx.marker, ctx.safety
        kind = self.creates.get(label)
        if kind is not None:
            if kind.marks == "webhook-url":
                case.body = marker.mark_webhook(case.body)
            else:
                case.body = marker.mark_create(case.body)
            return
        if label == self.create_call:
            case.body = safety.confine_call(marker.mark_call(case.body))
            return
        if label in self.call_actions and isinstance(case.body, dict):
            call_id = case.body.get("callId")
            if isinstance(call_id, str) and call_id:
                case.body = {**case.body, "callId": ctx.calls.permit(call_id)}
            case.body = safety.confine_call(case.body)
            return
        if label in self.number_bodies:
            case.body = ctx.numbers.shield(safety.confine_numbers(marker.mark_update(case.body)))
            return
        if label == self.release and case.path_parameters:
            number_id = case.path_parameters.get("phoneNumberId")
            if isinstance(number_id, str):
                permitted = ctx.numbers.permit(number_id)
                if permitted != number_id:
                    case.path_parameters = {**case.path_parameters, "phoneNumberId": permitted}
            return
        if label == self.gateway_via_numbers:
            self._gateway_via_numbers(case)
            return
        if label in self.updates:
            item_kind = self.items[label][0]
            if item_kind.marks == "webhook-url":
                case.body = marker.mark_webhook(case.body)
            else:
                case.body = marker.mark_update(case.body)
        item = self.items.get(label)
        if item is not None and case.path_parameters:
            item_kind, is_read = item
            fence = ctx.fences.get(item_kind.name)
            resource_id = case.path_parameters.get(item_kind.path_parameter)
            if fence is not None and isinstance(resource_id, str) and resource_id:
                permitted = fence.permit(resource_id, look_up=not is_read)
                if permitted != resource_id:
                    # A new mapping: the generated one may be shared with other cases.
                    case.path_parameters = {
                        **case.path_parameters,
                        item_kind.path_parameter: permitted,
                    }

    def _gateway_via_numbers(self, case: Any) -> None:
        """The phone numbers' view of a gateway changes it as its own update does: only a
        gateway the run created (either direction), with the run's name prefix."""
        case.body = self.ctx.marker.mark_update(case.body)
        gateway_id = case.path_parameters.get("gatewayId") if case.path_parameters else None
        if not isinstance(gateway_id, str):
            return
        ledger = self.ctx.ledger
        if not any(ledger.owns(kind, gateway_id) for kind in (INBOUND_GATEWAY, OUTBOUND_GATEWAY)):
            case.path_parameters = {**case.path_parameters, "gatewayId": NOT_OURS}

    def learn_answer(self, label: str, case: Any, status: int, answer: object, phase: str) -> None:
        ctx = self.ctx
        kind = self.creates.get(label)
        if kind is not None:
            claim = ctx.ledger.claim(kind, answer)
            if claim is not None and not claim.owned:
                ctx.record_failure(
                    ownership_failure(claim, label, phase),
                    identity=(label, OWNERSHIP_CHECK, claim.resource_id),
                )
        deleted = self.deletes.get(label)
        if deleted is not None and status == 200 and case.path_parameters:
            resource_id = case.path_parameters.get(deleted.path_parameter)
            if isinstance(resource_id, str):
                ctx.ledger.deleted(deleted, resource_id)
        if label == self.create_call or label in self.call_actions:
            ctx.calls.learn(answer.get("data") if isinstance(answer, dict) else None)
        ctx.numbers.learn(answer)
        if label == self.provision:
            ctx.numbers.note_provisioned(case.body)
        elif label == self.release:
            ctx.numbers.note_released(answer)
        learner = self.label_kinds.get(label)
        if learner is not None:
            fence = ctx.fences.get(learner.name)
            if fence is not None:
                fence.learn(answer)
