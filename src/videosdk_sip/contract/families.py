"""Which API families a server serves: one listing per family, asked with a valid token.

A family whose listings all answer 404 is not served (the vendor's current API and the seed
routing-rules API may not both be deployed); any other answer, even a 401, means it is. A
listing that gets no answer in time ends the probing: a silent server would hold every
further listing for the whole request timeout.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from videosdk_sip.contract.operations import Operations

__all__ = ["served_families"]


def served_families(
    http: httpx.Client,
    operations: Operations,
    families: tuple[str, ...],
    count: Callable[[str], None] = lambda label: None,
) -> tuple[list[str], dict[str, str]]:
    """The families served, and for each one that is not, why it was judged so; `count`
    hears the label of each request answered."""
    reads = operations.collection_reads()
    served: list[str] = []
    missing: dict[str, str] = {}
    for family in families:
        paths = sorted({reads[tag] for tag in operations.family_tags(family) if tag in reads})
        if not paths:
            continue
        answers: list[str] = []
        for path in paths:
            try:
                status = http.get(path).status_code
            except httpx.TimeoutException:
                missing[family] = f"not known: GET {path} got no answer in time"
                return served, missing
            except httpx.HTTPError as error:
                answers.append(f"GET {path}: {type(error).__name__}")
                continue
            count(f"GET {path}")
            answers.append(f"GET {path}: {status}")
            if status != 404:
                served.append(family)
                break
        else:
            missing[family] = "not served (" + "; ".join(answers) + ")"
    return served, missing
