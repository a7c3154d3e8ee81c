"""Authored Markdown rendered to HTML, for quiz pages built as static HTML.

Quiz pages are HTML blocks inside a Markdown page, where MkDocs does not
rewrite links, so slug links become URLs relative to the quiz's own URL here.
Raw HTML and script URLs never reach this point: the validator refuses them.
"""
from __future__ import annotations

import re

import markdown

from casekit.model import links

_PARAGRAPH = re.compile(r"^<p>(.*)</p>$", re.S)


def url_of(kind: str, slug: str) -> str:
    """Site-relative URL of a page, like 'cases/hotel/'."""
    return f"{links.KINDS[kind]}/{slug}/"


def to_html(text: str, depth: int = 2) -> str:
    """Block HTML for authored Markdown on a page `depth` folders deep (/quizzes/x/ is 2)."""
    prefix = "../" * depth
    resolved = links.resolve(text, "", target=lambda kind, slug: prefix + url_of(kind, slug))
    renderer = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    return renderer.convert(resolved).strip()


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
