"""How schemathesis is set up for a run: the loaded document and the engine's configuration."""

from __future__ import annotations

import copy
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.schemas import OpenApiSchema

from videosdk_sip.contract.context import OWNERSHIP_CHECK, Endpoint
from videosdk_sip.contract.options import ENGINE_SHARE, SuiteOptions
from videosdk_sip.contract.redaction import REDACTED
from videosdk_sip.spec import load_document, only_operations

__all__ = [
    "CLIENT_CHECK",
    "EXPECTATIONS",
    "OBJECT_CHECK",
    "STATE_DECIDES_400",
    "UNEXPECTED_METHODS",
    "load_schema",
    "probe_timeout",
]

CLIENT_CHECK = "client_model_roundtrip"
UNEXPECTED_METHODS = frozenset({"get", "put", "post", "delete", "options", "patch", "trace"})
OBJECT_CHECK = "object_level_authorization"

EXPECTATIONS = {
    "not_a_server_error": "no request, valid or not, gets a 5xx answer",
    "status_code_conformance": "only the statuses the contract documents for this operation",
    "content_type_conformance": "the documented media type (application/json) on every answer",
    "response_schema_conformance": "a body that matches the documented schema for its status",
    "response_headers_conformance": "the documented headers (X-Request-Id; Retry-After on 429)",
    "positive_data_acceptance": "a request valid under the contract is accepted",
    "negative_data_rejection": "a request that breaks the contract is refused with a 4xx",
    "use_after_free": "a deleted rule is gone: fetching it answers 404",
    "ensure_resource_availability": "a created rule can be fetched, changed and deleted at once",
    "ignored_auth": "a request without a valid token is refused with 401",
    "missing_required_header": "a request missing a required header is refused with a 4xx",
    "unsupported_method": "a method the contract does not list answers 405",
    "allow_header_conformance": "a 405 answer lists the allowed methods in Allow",
    "object_level_authorization": "one API key never reaches another key's rules",
    "max_response_time": "every answer within the response-time limit",
    CLIENT_CHECK: "every documented answer parses into the generated client's model, unchanged",
    OWNERSHIP_CHECK: "a create answers a new resource that carries the run's marks",
}


STATE_DECIDES_400 = (
    "createInboundGateway",
    "updateInboundGateway",
    "createOutboundGateway",
    "updateOutboundGateway",
    "createPhoneNumbers",
    "updatePhoneNumberGateway",
    "createNumberRoutingRule",
    "updateNumberRoutingRule",
)
"""Operations where a body valid under the schema is still refused with the documented 400
when the stored state says no: a number already on a gateway of that direction, a number not
registered on the account, a header map of the wrong kind for the stored rule's type. For them
`positive_data_acceptance` accepts a 400 too."""

_ACCEPTED_FROM_VALID_DATA = ["2xx", "3xx", "400", "401", "403", "404", "409", "429", "5xx"]


def load_schema(
    endpoint: Endpoint,
    options: SuiteOptions,
    *,
    seed: int,
    peers: bool,
    operation_ids: frozenset[str] | None = None,
    withheld: frozenset[str] = frozenset(),
) -> OpenApiSchema:
    """The document, loaded with this run's configuration and pointed at `endpoint`.

    Without `peers` (a second identity) `object_level_authorization` is left out: it would
    run and pass without ever sending a request.
    """
    config = SchemathesisConfig.from_dict(
        _config(options, seed=seed, peers=peers, withheld=withheld)
    )
    # Cut down before loading: schemathesis's engine runs every operation of the document it
    # loaded, whatever `include` says. A copy, because schemathesis may change what it is given.
    document = load_document()
    if operation_ids is not None:
        document = only_operations(document, operation_ids)
    schema = schemathesis.openapi.from_dict(copy.deepcopy(document), config=config)
    # Set after loading: a base URL set on the configuration beforehand is not used.
    schema.config.update(base_url=endpoint.base_url)
    if endpoint.app is not None:
        schema.app = endpoint.app
    actual = schema.get_base_url()
    if actual.rstrip("/") != endpoint.base_url.rstrip("/"):
        # Never fall back to the document's `servers` entry: that is the vendor's production.
        raise RuntimeError(f"schemathesis would send to {actual}, not to {endpoint.base_url}")
    return schema


def _unexpected_methods(withheld: frozenset[str]) -> dict[str, Any]:
    """The undocumented methods the coverage phase may try: never the method of an operation
    the run withholds (see `safety`), or a POST meant to test for a 405 would place a call."""
    if not withheld:
        return {}
    methods = {label.split(" ", 1)[0].lower() for label in withheld}
    return {"unexpected-methods": sorted(UNEXPECTED_METHODS - methods)}


def _allow_unchecked(withheld: frozenset[str]) -> list[dict[str, Any]]:
    """On a path with a withheld operation the server rightly allows a method the loaded
    document lacks, so `Allow` is not compared there."""
    paths = sorted({label.split(" ", 1)[1] for label in withheld})
    return [
        {"include-path": path, "checks": {"allow_header_conformance": {"enabled": False}}}
        for path in paths
    ]


def probe_timeout(options: SuiteOptions) -> float:
    """Seconds for each of schemathesis's two opening probes (its own requests, which the
    suite's hooks do not reach): together at most one request timeout, and a quarter of
    schemathesis's share of a time budget."""
    limit = options.request_timeout / 2
    if options.max_time is not None:
        limit = min(limit, options.max_time * ENGINE_SHARE / 4)
    return max(limit, 0.1)


def _config(
    options: SuiteOptions, *, seed: int, peers: bool, withheld: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """`withheld`: labels of the operations the run must not send (see `safety`)."""
    checks: dict[str, Any] = {"enabled": True}
    if not peers:
        checks[OBJECT_CHECK] = {"enabled": False}
    if options.max_response_time is not None:
        checks["max_response_time"] = options.max_response_time
    config: dict[str, Any] = {
        "seed": seed,
        "continue-on-failure": True,
        "workers": 1,
        # Generation speed depends on the machine; it must not turn into a failed run.
        "suppress-health-check": ["all"],
        # The suite sets each request's own timeout (see `guard`); this one reaches only the
        # probes schemathesis sends before the first phase.
        "request-timeout": probe_timeout(options),
        "checks": checks,
        # Schemathesis reuses literals from the source of an in-process app and of the
        # modules it imports; the app is the mock (or a test's wrapper of it), so those are
        # the test's constants, and which modules they reach depends on what is loaded: the
        # same seed then sent different requests.
        "analysis": {"constants": {"enabled": False}},
        "generation": {
            "mode": "all",
            "max-examples": options.max_examples,
            "database": "none",
        },
        "phases": {
            "examples": {"enabled": True},
            "coverage": {
                "enabled": True,
                **_unexpected_methods(withheld),
                **({} if options.negative_coverage else {"generation": {"mode": "positive"}}),
            },
            "fuzzing": {"enabled": True},
            "stateful": {
                "enabled": True,
                "generation": {"max-examples": options.stateful_examples},
            },
        },
        # Drawing the id of the seed family's DELETE (or of a release, a bodiless POST) from
        # ids seen in answers makes its examples run out after a few dozen; stateful
        # sequences delete real objects, fuzzing gets its full count. The current API's
        # deletes keep drawing from answers: with few stateful sequences over 37 operations,
        # that is what reaches the run's own gateways, webhooks and rules.
        "operations": [
            {
                "include-operation-id": "deleteRoutingRule",
                "phases": {"fuzzing": {"extra-data-sources": {"responses": False}}},
            },
            {
                "include-operation-id": "releasePhoneNumber",
                "phases": {"fuzzing": {"extra-data-sources": {"responses": False}}},
            },
            *(
                {
                    "include-operation-id": operation_id,
                    "checks": {
                        "positive_data_acceptance": {"expected-statuses": _ACCEPTED_FROM_VALID_DATA}
                    },
                }
                for operation_id in STATE_DECIDES_400
            ),
            *_allow_unchecked(withheld),
        ],
        # Runs must not depend on what an earlier run left on disk.
        "cache": {"enabled": False},
        "output": {"sanitization": {"enabled": True, "replacement": REDACTED}},
    }
    if options.rate_limit is not None:
        config["rate-limit"] = options.rate_limit
    if options.max_time is not None:
        config["max-time"] = max(1, int(options.max_time * ENGINE_SHARE))
    return config
