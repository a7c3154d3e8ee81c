"""The generation cache in `.casekit-cache/`: rendered snippets and the last run's fingerprints.

It only ever saves work: deleting the folder gives the same pages, a little slower.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from casekit.write.pages import write_whole

CACHE_FOLDER = ".casekit-cache"


def cache_folder(root: Path, name: str) -> Path:
    """The folder `.casekit-cache/<name>/` under root, made if missing (the search bundle, the compiled templates)."""
    folder = root / CACHE_FOLDER / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def read_cache(root: Path, name: str, version: str) -> dict[str, Any]:
    """The entries saved under name by the same code version, or {} (missing, damaged or stale)."""
    try:
        saved = json.loads((root / CACHE_FOLDER / f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(saved, dict) or saved.get("version") != version or not isinstance(saved.get("entries"), dict):
        return {}
    entries: dict[str, Any] = saved["entries"]
    return entries


def write_cache(root: Path, name: str, version: str, entries: dict[str, Any]) -> None:
    """Save entries under name, whole; a cache that cannot be written is only a slower next run."""
    data = json.dumps({"version": version, "entries": entries}, ensure_ascii=False, sort_keys=True)
    try:
        write_whole(root / CACHE_FOLDER / f"{name}.json", data.encode("utf-8"))
    except OSError:
        pass
