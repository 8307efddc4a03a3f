from enum import StrEnum


class StaticRuleRoomInputType(StrEnum):
    STATIC = "static"

    def __str__(self) -> str:
        return str(self.value)
