"""Re-scoring a decoded attempt against the current quizzes, the way the quiz page scores it.

Each answer is scored only if its question is still the one the trainee saw
(same id and version, by the code's tag); a question changed since then is
named and left out of the score, so an old code still says what it can.
"""
from __future__ import annotations

from dataclasses import dataclass

from casekit.model.corpus import Corpus
from casekit.model.quiz import Question, Quiz, question_version
from casekit.trainer.codes import Answer, Attempt, question_tag, quiz_hash


@dataclass(frozen=True)
class QuestionResult:
    """One shown question of an attempt."""

    place: int
    question: Question | None
    """The current question the answer was given to; None if it changed or is gone."""
    score: float | None
    """0 to 1; None when the question changed since the attempt."""


@dataclass(frozen=True)
class Verdict:
    """An attempt scored against the current quiz."""

    quiz: Quiz
    name: str
    time: str
    results: tuple[QuestionResult, ...]

    @property
    def scored(self) -> list[QuestionResult]:
        return [r for r in self.results if r.score is not None]

    @property
    def percent(self) -> float:
        scored = self.scored
        return 100 * sum(r.score or 0 for r in scored) / len(scored) if scored else 0.0

    @property
    def passed(self) -> bool:
        return bool(self.scored) and self.percent >= self.quiz.pass_mark - 1e-9

    def by_topic(self) -> dict[str, tuple[float, int]]:
        """Group and tactic slug -> (mean score 0..1, questions)."""
        sums: dict[str, list[float]] = {}
        for result in self.scored:
            question = result.question
            assert question is not None
            for slug in [question.group, *question.tactics]:
                if slug:
                    sums.setdefault(slug, []).append(result.score or 0)
        return {slug: (sum(scores) / len(scores), len(scores)) for slug, scores in sums.items()}


def find_quiz(corpus: Corpus, attempt: Attempt) -> Quiz | None:
    """The quiz whose slug hashes to the code's quiz number."""
    return next((quiz for quiz in corpus.quizzes.values() if quiz_hash(quiz.slug) == attempt.quiz_hash), None)


def tag_of(question: Question) -> int:
    return question_tag(question.id, question_version(question))


def verify(quiz: Quiz, attempt: Attempt) -> Verdict:
    """Score every answer whose question is unchanged; name the others."""
    results = []
    for answer in attempt.answers:
        question = _same_question(quiz, answer)
        results.append(QuestionResult(answer.place, question, score(question, answer.values) if question else None))
    return Verdict(quiz, attempt.name, attempt.time.strftime("%Y-%m-%d %H:00 UTC"), tuple(results))


def _same_question(quiz: Quiz, answer: Answer) -> Question | None:
    if answer.place < len(quiz.questions) and tag_of(quiz.questions[answer.place]) == answer.tag:
        return quiz.questions[answer.place]
    moved = [q for q in quiz.questions if tag_of(q) == answer.tag and q.type == answer.type]
    return moved[0] if len(moved) == 1 else None


def score(question: Question, values: tuple[int, ...]) -> float:
    """The share of the question earned by an answer, as quiz.js computes it."""
    if question.type in ("single", "multiple"):
        right = {i for i, option in enumerate(question.options) if option.correct}
        chosen = set(values)
        return max(0.0, (len(chosen & right) - len(chosen - right)) / len(right)) if right else 0.0
    if question.type == "order":
        return sum(1 for place, item in enumerate(values) if item == place) / len(question.items)
    return _scenario_score(question, values)


def _scenario_score(question: Question, path: tuple[int, ...]) -> float:
    by_id = {node.id: node for node in question.nodes}
    node, points = by_id.get(question.start or ""), 0
    for index in path:
        if node is None or index >= len(node.choices):
            return 0.0
        points += node.choices[index].points
        node = by_id.get(node.choices[index].next)
    if node is None or not node.is_ending:
        return 0.0
    return min(1.0, max(0.0, points / question.max_points)) if question.max_points > 0 else 1.0
