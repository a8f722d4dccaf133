"""A headless Chromium driven over the DevTools protocol on a pipe: no driver, no websocket, no browser download.

Chromium comes from Debian's packages (`apt-get install chromium`; `.ci/run` installs it). With
``--remote-debugging-pipe`` it reads protocol messages from fd 3 and writes them to fd 4, each a JSON text
ended by a NUL byte. The flags keep it from reaching the network on its own (updates, sync, field trials), and
a fresh profile directory keeps each run independent.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from typing import Any

#: Flags that keep Chromium quiet on the network and runnable as root in a container.
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--mute-audio", "--remote-debugging-pipe")


_TRAMPOLINE = ("import os, sys; os.dup2(int(sys.argv[1]), 3); os.dup2(int(sys.argv[2]), 4); "
               "os.execv(sys.argv[3], sys.argv[3:])")


def _above_nine(fd: int) -> int:
    """A copy of ``fd`` numbered 10 or more; the original is closed."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return moved


def chromium_path() -> str | None:
    """The Chromium executable Debian installs, if any."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Browser:
    """One headless Chromium with one page; records the page's requests and errors."""

    def __init__(self, executable: str) -> None:
        self._profile = tempfile.TemporaryDirectory(prefix="newsevents-chromium-")
        to_child, self._write = os.pipe()
        self._read, from_child = os.pipe()
        # Move the child's ends above 9 first: were one of them fd 3 or 4 already, the moves below would
        # overwrite it before using it.
        to_child, from_child = (_above_nine(fd) for fd in (to_child, from_child))
        # A Python trampoline puts the two pipe ends on fds 3 and 4, where Chromium looks for them (a POSIX shell's
        # redirections take only one-digit fd numbers).
        self._log = open(os.path.join(self._profile.name, "stderr.log"), "wb")  # noqa: SIM115 - closed in close()
        self.process = subprocess.Popen(
            [sys.executable, "-c", _TRAMPOLINE, str(to_child), str(from_child), executable, *FLAGS,
             f"--user-data-dir={self._profile.name}", "about:blank"],
            pass_fds=(to_child, from_child), stdin=subprocess.DEVNULL, stdout=self._log, stderr=self._log,
        )
        os.close(to_child)
        os.close(from_child)
        self._buffer = b""
        self._next_id = 0
        self.requests: list[str] = []
        self.errors: list[str] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self._session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", session=True)

    # -- the protocol ----------------------------------------------------------------------------------------

    def _receive(self, timeout: float) -> dict[str, Any] | None:
        """The next message, or None when none comes within ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._read], [], [], left)[0]:
                return None
            chunk = os.read(self._read, 1 << 16)
            if not chunk:
                raise RuntimeError(f"Chromium closed the DevTools pipe; its last words:\n{self._last_words()}")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        parsed: dict[str, Any] = json.loads(message)
        self._note(parsed)
        return parsed

    def _note(self, message: dict[str, Any]) -> None:
        """Record requests and every kind of error an event reports."""
        method, params = message.get("method"), message.get("params", {})
        if method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Network.loadingFailed" and not params.get("canceled"):
            self.errors.append(f"failed to load: {params.get('errorText')}")
        elif method == "Runtime.exceptionThrown":
            self.errors.append(f"exception: {params['exceptionDetails'].get('text')}")
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.errors.append(f"console.{params['type']}: {params.get('args')}")
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            self.errors.append(f"log: {params['entry'].get('text')} {params['entry'].get('url', '')}")

    def call(self, method: str, *, session: bool = False, timeout: float = 30, **params: Any) -> dict[str, Any]:
        """Send one command and wait for its answer (events that arrive meanwhile are recorded)."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self._session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            answer = self._receive(deadline - time.monotonic())
            if answer is not None and answer.get("id") == self._next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                result: dict[str, Any] = answer.get("result", {})
                return result
        raise TimeoutError(f"no answer to {method} within {timeout} s")

    # -- what the tests use ----------------------------------------------------------------------------------

    def load(self, url: str, *, settle: float = 0.5, timeout: float = 30) -> None:
        """Open ``url`` and wait for its load event, then until no message has come for ``settle`` seconds (so
        scripts that fetch after loading, like the search index, are recorded too)."""
        self.call("Page.navigate", session=True, url=url)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            message = self._receive(deadline - time.monotonic())
            if message is not None and message.get("method") == "Page.loadEventFired":
                break
        else:
            raise TimeoutError(f"{url} did not finish loading within {timeout} s")
        while self._receive(settle) is not None:
            pass

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page."""
        result = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def _last_words(self) -> str:
        """The end of what Chromium printed, for a failure message."""
        self._log.flush()
        with open(self._log.name, "rb") as log:
            return log.read()[-2000:].decode(errors="replace")

    def close(self) -> None:
        """Quit Chromium and remove its profile."""
        with contextlib.suppress(RuntimeError, TimeoutError, OSError):
            self.call("Browser.close", timeout=5)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._read)
        os.close(self._write)
        self._log.close()
        self._profile.cleanup()
