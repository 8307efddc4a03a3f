"""Contract test kit for VideoSDK's SIP routing-rules API."""

from pathlib import Path

__all__ = ["SPEC_PATH"]

SPEC_PATH = Path(__file__).with_name("openapi.yaml")
"""The OpenAPI document every part of the kit reads: the repository's openapi.yaml."""
