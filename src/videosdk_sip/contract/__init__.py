"""The contract suite: schemathesis property tests of a server and of the generated client.

`videosdk-sip contract` (see `videosdk_sip.contract.command`) runs it against the embedded mock
server or against a remote deployment such as the vendor's staging.
"""
