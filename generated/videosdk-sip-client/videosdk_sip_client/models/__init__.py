"""Contains all the data models used in inputs/outputs"""

from .agent import Agent
from .agent_dispatch import AgentDispatch
from .agent_dispatch_input import AgentDispatchInput
from .agent_input import AgentInput
from .agent_input_type import AgentInputType
from .call import Call
from .call_answer import CallAnswer
from .call_create import CallCreate
from .call_end import CallEnd
from .call_page import CallPage
from .call_participant_input import CallParticipantInput
from .call_switch_room import CallSwitchRoom
from .call_timelog_entry import CallTimelogEntry
from .call_transfer import CallTransfer
from .dynamic_room_input import DynamicRoomInput
from .dynamic_room_input_type import DynamicRoomInputType
from .dynamic_rule_room_input import DynamicRuleRoomInput
from .dynamic_rule_room_input_prefix import DynamicRuleRoomInputPrefix
from .dynamic_rule_room_input_type import DynamicRuleRoomInputType
from .error import Error
from .error_detail import ErrorDetail
from .inbound_gateway_create import InboundGatewayCreate
from .inbound_gateway_update import InboundGatewayUpdate
from .inbound_provisioning import InboundProvisioning
from .include_headers import IncludeHeaders
from .media_encryption import MediaEncryption
from .message_answer import MessageAnswer
from .metadata import Metadata
from .metadata_input import MetadataInput
from .number_routing_rule import NumberRoutingRule
from .number_routing_rule_create import NumberRoutingRuleCreate
from .number_routing_rule_page import NumberRoutingRulePage
from .number_routing_rule_update import NumberRoutingRuleUpdate
from .outbound_gateway_create import OutboundGatewayCreate
from .outbound_gateway_update import OutboundGatewayUpdate
from .outbound_provisioning import OutboundProvisioning
from .page_info import PageInfo
from .phone_number_detach import PhoneNumberDetach
from .phone_number_detached import PhoneNumberDetached
from .phone_number_detail import PhoneNumberDetail
from .phone_number_gateway_update import PhoneNumberGatewayUpdate
from .phone_number_page import PhoneNumberPage
from .phone_number_record import PhoneNumberRecord
from .phone_number_released import PhoneNumberReleased
from .phone_numbers_create import PhoneNumbersCreate
from .room import Room
from .room_dispatch import RoomDispatch
from .room_dispatch_input import RoomDispatchInput
from .routing_rule import RoutingRule
from .routing_rule_create import RoutingRuleCreate
from .routing_rule_deleted import RoutingRuleDeleted
from .routing_rule_page import RoutingRulePage
from .routing_rule_update import RoutingRuleUpdate
from .rule_direction import RuleDirection
from .rule_room import RuleRoom
from .sip_auth import SipAuth
from .sip_auth_input import SipAuthInput
from .sip_gateway import SipGateway
from .sip_gateway_page import SipGatewayPage
from .sip_region import SipRegion
from .sip_transport import SipTransport
from .sip_webhook_event import SipWebhookEvent
from .static_room_input import StaticRoomInput
from .static_room_input_type import StaticRoomInputType
from .static_rule_room_input import StaticRuleRoomInput
from .static_rule_room_input_type import StaticRuleRoomInputType
from .string_map_input import StringMapInput
from .webhook import Webhook
from .webhook_create import WebhookCreate
from .webhook_event_name import WebhookEventName
from .webhook_page import WebhookPage
from .webhook_update import WebhookUpdate

__all__ = (
    "Agent",
    "AgentDispatch",
    "AgentDispatchInput",
    "AgentInput",
    "AgentInputType",
    "Call",
    "CallAnswer",
    "CallCreate",
    "CallEnd",
    "CallPage",
    "CallParticipantInput",
    "CallSwitchRoom",
    "CallTimelogEntry",
    "CallTransfer",
    "DynamicRoomInput",
    "DynamicRoomInputType",
    "DynamicRuleRoomInput",
    "DynamicRuleRoomInputPrefix",
    "DynamicRuleRoomInputType",
    "Error",
    "ErrorDetail",
    "InboundGatewayCreate",
    "InboundGatewayUpdate",
    "InboundProvisioning",
    "IncludeHeaders",
    "MediaEncryption",
    "MessageAnswer",
    "Metadata",
    "MetadataInput",
    "NumberRoutingRule",
    "NumberRoutingRuleCreate",
    "NumberRoutingRulePage",
    "NumberRoutingRuleUpdate",
    "OutboundGatewayCreate",
    "OutboundGatewayUpdate",
    "OutboundProvisioning",
    "PageInfo",
    "PhoneNumberDetach",
    "PhoneNumberDetached",
    "PhoneNumberDetail",
    "PhoneNumberGatewayUpdate",
    "PhoneNumberPage",
    "PhoneNumberRecord",
    "PhoneNumberReleased",
    "PhoneNumbersCreate",
    "Room",
    "RoomDispatch",
    "RoomDispatchInput",
    "RoutingRule",
    "RoutingRuleCreate",
    "RoutingRuleDeleted",
    "RoutingRulePage",
    "RoutingRuleUpdate",
    "RuleDirection",
    "RuleRoom",
    "SipAuth",
    "SipAuthInput",
    "SipGateway",
    "SipGatewayPage",
    "SipRegion",
    "SipTransport",
    "SipWebhookEvent",
    "StaticRoomInput",
    "StaticRoomInputType",
    "StaticRuleRoomInput",
    "StaticRuleRoomInputType",
    "StringMapInput",
    "Webhook",
    "WebhookCreate",
    "WebhookEventName",
    "WebhookPage",
    "WebhookUpdate",
)
