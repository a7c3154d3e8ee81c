"""What one search costs a visitor: bytes downloaded for one query, on the real site and on N synthetic cases.

Run through `scripts/bench --search [N ...]` (N = 0 is the real site; default: 0 1000).
Each query runs in a fresh browser (empty cache): open a page, open the search,
type the query, wait for the first results. Counted are the responses under
/pagefind/ (engine, index chunks, filters, the shown results' fragments). The
local server sends files as they are; a host that compresses JavaScript (GitHub
Pages does) sends pagefind.js and its worker gzipped, which the `gzip` column
estimates. Pagefind's own index files are already compressed.
"""
from __future__ import annotations

import functools
import gzip
import http.server
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

from bench_corpus import ROOT, make_project
from playwright.sync_api import Browser, Response, sync_playwright

from casekit.write.search import index_site

MKDOCS = str(Path(sys.executable).with_name("mkdocs"))

QUERIES = ["непримиримыми", "клиенту", "смягчением удара", "скидку отель", "невозвратной брони"]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def build(project: Path, site: Path) -> tuple[float, float]:
    """Build and index project into site; returns (build seconds, index seconds)."""
    start = time.perf_counter()
    subprocess.run([MKDOCS, "build", "-q", "--site-dir", str(site)], cwd=project, check=True,
                   env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    built = time.perf_counter()
    index_site(site)
    return built - start, time.perf_counter() - built


def one_query(browser: Browser, url: str, query: str) -> tuple[int, int, int, str]:
    """(bytes as sent, bytes if JS is gzipped, requests, the announced count) for one query from a cold cache."""
    context = browser.new_context()
    page = context.new_page()
    responses: list[Response] = []
    page.on("response", lambda r: responses.append(r) if "/pagefind/" in r.url else None)
    page.goto(url + "cases/")
    page.wait_for_load_state("networkidle")
    assert responses == [], "a page load fetched the index"
    page.wait_for_selector("[data-search-ready]", state="attached")
    page.click("[data-search-open]")
    page.fill("#site-search-query", query)
    page.wait_for_selector("[data-search-results][aria-busy='false']", state="attached", timeout=30000)
    page.wait_for_load_state("networkidle")
    announced = page.inner_text("[data-search-status]")
    bodies = [(urlparse(r.url).path, r.body()) for r in responses]
    context.close()
    sent = sum(len(body) for _, body in bodies)
    zipped = sum(len(gzip.compress(body)) if path.endswith(".js") else len(body) for path, body in bodies)
    return sent, zipped, len(bodies), announced


def measure(browser: Browser, site: Path, queries: list[str] = QUERIES) -> list[tuple[str, int, int, int, str]]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        return [(query, *one_query(browser, url, query)) for query in queries]
    finally:
        server.shutdown()


def folder_bytes(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def main(sizes: list[int]) -> int:
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as tmp:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox"])
        for n in sizes or [0, 1000]:
            project = ROOT if n == 0 else make_project(Path(tmp) / str(n), n)
            site = Path(tmp) / f"site-{n}"
            built, indexed = build(project, site)
            pages = len(list(site.rglob("index.html")))
            print(f"\n{'real site' if n == 0 else f'{n} cases'}: {pages} pages, built in {built:.1f} s, indexed in {indexed:.1f} s, "
                  f"bundle {folder_bytes(site / 'pagefind') / 1024:.0f} KB on disk")
            print(f"  {'query':<22} {'KB sent':>8} {'KB gzip':>8} {'requests':>9}  announced")
            for query, sent, zipped, requests, announced in measure(browser, site):
                print(f"  {query:<22} {sent / 1024:>8.0f} {zipped / 1024:>8.0f} {requests:>9}  {announced}")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main([int(a) for a in sys.argv[1:]]))
