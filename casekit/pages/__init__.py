"""Generation: a pure function from a Corpus to {path under docs/: page text}, one module per kind of page."""
from __future__ import annotations

from casekit.model.corpus import Corpus
from casekit.pages.case_pages import case_page, cases_index
from casekit.pages.quiz_pages import quiz_page, quizzes_index
from casekit.pages.taxonomy_pages import (
    antipattern_page,
    antipatterns_index,
    group_page,
    groups_index,
    tactic_page,
    tactics_index,
)

GENERATED_FOLDERS = ("groups", "tactics", "antipatterns", "cases", "quizzes")
"""Folders under docs/ that belong to the generator: anything else in them is removed."""


def generate(corpus: Corpus) -> dict[str, str]:
    """Every generated page, keyed by its path under docs/."""
    pages = {
        "groups/index.md": groups_index(corpus),
        "tactics/index.md": tactics_index(corpus),
        "antipatterns/index.md": antipatterns_index(corpus),
        "cases/index.md": cases_index(corpus),
        "quizzes/index.md": quizzes_index(corpus),
    }
    pages.update({f"groups/{g.slug}.md": group_page(corpus, g) for g in corpus.groups.values()})
    pages.update({f"tactics/{t.slug}.md": tactic_page(corpus, t) for t in corpus.tactics.values()})
    pages.update({f"antipatterns/{a.slug}.md": antipattern_page(corpus, a) for a in corpus.antipatterns.values()})
    pages.update({f"cases/{c.slug}.md": case_page(corpus, c) for c in corpus.cases.values()})
    pages.update({f"quizzes/{q.slug}.md": quiz_page(corpus, q) for q in corpus.quizzes.values()})
    return pages
