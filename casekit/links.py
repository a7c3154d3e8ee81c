"""Links by slug in authored Markdown: finding, checking and resolving them.

Authors write `[text](tactic:soften-the-blow)`; pages get a relative link to
the generated Markdown file, which MkDocs (or Zensical) turns into a URL.
Authored Markdown may not carry raw HTML or script URLs, so no case or quiz can
inject script into a page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

KINDS = {"group": "groups", "tactic": "tactics", "antipattern": "antipatterns", "case": "cases", "quiz": "quizzes"}
"""Link scheme -> folder of the generated pages."""

SLUG_LINK = re.compile(r"\]\(\s*(group|tactic|antipattern|case|quiz):([^)\s]*)\s*\)")
ANY_SCHEME = re.compile(r"\]\(\s*<?\s*([a-zA-Z][a-zA-Z0-9+.\-]*):")
SAFE_SCHEMES = {"http", "https", "mailto", *KINDS}
RAW_HTML = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9-]*(\s[^>]*)?/?>|<!--")
FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.M | re.S)
CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1", re.S)


@dataclass(frozen=True)
class SlugLink:
    """A link by slug found in a text."""

    kind: str
    """'group', 'tactic', 'antipattern', 'case' or 'quiz'."""
    slug: str
    offset_line: int
    """Lines after the text's first line (0 for the first line)."""


def _blank_code(text: str) -> str:
    """Replace code blocks and spans by spaces, keeping newlines, so line numbers hold."""
    keep_lines = lambda m: re.sub(r"[^\n]", " ", m.group(0))  # noqa: E731
    return CODE_SPAN.sub(keep_lines, FENCE.sub(keep_lines, text))


def slug_links(text: str) -> Iterator[SlugLink]:
    """Every link by slug in text, outside code."""
    prose = _blank_code(text)
    for match in SLUG_LINK.finditer(prose):
        yield SlugLink(match.group(1), match.group(2), prose.count("\n", 0, match.start()))


def unsafe_markup(text: str) -> Iterator[tuple[int, str]]:
    """(offset_line, message) for raw HTML and script-capable link schemes."""
    prose = _blank_code(text)
    for match in RAW_HTML.finditer(prose):
        snippet = match.group(0)[:40]
        yield prose.count("\n", 0, match.start()), f"raw HTML is not allowed in Markdown, found '{snippet}'; write Markdown instead"
    for match in ANY_SCHEME.finditer(prose):
        scheme = match.group(1).lower()
        if scheme not in SAFE_SCHEMES:
            yield prose.count("\n", 0, match.start()), f"link scheme '{scheme}:' is not allowed; use http(s), mailto or a slug link like (case:<slug>)"


def page_path(kind: str, slug: str) -> str:
    """Path, under docs/, of the generated page for a slug."""
    return f"{KINDS[kind]}/{slug}.md"


def resolve(text: str, from_page: str, target: Callable[[str, str], str] = page_path) -> str:
    """Rewrite slug links in text as links relative to the page at from_page."""
    depth = from_page.count("/")
    prefix = "../" * depth

    def replace(match: re.Match[str]) -> str:
        return f"]({prefix}{target(match.group(1), match.group(2))})"

    return SLUG_LINK.sub(replace, text)
