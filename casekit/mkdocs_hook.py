"""MkDocs hook: regenerate pages before each build and watch the authored folders.

A thin adapter; all the work is in casekit.build. Listed under `hooks:` in
mkdocs.yml, so plain `mkdocs build` and `mkdocs serve` stay in step with
cases/, quizzes/ and taxonomy/.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.exceptions import Abort

from casekit.build import regenerate

log = logging.getLogger("mkdocs.casekit")
WATCHED = ("cases", "quizzes", "taxonomy")


def _root(config: Any) -> Path:
    return Path(config.config_file_path).resolve().parent


def on_pre_build(config: Any) -> None:
    """Validate and regenerate; on problems, list them all and stop the build."""
    result = regenerate(_root(config))
    if result.problems:
        lines = "\n".join(str(p) for p in result.problems)
        raise Abort(f"{len(result.problems)} problem(s) in authored files; the previous pages are kept:\n{lines}")
    if result.changed:
        log.info("casekit: %d generated file(s) changed", len(result.changed))


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    """Rebuild on a change in the authored folders, not only in docs/."""
    root = _root(config)
    for folder in WATCHED:
        if (root / folder).is_dir():
            server.watch(str(root / folder))
    return server
