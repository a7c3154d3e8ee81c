"""Generation: a pure function from a Corpus to {path under docs/: page text}, one module per kind of page."""
from __future__ import annotations

from casekit.model.corpus import Corpus
from casekit.model.links import GENERATED_FOLDERS
from casekit.model.memo import for_same_objects
from casekit.model.quiz import Quiz
from casekit.pages.case_pages import case_page, cases_index
from casekit.pages.common import group_label
from casekit.pages.diagnosis_page import diagnosis_page
from casekit.pages.guide_pages import glossary_page, guide_page, guides_index, law_guide
from casekit.pages.key_pages import key_page
from casekit.pages.notes_pages import notes_index, notes_page
from casekit.pages.quiz_pages import quiz_page, quizzes_index
from casekit.pages.taxonomy_pages import (
    antipattern_page,
    antipatterns_index,
    group_page,
    groups_index,
    tactic_page,
    tactics_index,
)
from casekit.pages.trainer_pages import progress_page, trainer_data, trainer_page

__all__ = ["GENERATED_FOLDERS", "generate"]


def generate(corpus: Corpus) -> dict[str, str]:
    """Every generated page, keyed by its path under docs/."""
    pages = {
        "groups/index.md": groups_index(corpus),
        "tactics/index.md": tactics_index(corpus),
        "antipatterns/index.md": antipatterns_index(corpus),
        "cases/index.md": cases_index(corpus),
        "quizzes/index.md": quizzes_index(corpus),
        "guides/index.md": guides_index(corpus),
        "glossary/index.md": glossary_page(corpus),
        "trainer/index.md": trainer_page(corpus),
        "trainer/quizzes.json": for_same_objects("trainer data", tuple(corpus.quizzes.values()), _topics(corpus),
                                                 trainer_data, corpus),
        "progress/index.md": progress_page(corpus),
        "diagnosis/index.md": diagnosis_page(corpus),
    }
    pages.update({f"groups/{g.slug}.md": group_page(corpus, g) for g in corpus.groups.values()})
    pages.update({f"tactics/{t.slug}.md": tactic_page(corpus, t) for t in corpus.tactics.values()})
    pages.update({f"antipatterns/{a.slug}.md": antipattern_page(corpus, a) for a in corpus.antipatterns.values()})
    pages.update({f"cases/{c.slug}.md": case_page(corpus, c) for c in corpus.cases.values()})
    pages.update({f"trainer/cases/{c.slug}.md": notes_page(corpus, c) for c in corpus.cases.values()})
    pages["trainer/cases/index.md"] = notes_index(corpus)
    for quiz in corpus.quizzes.values():
        pages[f"quizzes/{quiz.slug}.md"], pages[f"quizzes/{quiz.slug}/key.md"] = for_same_objects(
            "quiz pages", (quiz,), _quiz_context(corpus, quiz), _quiz_pages, corpus, quiz)
    pages.update({f"guides/{g.slug}.md": guide_page(corpus, g) for g in corpus.guides.values()})
    if corpus.law:
        guide = law_guide(corpus)
        pages[f"guides/{guide.slug}.md"] = guide_page(corpus, guide)
    return pages


def _quiz_pages(corpus: Corpus, quiz: Quiz) -> tuple[str, str]:
    return quiz_page(corpus, quiz), key_page(corpus, quiz)


def _topics(corpus: Corpus) -> tuple[tuple[str, str], ...]:
    """What a quiz's pages show of the taxonomy: each group's label and each tactic's name, by slug."""
    return (*((g.slug, group_label(g)) for g in corpus.groups.values()), *((t.slug, t.name) for t in corpus.tactics.values()))


def _quiz_context(corpus: Corpus, quiz: Quiz) -> tuple[object, ...]:
    """All that a quiz page and its answer key read of the corpus besides the quiz: the taxonomy's names and the titles of its cases."""
    return (_topics(corpus), tuple((slug, corpus.cases[slug].title) for slug in quiz.cases() if slug in corpus.cases))
