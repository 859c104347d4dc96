"""A minimal Chrome DevTools Protocol client over ``--remote-debugging-pipe``: enough to press keys in a page.

Chromium reads commands from file descriptor 3 and writes replies to 4, each message JSON ended by a NUL
byte. Keys sent with ``Input.dispatchKeyEvent`` are trusted input, so a focused ``<button>`` is activated
by Enter exactly as when a person presses it (a synthetic DOM event would not do that).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

KEYS = {
    "Tab": {"key": "Tab", "code": "Tab", "windowsVirtualKeyCode": 9},
    "Enter": {"key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13, "text": "\r"},
    "Space": {"key": " ", "code": "Space", "windowsVirtualKeyCode": 32, "text": " "},
}


def _as_fds_3_and_4(read_end: int, write_end: int) -> None:
    """In the child, before exec: put the two pipe ends at 3 and 4 (moving them out of the way first)."""
    read_copy, write_copy = os.dup(read_end), os.dup(write_end)
    os.dup2(read_copy, 3)
    os.dup2(write_copy, 4)


class Browser:
    def __init__(self, chromium: str, profile: Path) -> None:
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()
        # The child gets our pipe ends as its fds 3 (commands in) and 4 (replies out).
        self.process = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
             "--disable-background-networking", "--disable-component-update", f"--user-data-dir={profile}",
             "--remote-debugging-pipe", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            close_fds=False,  # the dup2'ed fds 3 and 4 must survive into the child
            preexec_fn=lambda: _as_fds_3_and_4(to_browser_read, from_browser_write),
        )  # fmt: skip
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer = b""
        self._next_id = 0
        self.session: str | None = None

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> Any:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode("utf-8") + b"\0")
        while True:
            reply = self._receive()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def _receive(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def open(self, url: str) -> None:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.page("Page.enable")
        self.page("Page.navigate", {"url": url})
        for _ in range(200):  # wait until the page and its script are there
            if self.evaluate("document.readyState") == "complete":
                return
            self.evaluate("new Promise(r => setTimeout(r, 50))")
        raise RuntimeError("the page did not finish loading")

    def page(self, method: str, params: dict[str, Any] | None = None) -> Any:
        return self.send(method, params, session=self.session)

    def evaluate(self, expression: str) -> Any:
        result = self.page("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        return result.get("result", {}).get("value")

    def press(self, name: str) -> None:
        key = KEYS[name]
        self.page("Input.dispatchKeyEvent", {"type": "keyDown", **key})
        self.page("Input.dispatchKeyEvent", {"type": "keyUp", **{k: v for k, v in key.items() if k != "text"}})

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except (RuntimeError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        os.close(self._to_browser)
        os.close(self._from_browser)
