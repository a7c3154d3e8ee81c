"""The search index: Pagefind run over a built site, writing `<site>/pagefind/`.

It reads only the HTML, so it serves the MkDocs build and the Zensical build alike.
Pagefind indexes what the theme marks with `data-pagefind-body` (the article), reads
the language from `<html lang="ru">` (Russian stemming: «непримиримыми» finds
«непримиримые») and the page kind and client group from the `data-pagefind-filter`
elements that casekit.pages emits. The browser loads index chunks on demand.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Callable

from casekit.write.pagefind_service import PagefindService, SearchIndexError, pagefind_binary
from casekit.write.search_cache import BundleCache

__all__ = ["BackgroundIndex", "PageIndexer", "SearchIndexError", "index_site"]

EXCLUDED_SELECTORS = [
    ".headerlink",        # the ¶ after every heading
    ".quiz-answer",       # a question's answer and explanation: search must not give it away
    ".quiz-consequence",  # where a scenario's choice leads
    ".quiz-debrief",      # a scenario ending's verdict
    ".quiz-result",       # the empty result panel
]
"""CSS selectors whose text stays out of the index."""
EXCLUDED = ", ".join(EXCLUDED_SELECTORS)
SERVICE_CONFIG = {"exclude_selectors": EXCLUDED_SELECTORS}

BUNDLE = "pagefind"
"""The bundle's folder inside the site; docs/assets/search/dialog.js loads it from there."""

UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")
"""Pagefind's ready-made interfaces: the site has its own (docs/assets/search/), so they are not shipped."""


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
    """The search index of a build, fed one page at a time as MkDocs renders it.

    With a cache folder, a page that comes out as the last build indexed it is
    only held back: if every page does, finish puts the last bundle back
    (casekit.write.search_cache) and Pagefind never runs. The first page that
    differs starts Pagefind's service (casekit.write.pagefind_service), which
    gets the held pages and then each page as it comes, on the second core.
    """

    def __init__(self, cache: Path | None = None) -> None:
        self._cache = BundleCache(cache, _settings()) if cache is not None else None
        self._kept = self._cache.pages() if self._cache is not None else {}
        self._digests: dict[str, str] = {}
        self._held: list[tuple[str, str]] = []
        self._service: PagefindService | None = None if self._kept else PagefindService(SERVICE_CONFIG)

    def add(self, html: str, url: str) -> None:
        """Hand over a rendered page (url like '/cases/x/'); returns at once."""
        digest = hashlib.blake2b(html.encode("utf-8"), digest_size=16).hexdigest()
        self._digests[url] = digest
        if self._service is None and self._kept.get(url) == digest:
            self._held.append((html, url))
        else:
            self._started().add(html, url)

    def finish(self, site: Path) -> bool:
        """Write the bundle into site/pagefind/, or put back the kept one (then True), and stop; raises SearchIndexError."""
        bundle = site / BUNDLE
        shutil.rmtree(bundle, ignore_errors=True)  # never write into files that may be links to the kept bundle
        if self._service is None and self._digests == self._kept and self._cache is not None:
            if self._cache.restore(bundle) and _pages(bundle) == len(self._digests):
                _check_and_trim(site)
                return True
            shutil.rmtree(bundle, ignore_errors=True)
        self._started().write(bundle)
        self._service = None
        _check_and_trim(site)
        if self._cache is not None:
            self._cache.keep(bundle, self._digests)
        return False

    def close(self) -> None:
        """Stop Pagefind, if it was started (a build that failed)."""
        if self._service is not None:
            self._service.close()
            self._service = None

    def _started(self) -> PagefindService:
        if self._service is None:
            self._service = PagefindService(SERVICE_CONFIG)
            for html, url in self._held:
                self._service.add(html, url)
            self._held = []
        return self._service


def _settings() -> str:
    """What a kept bundle must have been made with, besides the pages: the same Pagefind binary and our options."""
    binary = pagefind_binary()
    try:
        stat = binary.stat() if binary is not None else None
    except OSError:
        stat = None
    made_by = [str(binary), stat.st_size, stat.st_mtime_ns] if stat is not None else None
    return json.dumps({"pagefind": made_by, "config": SERVICE_CONFIG}, sort_keys=True)

def _pages(bundle: Path) -> int:
    """How many pages the bundle holds, from its entry file (0 if there is none)."""
    try:
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        return sum(int(language["page_count"]) for language in entry["languages"].values())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return 0
