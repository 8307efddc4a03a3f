"""A mock for the delivery benchmark: the development key, one outbound rule to place calls
through, and optionally webhooks for every event at the given URLs; served by uvicorn in
this process, as `videosdk-sip mock` serves it.

    python -m benchmarks.mock.delivery_server --port 8123 [--webhook URL ...]

Prints the rule's id on the first line of stdout once it is ready to be started.
"""

from __future__ import annotations

import argparse

from videosdk_sip.credentials import DEV_API_KEY, DEV_SECRET
from videosdk_sip.mock.app import create_app
from videosdk_sip.mock.server import bind, serve
from videosdk_sip.mock.settings import MockSettings
from videosdk_sip.mock.stores.number_rules import StoredRule

CALLER = "+14155559876"
EVENTS = (
    "call-started",
    "call-ringing",
    "call-answered",
    "call-hangup",
    "call-missed",
    "call-update",
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--webhook", action="append", default=[])
    args = parser.parse_args()
    app = create_app(MockSettings(credentials={DEV_API_KEY: DEV_SECRET}))
    rule = app.stores.number_rules.create(
        DEV_API_KEY,
        {"name": "bench", "type": "outbound", "phoneNumbers": [CALLER], "room": None},
    )
    assert isinstance(rule, StoredRule)
    for url in args.webhook:
        app.stores.webhooks.create(DEV_API_KEY, {"url": url, "events": list(EVENTS)})
    print(rule.fields["id"], flush=True)
    serve(app, bind("127.0.0.1", args.port))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
