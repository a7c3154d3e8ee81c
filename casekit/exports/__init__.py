"""Exports for the LMS a company already runs: Moodle GIFT and an IMS QTI 2.1 package per quiz."""
from __future__ import annotations

from casekit.exports.gift import gift
from casekit.exports.qti import qti_package
from casekit.model.corpus import Corpus
from casekit.model.memo import for_same_objects
from casekit.model.quiz import Quiz


def export_files(corpus: Corpus) -> dict[str, bytes]:
    """Every quiz's exports, keyed by their path under docs/."""
    files: dict[str, bytes] = {}
    for quiz in corpus.quizzes.values():
        files[f"exports/{quiz.slug}.gift"], files[f"exports/{quiz.slug}.qti.zip"] = _exports(quiz)
    return files


def _exports(quiz: Quiz) -> tuple[bytes, bytes]:
    """A pure function of the quiz: made once per version of it under `mkdocs serve` (casekit.model.memo)."""
    return for_same_objects("exports", (quiz,), None, _make_exports, quiz)


def _make_exports(quiz: Quiz) -> tuple[bytes, bytes]:
    return gift(quiz).encode("utf-8"), qti_package(quiz)
