"""The allow-list every piece of authored text passes on its way into a page.

Authored Markdown is untrusted input, even from a colleague: whatever syntax
produced it (raw HTML, an attribute list, an encoded tag, a script URL), only
these elements and attributes reach the page. `nh3` (the binding of Rust's
ammonia) does the parsing, so browsers and the sanitizer agree on what a tag is.
Build-time refusals in casekit.load.markup are a courtesy to authors; this is
the guarantee, and it holds for any builder (MkDocs or Zensical) because it is
applied before the pages are written.
"""
from __future__ import annotations

from typing import Callable

import nh3

from casekit.model.links import KINDS

TAGS = frozenset({
    "p", "br", "hr", "strong", "em", "b", "i", "code", "pre", "blockquote", "ul", "ol", "li", "a", "img",
    "table", "thead", "tbody", "tr", "th", "td", "del", "sup", "sub", "h3", "h4", "h5", "h6",
})
"""What Markdown produces for prose, lists, tables, code, links and images; no form, script, frame or SVG."""

ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}, "ol": {"start"}}
"""No `on*`, no `style`, no `id` or `class` from an author: those belong to the generator."""

URL_SCHEMES = frozenset({"http", "https", "mailto", *KINDS})
"""Relative URLs are allowed too; `javascript:`, `data:` and the rest are dropped.
Slug schemes (`case:` …) pass only to be rewritten by the caller's url filter."""

UrlFilter = Callable[[str, str, str], "str | None"]
"""(tag, attribute, value) -> the value to keep, or None to drop the attribute."""


def clean(html: str, url_filter: UrlFilter) -> str:
    """Authored HTML reduced to the allow-list; url_filter sees every kept attribute value."""
    return nh3.clean(html, tags=set(TAGS), attributes={k: set(v) for k, v in ATTRIBUTES.items()},
                     url_schemes=set(URL_SCHEMES), link_rel=None, strip_comments=True,
                     attribute_filter=url_filter)
