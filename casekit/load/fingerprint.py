"""Fingerprints of what a generation run reads, so an unchanged project can skip the run.

A run's output is a pure function of the authored files, the names of the
hand-written files under docs/ (authored text may link them), casekit's own
code and the versions of the renderers it calls. Hashing all of that takes a
small fraction of a run, so `casekit generate` on an unchanged project stops here.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Iterable

from casekit.model.links import GENERATED_FOLDERS

AUTHORED_FOLDERS = ("cases", "quizzes", "taxonomy", "guides")
"""Folders whose every file a run reads."""

RENDERERS = ("markdown", "nh3", "PyYAML")
"""Packages whose version changes what a run makes of the same text."""

PACKAGE = Path(__file__).resolve().parent.parent
GENERATING_CODE = ("model", "load", "pages", "exports", "build.py", "problems.py")
"""The parts of casekit that decide what a run writes (not the writer, the CLI or the hooks)."""


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the generating code and its renderers' versions: a cache made by other code is worthless."""
    digest = hashlib.blake2b(digest_size=16)
    files = [f for part in GENERATING_CODE for f in
             (sorted((PACKAGE / part).rglob("*.py")) if (PACKAGE / part).is_dir() else [PACKAGE / part])]
    for file in files:
        digest.update(file.relative_to(PACKAGE).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    for name in RENDERERS:
        try:
            digest.update(f"{name}={metadata.version(name)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=?\0".encode())
    return digest.hexdigest()


def authored_fingerprint(root: Path) -> str:
    """A hash of everything a run reads under root, and of the code that reads it."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(code_version().encode())
    for folder in AUTHORED_FOLDERS:
        _add_files(digest, root, sorted((root / folder).rglob("*"), key=str) if (root / folder).is_dir() else [], content=True)
    docs = root / "docs"
    hand_written = [p for p in sorted(docs.rglob("*"), key=str) if p.relative_to(docs).parts[0] not in GENERATED_FOLDERS] \
        if docs.is_dir() else []
    _add_files(digest, root, hand_written, content=False)
    return digest.hexdigest()


def generated_fingerprint(docs: Path) -> str:
    """A hash of the generated files under docs/ as they are on disk."""
    files = [p for folder in GENERATED_FOLDERS if (docs / folder).is_dir() for p in sorted((docs / folder).rglob("*"), key=str)]
    return pages_fingerprint({p.relative_to(docs).as_posix(): p.read_bytes() for p in files if p.is_file()})


def pages_fingerprint(pages: dict[str, bytes]) -> str:
    """A hash of generated files by their path under docs/; equal to generated_fingerprint once they are written."""
    digest = hashlib.blake2b(digest_size=16)
    for relative in sorted(pages):
        digest.update(relative.encode() + b"\0" + pages[relative] + b"\0")
    return digest.hexdigest()


def _add_files(digest: "hashlib.blake2b", root: Path, files: Iterable[Path], content: bool) -> None:
    for file in files:
        if file.is_file():
            digest.update(file.relative_to(root).as_posix().encode() + b"\0")
            if content:
                digest.update(file.read_bytes() + b"\0")


def layout_fingerprint(root: Path, config_file: Path, theme_folder: Path) -> str:
    """A hash of what every page of the site shows: the configuration, the theme overrides, the set of pages.

    Under `mkdocs serve --dirty` only pages whose source changed are rendered
    again; when this hash changes, every page must be (casekit.mkdocs_hook).
    """
    digest = hashlib.blake2b(digest_size=16)
    digest.update(config_file.read_bytes() if config_file.is_file() else b"")
    if theme_folder.is_dir():
        _add_files(digest, root, sorted(theme_folder.rglob("*"), key=str), content=True)
    docs = root / "docs"
    _add_files(digest, root, sorted(docs.rglob("*.md"), key=str) if docs.is_dir() else [], content=False)
    return digest.hexdigest()
