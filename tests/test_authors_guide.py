"""The authors' guide shows complete examples: they must pass validation as written."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from casekit import load_corpus
from tests.conftest import ROOT

GUIDE = (ROOT / "docs" / "authors" / "index.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(yaml|markdown)\n(.*?)```", GUIDE, re.S)


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    for folder in ("taxonomy", "cases", "guides", "quizzes"):
        shutil.copytree(ROOT / folder, project / folder)
    return project


def test_every_question_example_is_a_valid_quiz(tmp_path: Path) -> None:
    questions = [body for kind, body in BLOCKS if kind == "yaml" and body.startswith("  - id:")]
    assert len(questions) == 4, "one example per question type"
    project = _project(tmp_path)
    (project / "quizzes" / "guide.yml").write_text("title: Пример\nquestions:\n" + "".join(questions), encoding="utf-8")
    corpus, problems = load_corpus(project)
    assert [str(p) for p in problems] == []
    assert [q.type for q in corpus.quizzes["guide"].questions] == ["single", "multiple", "order", "scenario"]


def test_the_case_example_is_a_valid_case(tmp_path: Path) -> None:
    example = next(body for kind, body in BLOCKS if kind == "markdown")
    project = _project(tmp_path)
    body = re.sub(r"^(## .+)$", r"\1\nТекст.", example, flags=re.M)
    (project / "cases" / "guide-example.md").write_text(body, encoding="utf-8")
    _, problems = load_corpus(project)
    assert [str(p) for p in problems] == []
