"""Build-time refusals of raw HTML and script URLs in authored Markdown, with their line.

A courtesy to authors: the guarantee that no authored text runs script is the
allow-list sanitizer applied when pages are generated.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from casekit.model.links import KINDS, LineIndex, blank_code

ANY_SCHEME = re.compile(r"\]\(\s*<?\s*([a-zA-Z][a-zA-Z0-9+.\-]*):")
SAFE_SCHEMES = {"http", "https", "mailto", *KINDS}
RAW_HTML = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9-]*(\s[^>]*)?/?>|<!--")


@lru_cache(maxsize=65536)
def unsafe_markup(text: str) -> tuple[tuple[int, str], ...]:
    """(offset_line, message) for raw HTML and script-capable link schemes (cached like links.targets)."""
    return tuple(_unsafe_markup(text))


def _unsafe_markup(text: str) -> Iterator[tuple[int, str]]:
    prose = blank_code(text)
    lines = LineIndex(prose)
    for match in RAW_HTML.finditer(prose):
        snippet = match.group(0)[:40]
        yield lines.offset_line(match.start()), f"raw HTML is not allowed in Markdown, found '{snippet}'; write Markdown instead"
    for match in ANY_SCHEME.finditer(prose):
        scheme = match.group(1).lower()
        if scheme not in SAFE_SCHEMES:
            yield lines.offset_line(match.start()), f"link scheme '{scheme}:' is not allowed; use http(s), mailto or a slug link like (case:<slug>)"
