"""A stateful mock of VideoSDK's SIP routing-rules API, driven by openapi.yaml.

`videosdk_sip.mock.app.create_app` builds the ASGI application, `videosdk_sip.mock.server.
running_mock` serves one in a background thread, and `videosdk-sip mock` serves one from the
command line. This package imports nothing heavy itself, so the command stays quick to load.
"""
