"""Property-based fuzzing of the loaders: any bytes an author can save end in a model or in problems.

Four strategies of 2 500 examples each (10 000 in all): random bytes, random
text with control characters and mixed line endings, structured YAML of wrong
types and deep nesting, and valid files with one edit. Every run must end in a
loaded case or quiz, or in problems that name the file and a line; never an
exception. A loaded one is rendered, and its page must carry no script.
Longer run on demand: `FUZZ_EXAMPLES=50000 scripts/test tests/test_fuzz.py`.
"""
from __future__ import annotations

import os
import re
import tempfile
from dataclasses import replace
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casekit import load_corpus
from casekit.load.cases import load_cases
from casekit.load.crossrefs import check_corpus
from casekit.load.quizzes import load_quizzes
from casekit.pages.case_pages import case_page
from casekit.pages.quiz_pages import quiz_page
from casekit.problems import Problem
from tests.conftest import MINI

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "2500"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not os.environ.get("FUZZ_RANDOM"), database=None,
                suppress_health_check=list(HealthCheck))
BASE, BASE_PROBLEMS = load_corpus(MINI)
CASE = (MINI / "cases" / "tiles-redo.md").read_text(encoding="utf-8")
QUIZ = (MINI / "quizzes" / "basics.yml").read_text(encoding="utf-8")
PROJECT = Path(tempfile.mkdtemp(prefix="casekit-fuzz-"))
TAG = re.compile(r"<[a-zA-Z][^>]*>")
SCRIPT_IN_TAG = re.compile(r"^<script|\son[a-z]+\s*=|javascript:|^<(iframe|object|form|svg)", re.I)
FILES = {"case": "cases/fuzz.md", "quiz": "quizzes/fuzz.yml"}


def load_one(kind: str, data: bytes) -> list[Problem]:
    """Load one authored file beside the mini corpus; render it when it loads cleanly."""
    for folder in ("cases", "quizzes"):
        (PROJECT / folder).mkdir(exist_ok=True)
        for old in (PROJECT / folder).iterdir():
            old.unlink()
    (PROJECT / FILES[kind]).write_bytes(data)
    problems: list[Problem] = []
    cases, quizzes = load_cases(PROJECT, problems), load_quizzes(PROJECT, problems)
    corpus = replace(BASE, cases={**BASE.cases, **cases}, quizzes={**BASE.quizzes, **quizzes})
    check_corpus(corpus, problems)
    for problem in problems:
        assert problem.path == FILES[kind] and problem.line >= 1 and problem.message.strip(), problem
    if not problems:
        pages = [case_page(corpus, c) for c in cases.values()] + [quiz_page(corpus, q) for q in quizzes.values()]
        assert pages, "a file with no problem must give a case or a quiz"
        for text in pages:
            bad = [tag for tag in TAG.findall(text) if SCRIPT_IN_TAG.search(tag) and "quiz-question" not in tag
                   and not tag.startswith('<form class="case-guess" data-case-guess ')]
            assert bad == [], bad
    return problems


kinds = st.sampled_from(["case", "quiz"])
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=40))
yaml_values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)), max_leaves=30)
control_text = st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Z", "Cc"]), max_size=800)


def as_file(kind: str, text: str) -> bytes:
    return (f"---\n{text}\n---\n\n## Ситуация\n" if kind == "case" else text).encode("utf-8")


@FUZZ
@given(kinds, st.binary(max_size=1500))
def test_random_bytes(kind: str, data: bytes) -> None:
    load_one(kind, data)


@FUZZ
@given(kinds, control_text, st.sampled_from(["\n", "\r\n", "\r"]))
def test_random_text_with_control_characters_and_line_endings(kind: str, text: str, ending: str) -> None:
    load_one(kind, text.replace("\n", ending).encode("utf-8", "surrogatepass"))


@FUZZ
@given(kinds, yaml_values, st.integers(min_value=0, max_value=60))
def test_structured_yaml_of_wrong_types_and_deep_nesting(kind: str, value: object, depth: int) -> None:
    for _ in range(depth):
        value = [value] if depth % 2 else {"questions": value}
    load_one(kind, as_file(kind, yaml.safe_dump(value, allow_unicode=True)))


def _mutate(text: str, where: float, edit: int, payload: str) -> str:
    lines = text.split("\n")
    at = int(where * len(lines))
    if edit == 0:
        del lines[at:at + 1]
    elif edit == 1:
        lines.insert(at, payload)
    elif edit == 2 and at < len(lines):
        key = lines[at].split(":", 1)[0]
        lines[at] = f"{key}: {payload}"
    elif edit == 3:
        lines = lines[:at] + lines[at:at + 3] * 2 + lines[at + 3:]
    else:
        return text[: int(where * len(text))] + payload + text[int(where * len(text)):]
    return "\n".join(lines)


@FUZZ
@given(kinds, st.floats(min_value=0, max_value=0.999), st.integers(min_value=0, max_value=4),
       st.one_of(st.text(max_size=60), yaml_values.map(lambda v: yaml.safe_dump(v, default_flow_style=True).strip())))
def test_valid_files_with_one_edit(kind: str, where: float, edit: int, payload: str) -> None:
    load_one(kind, _mutate(CASE if kind == "case" else QUIZ, where, edit, payload).encode("utf-8", "surrogatepass"))


def test_the_unmutated_files_load_cleanly() -> None:
    """The mutations start from files that load: otherwise every example would only test errors."""
    assert BASE_PROBLEMS == []
    assert load_one("case", CASE.encode()) == [] and load_one("quiz", QUIZ.encode()) == []
