"""Load, validate, generate and write: the whole pipeline behind the CLI and the hook."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from casekit.exports import export_files
from casekit.load.corpus import load_corpus
from casekit.pages import GENERATED_FOLDERS, generate
from casekit.problems import Problem
from casekit.write.pages import write_pages


@dataclass(frozen=True)
class BuildResult:
    """What a generation run found and did."""

    problems: list[Problem]
    """Every problem in the authored files; nothing was written if there is any."""
    changed: list[str]
    """Generated files written or removed, relative to docs/."""


def regenerate(root: Path) -> BuildResult:
    """Regenerate docs/ from the authored files under root, unless they have problems."""
    corpus, problems = load_corpus(root)
    if problems:
        return BuildResult(problems, [])
    files: dict[str, str | bytes] = {**generate(corpus), **export_files(corpus)}
    return BuildResult([], write_pages(root / "docs", files, GENERATED_FOLDERS))
