"""Reading authored files: bytes to text, frontmatter split, file-name slugs."""
from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, TypeVar

from casekit.problems import Problem

T = TypeVar("T")
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


FileLoader = Callable[[Path, Path, list[Problem]], T]
_loaded: OrderedDict[tuple[str, str, bytes], tuple[object, tuple[Problem, ...]]] = OrderedDict()
_LOADED_MAX = 50_000


def by_content(load_one: FileLoader[T]) -> FileLoader[T]:
    """Remember what a one-file loader made of each file's bytes, for the life of the process.

    `mkdocs serve` loads the whole corpus again on every save; with this only
    the saved file is parsed again. A loader's result depends only on the file's
    path and bytes (the checks across files run afterwards), and the objects it
    makes are frozen, so handing out the same object twice is safe.
    """

    def load(root: Path, file: Path, problems: list[Problem]) -> T:
        key = (load_one.__qualname__, relative(root, file), hashlib.blake2b(file.read_bytes(), digest_size=16).digest())
        if key not in _loaded:
            found: list[Problem] = []
            _loaded[key] = (load_one(root, file, found), tuple(found))
            if len(_loaded) > _LOADED_MAX:
                _loaded.popitem(last=False)
        _loaded.move_to_end(key)
        result, found_before = _loaded[key]
        problems.extend(found_before)
        return result  # type: ignore[return-value]

    return load
