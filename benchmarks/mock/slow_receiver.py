"""A webhook receiver that takes `--delay` seconds to answer each POST (longer than the
mock's delivery timeout, so every attempt times out), on 127.0.0.1.

    python -m benchmarks.mock.slow_receiver --port 8124 --delay 5
"""

from __future__ import annotations

import argparse
import asyncio


async def serve(port: int, delay: float) -> None:
    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.readuntil(b"\r\n\r\n")
            await asyncio.sleep(delay)
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", port)
    async with server:
        await server.serve_forever()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--delay", type=float, default=5.0)
    args = parser.parse_args()
    asyncio.run(serve(args.port, args.delay))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
