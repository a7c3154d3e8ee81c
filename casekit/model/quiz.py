"""Quizzes: plain typed objects built from quizzes/<slug>.yml."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

from casekit.model.origin import Origin

QUESTION_TYPES = ("single", "multiple", "order", "scenario")
VERDICTS = {"good": "Удачный исход", "partial": "Половинчатый исход", "bad": "Неудачный исход"}
"""A scenario ending's verdict, with the Russian label shown to the trainee."""


@dataclass(frozen=True)
class Option:
    """An answer option of a single or multiple choice question."""

    text: str
    """Markdown."""
    correct: bool
    feedback: str
    """Markdown shown when the trainee chose this option: why it is right or wrong."""


@dataclass(frozen=True)
class Choice:
    """What the trainee can say at a scenario step."""

    text: str
    next: str
    """Id of the node it leads to."""
    consequence: str
    """Markdown: how the client reacts."""
    points: int
    """Added to the score when the trainee takes this choice."""


@dataclass(frozen=True)
class ScenarioNode:
    """A step of a branching dialogue, or one of its endings."""

    id: str
    situation: str | None
    """Markdown: what is going on."""
    client: str | None
    """The client's line."""
    choices: tuple[Choice, ...]
    """Empty for an ending."""
    verdict: str | None
    """For an ending: one of VERDICTS' keys."""
    debrief: str | None
    """For an ending: Markdown that explains the outcome."""

    @property
    def is_ending(self) -> bool:
        """An ending has a verdict and no choices."""
        return self.verdict is not None


@dataclass(frozen=True)
class Question:
    """One question of a quiz; which fields are used depends on `type`."""

    id: str
    """Stable within the quiz: stored answers and assignment links use it."""
    type: str
    prompt: str
    explanation: str | None
    case: str | None
    group: str | None
    """Own group, or the case's group (filled in after loading)."""
    tactics: tuple[str, ...]
    options: tuple[Option, ...] = ()
    items: tuple[str, ...] = ()
    """For `order`: the items in the right order."""
    start: str | None = None
    nodes: tuple[ScenarioNode, ...] = ()
    max_points: int = 0
    """For `scenario`: the most points any path can earn."""


@dataclass(frozen=True)
class Quiz:
    """A quiz, as authored in quizzes/<slug>.yml."""

    slug: str
    title: str
    description: str | None
    pass_mark: int
    """Percent needed to pass."""
    questions: tuple[Question, ...]
    origin: Origin
    markdown: tuple[tuple[int, str], ...]
    """(line, text) of every Markdown field, for link checks."""
    question_lines: tuple[Mapping[str, int], ...] = ()
    """For each question, the line of each of its keys ('' for where the question starts)."""

    def key_line(self, index: int, key: str) -> int:
        """Line of a question's key, or of the question when the key is absent."""
        lines = self.question_lines[index] if index < len(self.question_lines) else {}
        return lines.get(key, lines.get("", 1))

    def groups(self) -> list[str]:
        """Group slugs the questions cover, in first-seen order."""
        return list(dict.fromkeys(q.group for q in self.questions if q.group))

    def tactics(self) -> list[str]:
        """Tactic slugs the questions cover, in first-seen order."""
        return list(dict.fromkeys(t for q in self.questions for t in q.tactics))

    def cases(self) -> list[str]:
        """Case slugs the questions draw on."""
        return list(dict.fromkeys(q.case for q in self.questions if q.case))


@lru_cache(maxsize=8192)
def question_version(question: Question) -> str:
    """A fingerprint of a question's content: stored answers and result codes made for another
    version of the question are told apart by it.

    Cached: a generation asks it three times a question, and a question (a frozen
    dataclass) hashes far faster than it serializes."""
    return hashlib.sha1(json.dumps(question, default=lambda o: o.__dict__, ensure_ascii=False,
                                   sort_keys=True).encode("utf-8")).hexdigest()[:10]


def quiz_hash(slug: str) -> int:
    """20 bits that name a quiz in a result code."""
    return int(hashlib.sha1(slug.encode("utf-8")).hexdigest()[:5], 16)


def question_tag(question_id: str, version: str) -> int:
    """8 bits that name a question at one version in a result code."""
    return int(hashlib.sha1(f"{question_id}:{version}".encode("utf-8")).hexdigest()[:2], 16)
