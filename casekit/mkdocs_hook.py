"""MkDocs hook: regenerate pages before each build and watch the authored folders.

A thin adapter; all the work is in casekit.build. Listed under `hooks:` in
mkdocs.yml, so plain `mkdocs build` and `mkdocs serve` stay in step with
cases/, quizzes/ and taxonomy/. Under `mkdocs serve` it also indexes each
rebuild for search (`casekit build` indexes its own build; Zensical has no hooks).
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.exceptions import Abort

from casekit.build import regenerate
from casekit.write.search import SearchIndexError, index_site

log = logging.getLogger("mkdocs.casekit")
WATCHED = ("cases", "quizzes", "taxonomy")
_serving = False


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


def on_startup(command: str, dirty: bool) -> None:
    """Remember whether this is `mkdocs serve`, whose rebuilds get a search index."""
    global _serving
    _serving = command == "serve"


def on_post_build(config: Any) -> None:
    """Under `mkdocs serve`, index the fresh build so the search box works there too."""
    if not _serving:
        return
    try:
        index_site(Path(config.site_dir))
    except SearchIndexError as error:
        log.warning("casekit: %s", error)


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    """Rebuild on a change in the authored folders, not only in docs/."""
    root = _root(config)
    for folder in WATCHED:
        if (root / folder).is_dir():
            server.watch(str(root / folder))
    return server
