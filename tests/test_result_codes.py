"""Result codes: the same in the browser and in Python, typos caught, old versions detected, cohorts."""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from casekit import load_corpus
from casekit.model.quiz import question_version
from casekit.trainer.codes import Answer, Attempt, CodeError, decode, encode, question_tag, quiz_hash
from casekit.trainer.scoring import verify
from tests.conftest import MINI, ROOT

VECTORS = json.loads((ROOT / "tests" / "fixtures" / "result_codes.json").read_text(encoding="utf-8"))["vectors"]
CORPUS, _ = load_corpus(MINI)
BASICS = CORPUS.quizzes["basics"]


def attempt_of(vector: dict) -> Attempt:
    answers = tuple(Answer(a["tag"], a["place"], a["type"], tuple(a["values"])) for a in vector["answers"])
    return Attempt(vector["quizHash"], vector["hours"], vector["name"], answers)


@pytest.mark.parametrize("vector", VECTORS, ids=[v["about"] for v in VECTORS])
def test_python_writes_and_reads_the_shared_vectors(vector: dict) -> None:
    assert encode(attempt_of(vector), vector["questionCount"]) == vector["code"]
    decoded = decode(vector["code"].lower().replace("-", " "))
    assert decoded.answers == attempt_of(vector).answers and decoded.quiz_hash == vector["quizHash"]


def test_the_browser_module_writes_and_reads_the_same_codes() -> None:
    result = subprocess.run(["node", str(ROOT / "tests" / "code_vectors.mjs")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    for vector, got in zip(VECTORS, json.loads(result.stdout), strict=True):
        assert got["encoded"] == vector["code"]
        assert got["decoded"]["answers"] == vector["answers"]
        assert got["decoded"]["hours"] == vector["hours"]
        assert got["decoded"]["name"] == decode(vector["code"]).name
        assert got["typo"] and "контрольная сумма" in got["typo"]


def test_a_mistyped_or_cut_code_is_caught() -> None:
    code = VECTORS[0]["code"]
    for broken in (code.replace(code[5], "Z" if code[5] != "Z" else "Y", 1), code[:-5], code + "0"):
        with pytest.raises(CodeError):
            decode(broken)


def _basics_code(answers: list[tuple[int, tuple[int, ...]]], name: str = "Ольга") -> str:
    parts = tuple(Answer(question_tag(BASICS.questions[p].id, question_version(BASICS.questions[p])), p,
                         BASICS.questions[p].type, values) for p, values in answers)
    return encode(Attempt(quiz_hash("basics"), 8000, name, parts), len(BASICS.questions))


def test_a_code_is_rescored_against_the_current_quiz() -> None:
    code = _basics_code([(0, (0,)), (1, (0,)), (2, (0, 1, 2)), (3, (0,))])
    verdict = verify(BASICS, decode(code))
    assert [r.score for r in verdict.results] == [1.0, 0.5, 1.0, 1.0]
    assert verdict.name == "Ольга" and round(verdict.percent) == 88 and verdict.passed


def test_a_code_for_an_earlier_version_names_the_changed_question_and_scores_the_rest() -> None:
    code = _basics_code([(0, (0,)), (2, (0, 1, 2))])
    changed = replace(BASICS.questions[0], prompt="Новая формулировка вопроса.")
    newer = replace(BASICS, questions=(changed, *BASICS.questions[1:]))
    verdict = verify(newer, decode(code))
    assert verdict.results[0].question is None and verdict.results[0].place == 0
    assert verdict.results[1].score == 1.0 and verdict.percent == 100


def test_verify_on_the_command_line_prints_the_score_and_a_cohort(tmp_path: Path) -> None:
    codes = [_basics_code([(0, (0,)), (1, (0, 1)), (2, (0, 1, 2)), (3, (0,))], "Анна"),
             _basics_code([(0, (1,)), (1, (2,)), (2, (2, 1, 0)), (3, (1, 1))], "Борис"),
             "3XDD-80FM-0PD3-0000"]
    (tmp_path / "codes.txt").write_text("\n".join(codes), encoding="utf-8")
    command = [sys.executable, "-m", "casekit", "--root", str(MINI), "verify", "--file", str(tmp_path / "codes.txt")]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 1, "one code is unreadable"
    assert "Имя: Анна" in result.stdout and "Результат: 100 % при проходном балле 75 % — сдан" in result.stdout
    assert "Имя: Борис" in result.stdout and "— не сдан" in result.stdout
    assert "код не читается: контрольная сумма не сходится" in result.stdout
    assert "Средний результат группы по темам" in result.stdout and "Группа 2 · Торгующиеся" in result.stdout
    csv_out = subprocess.run(command + ["--csv"], capture_output=True, text=True).stdout
    assert csv_out.splitlines()[0].startswith("имя,квиз,время")
    assert "Анна,basics," in csv_out and ",сдал," in csv_out
