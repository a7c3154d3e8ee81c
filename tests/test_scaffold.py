"""`casekit new case|quiz <slug>`: a complete skeleton that builds as it is, never written over a file."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import yaml

from casekit.load.cases import OPTIONAL, REQUIRED, SECTIONS
from casekit.model.quiz import QUESTION_TYPES
from tests.conftest import ROOT, run_mkdocs


def casekit(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "casekit", "--root", str(project), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)


def _property_names(node: Any) -> set[str]:
    """Every key any object in a schema may have."""
    names: set[str] = set()
    if isinstance(node, dict):
        names |= set(node.get("properties", {})) if isinstance(node.get("properties"), dict) else set()
        for child in node.values():
            names |= _property_names(child)
    elif isinstance(node, list):
        for child in node:
            names |= _property_names(child)
    return names


def test_a_new_case_and_quiz_pass_check_and_build_strict(mini_project: Callable[..., Path]) -> None:
    project = mini_project()
    made = [casekit(project, "new", "case", "fresh-case"), casekit(project, "new", "quiz", "fresh-quiz")]
    assert [r.returncode for r in made] == [0, 0], [r.stderr for r in made]
    assert "created cases/fresh-case.md" in made[0].stdout
    checked = casekit(project, "check", "--schemas")
    assert checked.returncode == 0, checked.stderr
    assert "3 cases" in checked.stdout and "2 quizzes" in checked.stdout
    built = run_mkdocs(project, "--site-dir", str(project / "site"))
    assert built.returncode == 0, built.stdout + built.stderr
    case_page = (project / "site" / "cases" / "fresh-case" / "index.html").read_text(encoding="utf-8")
    headings = re.findall(r"<h2[^>]*>([^<]+)", case_page)
    assert headings.index("Ваша версия") == SECTIONS.index("Что сделали"), "the guess comes before what was done"
    assert [h for h in headings if h != "Ваша версия"][:len(SECTIONS)] == list(SECTIONS)
    quiz_page = (project / "site" / "quizzes" / "fresh-quiz" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'data-type="([a-z]+)"', quiz_page) == list(QUESTION_TYPES)


def test_the_case_skeleton_has_every_key_with_a_comment_and_the_six_sections(mini_project: Callable[..., Path]) -> None:
    project = mini_project()
    assert casekit(project, "new", "case", "fresh-case").returncode == 0
    text = (project / "cases" / "fresh-case.md").read_text(encoding="utf-8")
    front, body = text.split("---\n")[1], text.split("---\n", 2)[2]
    assert sorted(yaml.safe_load(front)) == sorted([*REQUIRED, *OPTIONAL])
    for line in front.splitlines():
        assert line.startswith("#") or " # " in line, f"no comment on {line!r}"
    assert re.findall(r"^## (.+)$", body, re.M) == list(SECTIONS)


def test_the_quiz_skeleton_has_one_question_of_each_type_every_key_and_the_schema_line(mini_project: Callable[..., Path]) -> None:
    project = mini_project()
    assert casekit(project, "new", "quiz", "fresh-quiz").returncode == 0
    file = project / "quizzes" / "fresh-quiz.yml"
    text = file.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schemas/quiz.schema.json"
    assert (ROOT / "quizzes" / first.split("$schema=")[1]).resolve() == ROOT / "schemas" / "quiz.schema.json"
    quiz = yaml.safe_load(text)
    assert [q["type"] for q in quiz["questions"]] == list(QUESTION_TYPES)
    schema = json.loads((ROOT / "schemas" / "quiz.schema.json").read_text(encoding="utf-8"))
    written = set(re.findall(r"^\s*(?:- )?([a-z_]+):", text, re.M))
    assert written == _property_names(schema), "every key the quiz format has, and no other"
    commented = {key for key in written if re.search(rf"^\s*(?:- )?{key}:.*#", text, re.M)}
    assert commented == written, "each key has a comment where it first appears"


def test_an_existing_file_is_never_overwritten(mini_project: Callable[..., Path]) -> None:
    project = mini_project({"quizzes/taken.yaml": "title: Мой квиз\n"})
    original = (project / "cases" / "tiles-redo.md").read_bytes()
    for kind, slug, existing in (("case", "tiles-redo", "cases/tiles-redo.md"), ("quiz", "basics", "quizzes/basics.yml"),
                                 ("quiz", "taken", "quizzes/taken.yaml")):
        before = (project / existing).read_bytes()
        result = casekit(project, "new", kind, slug)
        assert result.returncode != 0
        assert f"{existing} already exists; it was left unchanged" in result.stderr
        assert (project / existing).read_bytes() == before
    assert (project / "cases" / "tiles-redo.md").read_bytes() == original
    assert not (project / "quizzes" / "taken.yml").exists()


def test_a_bad_slug_is_refused_and_nothing_is_written(mini_project: Callable[..., Path]) -> None:
    project = mini_project()
    before = sorted(p.name for p in (project / "cases").iterdir())
    for slug in ("Bad_Slug", "hotel late", "lead-", "новый-кейс", "../escape"):
        result = casekit(project, "new", "case", slug)
        assert result.returncode == 2, slug
        assert f"bad slug '{slug}'" in result.stderr
    assert sorted(p.name for p in (project / "cases").iterdir()) == before
    assert not (project / "escape.md").exists()
