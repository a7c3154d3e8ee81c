"""Authored Markdown as plain text, for formats that take text: links keep their words, marks go."""
from __future__ import annotations

import html
import re

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"(\*\*|__|\*|_|`|^#+\s*|^>\s*)", re.M)


def plain_text(markdown_text: str | None) -> str:
    """One line of plain text."""
    text = _LINK.sub(r"\1", markdown_text or "")
    text = _MARKS.sub("", text)
    return " ".join(html.unescape(text).split())
