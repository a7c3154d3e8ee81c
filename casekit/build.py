"""Load, validate, generate and write: the whole pipeline behind the CLI and the hook."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from casekit.load.fingerprint import authored_fingerprint, code_version, generated_fingerprint
from casekit.model.links import GENERATED_FOLDERS
from casekit.problems import Problem
from casekit.write.cache import read_cache, write_cache
from casekit.write.pages import write_pages

if TYPE_CHECKING:
    from casekit.pages.render import RenderCache


@dataclass(frozen=True)
class BuildResult:
    """What a generation run found and did."""

    problems: list[Problem]
    """Every problem in the authored files; nothing was written if there is any."""
    changed: list[str]
    """Generated files written or removed, relative to docs/."""
    rendered: int = 0
    """Markdown snippets rendered in this run; the others came from the render cache."""
    unchanged: bool = False
    """True when nothing was read or rendered: the authored files, the code and the generated files are as the last run left them."""


_last: "tuple[str, Path, RenderCache] | None" = None
"""The render cache of the last run in this process: `mkdocs serve` reads it from memory, not from disk."""


def regenerate(root: Path, save_render_cache: bool = True) -> BuildResult:
    """Regenerate docs/ from the authored files under root, unless they have problems.

    The output depends only on what authored_fingerprint hashes, so a run that
    finds the same fingerprint and the generated files it wrote stops there; the
    render cache skips Markdown whose text it has rendered before. Either way the
    pages are byte for byte what a run with no cache writes. Under `mkdocs serve`
    the render cache stays in memory between runs and is saved at the end
    (save_render_cache=False, then save_render_cache_of).
    """
    global _last
    version, inputs, docs = code_version(), authored_fingerprint(root), root / "docs"
    state = read_cache(root, "state", version)
    if state.get("inputs") == inputs and state.get("pages") == generated_fingerprint(docs):
        return BuildResult([], [], unchanged=True)
    # Imported here: the early stop above needs none of them, and they take most of its time.
    from casekit.exports import export_files
    from casekit.load.corpus import load_corpus
    from casekit.pages import generate
    from casekit.pages.render import RenderCache, use_cache

    corpus, problems = load_corpus(root)
    if problems:
        return BuildResult(problems, [])
    if _last is not None and _last[:2] == (version, root):
        cache = _last[2].next_run()
    else:
        cache = RenderCache(read_cache(root, "render", version))
    previous = use_cache(cache)
    try:
        pages: dict[str, bytes] = {path: text.encode("utf-8") for path, text in generate(corpus).items()}
        pages.update(export_files(corpus))
    finally:
        use_cache(previous)
    changed = write_pages(docs, pages, GENERATED_FOLDERS)
    _last = (version, root, cache)
    if save_render_cache:
        write_cache(root, "render", version, cache.used)
    write_cache(root, "state", version, {"inputs": inputs, "pages": generated_fingerprint(docs)})
    return BuildResult([], changed, rendered=cache.rendered)


def save_render_cache_of(root: Path) -> None:
    """Save the render cache that the runs in this process kept in memory (at the end of `mkdocs serve`)."""
    if _last is not None and _last[1] == root:
        write_cache(root, "render", _last[0], _last[2].used)
