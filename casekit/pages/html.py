"""Small HTML builders for the generated blocks that are final: lists and tables of links, the case card.

They are marked raw (casekit.pages.markdown.raw_html), so the site build does
not parse them again; since MkDocs then does not resolve their links either,
each link is a URL relative to the page, `depth` folders deep (/cases/x/ is 2,
/cases/ is 1), which also keeps the site working under any sub-path.
"""
from __future__ import annotations

import posixpath
from typing import Iterable, Sequence

from casekit.pages.markdown import attribute as text

__all__ = ["a", "admonition", "page_url", "table", "text", "ul"]


def page_url(folder: str, slug: str | None = None, depth: int = 2, here: str | None = None) -> str:
    """URL of a generated page (or a section's index) from a page depth folders deep.

    With here (the page's own address, like 'cases/x/') the URL is the shortest
    relative one, as MkDocs writes for a Markdown link: '../y/' to a case beside it.
    """
    target = f"{folder}/{slug}/" if slug else f"{folder}/"
    if here is None:
        return "../" * depth + target
    return posixpath.relpath(target, here) + "/"


def a(label: str, url: str) -> str:
    """A link; label is HTML already escaped, url one that page_url made."""
    return f'<a href="{url}">{label}</a>'


def ul(items: Iterable[str]) -> str:
    """A list of items that are HTML already, or '' when there are none."""
    rows = [f"<li>{item}</li>" for item in items]
    return "<ul>\n" + "\n".join(rows) + "\n</ul>" if rows else ""


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A table whose cells are HTML already."""
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in headers) + "</tr>"
    body = "\n".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table>\n<thead>\n{head}\n</thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def admonition(kind: str, title: str, body: str) -> str:
    """Material's admonition markup, as `!!! kind "title"` would give it."""
    return f'<div class="admonition {kind}">\n<p class="admonition-title">{text(title)}</p>\n{body}\n</div>'
