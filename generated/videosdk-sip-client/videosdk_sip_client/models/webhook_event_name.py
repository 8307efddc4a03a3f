from enum import StrEnum


class WebhookEventName(StrEnum):
    CALL_ANSWERED = "call-answered"
    CALL_HANGUP = "call-hangup"
    CALL_MISSED = "call-missed"
    CALL_RINGING = "call-ringing"
    CALL_STARTED = "call-started"
    CALL_TRANSFERRED = "call-transferred"
    CALL_TRANSFERRING = "call-transferring"
    CALL_TRANSFER_ACCEPTED = "call-transfer-accepted"
    CALL_TRANSFER_FAILED = "call-transfer-failed"
    CALL_TRANSFER_INITIATED = "call-transfer-initiated"
    CALL_TRANSFER_RINGING = "call-transfer-ringing"
    CALL_UPDATE = "call-update"
    SWITCH_ROOM_COMPLETED = "switch-room-completed"
    SWITCH_ROOM_FAILED = "switch-room-failed"
    SWITCH_ROOM_INITIATED = "switch-room-initiated"

    def __str__(self) -> str:
        return str(self.value)
