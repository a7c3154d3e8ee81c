"""Pagefind's service (`pagefind --service`): pages handed over one at a time, the bundle written at the end."""
from __future__ import annotations

import base64
import json
import queue
import subprocess
import threading
from pathlib import Path
from typing import Any


class SearchIndexError(RuntimeError):
    """Pagefind failed; the message says why."""


def pagefind_binary() -> Path | None:
    """The Pagefind executable that the `pagefind` package installs, or None."""
    from pagefind.service import get_executable  # the package's binary lookup

    binary = get_executable()
    return Path(binary) if binary is not None else None


class PagefindService:
    """Pagefind fed one page at a time while the site is built, so it indexes on the second core.

    MkDocs renders on one core; Pagefind's service (`pagefind --service`, its own
    process) parses each page as it is handed over, and only writing the bundle
    waits for the end of the build. The messages are Pagefind's service protocol
    (base64 JSON, each followed by a comma), spoken here directly: the wrapper in
    the `pagefind` package polls for each answer with a 0.1 s sleep, 100 ms a page.
    """

    def __init__(self, config: dict[str, Any]) -> None:
        binary = pagefind_binary()
        if binary is None:
            raise SearchIndexError("search index: the Pagefind binary is missing (pip install -r requirements.txt)")
        try:
            self._process = subprocess.Popen([str(binary), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                             stderr=subprocess.DEVNULL)
        except OSError as error:
            raise SearchIndexError(f"search index: could not run Pagefind ({error})") from error
        self._answers: dict[int, dict[str, Any]] = {}
        self._answered = threading.Condition()
        self._next_id = 0
        self._pages = queue.SimpleQueue[bytes | None]()
        self._reader = threading.Thread(target=self._read, name="pagefind-answers", daemon=True)
        self._writer = threading.Thread(target=self._write, name="pagefind-pages", daemon=True)
        self._reader.start()
        self._writer.start()
        self._index_id = self._ask({"type": "NewIndex", "config": config})["index_id"]

    def add(self, html: str, url: str) -> None:
        """Hand over a rendered page (url like '/cases/x/'); returns at once."""
        self._send({"type": "AddFile", "index_id": self._index_id, "url": url, "file_contents": html, "file_path": None})

    def write(self, bundle: Path) -> None:
        """Wait for every page, write the bundle into the folder bundle and stop; raises SearchIndexError."""
        try:
            self._ask({"type": "WriteFiles", "index_id": self._index_id, "output_path": str(bundle)})
            errors = [a for a in self._answers.values() if a.get("type") == "Error"]
            if errors:
                raise SearchIndexError(f"search index: Pagefind refused a page ({errors[0].get('message')})")
        finally:
            self.close()

    def close(self) -> None:
        """Stop the service (after write, or for a build that failed)."""
        self._pages.put(None)
        self._writer.join(timeout=60)
        if self._process.poll() is None:
            self._process.terminate()
        self._process.wait(timeout=60)

    def _send(self, payload: dict[str, Any]) -> int:
        self._next_id += 1
        message = json.dumps({"message_id": self._next_id, "payload": payload}).encode("utf-8")
        self._pages.put(base64.b64encode(message) + b",")
        return self._next_id

    def _ask(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Send and wait for the answer; the service answers in order, so every earlier page is in."""
        message_id = self._send(payload)
        with self._answered:
            if not self._answered.wait_for(lambda: message_id in self._answers or self._process.poll() is not None,
                                           timeout=600):
                raise SearchIndexError("search index: Pagefind did not answer in 10 minutes")
        answer = self._answers.get(message_id)
        if answer is None:
            raise SearchIndexError("search index: Pagefind stopped")
        if answer.get("type") == "Error":
            raise SearchIndexError(f"search index: Pagefind failed ({answer.get('message')})")
        return answer

    def _write(self) -> None:
        assert self._process.stdin is not None
        try:
            while (message := self._pages.get()) is not None:
                self._process.stdin.write(message)
                self._process.stdin.flush()
        except OSError:
            pass  # the service died; _ask reports it

    def _read(self) -> None:
        assert self._process.stdout is not None
        buffer = b""
        stdout: Any = self._process.stdout  # a BufferedReader: read1 returns what is there
        while chunk := stdout.read1(1 << 16):
            buffer += chunk
            *messages, buffer = buffer.split(b",")
            for message in messages:
                answer = json.loads(base64.b64decode(message))
                with self._answered:
                    self._answers[int(answer.get("message_id") or 0)] = answer.get("payload") or {}
                    self._answered.notify_all()
        with self._answered:
            self._answered.notify_all()
