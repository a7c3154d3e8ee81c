"""The curriculum's promises: enough cases and quizzes, covering the whole model, in our own words."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter

import pytest

from casekit import load_corpus
from tests.conftest import ROOT

CORPUS, PROBLEMS = load_corpus(ROOT)
SEED_OVERLAP = ROOT.parent / "shared" / "tools" / "seed_overlap.py"
SEEDS = ("000_e79e83ed7a2b3473.txt", "001_f7eb89c4917e3eca.txt", "002_b5a434e20b30fb59.txt",
         "004_9a45825b65eb522a.txt")


def words(text: str) -> int:
    return len(re.findall(r"[0-9A-Za-zА-Яа-яЁё]+", re.sub(r"\]\([^)]*\)", "]", text)))


def test_at_least_36_cases_and_10_per_group() -> None:
    assert PROBLEMS == []
    assert len(CORPUS.cases) >= 36
    for group in CORPUS.groups:
        assert len(CORPUS.cases_of_group(group)) >= 10, group


def test_every_case_has_at_least_300_words() -> None:
    short = {slug: words(case.body) for slug, case in CORPUS.cases.items() if words(case.body) < 300}
    assert short == {}


def test_every_tactic_is_shown_with_every_group_it_applies_to_in_3_cases() -> None:
    thin = {(t.slug, g): n for t in CORPUS.tactics.values() for g in t.groups
            if (n := sum(1 for c in CORPUS.cases_with_tactic(t.slug) if c.group == g)) < 3}
    assert thin == {}


def test_every_antipattern_appears_in_4_cases() -> None:
    counts = {a: len(CORPUS.cases_with_antipattern(a)) for a in CORPUS.antipatterns}
    assert min(counts.values()) >= 4, counts


def test_industries_faults_and_sources() -> None:
    assert len({c.industry for c in CORPUS.cases.values() if c.industry}) >= 15
    faults = Counter(c.fault for c in CORPUS.cases.values())
    assert faults["company"] >= 8 and faults["client"] >= 8 and faults["both"] >= 1
    sources = {c.source for c in CORPUS.cases.values()}
    assert set(SEEDS) <= sources
    assert sum(1 for c in CORPUS.cases.values() if c.source == SEEDS[3]) >= 2, "both stories of seed 004"


def test_at_least_10_quizzes_120_questions_and_6_scenarios() -> None:
    questions = [q for quiz in CORPUS.quizzes.values() for q in quiz.questions]
    types = Counter(q.type for q in questions)
    assert len(CORPUS.quizzes) >= 10
    assert len(questions) >= 120
    assert types["scenario"] >= 6
    assert all(types[t] > 0 for t in ("single", "multiple", "order"))


@pytest.mark.skipif(not SEED_OVERLAP.exists() and not os.environ.get("CI"),
                    reason="the seed texts live in ../shared, outside a fork")
def test_no_text_is_copied_from_the_seeds() -> None:
    result = subprocess.run([sys.executable, str(SEED_OVERLAP), str(ROOT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]
    assert result.stdout.strip().endswith("0 runs of 8 words shared with the seeds")


def test_every_case_is_tested_by_a_question() -> None:
    tested = {q.case for quiz in CORPUS.quizzes.values() for q in quiz.questions}
    assert sorted(set(CORPUS.cases) - tested) == []


def test_the_learning_path_links_every_guide() -> None:
    path = (ROOT / "docs" / "path" / "index.md").read_text(encoding="utf-8")
    assert sorted(g for g in CORPUS.guides if f"guides/{g}.md" not in path) == []


def test_no_article_is_cited_outside_the_law_registry() -> None:
    loose = [str(p) for p in PROBLEMS if "article reference" in p.message]
    assert loose == []
    assert len(CORPUS.law) >= 30


def test_every_discussion_question_has_a_trainer_note() -> None:
    assert [str(w) for w in CORPUS.warnings] == []
    assert sum(len(case.discussion) for case in CORPUS.cases.values()) >= 120
