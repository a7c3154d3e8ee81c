"""MkDocs hook: regenerate pages before each build and watch the authored folders.

A thin adapter; all the work is in casekit.build. Listed under `hooks:` in
mkdocs.yml, so plain `mkdocs build` and `mkdocs serve` stay in step with
cases/, quizzes/ and taxonomy/. It also builds the search index: a build hands
each page to Pagefind as it is rendered, or reuses the last bundle when every
page comes out the same (casekit.write.search.PageIndexer);
under `mkdocs serve` the built site is indexed after each rebuild. Zensical has
no hooks: scripts/zensical indexes its site afterwards. Before the index, every
build gets our scripts and stylesheets bundled and minified (casekit.write.assets).
"""
from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from jinja2 import FileSystemBytecodeCache
from mkdocs.exceptions import Abort

from casekit.build import regenerate, save_render_cache_of
from casekit.load.fingerprint import layout_fingerprint
from casekit.model.links import GENERATED_FOLDERS
from casekit.write.assets import AssetsError, assets_state, bundle_assets
from casekit.write.cache import cache_folder
from casekit.write.partials import cache_navigation
from casekit.write.search import BackgroundIndex, PageIndexer, SearchIndexError
from casekit.write.site import empty_folder
from casekit.write.watch import watch_faster

log = logging.getLogger("mkdocs.casekit")
WATCHED = ("cases", "quizzes", "taxonomy", "guides", "trainer")
_serving = False
_indexer: PageIndexer | None = None
_layout: str | None = None
_served_root: Path | None = None
_bundled: tuple[tuple[str, int, int], ...] | None = None
"""The assets of site/ and docs/ as the last bundling left them."""
_background = BackgroundIndex(lambda message: log.warning("casekit: %s", message))
BODY_MARK = "data-pagefind-body"
"""overrides/main.html marks the article of every page that search indexes; Pagefind skips the rest anyway."""


def _root(config: Any) -> Path:
    return Path(config.config_file_path).resolve().parent


def on_pre_build(config: Any) -> None:
    """Validate and regenerate; on problems, list them all and stop the build."""
    global _indexer, _layout, _served_root
    _served_root = _root(config) if _serving else None
    result = regenerate(_root(config), save_render_cache=not _serving)
    if result.problems:
        lines = "\n".join(str(p) for p in result.problems)
        raise Abort(f"{len(result.problems)} problem(s) in authored files; the previous pages are kept:\n{lines}")
    if result.changed:
        log.info("casekit: %d generated file(s) changed", len(result.changed))
    if _serving:
        layout = layout_fingerprint(_root(config), Path(config.config_file_path), _root(config) / "overrides")
        if layout != _layout:  # `serve --dirty` renders only changed pages: not enough after this change
            empty_folder(Path(config.site_dir))
            _layout = layout
        return
    try:
        _indexer = PageIndexer(cache=cache_folder(_root(config), "search"))
    except SearchIndexError as error:
        raise Abort(str(error)) from error


def on_env(env: Any, config: Any, files: Any) -> Any:
    """Keep the theme's compiled templates between builds; render Material's navigation once for all the pages that show the same one.

    Jinja's own bytecode cache checks each template's source, so an edited override is compiled again.
    """
    env.bytecode_cache = FileSystemBytecodeCache(str(cache_folder(_root(config), "templates")))
    cache_navigation(env)
    return env


def on_post_page(output: str, page: Any, config: Any) -> str:
    """Hand the rendered page to the search index, unless it is kept out of it (answer keys)."""
    if _indexer is not None and BODY_MARK in output:
        _indexer.add(output, "/" + page.url)
    return output


def on_build_error(error: Exception) -> None:
    """Stop the search service of a build that failed."""
    global _indexer
    if _indexer is not None:
        _indexer.close()
        _indexer = None


def on_startup(command: str, dirty: bool) -> None:
    """Remember whether this is `mkdocs serve`, whose rebuilds are indexed in the background.

    `scripts/serve` runs `mkdocs serve --dirty`: MkDocs then warns on every
    rebuild that links may be stale, and strict mode would stop on the warning.
    The hook renders every page again whenever what they all show changes (see
    on_pre_build), so the warning is dropped.
    """
    global _serving
    _serving = command == "serve"
    if dirty:
        logging.getLogger("mkdocs.commands.build").addFilter(_not_dirty_warning)


def _not_dirty_warning(record: logging.LogRecord) -> bool:
    return "A 'dirty' build is being performed" not in record.getMessage()


def on_post_build(config: Any) -> None:
    """Bundle our assets in the site, then write the search index of this build; under `mkdocs serve`, index the fresh build."""
    global _indexer, _bundled
    site, docs = Path(config.site_dir), Path(config.docs_dir)
    if assets_state(site, docs) != _bundled:  # under `serve --dirty` most rebuilds copy no asset
        try:
            note = bundle_assets(site, docs)
        except AssetsError as error:
            on_build_error(error)
            raise Abort(str(error)) from error
        if note:
            log.info("casekit: %s", note)
        _bundled = assets_state(site, docs)
    if _indexer is not None:
        indexer, _indexer = _indexer, None
        start = time.perf_counter()
        try:
            reused = indexer.finish(Path(config.site_dir))
        except SearchIndexError as error:
            raise Abort(str(error)) from error
        if reused:
            log.info("casekit: search index of the last build reused: no indexed page changed")
        else:
            log.info("casekit: search index written %.1f s after the last page", time.perf_counter() - start)
        return
    if _serving:
        _background.request(Path(config.site_dir))


def on_shutdown() -> None:
    """At the end of `mkdocs serve`, save the render cache its rebuilds kept in memory."""
    if _served_root is not None:
        save_render_cache_of(_served_root)


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    """Rebuild on a change in the authored folders and the hand-written part of docs/.

    The generated folders are not watched: the build itself writes them, and a
    watch would start a second build after every first one.
    """
    root, docs = _root(config), Path(config.docs_dir)
    watch_faster(server)
    server.unwatch(str(docs))
    server.watch(str(docs), recursive=False)
    for item in sorted(docs.iterdir()):
        if item.is_dir() and item.name not in GENERATED_FOLDERS:
            server.watch(str(item))
    for folder in WATCHED:
        if (root / folder).is_dir():
            server.watch(str(root / folder))
    return server
