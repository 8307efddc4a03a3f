from enum import StrEnum


class AgentInputType(StrEnum):
    CLOUD = "cloud"
    SELF = "self"

    def __str__(self) -> str:
        return str(self.value)
