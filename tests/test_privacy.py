"""Privacy: no page of the real site asks another host for anything (fonts, scripts, styles, images, search).

A trainee's browser talks only to the site's own server: no Google Fonts, no
CDN, no analytics, no remote image. One page of every kind is opened in
Chromium, scrolled to the end (lazy images load too) and left until the
network is idle; the search box is used once. Every request is recorded.
"""
from __future__ import annotations

from urllib.parse import urlparse

from playwright.sync_api import Browser, Request

from tests.conftest import ServedSite

PAGE_KINDS = {
    "home": "", "learning path": "path/", "groups": "groups/", "a group": "groups/bargainers/",
    "tactics": "tactics/", "a tactic": "tactics/soften-the-blow/", "anti-patterns": "antipatterns/",
    "an anti-pattern": "antipatterns/ignore/", "cases": "cases/", "a case": "cases/hotel-nonrefundable-dates/",
    "quizzes": "quizzes/", "a quiz": "quizzes/groups-basics/", "guides": "guides/", "a guide": "guides/law/",
    "glossary": "glossary/", "progress": "progress/", "trainer": "trainer/", "authors": "authors/",
    "a missing page": "no/such/page/",
}


def test_no_page_of_any_kind_requests_another_host(browser: Browser, real_served: ServedSite) -> None:
    context = browser.new_context(base_url=real_served.url, viewport={"width": 1280, "height": 900})
    requested: list[tuple[str, str]] = []
    current = {"kind": ""}

    def record(request: Request) -> None:
        requested.append((current["kind"], request.url))

    context.on("request", record)
    page = context.new_page()
    for kind, path in PAGE_KINDS.items():
        current["kind"] = kind
        page.goto(path)
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_load_state("networkidle")
    current["kind"] = "search"
    page.goto("")
    page.locator("header input").first.focus()
    page.keyboard.type("клиент")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    context.close()
    local = urlparse(real_served.url).netloc
    foreign = [f"{kind}: {url}" for kind, url in requested
               if urlparse(url).scheme in ("http", "https", "ws", "wss") and urlparse(url).netloc != local]
    assert foreign == []
    kinds = {kind for kind, _ in requested}
    assert kinds >= set(PAGE_KINDS), "every page was really loaded"
    assert any("/assets/quiz/" in url for kind, url in requested if kind == "a quiz"), "the quiz engine loaded"


def test_the_check_would_see_a_font_from_another_host(browser: Browser, real_served: ServedSite) -> None:
    """The recorder sees what a page asks another host for: a stylesheet pointing at a font service."""
    context = browser.new_context(base_url=real_served.url)
    requested: list[str] = []
    context.on("request", lambda r: requested.append(r.url))
    context.route("https://fonts.example.net/**", lambda route: route.fulfill(status=200, body=""))
    page = context.new_page()
    page.goto("")
    page.evaluate("""() => { const link = document.createElement('link'); link.rel = 'stylesheet';
                     link.href = 'https://fonts.example.net/css?family=Roboto'; document.head.append(link); }""")
    page.wait_for_load_state("networkidle")
    context.close()
    assert "https://fonts.example.net/css?family=Roboto" in requested
