from enum import StrEnum


class DynamicRoomInputType(StrEnum):
    DYNAMIC = "dynamic"

    def __str__(self) -> str:
        return str(self.value)
