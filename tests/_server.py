"""A local HTTP server that records every request: zero recorded requests proves nothing was fetched."""

from __future__ import annotations

import contextlib
import http.server
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest


class Recorder(http.server.BaseHTTPRequestHandler):
    """Answers every GET with a small schema and remembers the path asked for."""

    hits: list[str] = []  # noqa: RUF012 - shared on purpose: the server makes a handler per request

    def do_GET(self) -> None:
        Recorder.hits.append(self.path)
        body = b'{"type": "string"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/schema+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@contextlib.contextmanager
def serving(handler: Callable[..., http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve ``handler`` on 127.0.0.1 (a free port) in a thread, yielding the base URL; shut down afterwards."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def server() -> Iterator[str]:
    """The base URL of a fresh recording server (its hits start empty)."""
    Recorder.hits = []
    with serving(Recorder) as url:
        yield url
