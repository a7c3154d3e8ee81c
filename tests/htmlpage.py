"""Reading built HTML pages the way a test needs them: links and text."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from posixpath import normpath
from urllib.parse import urljoin, urlparse


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.in_article = 0
        self.article_hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.in_article += 1
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)
                if self.in_article:
                    self.article_hrefs.append(href)

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.in_article -= 1


def url_of(site: Path, page: Path) -> str:
    """Site-relative URL of a built page: /cases/x/ for cases/x/index.html."""
    relative = page.relative_to(site).as_posix()
    return "/" + relative.removesuffix("index.html")


def content_links(site: Path, url: str) -> set[str]:
    """Site-relative URLs (no anchors) that the page's article links to."""
    parser = _Links()
    parser.feed((site / url.lstrip("/") / "index.html").read_text(encoding="utf-8"))
    found = set()
    for href in parser.article_hrefs:
        parsed = urlparse(href)
        if parsed.scheme or href.startswith("#"):
            continue
        target = urljoin(url, parsed.path)
        found.add(normpath(target) + "/" if not target.endswith("/") else target)
    return found


def page_text(site: Path, url: str) -> str:
    """The raw HTML of a built page."""
    return (site / url.lstrip("/") / "index.html").read_text(encoding="utf-8")
