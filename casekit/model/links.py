"""Links by slug in authored Markdown: finding, checking and resolving them.

Authors write `[text](tactic:soften-the-blow)`; pages get a relative link to
the generated Markdown file, which MkDocs (or Zensical) turns into a URL.
This module is the link syntax of the authoring contract, shared by the
loaders (which check the slugs) and the pages (which resolve them).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

KINDS = {"group": "groups", "tactic": "tactics", "antipattern": "antipatterns", "case": "cases", "quiz": "quizzes"}
"""Link scheme -> folder of the generated pages."""

SLUG_LINK = re.compile(r"\]\(\s*(group|tactic|antipattern|case|quiz):([^)\s]*)\s*\)")
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


def blank_code(text: str) -> str:
    """Replace code blocks and spans by spaces, keeping newlines, so line numbers hold."""
    keep_lines = lambda m: re.sub(r"[^\n]", " ", m.group(0))  # noqa: E731
    return CODE_SPAN.sub(keep_lines, FENCE.sub(keep_lines, text))


def slug_links(text: str) -> Iterator[SlugLink]:
    """Every link by slug in text, outside code."""
    prose = blank_code(text)
    for match in SLUG_LINK.finditer(prose):
        yield SlugLink(match.group(1), match.group(2), prose.count("\n", 0, match.start()))


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
