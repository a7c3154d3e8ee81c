"""Exports for the LMS a company already runs: Moodle GIFT and an IMS QTI 2.1 package per quiz."""
from __future__ import annotations

import hashlib

from casekit.exports.gift import gift
from casekit.exports.qti import qti_package
from casekit.model.corpus import Corpus
from casekit.model.quiz import Quiz

_made: dict[str, tuple[bytes, bytes]] = {}
"""A quiz's exports by the hash of the quiz, for the life of the process (`mkdocs serve` rebuilds)."""


def export_files(corpus: Corpus) -> dict[str, bytes]:
    """Every quiz's exports, keyed by their path under docs/."""
    files: dict[str, bytes] = {}
    for quiz in corpus.quizzes.values():
        files[f"exports/{quiz.slug}.gift"], files[f"exports/{quiz.slug}.qti.zip"] = _exports(quiz)
    return files


def _exports(quiz: Quiz) -> tuple[bytes, bytes]:
    """A pure function of the quiz (frozen, so its repr is all it holds): made once per version."""
    key = hashlib.blake2b(repr(quiz).encode("utf-8"), digest_size=16).hexdigest()
    if key not in _made:
        if len(_made) > 10_000:
            _made.clear()
        _made[key] = (gift(quiz).encode("utf-8"), qti_package(quiz))
    return _made[key]
