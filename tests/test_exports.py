"""LMS exports read back: GIFT by the reference parser gift-pegjs, QTI as well-formed QTI 2.1 items."""
from __future__ import annotations

import io
import json
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from casekit import load_corpus
from casekit.exports import export_files
from casekit.exports.gift import gift
from casekit.exports.qti import qti_package
from casekit.exports.text import plain_text
from casekit.model.quiz import Option
from tests.conftest import MINI, ROOT

CORPUS, _ = load_corpus(ROOT)
QTI = "{http://www.imsglobal.org/xsd/imsqti_v2p1}"
CP = "{http://www.imsglobal.org/xsd/imscp_v1p1}"


def parse_gift(tmp_path: Path, texts: dict[str, str]) -> dict[str, list[dict]]:
    for name, text in texts.items():
        (tmp_path / f"{name}.gift").write_text(text, encoding="utf-8")
    files = [str(tmp_path / f"{name}.gift") for name in texts]
    result = subprocess.run(["node", str(ROOT / "tests" / "gift_parse.mjs"), *files], capture_output=True, text=True,
                            timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    return dict(zip(texts, json.loads(result.stdout), strict=True))


def test_every_quiz_parses_with_its_questions_answers_and_feedback(tmp_path: Path) -> None:
    parsed = parse_gift(tmp_path, {slug: gift(quiz) for slug, quiz in CORPUS.quizzes.items()})
    for slug, quiz in CORPUS.quizzes.items():
        questions = [q for q in parsed[slug] if q["type"] != "Category"]
        expected = [q for q in quiz.questions if q.type in ("single", "multiple")]
        assert len(questions) == len(expected), slug
        for read, question in zip(questions, expected, strict=True):
            assert read["title"] == f"{slug} {question.id}"
            assert read["stem"]["text"] == plain_text(question.prompt)
            right = [plain_text(o.text) for o in question.options if o.correct]
            if question.type == "single":
                assert [c["text"]["text"] for c in read["choices"] if c["isCorrect"]] == right
            else:
                assert [c["text"]["text"] for c in read["choices"] if (c["weight"] or 0) > 0] == right
                assert sum(c["weight"] for c in read["choices"] if c["weight"] > 0) == pytest.approx(100, abs=0.01)
            assert [c["feedback"]["text"] for c in read["choices"]] == [plain_text(o.feedback) for o in question.options]
            if question.explanation:
                assert read["globalFeedback"]["text"] == plain_text(question.explanation)


def test_special_characters_and_urls_survive_the_round_trip(tmp_path: Path) -> None:
    mini, _ = load_corpus(MINI)
    quiz = mini.quizzes["basics"]
    tricky = "Сумма: 50 % {скидка} = ~много #1 \\ см. https://example.org/a:b"
    first = replace(quiz.questions[0], prompt=tricky, options=(
        Option("Да: вернуть {всё}", True, "Верно: ~ = # \\"), Option("Нет", False, "// не комментарий")))
    text = gift(replace(quiz, questions=(first,)))
    assert not any(line.startswith("//") for line in text.splitlines()[2:])
    read = [q for q in parse_gift(tmp_path, {"t": text})["t"] if q["type"] != "Category"][0]
    assert read["stem"]["text"] == tricky
    assert [c["text"]["text"] for c in read["choices"]] == ["Да: вернуть {всё}", "Нет"]
    assert [c["feedback"]["text"] for c in read["choices"]] == ["Верно: ~ = # \\", "// не комментарий"]


def test_types_gift_cannot_hold_are_left_out_with_a_comment() -> None:
    text = gift(CORPUS.quizzes["final-exam"])
    for question in CORPUS.quizzes["final-exam"].questions:
        if question.type in ("order", "scenario"):
            assert f"// {question.id}: вопрос типа «{question.type}» в GIFT не переносится" in text


def test_every_qti_package_holds_well_formed_items() -> None:
    for slug, quiz in CORPUS.quizzes.items():
        package = zipfile.ZipFile(io.BytesIO(qti_package(quiz)))
        manifest = ET.fromstring(package.read("imsmanifest.xml"))
        resources = manifest.findall(f"{CP}resources/{CP}resource")
        exportable = [q for q in quiz.questions if q.type in ("single", "multiple", "order")]
        assert len(resources) == len(exportable), slug
        for resource, question in zip(resources, exportable, strict=True):
            assert resource.get("type") == "imsqti_item_xmlv2p1"
            item = ET.fromstring(package.read(resource.get("href")))
            assert item.tag == f"{QTI}assessmentItem"
            assert {"identifier", "title", "adaptive", "timeDependent"} <= set(item.attrib)
            declaration = item.find(f"{QTI}responseDeclaration")
            values = [v.text for v in declaration.findall(f"{QTI}correctResponse/{QTI}value")]
            interaction = "orderInteraction" if question.type == "order" else "choiceInteraction"
            body = item.find(f"{QTI}itemBody/{QTI}{interaction}")
            assert body is not None and item.find(f"{QTI}responseProcessing") is not None
            if question.type == "order":
                assert declaration.get("cardinality") == "ordered"
                assert values == [f"ITEM{i}" for i in range(len(question.items))]
            else:
                assert values == [f"CHOICE{i}" for i, o in enumerate(question.options) if o.correct]
                assert body.get("maxChoices") == ("1" if question.type == "single" else "0")
                assert len(body.findall(f"{QTI}simpleChoice/{QTI}feedbackInline")) == len(question.options)


def test_exports_are_deterministic_and_built_with_the_site(real_site: Path) -> None:
    assert export_files(CORPUS) == export_files(load_corpus(ROOT)[0])
    for slug in CORPUS.quizzes:
        assert (real_site / "exports" / f"{slug}.gift").stat().st_size > 100
        assert zipfile.is_zipfile(real_site / "exports" / f"{slug}.qti.zip")
    page = (real_site / "quizzes" / "final-exam" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../exports/final-exam.gift"' in page and 'href="../../exports/final-exam.qti.zip"' in page
