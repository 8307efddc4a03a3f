"""`calls`: the operations tagged `calls`, as methods.

Generated from the document by scripts/generate (scripts/codegen/sdk_resources.py); each method
calls the generated function of its operation, so errors, tokens and retries are the client's.
"""

from __future__ import annotations

from typing import Literal

from ..api.calls import (
    create_call,
    end_call,
    get_call,
    list_calls,
    switch_call_room,
    transfer_call,
)
from ..client import AuthenticatedClient
from ..models.call import Call
from ..models.call_answer import CallAnswer
from ..models.call_create import CallCreate
from ..models.call_end import CallEnd
from ..models.call_page import CallPage
from ..models.call_participant_input import CallParticipantInput
from ..models.call_switch_room import CallSwitchRoom
from ..models.call_transfer import CallTransfer
from ..models.include_headers import IncludeHeaders
from ..models.media_encryption import MediaEncryption
from ..models.rule_direction import RuleDirection
from ..models.string_map_input import StringMapInput
from ..pagination import AsyncPager, Pager
from ..types import UNSET, ParsedResponse, Unset


class CallsResource:
    """The `calls` operations; `with_raw_response` gives each one's response."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client
        self.with_raw_response = CallsResourceWithRawResponse(client)

    def create(
        self,
        *,
        sip_call_to: str,
        sip_call_from: str,
        routing_rule_id: str,
        destination_room_id: str | Unset = UNSET,
        participant: CallParticipantInput | Unset = UNSET,
        record_audio: bool | Unset = UNSET,
        wait_until_answered: bool | Unset = UNSET,
        hide_phone_number: bool | Unset = UNSET,
        ringing_timeout: int | Unset = UNSET,
        max_call_duration: int | Unset = UNSET,
        dtmf: bool | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        headers: StringMapInput | Unset = UNSET,
        include_headers: IncludeHeaders | Literal["ALL", "SIP_X_HEADERS", "NONE"] | Unset = UNSET,
        metadata: StringMapInput | Unset = UNSET,
    ) -> CallAnswer:
        """Place an outbound call."""
        body = CallCreate(
            sip_call_to=sip_call_to,
            sip_call_from=sip_call_from,
            routing_rule_id=routing_rule_id,
            destination_room_id=destination_room_id,
            participant=participant,
            record_audio=record_audio,
            wait_until_answered=wait_until_answered,
            hide_phone_number=hide_phone_number,
            ringing_timeout=ringing_timeout,
            max_call_duration=max_call_duration,
            dtmf=dtmf,
            media_encryption=media_encryption,
            headers=headers,
            include_headers=include_headers,
            metadata=metadata,
        )

        return create_call.sync(client=self._client, body=body)

    def end(self, *, call_id: str) -> CallAnswer:
        """End an active call."""
        body = CallEnd(
            call_id=call_id,
        )

        return end_call.sync(client=self._client, body=body)

    def get(self, call_id: str) -> CallAnswer:
        """Fetch one call."""

        return get_call.sync(call_id, client=self._client)

    def list(
        self,
        *,
        room_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
        gateway_id: str | Unset = UNSET,
        rule_id: str | Unset = UNSET,
        type_: RuleDirection | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: int | Unset = UNSET,
        end_date: int | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Pager[CallPage, Call]:
        """List calls: every item, fetched page by page as iteration needs it."""

        def fetch(page_to_fetch: int) -> CallPage:
            return list_calls.sync(
                client=self._client,
                room_id=room_id,
                session_id=session_id,
                id=id,
                gateway_id=gateway_id,
                rule_id=rule_id,
                type_=type_,
                search=search,
                start_date=start_date,
                end_date=end_date,
                per_page=per_page,
                page=page_to_fetch,
            )

        return Pager(fetch, page)

    def switch_room(
        self, *, call_id: str, room_id: str, token: str | Unset = UNSET, participant_id: str | Unset = UNSET
    ) -> CallAnswer:
        """Move an active call into another room."""
        body = CallSwitchRoom(
            call_id=call_id,
            room_id=room_id,
            token=token,
            participant_id=participant_id,
        )

        return switch_call_room.sync(client=self._client, body=body)

    def transfer(self, *, call_id: str, transfer_to: str) -> CallAnswer:
        """Transfer an active call."""
        body = CallTransfer(
            call_id=call_id,
            transfer_to=transfer_to,
        )

        return transfer_call.sync(client=self._client, body=body)


class CallsResourceWithRawResponse:
    """Each `calls` operation, answering the whole response: status, headers, bytes and
    the parsed model. Error answers raise, as everywhere (`error.response` holds them)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create(
        self,
        *,
        sip_call_to: str,
        sip_call_from: str,
        routing_rule_id: str,
        destination_room_id: str | Unset = UNSET,
        participant: CallParticipantInput | Unset = UNSET,
        record_audio: bool | Unset = UNSET,
        wait_until_answered: bool | Unset = UNSET,
        hide_phone_number: bool | Unset = UNSET,
        ringing_timeout: int | Unset = UNSET,
        max_call_duration: int | Unset = UNSET,
        dtmf: bool | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        headers: StringMapInput | Unset = UNSET,
        include_headers: IncludeHeaders | Literal["ALL", "SIP_X_HEADERS", "NONE"] | Unset = UNSET,
        metadata: StringMapInput | Unset = UNSET,
    ) -> ParsedResponse[CallAnswer]:
        """Place an outbound call."""
        body = CallCreate(
            sip_call_to=sip_call_to,
            sip_call_from=sip_call_from,
            routing_rule_id=routing_rule_id,
            destination_room_id=destination_room_id,
            participant=participant,
            record_audio=record_audio,
            wait_until_answered=wait_until_answered,
            hide_phone_number=hide_phone_number,
            ringing_timeout=ringing_timeout,
            max_call_duration=max_call_duration,
            dtmf=dtmf,
            media_encryption=media_encryption,
            headers=headers,
            include_headers=include_headers,
            metadata=metadata,
        )

        return create_call.sync_detailed(client=self._client, body=body, raise_on_error=True)

    def end(self, *, call_id: str) -> ParsedResponse[CallAnswer]:
        """End an active call."""
        body = CallEnd(
            call_id=call_id,
        )

        return end_call.sync_detailed(client=self._client, body=body, raise_on_error=True)

    def get(self, call_id: str) -> ParsedResponse[CallAnswer]:
        """Fetch one call."""

        return get_call.sync_detailed(call_id, client=self._client, raise_on_error=True)

    def list(
        self,
        *,
        room_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
        gateway_id: str | Unset = UNSET,
        rule_id: str | Unset = UNSET,
        type_: RuleDirection | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: int | Unset = UNSET,
        end_date: int | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> ParsedResponse[CallPage]:
        """List calls (one page)."""

        return list_calls.sync_detailed(
            client=self._client,
            room_id=room_id,
            session_id=session_id,
            id=id,
            gateway_id=gateway_id,
            rule_id=rule_id,
            type_=type_,
            search=search,
            start_date=start_date,
            end_date=end_date,
            page=page,
            per_page=per_page,
            raise_on_error=True,
        )

    def switch_room(
        self, *, call_id: str, room_id: str, token: str | Unset = UNSET, participant_id: str | Unset = UNSET
    ) -> ParsedResponse[CallAnswer]:
        """Move an active call into another room."""
        body = CallSwitchRoom(
            call_id=call_id,
            room_id=room_id,
            token=token,
            participant_id=participant_id,
        )

        return switch_call_room.sync_detailed(client=self._client, body=body, raise_on_error=True)

    def transfer(self, *, call_id: str, transfer_to: str) -> ParsedResponse[CallAnswer]:
        """Transfer an active call."""
        body = CallTransfer(
            call_id=call_id,
            transfer_to=transfer_to,
        )

        return transfer_call.sync_detailed(client=self._client, body=body, raise_on_error=True)


class AsyncCallsResource:
    """`CallsResource` for asyncio."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client
        self.with_raw_response = AsyncCallsResourceWithRawResponse(client)

    async def create(
        self,
        *,
        sip_call_to: str,
        sip_call_from: str,
        routing_rule_id: str,
        destination_room_id: str | Unset = UNSET,
        participant: CallParticipantInput | Unset = UNSET,
        record_audio: bool | Unset = UNSET,
        wait_until_answered: bool | Unset = UNSET,
        hide_phone_number: bool | Unset = UNSET,
        ringing_timeout: int | Unset = UNSET,
        max_call_duration: int | Unset = UNSET,
        dtmf: bool | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        headers: StringMapInput | Unset = UNSET,
        include_headers: IncludeHeaders | Literal["ALL", "SIP_X_HEADERS", "NONE"] | Unset = UNSET,
        metadata: StringMapInput | Unset = UNSET,
    ) -> CallAnswer:
        """Place an outbound call."""
        body = CallCreate(
            sip_call_to=sip_call_to,
            sip_call_from=sip_call_from,
            routing_rule_id=routing_rule_id,
            destination_room_id=destination_room_id,
            participant=participant,
            record_audio=record_audio,
            wait_until_answered=wait_until_answered,
            hide_phone_number=hide_phone_number,
            ringing_timeout=ringing_timeout,
            max_call_duration=max_call_duration,
            dtmf=dtmf,
            media_encryption=media_encryption,
            headers=headers,
            include_headers=include_headers,
            metadata=metadata,
        )

        return await create_call.asyncio(client=self._client, body=body)

    async def end(self, *, call_id: str) -> CallAnswer:
        """End an active call."""
        body = CallEnd(
            call_id=call_id,
        )

        return await end_call.asyncio(client=self._client, body=body)

    async def get(self, call_id: str) -> CallAnswer:
        """Fetch one call."""

        return await get_call.asyncio(call_id, client=self._client)

    def list(
        self,
        *,
        room_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
        gateway_id: str | Unset = UNSET,
        rule_id: str | Unset = UNSET,
        type_: RuleDirection | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: int | Unset = UNSET,
        end_date: int | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> AsyncPager[CallPage, Call]:
        """List calls: every item, fetched page by page as `async for` needs it."""

        async def fetch(page_to_fetch: int) -> CallPage:
            return await list_calls.asyncio(
                client=self._client,
                room_id=room_id,
                session_id=session_id,
                id=id,
                gateway_id=gateway_id,
                rule_id=rule_id,
                type_=type_,
                search=search,
                start_date=start_date,
                end_date=end_date,
                per_page=per_page,
                page=page_to_fetch,
            )

        return AsyncPager(fetch, page)

    async def switch_room(
        self, *, call_id: str, room_id: str, token: str | Unset = UNSET, participant_id: str | Unset = UNSET
    ) -> CallAnswer:
        """Move an active call into another room."""
        body = CallSwitchRoom(
            call_id=call_id,
            room_id=room_id,
            token=token,
            participant_id=participant_id,
        )

        return await switch_call_room.asyncio(client=self._client, body=body)

    async def transfer(self, *, call_id: str, transfer_to: str) -> CallAnswer:
        """Transfer an active call."""
        body = CallTransfer(
            call_id=call_id,
            transfer_to=transfer_to,
        )

        return await transfer_call.asyncio(client=self._client, body=body)


class AsyncCallsResourceWithRawResponse:
    """`CallsResourceWithRawResponse` for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        sip_call_to: str,
        sip_call_from: str,
        routing_rule_id: str,
        destination_room_id: str | Unset = UNSET,
        participant: CallParticipantInput | Unset = UNSET,
        record_audio: bool | Unset = UNSET,
        wait_until_answered: bool | Unset = UNSET,
        hide_phone_number: bool | Unset = UNSET,
        ringing_timeout: int | Unset = UNSET,
        max_call_duration: int | Unset = UNSET,
        dtmf: bool | Unset = UNSET,
        media_encryption: MediaEncryption | Literal["enable", "disable"] | Unset = UNSET,
        headers: StringMapInput | Unset = UNSET,
        include_headers: IncludeHeaders | Literal["ALL", "SIP_X_HEADERS", "NONE"] | Unset = UNSET,
        metadata: StringMapInput | Unset = UNSET,
    ) -> ParsedResponse[CallAnswer]:
        """Place an outbound call."""
        body = CallCreate(
            sip_call_to=sip_call_to,
            sip_call_from=sip_call_from,
            routing_rule_id=routing_rule_id,
            destination_room_id=destination_room_id,
            participant=participant,
            record_audio=record_audio,
            wait_until_answered=wait_until_answered,
            hide_phone_number=hide_phone_number,
            ringing_timeout=ringing_timeout,
            max_call_duration=max_call_duration,
            dtmf=dtmf,
            media_encryption=media_encryption,
            headers=headers,
            include_headers=include_headers,
            metadata=metadata,
        )

        return await create_call.asyncio_detailed(client=self._client, body=body, raise_on_error=True)

    async def end(self, *, call_id: str) -> ParsedResponse[CallAnswer]:
        """End an active call."""
        body = CallEnd(
            call_id=call_id,
        )

        return await end_call.asyncio_detailed(client=self._client, body=body, raise_on_error=True)

    async def get(self, call_id: str) -> ParsedResponse[CallAnswer]:
        """Fetch one call."""

        return await get_call.asyncio_detailed(call_id, client=self._client, raise_on_error=True)

    async def list(
        self,
        *,
        room_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
        gateway_id: str | Unset = UNSET,
        rule_id: str | Unset = UNSET,
        type_: RuleDirection | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: int | Unset = UNSET,
        end_date: int | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> ParsedResponse[CallPage]:
        """List calls (one page)."""

        return await list_calls.asyncio_detailed(
            client=self._client,
            room_id=room_id,
            session_id=session_id,
            id=id,
            gateway_id=gateway_id,
            rule_id=rule_id,
            type_=type_,
            search=search,
            start_date=start_date,
            end_date=end_date,
            page=page,
            per_page=per_page,
            raise_on_error=True,
        )

    async def switch_room(
        self, *, call_id: str, room_id: str, token: str | Unset = UNSET, participant_id: str | Unset = UNSET
    ) -> ParsedResponse[CallAnswer]:
        """Move an active call into another room."""
        body = CallSwitchRoom(
            call_id=call_id,
            room_id=room_id,
            token=token,
            participant_id=participant_id,
        )

        return await switch_call_room.asyncio_detailed(client=self._client, body=body, raise_on_error=True)

    async def transfer(self, *, call_id: str, transfer_to: str) -> ParsedResponse[CallAnswer]:
        """Transfer an active call."""
        body = CallTransfer(
            call_id=call_id,
            transfer_to=transfer_to,
        )

        return await transfer_call.asyncio_detailed(client=self._client, body=body, raise_on_error=True)
