"""The document's operations: labels (`METHOD /path`) by operationId, and tags.

Code names operations by their operationId; the path in a label always comes from the
document, so a moved path changes one line of `openapi.yaml` and nothing here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from attrs import frozen

from videosdk_sip.spec import Document

__all__ = ["FAMILIES", "HTTP_METHODS", "SEED_TAGS", "Operations", "UnknownTagError"]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")

SEED_TAGS = ("routing-rules",)
"""The seed routing-rules family; every other tag in the document is the current API."""

FAMILIES = ("seed", "current", "all")


class UnknownTagError(ValueError):
    """A tag the document does not use; the message lists the ones it does."""


@frozen
class Operations:
    """`labels[operation_id]` is `METHOD /path`; `tags[operation_id]` the operation's tags."""

    labels: Mapping[str, str]
    tags: Mapping[str, tuple[str, ...]]

    @classmethod
    def from_document(cls, document: Document) -> Operations:
        labels: dict[str, str] = {}
        tags: dict[str, tuple[str, ...]] = {}
        for path, item in document["paths"].items():
            for method, operation in item.items():
                if method not in HTTP_METHODS or not isinstance(operation, dict):
                    continue
                operation_id = operation.get("operationId")
                if isinstance(operation_id, str):
                    labels[operation_id] = f"{method.upper()} {path}"
                    tags[operation_id] = tuple(operation.get("tags", ()))
        return cls(labels=labels, tags=tags)

    def label(self, operation_id: str) -> str:
        return self.labels[operation_id]

    def all_tags(self) -> list[str]:
        return sorted({tag for tags in self.tags.values() for tag in tags})

    def tagged(
        self, tags: Iterable[str], option: str = "tag", within: str = "the document"
    ) -> Operations:
        """Only the operations carrying one of `tags`; an unknown tag is refused by name
        (`option` says where it came from, `within` what these operations are)."""
        wanted = set(tags)
        unknown = sorted(wanted - set(self.all_tags()))
        if unknown:
            raise UnknownTagError(
                f"{option} {', '.join(unknown)} is not used in {within}; "
                f"it uses {', '.join(self.all_tags())}"
            )
        kept = [op for op, op_tags in self.tags.items() if wanted.intersection(op_tags)]
        return Operations(
            labels={op: self.labels[op] for op in kept}, tags={op: self.tags[op] for op in kept}
        )

    def carrying(self, tags: Iterable[str]) -> Operations:
        """Only the operations carrying one of `tags` (`--tag`); a tag none of them carries
        selects nothing, and is refused by no one here."""
        wanted = set(tags)
        kept = [op for op, op_tags in self.tags.items() if wanted.intersection(op_tags)]
        return Operations(
            labels={op: self.labels[op] for op in kept}, tags={op: self.tags[op] for op in kept}
        )

    def family_tags(self, family: str) -> list[str]:
        """The tags of `seed`, `current` (every tag that is not the seed's) or `all`."""
        if family == "seed":
            return [tag for tag in SEED_TAGS if tag in self.all_tags()]
        if family == "current":
            return [tag for tag in self.all_tags() if tag not in SEED_TAGS]
        if family == "all":
            return self.all_tags()
        raise UnknownTagError(f"--api: must be one of {', '.join(FAMILIES)}, not {family!r}")

    def family(self, family: str) -> Operations:
        """The operations of one family; refused by name when the document has none."""
        tags = self.family_tags(family)
        if not tags:
            raise UnknownTagError(
                f"--api {family}: the document has no operations of that family yet "
                f"(its tags: {', '.join(self.all_tags())})"
            )
        return self.tagged(tags)

    def collection_reads(self) -> dict[str, str]:
        """Per tag, a GET without path parameters (a listing): how to ask if it is served."""
        reads: dict[str, str] = {}
        for operation_id, label in sorted(self.labels.items()):
            method, path = label.split(" ", 1)
            if method == "GET" and "{" not in path:
                for tag in self.tags[operation_id]:
                    reads.setdefault(tag, path)
        return reads
