"""casekit: builds the «Трудный клиент» training site from authored files.

The pipeline, one folder a stage, imports pointing down:

- ``model/``: plain typed objects (corpus, case, taxonomy, quiz) and the
  link-by-slug syntax; no I/O.
- ``load/``: authored files to a validated ``Corpus``, or every problem as
  ``file:line: message``.
- ``pages/``: generation, a pure function ``Corpus -> {path: page text}``.
- ``reports/``: counts for authors and trainers.
- ``write/``: the one place that writes: generated pages, and the built site
  swapped in whole.
- ``build.py``: load, generate, write; ``cli.py`` and ``mkdocs_hook.py`` are
  thin adapters over it; ``problems.py`` is the shared ``Problem`` value.
"""
from __future__ import annotations

from typing import Any

from casekit.problems import Problem

__all__ = ["Corpus", "Problem", "load_corpus"]


def __getattr__(name: str) -> Any:
    """Corpus and load_corpus are imported when first used: `casekit generate` on an
    unchanged project stops before it needs them, in a fraction of the import time."""
    if name == "load_corpus":
        from casekit.load.corpus import load_corpus

        return load_corpus
    if name == "Corpus":
        from casekit.model.corpus import Corpus

        return Corpus
    raise AttributeError(f"module 'casekit' has no attribute {name!r}")
