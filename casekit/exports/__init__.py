"""Exports for the LMS a company already runs: Moodle GIFT and an IMS QTI 2.1 package per quiz."""
from __future__ import annotations

from casekit.exports.gift import gift
from casekit.exports.qti import qti_package
from casekit.model.corpus import Corpus


def export_files(corpus: Corpus) -> dict[str, bytes]:
    """Every quiz's exports, keyed by their path under docs/."""
    files: dict[str, bytes] = {}
    for quiz in corpus.quizzes.values():
        files[f"exports/{quiz.slug}.gift"] = gift(quiz).encode("utf-8")
        files[f"exports/{quiz.slug}.qti.zip"] = qti_package(quiz)
    return files
