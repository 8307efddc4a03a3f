"""Ownership proved from answers, the fence, and cleanup that re-reads before it deletes."""

from __future__ import annotations

from typing import Any

import httpx
from videosdk_sip_client.tokens import mint_token

from videosdk_sip.contract.cleanup import clean_up
from videosdk_sip.contract.fence import NOT_OURS, RuleFence
from videosdk_sip.contract.marking import TAG, RuleMarker
from videosdk_sip.contract.ownership import ROUTING_RULE, Ledger
from videosdk_sip.contract.transport import InProcessTransport
from videosdk_sip.mock.app import create_app
from videosdk_sip.mock.settings import MockSettings

from .helpers import API_KEY, GATEWAY, RULES, SECRET, keeps_deleted_rules

MARKER = RuleMarker(prefix="videosdk-sip-contract-test-", gateway_id=GATEWAY)


def _http(app: object) -> httpx.Client:
    return httpx.Client(
        transport=InProcessTransport(app),
        base_url="http://testserver",
        headers={"Authorization": mint_token(API_KEY, SECRET)},
    )


def _create(http: httpx.Client, name: str, tags: list[str] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "gatewayId": GATEWAY,
        "name": name,
        "numbers": ["+14150001111"],
        "dispatch": {"agent": {"type": "cloud", "id": "a"}},
    }
    if tags is not None:
        body["tags"] = tags
    answer = http.post(RULES, json=body)
    assert answer.status_code == 200, answer.text
    rule: dict[str, Any] = answer.json()
    return rule


def _ids(http: httpx.Client) -> list[str]:
    return [rule["id"] for rule in http.get(RULES, params={"perPage": 100}).json()["data"]]


# Claims ------------------------------------------------------------------------------------


def test_only_a_new_id_carrying_the_runs_marks_becomes_the_runs_own() -> None:
    ledger = Ledger(MARKER)
    mine = {"id": "r1", "name": MARKER.prefix + "a", "tags": [TAG]}
    claim = ledger.claim(ROUTING_RULE, mine)
    assert claim is not None
    assert claim.owned
    assert ledger.owned(ROUTING_RULE) == ["r1"]

    cases = {
        "r2": {"id": "r2", "name": "Front desk", "tags": [TAG]},  # someone else's name
        "r3": {"id": "r3", "name": MARKER.prefix + "b", "tags": []},  # no tag
        "r4": {"id": "r4", "name": MARKER.prefix + "c"},  # no tags at all
    }
    for rule_id, answer in cases.items():
        refused = ledger.claim(ROUTING_RULE, answer)
        assert refused is not None
        assert not refused.owned, rule_id
        assert "marks" in refused.reason
        assert ledger.is_foreign(ROUTING_RULE, rule_id)

    # The same id answered again by another create is an upsert, not a new rule: refused,
    # and the id is no longer the run's.
    again = ledger.claim(ROUTING_RULE, mine)
    assert again is not None
    assert not again.owned
    assert "earlier create" in again.reason
    assert ledger.owned(ROUTING_RULE) == []
    assert ledger.claim(ROUTING_RULE, {"name": "no id"}) is None


def test_an_id_seen_as_someone_elses_is_never_claimed() -> None:
    ledger = Ledger(MARKER)
    ledger.refuse(ROUTING_RULE, "seen")
    claim = ledger.claim(ROUTING_RULE, {"id": "seen", "name": MARKER.prefix + "x", "tags": [TAG]})
    assert claim is not None
    assert not claim.owned
    assert "known not to be" in claim.reason


# Cleanup -----------------------------------------------------------------------------------


def test_cleanup_deletes_owned_and_stray_rules_and_leaves_others() -> None:
    settings = MockSettings(credentials={API_KEY: SECRET})
    ledger = Ledger(MARKER)
    with _http(create_app(settings)) as http:
        tracked = _create(http, MARKER.prefix + "tracked", [TAG])
        assert ledger.claim(ROUTING_RULE, tracked) is not None
        stray = _create(http, MARKER.prefix + "answer lost", [TAG])
        foreign = _create(http, "someone else's rule")
        untagged = _create(http, MARKER.prefix + "named alike, not tagged")
        gone = _create(http, MARKER.prefix + "deleted during the run", [TAG])
        ledger.claim(ROUTING_RULE, gone)
        assert http.delete(f"{RULES}/{gone['id']}").status_code == 200
        ledger.deleted(ROUTING_RULE, gone["id"])

        report = clean_up(http, ledger)

        assert report.ok, report
        assert sorted(report.deleted) == sorted([tracked["id"], stray["id"]])
        assert _ids(http) == [foreign["id"], untagged["id"]]


def test_cleanup_rereads_and_spares_a_rule_that_lost_the_runs_marks() -> None:
    settings = MockSettings(credentials={API_KEY: SECRET})
    ledger = Ledger(MARKER)
    with _http(create_app(settings)) as http:
        rule = _create(http, MARKER.prefix + "renamed by someone", [TAG])
        assert ledger.claim(ROUTING_RULE, rule) is not None
        renamed = http.put(f"{RULES}/{rule['id']}", json={"name": "Front desk"})
        assert renamed.status_code == 200

        report = clean_up(http, ledger)

        assert report.spared == (rule["id"],)
        assert report.deleted == ()
        assert not report.ok
        assert any("no longer carries" in problem for problem in report.problems)
        assert _ids(http) == [rule["id"]]


def test_cleanup_reports_rules_that_survive_their_delete() -> None:
    settings = MockSettings(credentials={API_KEY: SECRET})
    ledger = Ledger(MARKER)
    with _http(keeps_deleted_rules(settings)) as http:
        stubborn = _create(http, MARKER.prefix + "stubborn", [TAG])
        ledger.claim(ROUTING_RULE, stubborn)
        report = clean_up(http, ledger)
    assert not report.ok
    assert report.leftovers == (stubborn["id"],)


# Fence -------------------------------------------------------------------------------------


def test_the_fence_lets_through_only_the_runs_rules_and_absent_ids() -> None:
    ledger = Ledger(MARKER)
    ledger.claim(ROUTING_RULE, {"id": "mine", "name": MARKER.prefix + "m", "tags": [TAG]})
    ledger.claim(ROUTING_RULE, {"id": "claimed", "name": "someone else's"})
    lookups: list[str] = []
    answers: dict[str, tuple[int, object] | None] = {
        "absent": (404, {"message": "no such rule"}),
        "foreign": (200, {"id": "foreign", "name": "Front desk"}),
        "straggler": (200, {"id": "straggler", "name": MARKER.prefix + "lost", "tags": [TAG]}),
        "untagged": (200, {"id": "untagged", "name": MARKER.prefix + "lost"}),
        "unreachable": None,
        "forbidden": (403, {"message": "no"}),
    }

    def lookup(rule_id: str) -> tuple[int, object] | None:
        lookups.append(rule_id)
        return answers[rule_id]

    fence = RuleFence(ledger, lookup)
    fence.learn({"pageInfo": {}, "data": [{"id": "listed", "name": "someone else's"}]})

    assert fence.permit("mine") == "mine"
    assert fence.permit("claimed") == NOT_OURS, "a create answer that was not the run's"
    assert fence.permit("claimed", look_up=False) == NOT_OURS
    assert fence.permit("listed") == NOT_OURS
    assert fence.permit("absent") == "absent"
    assert fence.permit("straggler") == "straggler"
    for refused in ("foreign", "untagged", "unreachable", "forbidden"):
        assert fence.permit(refused) == NOT_OURS
    assert fence.permit("foreign") == NOT_OURS
    assert fence.permit("absent") == "absent"
    assert lookups == ["absent", "straggler", "foreign", "untagged", "unreachable", "forbidden"]
    # Reads are not looked up, and do not vouch for an id a later write names.
    assert fence.permit("listed", look_up=False) == NOT_OURS
    assert fence.permit("unseen", look_up=False) == "unseen"
    answers["unseen"] = (200, {"id": "unseen", "name": "someone else's"})
    assert fence.permit("unseen") == NOT_OURS
