"""Moodle GIFT: single and multiple choice questions with every option's feedback.

Moodle (question/format/gift/format.php) reads `::title::text {answers}`;
`=` marks the right answer, `~` a wrong one, `#` an answer's feedback and
`####` the general feedback; a multiple-answer question has no `=` and a
`%weight%` on every answer, from Moodle's list of grades. `~ = # { } :` and
`\\` are escaped everywhere (the reference parser rejects a bare `:`, URLs
included). Order and scenario questions have no GIFT form: a comment says so.
Every text is one line, so no line can start with `//` (a GIFT comment).
"""
from __future__ import annotations

import re

from casekit.exports.text import plain_text
from casekit.model.quiz import Question, Quiz

GRADES = (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5,
          11.11111, 10, 5)
"""Moodle's allowed fractions, in percent (question/format/gift: get_grade_options)."""
_SPECIAL = re.compile(r"([\\~=#{}:])")


def escape(text: str | None) -> str:
    """Plain text with every GIFT special character escaped."""
    return _SPECIAL.sub(r"\\\1", plain_text(text))


def weight(share: float) -> str:
    """The nearest Moodle grade to share (percent), as GIFT writes it."""
    grade = min(GRADES, key=lambda g: abs(g - abs(share)))
    text = f"{grade:.5f}".rstrip("0").rstrip(".")
    return f"-{text}" if share < 0 else text


def _answers(question: Question) -> list[str]:
    right = sum(option.correct for option in question.options)
    lines = []
    for option in question.options:
        if question.type == "single":
            mark = "=" if option.correct else "~"
        else:
            mark = f"~%{weight(100 / right if option.correct else -100 / right)}%"
        lines.append(f"\t{mark}{escape(option.text)} #{escape(option.feedback)}")
    return lines


def gift_question(quiz: Quiz, question: Question) -> str:
    """One question in GIFT, or a comment for a type GIFT cannot hold."""
    if question.type not in ("single", "multiple"):
        return f"// {question.id}: вопрос типа «{question.type}» в GIFT не переносится, он есть только на сайте\n"
    lines = [f"::{escape(quiz.slug)} {escape(question.id)}::{escape(question.prompt)} {{", *_answers(question)]
    if question.explanation:
        lines.append(f"\t####{escape(question.explanation)}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def gift(quiz: Quiz) -> str:
    """The whole quiz, questions separated by blank lines."""
    head = f"// {plain_text(quiz.title)} ({quiz.slug}): экспорт с сайта «Трудный клиент»\n$CATEGORY: {quiz.slug}\n"
    return "\n".join([head, *(gift_question(quiz, q) for q in quiz.questions)])
