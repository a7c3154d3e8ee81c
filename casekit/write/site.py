"""Building the static site beside the old one, then swapping it in.

MkDocs (and Zensical) empty the site folder before they write it, so a build
killed halfway would leave half a site. Building into `<site>.partial` and
renaming keeps the previous site whole until the new one is complete.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable, Sequence

from casekit.write.assets import bundle_assets
from casekit.write.search import index_site


def _sibling(site: Path, suffix: str) -> Path:
    return site.with_name(site.name + suffix)


def recover(site: Path) -> None:
    """Put back the previous site if a swap was interrupted between its two renames."""
    previous = _sibling(site, ".previous")
    if not site.exists() and previous.is_dir():
        previous.rename(site)


def build_site(root: Path, command: Sequence[str], site: Path, finish: Callable[[Path], None] | None = None) -> int:
    """Run `command --site-dir <partial>` in root; on success the result replaces site. Returns the exit code.

    finish (the search index) runs on the complete partial site before the swap; if it
    raises RuntimeError, its message is printed and the previous site is kept.
    """
    recover(site)
    partial, previous = _sibling(site, ".partial"), _sibling(site, ".previous")
    shutil.rmtree(partial, ignore_errors=True)
    code = subprocess.run([*command, "--site-dir", str(partial)], cwd=root).returncode
    if code != 0 or not partial.is_dir():
        shutil.rmtree(partial, ignore_errors=True)
        return code or 1
    if finish is not None:
        try:
            finish(partial)
        except RuntimeError as error:
            print(error, file=sys.stderr)
            shutil.rmtree(partial, ignore_errors=True)
            return 1
    shutil.rmtree(previous, ignore_errors=True)
    if site.exists():
        site.rename(previous)
    partial.rename(site)
    shutil.rmtree(previous, ignore_errors=True)
    return 0


def empty_folder(folder: Path) -> None:
    """Remove what folder holds, keeping the folder (the dev server serves it)."""
    for item in folder.iterdir() if folder.is_dir() else []:
        if item.is_dir() and not item.is_symlink():
            shutil.rmtree(item, ignore_errors=True)
        else:
            item.unlink(missing_ok=True)


def finish_site(site: Path, docs: Path) -> None:
    """What the MkDocs hook gives a build, for a site built without it (Zensical): our assets bundled, the search index.

    Raises RuntimeError (AssetsError, SearchIndexError) with a message if either fails.
    """
    note = bundle_assets(site, docs)
    if note:
        print(note, file=sys.stderr)
    index_site(site)
