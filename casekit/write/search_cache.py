"""The last search bundle, kept in `.casekit-cache/search/` with the digest of every page it indexed.

A build whose indexed pages come out byte for byte as last time gets that
bundle back instead of indexing again: Pagefind's output depends only on the
pages, its version and our settings, which the manifest records. The files are
hard links (a copy where the file system has none), so keeping and restoring a
bundle of a thousand fragments costs milliseconds. That is safe because a bundle
file is never rewritten in place: a build writes its bundle into a fresh folder.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from casekit.write.pages import write_whole

MANIFEST = "manifest.json"
BUNDLE = "bundle"


class BundleCache:
    """The bundle of the last build and the pages it came from, in folder."""

    def __init__(self, folder: Path, settings: str) -> None:
        self.folder = folder
        self.settings = settings
        """Pagefind's version and our options: a bundle made with others is not reused."""

    def pages(self) -> dict[str, str]:
        """Digest of each page (by URL) that the kept bundle indexed; {} if none is kept for these settings."""
        try:
            saved = json.loads((self.folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(saved, dict) or saved.get("settings") != self.settings or not isinstance(saved.get("pages"), dict):
            return {}
        return {str(url): str(digest) for url, digest in saved["pages"].items()}

    def restore(self, bundle: Path) -> bool:
        """Put the kept bundle at bundle (which must not exist); False if it is gone or damaged."""
        try:
            _link_tree(self.folder / BUNDLE, bundle)
        except OSError:
            shutil.rmtree(bundle, ignore_errors=True)
            return False
        return True

    def keep(self, bundle: Path, pages: dict[str, str]) -> None:
        """Keep a copy of the bundle just written and the digests of its pages; a failure only costs the next build time."""
        kept = self.folder / BUNDLE
        try:
            (self.folder / MANIFEST).unlink(missing_ok=True)  # a half-kept bundle is never reused
            shutil.rmtree(kept, ignore_errors=True)
            _link_tree(bundle, kept)
            manifest = json.dumps({"settings": self.settings, "pages": pages}, sort_keys=True)
            write_whole(self.folder / MANIFEST, manifest.encode("utf-8"))
        except OSError:
            shutil.rmtree(kept, ignore_errors=True)


def _link_tree(source: Path, target: Path) -> None:
    """target as a tree of hard links to source's files (copies across file systems)."""
    shutil.copytree(source, target, copy_function=_link_or_copy)


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
