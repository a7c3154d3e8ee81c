"""Reading authored files: bytes to text, frontmatter split, file-name slugs."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from casekit.problems import Problem

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class SourceText:
    """An authored file's text with line endings normalised to '\\n'."""

    path: str
    """Path relative to the project root, with forward slashes."""
    text: str
    """The decoded text, without a BOM."""


@dataclass(frozen=True)
class Document:
    """A Markdown file split into its YAML frontmatter and its body."""

    path: str
    """Path relative to the project root."""
    frontmatter: str
    """The YAML between the two '---' lines."""
    body: str
    """The Markdown after the closing '---'."""
    body_line: int
    """Line number of the body's first line in the file."""


def relative(root: Path, file: Path) -> str:
    """Path of file relative to root, with forward slashes."""
    return file.relative_to(root).as_posix()


def read_source(root: Path, file: Path, problems: list[Problem]) -> SourceText | None:
    """Read a file as UTF-8 (a BOM and Windows line endings are accepted)."""
    path = relative(root, file)
    data = file.read_bytes()
    if data.startswith(BOM):
        data = data[len(BOM):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        problems.append(Problem(path, line, f"file is not UTF-8 text (byte 0x{data[error.start]:02x}); save it as UTF-8"))
        return None
    return SourceText(path, text.replace("\r\n", "\n").replace("\r", "\n"))


def slug_of(root: Path, file: Path, problems: list[Problem]) -> str | None:
    """The slug a file name gives, or None (with a problem) when it is not one."""
    slug = file.stem
    if SLUG.match(slug):
        return slug
    problems.append(Problem(
        relative(root, file), 1,
        f"bad file name '{file.name}': a slug uses lowercase latin letters, digits and hyphens (like 'hotel-late-checkout')",
    ))
    return None


def split_frontmatter(source: SourceText, problems: list[Problem]) -> Document | None:
    """Split '---' YAML '---' Markdown; report a missing or unclosed block."""
    lines = source.text.split("\n")
    if not source.text.strip():
        problems.append(Problem(source.path, 1, "file is empty: expected YAML frontmatter between '---' lines, then the Markdown body"))
        return None
    if lines[0].rstrip() != "---":
        problems.append(Problem(source.path, 1, "no frontmatter: the file must start with a '---' line, then the keys, then another '---'"))
        return None
    for index in range(1, len(lines)):
        if lines[index].rstrip() == "---":
            return Document(source.path, "\n".join(lines[1:index]), "\n".join(lines[index + 1:]), index + 2)
    problems.append(Problem(source.path, 1, "frontmatter is not closed: add a '---' line after the last key"))
    return None
