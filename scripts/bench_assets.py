"""What a quiz page of ours costs at load: the site's own JavaScript and CSS that Chromium downloads.

`quiz_asset_bytes(site)` serves a built site on localhost, opens one quiz page in a
fresh headless Chromium (empty cache, no click), waits until the quiz engine has
started and the network is idle, and records every script and stylesheet the page
requested from the site, except Material's own bundle (assets/javascripts/,
assets/stylesheets/) and Pagefind's (pagefind/). Each file is counted as it is on
disk (raw) and gzipped at level 9 one file at a time, as a server that compresses
(GitHub Pages does) would send it.

Run as `python scripts/bench_assets.py [SITE]` (default: site/, as `scripts/build` makes it).
"""
from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import os
import shutil
import sys
import threading
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import unquote, urlparse

from playwright.sync_api import Browser, sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
NOT_OURS = ("assets/javascripts/", "assets/stylesheets/", "pagefind/")
"""Folders of the built site whose files are Material's or Pagefind's, not the site's own."""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def quiz_page(site: Path) -> str:
    """The first quiz page of the site (by slug), as a path relative to the site root."""
    pages = sorted(p for p in site.glob("quizzes/*/index.html"))
    if not pages:
        raise FileNotFoundError(f"no quiz page in {site}: build the site first")
    return pages[0].parent.relative_to(site).as_posix() + "/"


def gzip_size(data: bytes) -> int:
    """Bytes of data gzipped at level 9, with a fixed header (no name, no time)."""
    return len(gzip.compress(data, compresslevel=9, mtime=0))


@contextlib.contextmanager
def _served(site: Path) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def requested_assets(browser: Browser, root: str, page_path: str) -> list[str]:
    """Site-relative paths of our scripts and stylesheets that loading root + page_path requested, in request order."""
    context = browser.new_context()
    page = context.new_page()
    origin = urlparse(root)
    paths: list[str] = []

    def record(request: Any) -> None:
        address = urlparse(request.url)
        path = unquote(address.path).removeprefix(origin.path)
        if address.netloc == origin.netloc and path.endswith((".js", ".css")) and not path.startswith(NOT_OURS):
            if path not in paths:
                paths.append(path)

    page.on("request", record)
    page.goto(root + page_path)
    page.wait_for_selector(".quiz[data-quiz-ready]", state="attached")
    page.wait_for_load_state("networkidle")
    context.close()
    return paths


def quiz_asset_bytes(site: Path, page: str | None = None, browser: Browser | None = None) -> dict[str, Any]:
    """Raw and gzip bytes of our files that a quiz page downloads at load: per file and in total.

    Returns {"page": ..., "files": {path: {"raw": n, "gzip": n}}, "raw": total, "gzip": total}.
    page defaults to the first quiz page; browser to a fresh Chromium of its own.
    """
    page = page or quiz_page(site)
    if browser is None:
        with sync_playwright() as playwright:
            own = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            try:
                return quiz_asset_bytes(site, page, own)
            finally:
                own.close()
    with _served(site) as url:
        paths = requested_assets(browser, url, page)
    files = {}
    for path in paths:
        data = (site / path).read_bytes()
        files[path] = {"raw": len(data), "gzip": gzip_size(data)}
    return {"page": page, "files": files,
            "raw": sum(f["raw"] for f in files.values()), "gzip": sum(f["gzip"] for f in files.values())}


def main(argv: list[str]) -> int:
    site = Path(argv[0] if argv else "site")
    result = quiz_asset_bytes(site)
    print(f"{result['page']}: our scripts and stylesheets at load")
    print(f"  {'file':<32} {'raw':>7} {'gzip':>7}")
    for path, size in result["files"].items():
        print(f"  {path:<32} {size['raw']:>7} {size['gzip']:>7}")
    print(f"  {'total':<32} {result['raw']:>7} {result['gzip']:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
