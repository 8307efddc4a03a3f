"""Contains all the data models used in inputs/outputs"""

from .agent import Agent
from .agent_dispatch import AgentDispatch
from .agent_dispatch_input import AgentDispatchInput
from .agent_input import AgentInput
from .agent_input_type import AgentInputType
from .dynamic_room_input import DynamicRoomInput
from .dynamic_room_input_type import DynamicRoomInputType
from .error import Error
from .error_detail import ErrorDetail
from .metadata import Metadata
from .metadata_input import MetadataInput
from .page_info import PageInfo
from .room import Room
from .room_dispatch import RoomDispatch
from .room_dispatch_input import RoomDispatchInput
from .routing_rule import RoutingRule
from .routing_rule_create import RoutingRuleCreate
from .routing_rule_deleted import RoutingRuleDeleted
from .routing_rule_page import RoutingRulePage
from .routing_rule_update import RoutingRuleUpdate
from .static_room_input import StaticRoomInput
from .static_room_input_type import StaticRoomInputType

__all__ = (
    "Agent",
    "AgentDispatch",
    "AgentDispatchInput",
    "AgentInput",
    "AgentInputType",
    "DynamicRoomInput",
    "DynamicRoomInputType",
    "Error",
    "ErrorDetail",
    "Metadata",
    "MetadataInput",
    "PageInfo",
    "Room",
    "RoomDispatch",
    "RoomDispatchInput",
    "RoutingRule",
    "RoutingRuleCreate",
    "RoutingRuleDeleted",
    "RoutingRulePage",
    "RoutingRuleUpdate",
    "StaticRoomInput",
    "StaticRoomInputType",
)
