"""Plain-text reports of verified codes for `python -m casekit verify`."""
from __future__ import annotations

from casekit.model.corpus import Corpus
from casekit.trainer.cohort import Row, averages, topic_name
from casekit.trainer.scoring import Verdict


def attempt_report(verdict: Verdict) -> str:
    """The quiz, the name, each question right or wrong, the score and whether it passed."""
    lines = [f"Квиз: {verdict.quiz.title} ({verdict.quiz.slug})", f"Имя: {verdict.name or '—'}", f"Время: {verdict.time}"]
    for number, result in enumerate(verdict.results, start=1):
        if result.question is None:
            lines.append(f"  {number}. вопрос №{result.place + 1} квиза изменился после попытки: не засчитан")
        else:
            mark = "верно" if result.score == 1 else "неверно" if result.score == 0 else f"частично ({100 * (result.score or 0):.0f} %)"
            lines.append(f"  {number}. {result.question.id}: {mark}")
    status = "сдан" if verdict.passed else "не сдан"
    lines.append(f"Результат: {verdict.percent:.0f} % при проходном балле {verdict.quiz.pass_mark} % — {status}")
    return "\n".join(lines)


def cohort_report(corpus: Corpus, rows: list[Row]) -> str:
    """Each trainee's score and status, then the averages by group and tactic, weakest first."""
    lines = ["Имя | Квиз | Результат | Статус"]
    for row in rows:
        if row.verdict is None:
            lines.append(f"{row.code[:24]}… | — | — | {row.error}")
        else:
            v = row.verdict
            lines.append(f"{v.name or '—'} | {v.quiz.slug} | {v.percent:.0f} % | {'сдал' if v.passed else 'не сдал'}")
    lines.append("")
    lines.append("Средний результат группы по темам (слабые сначала):")
    for slug, (mean, n) in sorted(averages(rows).items(), key=lambda item: item[1][0]):
        lines.append(f"  {topic_name(corpus, slug)}: {100 * mean:.0f} % ({n})")
    return "\n".join(lines)
