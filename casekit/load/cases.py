"""Loading case studies from cases/<slug>.md."""
from __future__ import annotations

from pathlib import Path

from casekit.load.discussion import NOTES, split_discussion
from casekit.load.documents import check_sections, read_document
from casekit.load.source import by_content
from casekit.model.corpus import FAULTS, Case
from casekit.problems import Problem

REQUIRED = ("title", "summary", "group", "tactics")
OPTIONAL = ("antipatterns", "industry", "outcome", "fault", "related", "source")
SECTIONS = ("Ситуация", "Сигналы клиента", "Что сделали", "Итог", "Разбор", "Вопросы для обсуждения")


def load_cases(root: Path, problems: list[Problem]) -> dict[str, Case]:
    """Every case in cases/, by slug; slugs are checked against the taxonomy later."""
    cases: dict[str, Case] = {}
    for file in sorted((root / "cases").glob("*.md")):
        case = _load_case(root, file, problems)
        if case is not None:
            cases[case.slug] = case
    return cases


@by_content
def _load_case(root: Path, file: Path, problems: list[Problem]) -> Case | None:
    authored = read_document(root, file, REQUIRED, OPTIONAL, problems)
    if authored is None:
        return None
    check_sections(authored.document, SECTIONS, problems, optional=(NOTES,))
    f = authored.fields
    title, summary, group = f.text("title"), f.text("summary"), f.text("group")
    tactics = f.slugs("tactics", "tactic")
    if tactics == ():
        f.report(f.line("tactics"), "'tactics' is empty: name at least one tactic slug")
    antipatterns = f.slugs("antipatterns", "anti-pattern") or ()
    related = f.slugs("related", "case") or ()
    industry, outcome, source = f.text("industry"), f.text("outcome"), f.text("source")
    fault = f.choice("fault", FAULTS)
    if title is None or summary is None or group is None:
        return None
    discussion = split_discussion(authored.document.body)
    first = authored.document.body_line
    return Case(
        authored.slug, title, summary, group, tactics or (), antipatterns, industry, outcome, fault,
        related, source, discussion.body, authored.origin(), discussion.questions, discussion.notes,
        tuple(first + line for line in discussion.lines), discussion.section, first + discussion.section_line,
    )
