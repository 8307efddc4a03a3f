from enum import StrEnum


class IncludeHeaders(StrEnum):
    ALL = "ALL"
    NONE = "NONE"
    SIP_X_HEADERS = "SIP_X_HEADERS"

    def __str__(self) -> str:
        return str(self.value)
