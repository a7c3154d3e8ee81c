"""The real site built for a sub-path (`https://org.github.io/repo/`) and served there, as GitHub Pages does.

A crawler follows every internal link from /repo/ and checks each link, anchor
and asset (pages, CSS and what it loads, JS modules and what they import,
images); then Chromium takes a quiz, opens the trainer page and a missing
address there, and no request leaves /repo/ or goes to another host.
"""
from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from playwright.sync_api import Browser, Page

from tests.conftest import ROOT, SubPathServer, run_mkdocs, serve_under
from tests.test_browser import run_axe

PREFIX = "/repo/"
ASSET_ATTRS = {("link", "href"), ("script", "src"), ("img", "src"), ("source", "src"), ("video", "src"),
               ("audio", "src"), ("iframe", "src"), ("object", "data")}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")
JS_SPECIFIER = re.compile(r"""["'](\.{1,2}/[^"'\s]+\.m?js)["']""")
"""Relative module specifiers in a JS file: static imports and the FEATURES list of site.js alike."""


class _Page(HTMLParser):
    """The references (tag, attribute, value) and the ids of one HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v for k, v in attrs if v is not None}
        for key in ("id", "name"):
            if key in values:
                self.ids.add(values[key])
        if tag == "a" and "href" in values:
            self.refs.append((tag, "href", values["href"]))
        for attr in ("src", "href", "data"):
            if (tag, attr) in ASSET_ATTRS and attr in values:
                self.refs.append((tag, attr, values[attr]))
        if "srcset" in values:
            self.refs += [(tag, "srcset", part.split()[0]) for part in values["srcset"].split(",") if part.strip()]


@dataclass
class Fetched:
    status: int
    kind: str
    text: str
    ids: set[str] = field(default_factory=set)
    refs: list[tuple[str, str, str]] = field(default_factory=list)


def fetch(url: str) -> Fetched:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            status, kind, data = response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        status, kind, data = error.code, error.headers.get_content_type(), error.read()
    fetched = Fetched(status, kind, data.decode("utf-8", "replace") if kind.startswith(("text/", "application/j")) else "")
    if kind == "text/html":
        parser = _Page()
        parser.feed(fetched.text)
        fetched.ids, fetched.refs = parser.ids, parser.refs
    return fetched


@dataclass
class Crawl:
    """Everything reachable from the start pages, and what is wrong with it."""

    server: SubPathServer
    fetched: dict[str, Fetched] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    external_links: set[str] = field(default_factory=set)

    def get(self, url: str) -> Fetched:
        if url not in self.fetched:
            self.fetched[url] = fetch(url)
        return self.fetched[url]

    def run(self, starts: list[str]) -> None:
        todo = deque(starts)
        done: set[str] = set()
        while todo:
            url = todo.popleft()
            if url in done:
                continue
            done.add(url)
            page = self.get(url)
            for source, target in self.references(url, page):
                todo.extend(self.check(source, target))

    def references(self, url: str, page: Fetched) -> Iterator[tuple[str, str]]:
        """(where, absolute URL) of every reference in a fetched HTML, CSS or JS file."""
        if page.kind == "text/html":
            for tag, attr, value in page.refs:
                yield f"{url} <{tag} {attr}={value!r}>", urljoin(url, value)
        elif page.kind == "text/css":
            for match in CSS_URL.finditer(page.text):
                yield f"{url} url({match.group(1) or match.group(2)})", urljoin(url, match.group(1) or match.group(2))
        elif "javascript" in page.kind:
            for match in JS_SPECIFIER.finditer(page.text):
                yield f"{url} import {match.group(1)!r}", urljoin(url, match.group(1))

    def check(self, source: str, target: str) -> list[str]:
        """Problems with one reference; returns what to crawl next."""
        parts = urlsplit(target)
        if parts.scheme in ("data", "mailto", "tel", "blob"):
            return []
        if parts.scheme not in ("http", "https"):
            self.problems.append(f"{source}: unexpected scheme")
            return []
        if parts.netloc != urlsplit(self.server.url).netloc:
            if "<a " in source:
                self.external_links.add(target)
            else:
                self.problems.append(f"{source}: an asset from another host")
            return []
        if not parts.path.startswith(PREFIX):
            self.problems.append(f"{source}: leaves the sub-path {PREFIX}")
            return []
        address, anchor = urldefrag(target)
        address = address.split("?")[0]
        fetched = self.get(address)
        if fetched.status != 200:
            self.problems.append(f"{source}: HTTP {fetched.status}")
            return []
        if anchor and fetched.kind == "text/html" and anchor not in fetched.ids:
            self.problems.append(f"{source}: no element with id {anchor!r}")
        return [address] if fetched.kind in ("text/html", "text/css") or "javascript" in fetched.kind else []


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> SubPathServer:
    """The real corpus built for http://127.0.0.1:<port>/repo/ and served under /repo/."""
    site = tmp_path_factory.mktemp("subpath") / "site"

    def build(url: str) -> None:
        result = run_mkdocs(ROOT, "--site-dir", str(site), site_url=url)
        assert result.returncode == 0, result.stdout + result.stderr

    return serve_under(site, PREFIX, build)


@pytest.fixture(scope="module")
def crawl(served: SubPathServer) -> Crawl:
    crawl = Crawl(served)
    crawl.run([served.url, served.url + "no/such/page/at/depth/"])
    return crawl


def test_the_crawl_reaches_every_built_page(crawl: Crawl, served: SubPathServer) -> None:
    built = {p.relative_to(served.site).as_posix().removesuffix("index.html") for p in served.site.rglob("index.html")}
    reached = {url.removeprefix(served.url) for url, f in crawl.fetched.items() if f.kind == "text/html" and f.status == 200}
    assert built - reached == set(), "pages no link leads to"
    assert len(built) > 80


def test_no_broken_internal_link_anchor_or_asset_under_the_sub_path(crawl: Crawl) -> None:
    assert crawl.problems == []


def test_the_crawl_checked_css_js_modules_and_images(crawl: Crawl, served: SubPathServer) -> None:
    kinds = {f.kind for f in crawl.fetched.values() if f.status == 200}
    assert {"text/html", "text/css", "text/javascript"} <= kinds or {"text/html", "text/css", "application/javascript"} <= kinds
    modules = {url.removeprefix(served.url) for url in crawl.fetched if url.endswith(".js")}
    # the built site has static imports inlined (choice.js is in quiz.js); what loads on demand stays a file
    assert {"assets/site.js", "assets/quiz/quiz.js", "assets/quiz/report.js", "assets/search/dialog.js",
            "assets/trainer/trainer.js", "assets/progress/progress.js"} <= modules
    assert any(url.endswith((".png", ".svg", ".ico")) for url in crawl.fetched), "images (the favicon at least)"


def test_a_missing_address_at_any_depth_gets_the_russian_404_page(crawl: Crawl, served: SubPathServer) -> None:
    missing = crawl.fetched[served.url + "no/such/page/at/depth/"]
    assert missing.status == 404
    assert "Страница не найдена" in missing.text and "воспользуйтесь поиском вверху страницы" in missing.text
    targets = {urljoin(served.url + "no/such/page/at/depth/", value) for tag, _, value in missing.refs if tag == "a"}
    for section in ("path/", "groups/", "tactics/", "antipatterns/", "cases/", "quizzes/", "guides/", "glossary/"):
        assert served.url + section in targets, section


def test_nothing_was_asked_outside_the_sub_path(crawl: Crawl, served: SubPathServer) -> None:
    assert served.outside == []


def test_the_crawler_reports_each_kind_of_breakage(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "ok").mkdir(parents=True)
    (site / "404.html").write_text("<h1>нет</h1>", encoding="utf-8")
    (site / "ok" / "index.html").write_text('<p id="here">ok</p>', encoding="utf-8")
    (site / "style.css").write_text("body { background: url(gone.png); }", encoding="utf-8")
    (site / "app.js").write_text('import { x } from "./lost.js";', encoding="utf-8")
    (site / "index.html").write_text(
        '<link rel="stylesheet" href="style.css"><script type="module" src="app.js"></script>'
        '<a href="ok/#here">fine</a> <a href="ok/#nowhere">anchor</a> <a href="missing/">page</a> <a href="/ok/">root</a>'
        '<img src="https://fonts.example.com/x.png"> <a href="https://example.com/">a link out is fine</a>', encoding="utf-8")
    server = serve_under(site, PREFIX, lambda url: None)
    crawl = Crawl(server)
    crawl.run([server.url])
    found = "\n".join(crawl.problems)
    assert len(crawl.problems) == 6, found
    for expected in ("no element with id 'nowhere'", "<a href='missing/'>: HTTP 404", "<a href='/ok/'>: leaves the sub-path",
                     "an asset from another host", "url(gone.png): HTTP 404", "import './lost.js': HTTP 404"):
        assert expected in found
    assert crawl.external_links == {"https://example.com/"}
    server.shutdown()


# --- in Chromium: the quiz engine, the trainer page and a missing address, under /repo/ ---

def _watched(browser: Browser, served: SubPathServer) -> tuple[Page, list[str]]:
    """A page whose every request off /repo/ or failing, and every console error, lands in the list."""
    context = browser.new_context()
    page = context.new_page()
    bad: list[str] = []
    origin = served.url.removesuffix(PREFIX)
    page.on("request", lambda r: bad.append(f"request off the sub-path: {r.url}")
            if not r.url.startswith(served.url) and not r.url.startswith(("data:", "blob:")) else None)
    page.on("response", lambda r: bad.append(f"HTTP {r.status}: {r.url}")
            if r.status >= 400 and "/no/such/" not in r.url and r.url.startswith(origin) else None)
    page.on("console", lambda m: bad.append(f"console: {m.text}") if m.type == "error" and "404" not in m.text else None)
    page.on("pageerror", lambda e: bad.append(f"page error: {e}"))
    return page, bad


def _answer_first_single(page: Page) -> str:
    page.wait_for_selector(".quiz[data-quiz-ready]", state="attached")
    question = page.locator('.quiz-question[data-type="single"]').first
    question.locator("input").first.check()
    question.locator(".quiz-check").click()
    return question.locator(".quiz-status").inner_text()


def test_a_quiz_works_under_the_sub_path_opened_directly_and_by_instant_navigation(browser: Browser, served: SubPathServer) -> None:
    page, bad = _watched(browser, served)
    page.goto(served.url + "quizzes/groups-basics/")
    assert _answer_first_single(page).startswith(("Верно.", "Неверно."))
    page.evaluate("localStorage.clear()")  # the answer is kept; start the second visit afresh
    page.goto(served.url)
    page.evaluate("window.__samePage = true")
    page.click("nav a[href$='quizzes/']")
    page.wait_for_url(served.url + "quizzes/")
    page.click("article a[href$='groups-basics/']")
    page.wait_for_url(served.url + "quizzes/groups-basics/")
    assert page.evaluate("window.__samePage") is True, "Material's instant navigation, not a reload"
    assert _answer_first_single(page).startswith(("Верно.", "Неверно."))
    page.context.close()
    assert bad == []


def test_the_trainer_page_loads_its_data_under_the_sub_path(browser: Browser, served: SubPathServer) -> None:
    page, bad = _watched(browser, served)
    page.goto(served.url + "trainer/")
    page.wait_for_selector(".trainer-verify")
    page.goto(served.url + "progress/")
    page.wait_for_load_state("networkidle")
    page.context.close()
    assert bad == []


def test_the_404_page_at_depth_is_styled_and_its_links_work(browser: Browser, served: SubPathServer) -> None:
    page, bad = _watched(browser, served)
    response = page.goto(served.url + "no/such/page/at/depth/")
    assert response is not None and response.status == 404
    assert page.inner_text("h1") == "Страница не найдена"
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    assert run_axe(page) == []
    page.click("article a:has-text('Путь новичка')")
    page.wait_for_url(served.url + "path/")
    page.locator("h1", has_text="Путь новичка").wait_for()  # instant navigation swaps the content after the URL
    page.context.close()
    assert bad == []


def test_the_sub_path_build_wrote_no_root_absolute_link_into_the_pages(served: SubPathServer) -> None:
    """A root-absolute href or src ('/assets/…') would work at / and break under /repo/."""
    offenders = []
    for file in sorted(Path(served.site).rglob("*.html")):
        for match in re.finditer(r"""(?:href|src)=["'](/(?!repo/)[^"']*)["']""", file.read_text(encoding="utf-8")):
            offenders.append(f"{file.relative_to(served.site)}: {match.group(1)}")
    assert offenders == []
