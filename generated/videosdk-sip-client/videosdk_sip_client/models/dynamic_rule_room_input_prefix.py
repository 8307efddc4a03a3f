from enum import StrEnum


class DynamicRuleRoomInputPrefix(StrEnum):
    BLANK = "blank"
    PARTICIPANTNUMBER = "participantNumber"
    RANDOM = "random"
    SIPNUMBER = "sipNumber"

    def __str__(self) -> str:
        return str(self.value)
