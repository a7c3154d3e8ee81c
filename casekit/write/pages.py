"""Writing the generated pages under docs/, one whole file at a time."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Mapping


def write_pages(docs: Path, pages: Mapping[str, str | bytes], owned_folders: Iterable[str]) -> list[str]:
    """Write pages under docs, touching only files whose text changed.

    Files in owned_folders that no page claims any more (a deleted case) are
    removed. Returns the paths written or removed, so an unchanged run returns
    [] and `mkdocs serve` sees no change and does not rebuild in a loop.
    """
    changed: list[str] = []
    folders: set[Path] = set()
    for relative, text in sorted(pages.items()):
        target = docs / relative
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        try:
            if target.read_bytes() == data:
                continue
        except OSError:
            pass  # not there yet (or not a file): write it
        if target.parent not in folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        write_whole(target, data, make_folder=False)
        changed.append(relative)
    for folder in owned_folders:
        for stale in sorted((docs / folder).rglob("*"), key=str) if (docs / folder).is_dir() else []:
            relative = stale.relative_to(docs).as_posix()
            if stale.is_file() and relative not in pages:
                stale.unlink()
                changed.append(relative)
    return changed


def write_whole(target: Path, data: bytes, make_folder: bool = True) -> None:
    """Write beside the target, then rename over it: a reader sees the old file or the new one, never half."""
    if make_folder:
        target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.write_bytes(data)
    os.replace(partial, target)
