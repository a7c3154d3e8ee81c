"""Many codes at once: each trainee's result, and the group's averages by client group and tactic."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from casekit.model.corpus import Corpus
from casekit.trainer.codes import CodeError, decode
from casekit.trainer.scoring import Verdict, find_quiz, verify


@dataclass(frozen=True)
class Row:
    """One pasted code: verified, or why it could not be."""

    code: str
    verdict: Verdict | None
    error: str | None


def read_codes(corpus: Corpus, codes: list[str]) -> list[Row]:
    """Decode and verify every non-empty line."""
    rows = []
    for code in (c.strip() for c in codes):
        if not code:
            continue
        try:
            attempt = decode(code)
        except CodeError as error:
            rows.append(Row(code, None, f"код не читается: {error}"))
            continue
        quiz = find_quiz(corpus, attempt)
        if quiz is None:
            rows.append(Row(code, None, "квиза из этого кода на сайте нет"))
            continue
        rows.append(Row(code, verify(quiz, attempt), None))
    return rows


def averages(rows: list[Row]) -> dict[str, tuple[float, int]]:
    """Topic slug -> (mean score over trainees 0..1, number of trainees with questions on it)."""
    per_topic: dict[str, list[float]] = {}
    for row in rows:
        if row.verdict:
            for slug, (mean, _) in row.verdict.by_topic().items():
                per_topic.setdefault(slug, []).append(mean)
    return {slug: (sum(means) / len(means), len(means)) for slug, means in per_topic.items()}


def topic_name(corpus: Corpus, slug: str) -> str:
    if slug in corpus.groups:
        group = corpus.groups[slug]
        return f"Группа {group.number} · {group.name}"
    return corpus.tactics[slug].name if slug in corpus.tactics else slug


def cohort_csv(corpus: Corpus, rows: list[Row]) -> str:
    """One line per code: name, quiz, time, score, status; then the averages by topic."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["имя", "квиз", "время", "результат, %", "статус", "не засчитано (вопрос изменился)"])
    for row in rows:
        if row.verdict is None:
            writer.writerow(["", "", "", "", row.error, ""])
            continue
        v = row.verdict
        changed = len(v.results) - len(v.scored)
        writer.writerow([v.name, v.quiz.slug, v.time, f"{v.percent:.0f}", "сдал" if v.passed else "не сдал", changed])
    writer.writerow([])
    writer.writerow(["тема", "средний результат, %", "участников"])
    for slug, (mean, n) in sorted(averages(rows).items(), key=lambda item: item[1][0]):
        writer.writerow([topic_name(corpus, slug), f"{100 * mean:.0f}", n])
    return out.getvalue()
