"""The search index: Pagefind run over a built site, writing `<site>/pagefind/`.

It reads only the HTML, so it serves the MkDocs build and the Zensical build alike.
Pagefind indexes what the theme marks with `data-pagefind-body` (the article), reads
the language from `<html lang="ru">` (Russian stemming: «непримиримыми» finds
«непримиримые») and the page kind and client group from the `data-pagefind-filter`
elements that casekit.pages emits. The browser loads index chunks on demand.
"""
from __future__ import annotations

import base64
import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable

EXCLUDED_SELECTORS = [
    ".headerlink",        # the ¶ after every heading
    ".quiz-answer",       # a question's answer and explanation: search must not give it away
    ".quiz-consequence",  # where a scenario's choice leads
    ".quiz-debrief",      # a scenario ending's verdict
    ".quiz-result",       # the empty result panel
]
"""CSS selectors whose text stays out of the index."""
EXCLUDED = ", ".join(EXCLUDED_SELECTORS)

BUNDLE = "pagefind"
"""The bundle's folder inside the site; docs/assets/search/dialog.js loads it from there."""

UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")
"""Pagefind's ready-made interfaces: the site has its own (docs/assets/search/), so they are not shipped."""


class SearchIndexError(RuntimeError):
    """Pagefind failed; the message says why."""


def index_site(site: Path, background: bool = False) -> None:
    """Index the built site in place; raises SearchIndexError if Pagefind fails or indexes no page.

    background runs Pagefind at a low CPU priority, so that it gives way to the next rebuild."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", BUNDLE,
               "--exclude-selectors", EXCLUDED, "--quiet"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=600,
                                preexec_fn=(lambda: os.nice(15)) if background and hasattr(os, "nice") else None)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SearchIndexError(f"search index: could not run Pagefind ({error})") from error
    if result.returncode != 0:
        details = list(dict.fromkeys(line.strip() for line in (result.stderr or result.stdout).splitlines() if line.strip()))[-5:]
        raise SearchIndexError("search index: Pagefind failed" + "".join(f"\n  {line}" for line in details))
    _check_and_trim(site)


def _check_and_trim(site: Path) -> None:
    bundle = site / BUNDLE
    if _pages(bundle) == 0:
        raise SearchIndexError(f"search index: Pagefind indexed no page in {site} (is data-pagefind-body in the theme?)")
    for name in UNUSED:
        (bundle / name).unlink(missing_ok=True)


class BackgroundIndex:
    """index_site in a thread, for `mkdocs serve`: the browser reloads as soon as the pages are built,
    and search catches up once the author has stopped saving for `quiet` seconds.

    Indexing the whole site takes about as long as building it, so it waits for
    a pause and runs at a low priority; a save during a run gives one more run.
    """

    def __init__(self, warn: "Callable[[str], None]", quiet: float = 5.0) -> None:
        self._warn = warn
        self._quiet = quiet
        self._lock = threading.Lock()
        self._wanted: Path | None = None
        self._asked = 0.0
        self._running = False

    def request(self, site: Path) -> None:
        with self._lock:
            self._wanted, self._asked = site, time.monotonic()
            if self._running:
                return
            self._running = True
        threading.Thread(target=self._run, name="search-index", daemon=True).start()

    def _run(self) -> None:
        while True:
            with self._lock:
                wait = self._asked + self._quiet - time.monotonic()
                site = self._wanted if wait <= 0 else None
                if wait <= 0:
                    self._wanted = None
                    if site is None:
                        self._running = False
                        return
            if site is None:
                time.sleep(wait)
                continue
            try:
                index_site(site, background=True)
            except SearchIndexError as error:
                self._warn(str(error))


class PageIndexer:
    """Pagefind fed one page at a time while the site is built, so it indexes on the second core.

    MkDocs renders on one core; Pagefind's service (`pagefind --service`, its own
    process) parses each page as it is handed over, and only writing the bundle
    waits for the end of the build. The messages are Pagefind's service protocol
    (base64 JSON, each followed by a comma), spoken here directly: the wrapper in
    the `pagefind` package polls for each answer with a 0.1 s sleep, 100 ms a page.
    """

    def __init__(self) -> None:
        from pagefind.service import get_executable  # the package's binary lookup

        binary = get_executable()
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
        config = {"exclude_selectors": EXCLUDED_SELECTORS}
        self._index_id = self._ask({"type": "NewIndex", "config": config})["index_id"]

    def add(self, html: str, url: str) -> None:
        """Hand over a rendered page (url like '/cases/x/'); returns at once."""
        self._send({"type": "AddFile", "index_id": self._index_id, "url": url, "file_contents": html, "file_path": None})

    def finish(self, site: Path) -> None:
        """Wait for every page, write the bundle into site/pagefind/ and stop; raises SearchIndexError."""
        try:
            self._ask({"type": "WriteFiles", "index_id": self._index_id, "output_path": str(site / BUNDLE)})
            errors = [a for a in self._answers.values() if a.get("type") == "Error"]
            if errors:
                raise SearchIndexError(f"search index: Pagefind refused a page ({errors[0].get('message')})")
        finally:
            self.close()
        _check_and_trim(site)

    def close(self) -> None:
        """Stop the service (after finish, or for a build that failed)."""
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


def _pages(bundle: Path) -> int:
    """How many pages the bundle holds, from its entry file (0 if there is none)."""
    try:
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        return sum(int(language["page_count"]) for language in entry["languages"].values())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return 0
