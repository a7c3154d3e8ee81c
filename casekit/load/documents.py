"""Markdown files with frontmatter: the shared first steps of every loader."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from casekit.load.fields import Fields
from casekit.load.source import Document, read_source, slug_of, split_frontmatter
from casekit.load.yamlnodes import parse_yaml
from casekit.model.links import LineIndex
from casekit.model.origin import Origin
from casekit.problems import Problem

HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$", re.M)


@dataclass(frozen=True)
class AuthoredDocument:
    """A parsed Markdown file: its slug, text and frontmatter fields."""

    slug: str
    document: Document
    fields: Fields

    def origin(self) -> Origin:
        """Where each key was written, for later cross-reference messages."""
        lines = {key: node.line for key, node in self.fields.values.items()}
        return Origin(self.document.path, lines, self.document.body_line)


def read_document(
    root: Path, file: Path, required: Sequence[str], optional: Sequence[str], problems: list[Problem]
) -> AuthoredDocument | None:
    """Read file's frontmatter and body, reporting every problem found on the way."""
    slug = slug_of(root, file, problems)
    source = read_source(root, file, problems)
    if source is None:
        return None
    document = split_frontmatter(source, problems)
    if document is None:
        return None
    node = parse_yaml(document.frontmatter, document.path, 2, problems)
    if node is None:
        return None
    fields = Fields(document.path, node, "", problems)
    if not fields.check_keys(required, optional) or slug is None:
        return None
    return AuthoredDocument(slug, document, fields)


def check_slug_key(authored: AuthoredDocument) -> None:
    """A taxonomy file's `slug` key must match its file name."""
    written = authored.fields.text("slug")
    if written is not None and written != authored.slug:
        authored.fields.report(
            authored.fields.line("slug"),
            f"'slug' is '{written}' but the file is named '{authored.slug}.md'; they must match",
        )


def check_sections(document: Document, sections: Sequence[str] | None, problems: list[Problem],
                   optional: Sequence[str] = ()) -> None:
    """The body must have exactly these '## ' sections in this order (any, for None), and no '# ' title;
    the optional ones may follow them, in their order."""
    found: list[tuple[str, int]] = []
    lines = LineIndex(document.body)
    for match in HEADING.finditer(document.body):
        line = document.body_line + lines.offset_line(match.start())
        level, title = len(match.group(1)), match.group(2)
        if level == 1:
            problems.append(Problem(document.path, line, "the body must not have a '# ' heading: the page title comes from the frontmatter"))
        elif level == 2:
            found.append((title, line))
    if sections is None:
        return
    titles = [title for title, _ in found]
    allowed = [*sections, *optional]
    for title, line in found:
        if title not in allowed:
            expected = ", ".join(f"'## {s}'" for s in allowed)
            problems.append(Problem(document.path, line, f"unexpected section '## {title}'; the sections are {expected}"))
    for section in sections:
        if section not in titles:
            problems.append(Problem(document.path, document.body_line, f"missing section '## {section}'"))
    present = [title for title in titles if title in allowed]
    if present != [s for s in allowed if s in present]:
        problems.append(Problem(document.path, document.body_line, "sections are out of order; expected: " + ", ".join(allowed)))
