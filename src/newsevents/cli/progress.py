"""A one-line progress display on stderr, for long runs in a terminal; silent everywhere else."""

from __future__ import annotations

import time
from typing import IO

__all__ = ["Progress"]

_EVERY = 0.2  # seconds between redraws
_AFTER = 1.0  # a run shorter than this never shows a bar


class Progress:
    """Redraws ``records, rate, percent of the current file`` at most five times a second."""

    def __init__(self, stream: IO[str], enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self.started = time.monotonic()
        self.last = self.started
        self.shown = False
        self.records = 0
        self.name = ""
        self.done = 0
        self.total: int | None = None

    def file(self, name: str, total: int | None) -> None:
        """A new file begins (``total`` is its size in bytes, when known)."""
        self.name, self.total, self.done = name, total, 0

    def bytes_read(self, count: int) -> None:
        """``count`` bytes of the current file have been read so far."""
        self.done = count

    def record(self) -> None:
        """One more record was checked."""
        self.records += 1
        if self.enabled and self.records % 64 == 0:
            self._draw()

    def _draw(self) -> None:
        now = time.monotonic()
        if now - self.last < _EVERY or now - self.started < _AFTER:
            return
        self.last = now
        rate = self.records / (now - self.started)
        share = f" {100 * self.done / self.total:3.0f}% of {self.name}" if self.total else f" {self.name}"
        line = f"{self.records} records, {rate:,.0f}/s{share}"
        self.stream.write("\r" + line[:100].ljust(100))
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        """Erase the bar, so the report that follows starts on a clean line."""
        if self.shown:
            self.stream.write("\r" + " " * 100 + "\r")
            self.stream.flush()
            self.shown = False
