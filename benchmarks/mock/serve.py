"""Starts one server under test: the mock as `videosdk-sip mock` serves it (the same `serve`
call), a variant of it, or the bare endpoint.

    python -m benchmarks.mock.serve mock --port 8001 [--http h11] [--token-cache 0] [--access-log]
        [--unguarded]
    python -m benchmarks.mock.serve bare --port 8002 [--http h11]

Run it from the repository root (benchmarks/ is a package); benchmarks.mock.run does.
"""

from __future__ import annotations

import argparse
import logging

from benchmarks.mock import bare
from videosdk_sip.mock.app import ASGIApp, create_app
from videosdk_sip.mock.server import bind, serve
from videosdk_sip.mock.settings import MockSettings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("app", choices=["mock", "bare"])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--http", choices=["auto", "h11"], default="auto")
    parser.add_argument("--token-cache", type=int, default=MockSettings().token_cache_size)
    parser.add_argument("--access-log", action="store_true")
    parser.add_argument(
        "--unguarded", action="store_true", help="uvicorn's own protocol, without the limits"
    )
    args = parser.parse_args()
    sock = bind("127.0.0.1", args.port)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.access_log:
        logging.getLogger("uvicorn.access").setLevel(logging.INFO)
    app: ASGIApp = (
        bare.app
        if args.app == "bare"
        # No cap on rules: every measured create must be a real create, never a 409.
        else create_app(MockSettings(token_cache_size=args.token_cache, max_rules_per_key=2**62))
    )
    serve(app, sock, access_log=args.access_log, http=args.http, guarded=not args.unguarded)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
