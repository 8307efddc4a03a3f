"""After the phases, the run's deleted resources are asked for by id once more: a phase that
deleted one seldom asks for it again, so a server that still answers a deleted resource by id
(while hiding it from lists) would otherwise go unseen."""

from __future__ import annotations

import shlex
from collections.abc import Callable, Mapping
from urllib.parse import quote

import httpx

from videosdk_sip.contract.answers import json_or_none
from videosdk_sip.contract.redaction import REDACTED
from videosdk_sip.contract.semantics.observer import ObservedCall, SemanticObserver

__all__ = ["MAX_REREADS", "reread_deleted"]

MAX_REREADS = 5
"""Deleted resources asked for again per kind, at most (the last deleted ids)."""


def reread_deleted(
    http: httpx.Client,
    observer: SemanticObserver,
    labels: Mapping[str, str],
    pace: Callable[[str], None],
    phase: str,
) -> None:
    """Gets up to `MAX_REREADS` deleted resources of each kind; `pace(label)` before each."""
    for kind in observer.kinds:
        label = labels.get(kind.get)
        if label is None:
            continue
        method, template = label.split(" ", 1)
        parameter = template[template.rindex("{") + 1 : template.rindex("}")]
        for resource_id in observer.state.deleted_ids(kind)[-MAX_REREADS:]:
            path = template.replace("{" + parameter + "}", quote(resource_id, safe=""))
            pace(label)
            try:
                response = http.get(path)
            except httpx.HTTPError:
                return
            answer = json_or_none(response)
            url = str(http.build_request(method, path).url)
            observer.observe(
                ObservedCall(
                    operation_id=kind.get,
                    label=label,
                    status=response.status_code,
                    answer=answer,
                    path_parameters={parameter: resource_id},
                    query={},
                    body=None,
                    reproduction=_curl(method, url),
                    phase=phase,
                )
            )


def _curl(method: str, url: str) -> Callable[[], str]:
    def reproduction() -> str:
        parts = ("curl", "-X", method, "-H", f"Authorization: {REDACTED}", url)
        return " ".join(shlex.quote(part) for part in parts)

    return reproduction
