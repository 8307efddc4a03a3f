from enum import StrEnum


class SipRegion(StrEnum):
    AUTO = "auto"
    IN002 = "in002"
    US002 = "us002"

    def __str__(self) -> str:
        return str(self.value)
