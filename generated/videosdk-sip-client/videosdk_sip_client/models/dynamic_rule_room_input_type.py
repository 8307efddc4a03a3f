from enum import StrEnum


class DynamicRuleRoomInputType(StrEnum):
    DYNAMIC = "dynamic"

    def __str__(self) -> str:
        return str(self.value)
