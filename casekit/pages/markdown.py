"""Small Markdown builders that escape authored plain text wherever it lands."""
from __future__ import annotations

import html
import re
from typing import Iterable, Sequence

from casekit.pages.typography import typeset

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|#!{}])")
RAW_OPEN, RAW_CLOSE = "<!-- casekit:html -->", "<!-- /casekit:html -->"
"""Lines around HTML that is final: casekit.pages.passthrough hands it to the page without parsing it again.
No authored text can hold them: the sanitizer strips comments and inline() escapes '<'."""


def inline(text: str) -> str:
    """Authored plain text made safe for Markdown: no HTML, no markup, no table breaks."""
    escaped = html.escape(typeset(" ".join(text.split())), quote=True)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", escaped)


def plain(markdown_text: str) -> str:
    """Markdown reduced to its words for a preview: links keep their text, marks go."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown_text)
    return re.sub(r"[*_`#>]", "", text)


def attribute(text: str) -> str:
    """Authored plain text for an HTML attribute or a YAML-quoted meta value."""
    return html.escape(typeset(" ".join(text.split())), quote=True)


def link(text: str, href: str) -> str:
    """A Markdown link with escaped text."""
    return f"[{inline(text)}]({href})"


def href(folder: str, slug: str = "index") -> str:
    """Relative link from a generated page (one folder deep) to another."""
    return f"../{folder}/{slug}.md"


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A Markdown table; cells must already be escaped."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def raw_html(html: str) -> str:
    """Final HTML as a block of a Markdown page, marked so that the build does not parse it again."""
    return f"{RAW_OPEN}\n\n{html.strip(chr(10))}\n\n{RAW_CLOSE}"


def page(title: str, description: str, *blocks: str, stylesheet: str = "", searchable: bool = True) -> str:
    """A whole page: frontmatter for link previews, an H1 and the blocks; a block that is HTML is marked raw.

    stylesheet: the page's own stylesheet under docs/ (overrides/main.html links it), for rules no other page needs.
    searchable: False for a trainer's page (answer keys, notes), so a trainee's search never lands on answers
    (overrides/main.html reads the flag).
    """
    meta = attribute(description)  # quote=True escapes ' too, so the YAML quotes hold
    kept = [b.strip("\n") for b in blocks if b.strip()]
    own = f"stylesheet: {stylesheet}\n" if stylesheet else ""
    hidden = "" if searchable else "search:\n  exclude: true\n"
    parts = [f"---\n{hidden}description: '{meta}'\n{own}---", f"# {inline(title)}",
             *[raw_html(b) if b.startswith("<") and not b.startswith(RAW_OPEN) else b for b in kept]]
    return "\n\n".join(parts) + "\n"


def bullets(items: Iterable[str]) -> str:
    """A bulleted list, or '' when empty."""
    return "\n".join(f"- {item}" for item in items)


def indent(text: str, prefix: str = "    ") -> str:
    """Indent every non-empty line (admonition content)."""
    return "\n".join(prefix + line if line.strip() else "" for line in text.split("\n"))
