from enum import StrEnum


class StaticRoomInputType(StrEnum):
    STATIC = "static"

    def __str__(self) -> str:
        return str(self.value)
