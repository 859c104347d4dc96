"""A minimal Language Server Protocol client over stdio, enough to drive yaml-language-server in tests.

It speaks JSON-RPC with ``Content-Length`` framing, answers the server's own requests (configuration,
capability registration, progress), and collects ``textDocument/publishDiagnostics`` per document.
"""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import time
from pathlib import Path
from typing import Any


class LanguageServer:
    def __init__(self, command: list[str], settings: dict[str, Any], root: Path) -> None:
        self.settings = settings
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self._next_id = 0
        self._responses: dict[int, queue.Queue] = {}
        self.diagnostics: dict[str, list[dict]] = {}
        self._diagnostics_seen: dict[str, int] = {}
        self._lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self.process.stderr.read, daemon=True).start()  # type: ignore[union-attr]
        self.request("initialize", {
            "processId": None,
            "rootUri": root.as_uri(),
            "capabilities": {
                "textDocument": {
                    "completion": {"completionItem": {"documentationFormat": ["markdown", "plaintext"]}},
                    "hover": {"contentFormat": ["markdown", "plaintext"]},
                    "publishDiagnostics": {},
                },
                "workspace": {"configuration": True},
            },
            "workspaceFolders": [{"uri": root.as_uri(), "name": "test"}],
        })  # fmt: skip
        self.notify("initialized", {})
        self.notify("workspace/didChangeConfiguration", {"settings": settings})

    # --- framing --------------------------------------------------------------------------------------

    def _send(self, message: dict) -> None:
        body = json.dumps(message).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(f"Content-Length: {len(body)}\r\n\r\n".encode("ascii") + body)
        self.process.stdin.flush()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            message = json.loads(stream.read(int(headers["content-length"])))
            self._dispatch(message)

    def _dispatch(self, message: dict) -> None:
        if "id" in message and "method" in message:  # a request from the server
            self._send({"jsonrpc": "2.0", "id": message["id"], "result": self._answer(message)})
        elif "id" in message:
            self._responses.setdefault(message["id"], queue.Queue()).put(message)
        elif message.get("method") == "textDocument/publishDiagnostics":
            params = message["params"]
            with self._lock:
                self.diagnostics[params["uri"]] = params["diagnostics"]
                self._diagnostics_seen[params["uri"]] = self._diagnostics_seen.get(params["uri"], 0) + 1

    def _answer(self, message: dict) -> Any:
        if message["method"] == "workspace/configuration":
            return [self.settings.get(item.get("section", ""), None) for item in message["params"]["items"]]
        return None

    # --- requests -------------------------------------------------------------------------------------

    def request(self, method: str, params: dict, timeout: float = 60) -> Any:
        with self._lock:
            self._next_id += 1
            number = self._next_id
            self._responses.setdefault(number, queue.Queue())
        self._send({"jsonrpc": "2.0", "id": number, "method": method, "params": params})
        response = self._responses[number].get(timeout=timeout)
        if "error" in response:
            raise RuntimeError(f"{method}: {response['error']}")
        return response.get("result")

    def notify(self, method: str, params: dict) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def open(self, uri: str, text: str) -> None:
        with self._lock:
            self._diagnostics_seen.pop(uri, None)
        self.notify(
            "textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}
        )

    def wait_for_diagnostics(self, uri: str, timeout: float = 30, settle: float = 1.5) -> list[dict]:
        """The diagnostics of ``uri`` once the server has published them and then stayed quiet a moment."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and uri not in self._diagnostics_seen:
            time.sleep(0.05)
        seen = self._diagnostics_seen.get(uri)
        time.sleep(settle)
        while self._diagnostics_seen.get(uri) != seen and time.monotonic() < deadline:
            seen = self._diagnostics_seen.get(uri)
            time.sleep(settle)
        return self.diagnostics.get(uri, [])

    def completion(self, uri: str, line: int, character: int) -> list[dict]:
        result = self.request("textDocument/completion", {"textDocument": {"uri": uri},
                                                          "position": {"line": line, "character": character}})  # fmt: skip
        return result["items"] if isinstance(result, dict) else (result or [])

    def hover(self, uri: str, line: int, character: int) -> str:
        result = self.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                     "position": {"line": line, "character": character}})  # fmt: skip
        if not result:
            return ""
        contents = result["contents"]
        if isinstance(contents, dict):
            return contents.get("value", "")
        if isinstance(contents, list):
            return "\n".join(part if isinstance(part, str) else part.get("value", "") for part in contents)
        return str(contents)

    def close(self) -> None:
        try:
            self.request("shutdown", {}, timeout=10)
            self.notify("exit", {})
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()
