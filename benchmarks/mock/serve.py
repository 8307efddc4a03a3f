"""Starts one server under test: the mock (as `videosdk-sip mock` runs it) or the bare endpoint.

python benchmarks/mock/serve.py mock --port 8001 [--http h11] [--token-cache 0] [--access-log]
python benchmarks/mock/serve.py bare --port 8002 [--http h11]
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import uvicorn

from videosdk_sip.mock.app import create_app
from videosdk_sip.mock.server import bind
from videosdk_sip.mock.settings import MockSettings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("app", choices=["mock", "bare"])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--http", choices=["auto", "httptools", "h11"], default="auto")
    parser.add_argument("--token-cache", type=int, default=MockSettings().token_cache_size)
    parser.add_argument("--access-log", action="store_true")
    args = parser.parse_args()
    if args.app == "bare":
        sys.path.insert(0, str(Path(__file__).parent))
        from bare import app as bare_app  # type: ignore[import-not-found]

        app: object = bare_app
    else:
        app = create_app(MockSettings(token_cache_size=args.token_cache))
    logging.basicConfig(level=logging.WARNING)
    if args.access_log:
        logging.getLogger("uvicorn.access").setLevel(logging.INFO)
    config = uvicorn.Config(
        app,  # type: ignore[arg-type]
        http=args.http,
        loop="auto",
        lifespan="off",
        access_log=args.access_log,
        log_config=None,
        server_header=False,
    )
    sock = bind("127.0.0.1", args.port)
    uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
