"""A server on 127.0.0.1 that answers each connection with a function of the raw socket.

The tests give it answers no real HTTP server would send on purpose: a trickle, a body of
many megabytes, silence. It records each request line and how many bytes each answer got
out before the client hung up, so a test can tell that the client stopped reading.
"""

from __future__ import annotations

import socket
import socketserver
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Answer = Callable[["Connection"], None]


class Connection:
    """One accepted connection: `send` counts what got out, `stop` says the test is over."""

    def __init__(self, sock: socket.socket, stop: threading.Event) -> None:
        self.sock = sock
        self.stop = stop
        self.sent = 0

    def send(self, data: bytes) -> bool:
        """Send `data`; False once the client has hung up or the test is over."""
        if self.stop.is_set():
            return False
        try:
            self.sock.sendall(data)
        except OSError:
            return False
        self.sent += len(data)
        return True

    def trickle(self, data: bytes, interval: float) -> None:
        """Send `data` one byte at a time, `interval` seconds apart."""
        for index in range(len(data)):
            if not self.send(data[index : index + 1]) or self.stop.wait(interval):
                return


class RawServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, answer: Answer) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.answer = answer
        self.requests: list[str] = []
        self.sent: list[int] = []
        self.stop = threading.Event()
        self.lock = threading.Lock()

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


class _Handler(socketserver.StreamRequestHandler):
    server: RawServer

    def handle(self) -> None:
        request_line = self.rfile.readline().decode("latin-1").strip()
        length = 0
        while (line := self.rfile.readline()) not in (b"\r\n", b"\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            if name.strip().lower() == "content-length":
                length = int(value.strip())
        self.rfile.read(length)
        with self.server.lock:
            self.server.requests.append(request_line)
        connection = Connection(self.connection, self.server.stop)
        try:
            self.server.answer(connection)
        finally:
            with self.server.lock:
                self.server.sent.append(connection.sent)


@contextmanager
def raw_server(answer: Answer) -> Iterator[RawServer]:
    """A running server; on exit every answer still going is told to stop."""
    with RawServer(answer) as server:
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        thread.start()
        try:
            yield server
        finally:
            server.stop.set()
            server.shutdown()
            thread.join(timeout=5)
            # Let handler threads see `stop` and record what they sent.
            time.sleep(0.05)


def head(status: str = "200 OK", **headers: str) -> bytes:
    """A status line and headers, with the blank line that ends them."""
    lines = [f"HTTP/1.1 {status}", "Connection: close"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()
