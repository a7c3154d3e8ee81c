"""Authored Markdown rendered to safe HTML, with every link made relative to its page.

Every authored text reaches a page through here: it is rendered by one
Python-Markdown instance with a fixed set of extensions (no attribute lists,
no Markdown in HTML), then reduced to the allow-list of casekit.pages.sanitize.
Links by slug and paths under docs/ become URLs relative to the page, since
MkDocs does not rewrite links inside HTML blocks.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import markdown

from casekit.model import links
from casekit.pages.markdown import inline, raw_html
from casekit.pages.sanitize import UrlFilter, clean
from casekit.pages.typography import typeset_html

_PARAGRAPH = re.compile(r"^<p>(.*)</p>$", re.S)
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
_FENCE_MARK = re.compile(r"^(```|~~~)")


@lru_cache(maxsize=1)
def _renderer() -> markdown.Markdown:
    """One parser for the whole run: building one costs more than a conversion."""
    return markdown.Markdown(extensions=["sane_lists", "tables", "fenced_code"], output_format="html")


def _url_rewriter(depth: int) -> UrlFilter:
    prefix = "../" * depth

    def rewrite(tag: str, attribute: str, value: str) -> str | None:
        if attribute not in ("href", "src"):
            return value
        kind, colon, slug = value.partition(":")
        if colon and kind in links.KINDS:
            slug, hash_, fragment = slug.partition("#")
            slug, mark, query = slug.partition("?")  # a quiz link may carry an assignment: quiz:x?mode=exam
            return (prefix + links.slug_url(kind, slug) + mark + query
                    + (hash_ + fragment if kind not in links.ANCHORS else ""))
        if links.is_local_path(value):
            return prefix + links.path_url(value)
        if value.startswith("#"):
            return value
        if tag == "img" or value.startswith("/"):
            return None  # no request to another host, no path that breaks under a sub-path
        return value

    return rewrite


class RenderCache:
    """Rendered snippets by the hash of their Markdown and depth, kept between runs.

    Rendering is a pure function of (text, depth) and of casekit's code, so a
    snippet whose hash is known need not be rendered again; the caller drops
    the cache when the code changes (casekit.build). `used` holds what this run
    asked for, so a saved cache never keeps a snippet nobody renders any more.
    """

    def __init__(self, known: dict[str, str] | None = None, keys: dict[tuple[int, str], str] | None = None) -> None:
        self.known = known or {}
        """Rendered HTML by key, as an earlier run left it (read only)."""
        self.keys = keys if keys is not None else {}
        """The key of each (depth, text) seen in this process: hashing every text again costs more than a lookup."""
        self.used: dict[str, str] = {}
        self.rendered = 0
        """Snippets rendered in this run (not found in the cache)."""

    def get(self, text: str, depth: int) -> str:
        key = self.keys.get((depth, text))
        if key is None:
            key = hashlib.blake2b(f"{depth}\0{text}".encode("utf-8"), digest_size=16).hexdigest()
            self.keys[(depth, text)] = key
        html = self.used.get(key)
        if html is None:
            html = self.known.get(key)
            if html is None:
                html = _render(text, depth)
                self.rendered += 1
            self.used[key] = html
        return html

    def next_run(self) -> "RenderCache":
        """The cache for the next run in this process (`mkdocs serve`): what this run used, and the keys."""
        if len(self.keys) > 4 * len(self.used) + 10_000:  # texts of many earlier saves
            self.keys = {}
        return RenderCache(self.used, self.keys)


_cache = RenderCache()


def use_cache(cache: RenderCache) -> RenderCache:
    """Make cache the one to_html reads and fills; returns the one it replaces."""
    global _cache
    previous, _cache = _cache, cache
    return previous


def _render(text: str, depth: int) -> str:
    renderer = _renderer()
    html = renderer.reset().convert(text)
    return typeset_html(clean(html, _url_rewriter(depth))).strip()


def to_html(text: str, depth: int = 2) -> str:
    """Safe block HTML for authored Markdown on a page `depth` folders deep (/quizzes/x/ is 2)."""
    return _cache.get(text, depth)


def to_inline_html(text: str, depth: int = 2) -> str:
    """Like to_html, without the paragraph around a one-paragraph text."""
    html = to_html(text, depth)
    match = _PARAGRAPH.match(html)
    if match and "<p>" not in match.group(1):
        return match.group(1)
    return html


def is_phrasing(html: str) -> bool:
    """True when html has no block elements and may sit inside a <legend> or <label>."""
    return not re.search(r"<(p|ul|ol|li|blockquote|pre|h\d|table|div|hr)\b", html)


def body_markdown(text: str, depth: int = 2) -> str:
    """An authored body for a Markdown page: headings stay Markdown, so the table of
    contents and the anchors see them; the text between them is safe HTML."""
    parts: list[str] = []
    chunk: list[str] = []
    in_fence = False

    def flush() -> None:
        if "".join(chunk).strip():
            parts.append(raw_html(f'<div class="casekit-text">\n{to_html(chr(10).join(chunk), depth)}\n</div>'))
        chunk.clear()

    for line in text.split("\n"):
        if _FENCE_MARK.match(line):
            in_fence = not in_fence
        heading = None if in_fence else _HEADING.match(line)
        if heading:
            flush()
            parts.append(f"{heading.group(1)} {inline(heading.group(2))}")
        else:
            chunk.append(line)
    flush()
    return "\n\n".join(parts)
