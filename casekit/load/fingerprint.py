"""Fingerprints of what a generation run reads, so an unchanged project can skip the run.

A run's output is a pure function of the authored files, the names of the
hand-written files under docs/ (authored text may link them), casekit's own
code and the versions of the renderers it calls. Hashing all of that takes a
small fraction of a run, so `casekit generate` on an unchanged project stops here.
"""
from __future__ import annotations

import hashlib
import os
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from casekit.model.links import GENERATED_FOLDERS

AUTHORED_FOLDERS = ("cases", "quizzes", "taxonomy", "guides", "trainer")
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
        digest.update(f"{name}={installed_version(name)}\0".encode())
    return digest.hexdigest()


def installed_version(package: str) -> str:
    """The version of an installed distribution, from its `.dist-info` folder's name; "?" if none is found.

    What importlib.metadata.version answers, without importing it: that import
    alone was a sixth of an unchanged run's time.
    """
    wanted = _normalized(package)
    for folder in sys.path:
        try:
            entries = os.listdir(folder or ".")
        except OSError:
            continue
        for entry in entries:
            name, _, version = entry.removesuffix(".dist-info").partition("-")
            if entry.endswith(".dist-info") and _normalized(name) == wanted:
                return version
    return "?"


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def authored_fingerprint(root: Path) -> str:
    """A hash of everything a run reads under root, and of the code that reads it."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(code_version().encode())
    for folder in AUTHORED_FOLDERS:
        _add_files(digest, root, files_under(root, folder), content=True)
    _add_files(digest, root, files_under(root, "docs", skip=GENERATED_FOLDERS), content=False)
    return digest.hexdigest()


def generated_fingerprint(docs: Path) -> str:
    """A hash of the name, size and modification time of every generated file under docs/.

    Reading the files would cost most of an unchanged run; a file edited by hand
    or rewritten gets a new time, so comparing this hash with the one taken
    right after the last run's writing tells whether they are as it left them.
    """
    digest = hashlib.blake2b(digest_size=16)
    for name in (name for folder in GENERATED_FOLDERS for name in files_under(docs, folder)):
        try:
            stat = os.stat(docs / name)
        except OSError:
            continue
        digest.update(f"{name}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def files_under(root: Path, folder: str, skip: Iterable[str] = ()) -> list[str]:
    """The files under root/folder (none if it is missing), as sorted paths relative to root like "cases/a.md".

    skip names subfolders of folder to leave out. os.walk, not Path.rglob: at a
    thousand cases this listing is most of what an unchanged run does.
    """
    found: list[str] = []
    for here, folders, names in os.walk(root / folder):
        if here == str(root / folder):
            folders[:] = [name for name in folders if name not in skip]
        prefix = os.path.relpath(here, root).replace(os.sep, "/") + "/"
        found.extend(prefix + name for name in names)
    return sorted(found)


def _add_files(digest: "hashlib.blake2b", root: Path, files: Iterable[str], content: bool) -> None:
    for file in files:
        digest.update(file.encode() + b"\0")
        if content:
            digest.update((root / file).read_bytes() + b"\0")


def layout_fingerprint(root: Path, config_file: Path, theme_folder: Path) -> str:
    """A hash of what every page of the site shows: the configuration, the theme overrides, the set of pages.

    Under `mkdocs serve --dirty` only pages whose source changed are rendered
    again; when this hash changes, every page must be (casekit.mkdocs_hook).
    """
    digest = hashlib.blake2b(digest_size=16)
    digest.update(config_file.read_bytes() if config_file.is_file() else b"")
    _add_files(digest, theme_folder.parent, files_under(theme_folder.parent, theme_folder.name), content=True)
    _add_files(digest, root, [name for name in files_under(root, "docs") if name.endswith(".md")], content=False)
    return digest.hexdigest()
