"""Links in authored Markdown: the link syntax of the authoring contract.

Authors link pages by slug, `[text](tactic:soften-the-blow)`, and files under
`docs/` by a path relative to `docs/`, `![схема](images/plan.png)`. The
loaders use this module to find and check every link; the pages use it to turn
each into a URL relative to the page it lands on, so the site works from any
sub-path.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

KINDS = {
    "group": "groups", "tactic": "tactics", "antipattern": "antipatterns", "case": "cases", "quiz": "quizzes",
    "guide": "guides", "term": "glossary", "law": "guides",
}
"""Link scheme -> folder of the generated pages (a term is an anchor on the glossary page, a law rule on the law guide)."""

ANCHORS = {"term": "glossary/", "law": "guides/law/"}
"""Kinds whose slug is an anchor on one page rather than a page of its own -> that page's URL."""

GENERATED_FOLDERS = (*dict.fromkeys(KINDS.values()), "exports", "trainer", "progress", "diagnosis")
"""Folders under docs/ that belong to the generator: anything else in them is removed."""

KIND_WORDS = {"antipattern": "anti-pattern"}
"""How a kind is named in messages, where it differs from its scheme."""

SLUG_LINK = re.compile(r"\]\(\s*(" + "|".join(KINDS) + r"):([^)\s]*)\s*\)")
TARGET = re.compile(r"(!?)\[(?:[^\]\\\n]|\\.)*\]\(\s*<?([^)\s>]*)")
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:")
FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.M | re.S)
NEWLINE = re.compile("\n")
CODE_SPAN = re.compile(r"(`+)(?!`)[^`]+?(?<!`)\1")


@dataclass(frozen=True)
class SlugLink:
    """A link by slug found in a text."""

    kind: str
    """One of KINDS."""
    slug: str
    offset_line: int
    """Lines after the text's first line (0 for the first line)."""


@dataclass(frozen=True)
class Target:
    """The target of a Markdown link or image found in a text."""

    url: str
    image: bool
    offset_line: int


@lru_cache(maxsize=4096)
def blank_code(text: str) -> str:
    """Replace code blocks and spans by spaces, keeping newlines, so line numbers hold.

    Cached: the loaders look at each text several times (links by slug, targets, markup)."""
    keep_lines = lambda m: re.sub(r"[^\n]", " ", m.group(0))  # noqa: E731
    return CODE_SPAN.sub(keep_lines, FENCE.sub(keep_lines, text))


class LineIndex:
    """Line offsets of a text, so each match's line is a binary search, not a count from the start."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._newlines: list[int] | None = None

    def offset_line(self, position: int) -> int:
        """Lines before position (0 on the first line); the offsets are found on the first call."""
        if self._newlines is None:
            self._newlines = [match.start() for match in NEWLINE.finditer(self.text)]
        return bisect.bisect_left(self._newlines, position)


@lru_cache(maxsize=65536)
def slug_links(text: str) -> tuple[SlugLink, ...]:
    """Every link by slug in text, outside code (cached: `mkdocs serve` checks the same texts on every save)."""
    prose = blank_code(text)
    lines = LineIndex(prose)
    return tuple(SlugLink(m.group(1), m.group(2), lines.offset_line(m.start())) for m in SLUG_LINK.finditer(prose))


@lru_cache(maxsize=65536)
def targets(text: str) -> tuple[Target, ...]:
    """Every link and image target in text, outside code (cached like slug_links)."""
    prose = blank_code(text)
    lines = LineIndex(prose)
    return tuple(Target(m.group(2), m.group(1) == "!", lines.offset_line(m.start())) for m in TARGET.finditer(prose))


def is_local_path(url: str) -> bool:
    """True for a path relative to docs/ (no scheme, not an anchor, not absolute)."""
    return bool(url) and not SCHEME.match(url) and not url.startswith(("#", "/"))


def page_path(kind: str, slug: str) -> str:
    """Path, under docs/, of the generated page for a slug."""
    return f"{KINDS[kind]}/{slug}.md"


def slug_url(kind: str, slug: str) -> str:
    """Site-relative URL of a page, glossary term or law rule, like 'cases/hotel/' or 'glossary/#peni'."""
    if kind in ANCHORS:
        return f"{ANCHORS[kind]}#{slug}"
    return f"{KINDS[kind]}/{slug}/"


def path_url(path: str) -> str:
    """Site-relative URL of a file under docs/: a Markdown page becomes its folder URL."""
    base, hash_, fragment = path.partition("#")
    if base.endswith("/index.md") or base == "index.md":
        base = base[: -len("index.md")]
    elif base.endswith(".md"):
        base = base[: -len(".md")] + "/"
    return base + hash_ + fragment
