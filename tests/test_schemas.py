"""The JSON Schemas in schemas/ stay in step with the validator: both accept and refuse the same files.

An editor shows the schemas while an author types; `casekit check` decides. Each
bad example below is a small edit of a valid mini project, and both must refuse
it; each good one both must accept. What only `casekit check` can see (other
files, the body, a scenario's graph) is listed in VALIDATOR_ONLY, so that the
boundary is written down: a schema that learns one moves it to BAD.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft7Validator

from casekit.authoring.schemas import KINDS, check_schemas
from casekit.load import cases as case_loader
from casekit.load import quizzes as quiz_loader
from casekit.load import scenario as scenario_loader
from casekit.load.corpus import load_corpus
from casekit.load.source import SLUG
from casekit.model.corpus import FAULTS
from casekit.model.quiz import QUESTION_TYPES, VERDICTS
from tests.conftest import MINI, ROOT

SCHEMAS = ROOT / "schemas"
CASE, GROUP, TACTIC = "cases/tiles-redo.md", "taxonomy/groups/bargainers.md", "taxonomy/tactics/return-to-start.md"
ANTIPATTERN, QUIZ, GUIDE, GLOSSARY = "taxonomy/antipatterns/ignore.md", "quizzes/basics.yml", "guides/first-call.md", "taxonomy/glossary.yml"
LAW = "taxonomy/law.yml"
EXTRA = {
    GUIDE: "---\ntitle: Первый звонок\nsummary: Что сказать в первую минуту.\n---\n## Зачем\nТекст.\n",
    GLOSSARY: "terms:\n  - id: neustoyka\n    term: Неустойка\n    definition: Деньги за просрочку.\n"
              "    law: \"[ст. 330 ГК РФ](law:contract-penalty)\"\n",
    LAW: "rules:\n  - id: contract-penalty\n    title: Неустойка по договору\n    rule: Размер задаёт договор.\n"
         "    conditions: Для потребителя закон задаёт её сам.\n    articles: [\"ст. 330 ГК РФ\"]\n    scope: b2b\n"
         "    checked: 2026-12-06\n",
}


def schema(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return loaded


def project(tmp_path: Path, edits: list[tuple[str, str, str]] | None = None) -> Path:
    """The mini fixture plus a guide and a glossary, with each (file, old, new) replacement made once (old '*': the whole file)."""
    root = tmp_path / "project"
    shutil.copytree(MINI, root)
    for relative, text in EXTRA.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(text, encoding="utf-8")
    for relative, old, new in edits or []:
        file = root / relative
        text = file.read_text(encoding="utf-8")
        assert old == "*" or old in text, f"{relative} has no {old!r}"
        file.write_text(new if old == "*" else text.replace(old, new, 1), encoding="utf-8")
    return root


def verdicts(root: Path, relative: str | None) -> tuple[list[str], list[str]]:
    """(the validator's problems, the schema's problems) in one file, or in all for None."""
    _, problems = load_corpus(root)
    return ([str(p) for p in problems if relative in (None, p.path)],
            [str(p) for p in check_schemas(root, SCHEMAS) if relative in (None, p.path)])


# --- every schema is a schema, and both accept the real corpus and the mini fixture ---

@pytest.mark.parametrize("name", sorted(p.name for p in SCHEMAS.glob("*.json")))
def test_each_schema_is_a_valid_draft_7_schema(name: str) -> None:
    Draft7Validator.check_schema(schema(name))


def test_every_schema_describes_some_authored_files() -> None:
    assert sorted(kind.schema for kind in KINDS) == sorted(p.name for p in SCHEMAS.glob("*.json"))


def test_both_accept_the_real_corpus() -> None:
    _, problems = load_corpus(ROOT)
    assert [str(p) for p in problems] == []
    assert [str(p) for p in check_schemas(ROOT)] == []
    checked = [f for kind in KINDS for pattern in kind.patterns for f in (ROOT / kind.folder).glob(pattern)]
    assert len(checked) > 60, "the real corpus's files were found"


def test_both_accept_the_mini_fixture_and_its_guide_and_glossary(tmp_path: Path) -> None:
    root = project(tmp_path)
    _, problems = load_corpus(root)
    assert [str(p) for p in problems] == []
    assert [str(p) for p in check_schemas(root, SCHEMAS)] == []


# --- the schemas' fixed words are the validator's ---

def _enums(node: object, key: str) -> list[list[object]]:
    """Every `enum` under a property or definition named key, anywhere in a schema."""
    found: list[list[object]] = []
    if isinstance(node, dict):
        for name, child in node.items():
            if name == key and isinstance(child, dict):
                found += [child["enum"]] if "enum" in child else _enums(child, "enum-holder")
            found += _enums(child, key)
    elif isinstance(node, list):
        for child in node:
            found += _enums(child, key)
    return found


def test_the_group_enum_lists_the_real_taxonomy_groups() -> None:
    groups = sorted(p.stem for p in (ROOT / "taxonomy" / "groups").glob("*.md"))
    assert groups == sorted(p.stem for p in (MINI / "taxonomy" / "groups").glob("*.md"))
    for name in ("case.schema.json", "tactic.schema.json", "quiz.schema.json"):
        enums = _enums(schema(name), "group")
        assert enums and all(sorted(e) == groups for e in enums), f"{name}: add a new group's slug to its enum"


def test_fault_type_and_verdict_enums_and_the_slug_pattern_are_the_validators() -> None:
    case, quiz = schema("case.schema.json"), schema("quiz.schema.json")
    assert case["properties"]["fault"]["enum"] == [*FAULTS, None]
    assert quiz["definitions"]["question"]["properties"]["type"]["enum"] == list(QUESTION_TYPES)
    assert quiz["definitions"]["node"]["properties"]["verdict"]["enum"] == list(VERDICTS)
    for name in ("case.schema.json", "quiz.schema.json", "glossary.schema.json", "tactic.schema.json"):
        assert schema(name)["definitions"]["slug"]["pattern"] == SLUG.pattern


def test_case_and_quiz_keys_are_the_validators() -> None:
    case, quiz = schema("case.schema.json"), schema("quiz.schema.json")
    assert case["required"] == list(case_loader.REQUIRED)
    assert sorted(case["properties"]) == sorted([*case_loader.REQUIRED, *case_loader.OPTIONAL])
    assert quiz["required"] == list(quiz_loader.QUIZ_KEYS[0])
    assert sorted(quiz["properties"]) == sorted([*quiz_loader.QUIZ_KEYS[0], *quiz_loader.QUIZ_KEYS[1]])
    question = quiz["definitions"]["question"]
    assert question["required"] == list(quiz_loader.COMMON)
    type_keys = {key for keys in [*quiz_loader.TYPE_KEYS.values(), *quiz_loader.TYPE_OPTIONAL.values()] for key in keys}
    assert sorted(question["properties"]) == sorted({*quiz_loader.COMMON, *quiz_loader.COMMON_OPTIONAL, *type_keys})
    assert sorted(quiz["definitions"]["node"]["properties"]) == sorted(["id", *scenario_loader.NODE_KEYS])


FRONTMATTER_FILES = [(CASE, "case.schema.json"), (GROUP, "group.schema.json"), (TACTIC, "tactic.schema.json"),
                     (ANTIPATTERN, "antipattern.schema.json"), (GUIDE, "guide.schema.json")]


@pytest.mark.parametrize("relative,name", FRONTMATTER_FILES)
def test_a_key_is_required_by_the_schema_exactly_when_the_validator_requires_it(tmp_path: Path, relative: str, name: str) -> None:
    """Delete each frontmatter key in turn: the validator refuses exactly the schema's `required` ones."""
    described = schema(name)
    required = []
    for key in described["properties"]:
        root = project(tmp_path / key)
        file = root / relative
        _, front, body = file.read_text(encoding="utf-8").split("---\n", 2)
        data = yaml.safe_load(front)
        if key not in data:
            continue
        del data[key]
        file.write_text(f"---\n{yaml.safe_dump(data, allow_unicode=True)}---\n{body}", encoding="utf-8")
        validator, by_schema = verdicts(root, relative)
        assert bool(validator) == bool(by_schema), (key, validator, by_schema)
        if validator:
            required.append(key)
    assert sorted(required) == sorted(described["required"])


# --- the same examples: both accept the good ones, both refuse the bad ones ---

GOOD = {
    "a single tactic slug, not a list": [(CASE, "tactics: [return-to-start]", "tactics: return-to-start")],
    "optional keys left empty": [(CASE, "industry: Ремонт", "industry:"), (CASE, "fault: company", "fault:"),
                                 (CASE, "related: [silent-clinic]", "related:")],
    "only the required keys": [(CASE, "industry: Ремонт\noutcome: Клиент заказал кухню\nfault: company\n"
                                      "related: [silent-clinic]\nsource: illustrative\n", "")],
    "a number as a title": [(CASE, "title: Плитку переложили за свой счёт", "title: 2024")],
    "a tactic for one group, as a word": [(TACTIC, "groups: [bargainers, negotiators]", "groups: negotiators")],
    "a quiz with no description or pass mark": [(QUIZ, "description: Проверка основ для [группы 3](group:negotiators).\n"
                                                       "pass_mark: 75\n", "")],
    "explicit correct: false and negative points": [
        (QUIZ, "      - text: Непримиримые\n", "      - text: Непримиримые\n        correct: false\n"),
        (QUIZ, "            points: 0\n", "            points: -5\n")],
    "a scenario without start": [(QUIZ, "    start: call\n", "")],
    "a glossary term without a law": [(GLOSSARY, "    law: \"[ст. 330 ГК РФ](law:contract-penalty)\"\n", "")],
    "a law rule without conditions, its date quoted": [(LAW, "    conditions: Для потребителя закон задаёт её сам.\n", ""),
                                                      (LAW, "checked: 2026-12-06", "checked: \"2026-12-06\"")],
}

BAD = {
    # cases
    "case: missing title": [(CASE, "title: Плитку переложили за свой счёт\n", "")],
    "case: unknown key": [(CASE, "industry: Ремонт", "industry: Ремонт\nmood: calm")],
    "case: a misspelt key": [(CASE, "summary:", "sumary:")],
    "case: wrong group": [(CASE, "group: negotiators", "group: negotiator")],
    "case: a non-slug related case": [(CASE, "related: [silent-clinic]", "related: [Silent_Clinic]")],
    "case: a non-slug tactic": [(CASE, "tactics: [return-to-start]", "tactics: [Return To Start]")],
    "case: no tactics": [(CASE, "tactics: [return-to-start]", "tactics: []")],
    "case: a list for a text": [(CASE, "summary: Спокойный клиент, кривая плитка, бесплатная переделка.", "summary: [a, b]")],
    "case: a required key with no value": [(CASE, "summary: Спокойный клиент, кривая плитка, бесплатная переделка.", "summary:")],
    "case: blank title": [(CASE, "title: Плитку переложили за свой счёт", "title: '   '")],
    "case: an unknown fault": [(CASE, "fault: company", "fault: somebody")],
    "case: true/false for a text": [(CASE, "industry: Ремонт", "industry: true")],
    "case: frontmatter that is a list": [(CASE, "*", "---\n- title\n- summary\n---\n## Ситуация\nТекст.\n")],
    # taxonomy
    "group: number out of range": [(GROUP, "number: 2", "number: 0")],
    "group: number as words": [(GROUP, "number: 2", "number: two")],
    "group: missing key": [(GROUP, "danger: Опасность 2\n", "")],
    "group: unknown key": [(GROUP, "number: 2", "number: 2\ncolour: red")],
    "group: a non-slug slug": [(GROUP, "slug: bargainers", "slug: Bargainers")],
    "tactic: no groups": [(TACTIC, "groups: [bargainers, negotiators]", "groups: []")],
    "tactic: a wrong group": [(TACTIC, "groups: [bargainers, negotiators]", "groups: [bargainers, nobody]")],
    "tactic: missing groups": [(TACTIC, "groups: [bargainers, negotiators]\n", "")],
    "anti-pattern: missing summary": [(ANTIPATTERN, "summary: Молчать в ответ.\n", "")],
    "anti-pattern: unknown key": [(ANTIPATTERN, "name: Игнорирование", "name: Игнорирование\ngroups: [bargainers]")],
    "guide: missing summary": [(GUIDE, "summary: Что сказать в первую минуту.\n", "")],
    "guide: unknown key": [(GUIDE, "title: Первый звонок", "title: Первый звонок\ngroup: bargainers")],
    # glossary
    "glossary: a non-slug id": [(GLOSSARY, "id: neustoyka", "id: Neustoyka")],
    "glossary: missing definition": [(GLOSSARY, "    definition: Деньги за просрочку.\n", "")],
    "glossary: unknown key in a term": [(GLOSSARY, "    law:", "    article: 330\n    law:")],
    # the law
    "law: unknown key in a rule": [(LAW, "    scope:", "    source: x\n    scope:")],
    "law: missing scope": [(LAW, "    scope: b2b\n", "")],
    "law: a scope that is not one of the three": [(LAW, "scope: b2b", "scope: business")],
    "law: no articles": [(LAW, "articles: [\"ст. 330 ГК РФ\"]", "articles: []")],
    "law: a date that is not a date": [(LAW, "checked: 2026-12-06", "checked: вчера")],
    "glossary: terms not a list": [(GLOSSARY, "terms:\n  - id: neustoyka", "terms:\n  id: neustoyka")],
    "glossary: unknown top key": [(GLOSSARY, "terms:", "words: []\nterms:")],
    # quizzes
    "quiz: missing title": [(QUIZ, "title: Основы\n", "")],
    "quiz: unknown top key": [(QUIZ, "pass_mark: 75", "pass_mark: 75\ntimer: 10")],
    "quiz: pass mark above 100": [(QUIZ, "pass_mark: 75", "pass_mark: 175")],
    "quiz: pass mark as text": [(QUIZ, "pass_mark: 75", "pass_mark: high")],
    "quiz: no questions": [(QUIZ, "*", "title: Пусто\nquestions: []\n")],
    "question: a non-slug id": [(QUIZ, "id: which-group", "id: Which Group")],
    "question: unknown type": [(QUIZ, "type: order", "type: orderr")],
    "question: missing prompt": [(QUIZ, "    prompt: Расставьте шаги.\n", "")],
    "question: unknown key": [(QUIZ, "    case: tiles-redo\n", "    case: tiles-redo\n    hint: думайте\n")],
    "question: a key of another type": [(QUIZ, "    case: tiles-redo\n", "    case: tiles-redo\n    items: [a, b]\n")],
    "question: a wrong group": [(QUIZ, "group: bargainers", "group: bargainer")],
    "question: a non-slug case": [(QUIZ, "case: tiles-redo", "case: Tiles Redo")],
    "question: a list for the explanation": [(QUIZ, "explanation: Смотрите на тон и цель клиента.", "explanation: [a, b]")],
    "single: no options": [(QUIZ, "    options:\n      - text: Готовые договориться\n        correct: true\n"
                                  "        feedback: Верно — тон спокойный, клиент хочет решения.\n      - text: Непримиримые\n"
                                  "        feedback: Нет — он не пытается навредить.\n", "")],
    "single: one option": [(QUIZ, "      - text: Непримиримые\n        feedback: Нет — он не пытается навредить.\n", "")],
    "single: no right option": [(QUIZ, "        correct: true\n        feedback: Верно", "        feedback: Верно")],
    "option: missing feedback": [(QUIZ, "        feedback: Нет — он не пытается навредить.\n", "")],
    "option: correct as text": [(QUIZ, "      - text: Непримиримые\n", "      - text: Непримиримые\n        correct: maybe\n")],
    "option: unknown key": [(QUIZ, "      - text: Непримиримые\n", "      - text: Непримиримые\n        weight: 2\n")],
    "multiple: no right option": [(QUIZ, "        correct: true\n        feedback: Это [игн", "        feedback: Это [игн"),
                                  (QUIZ, "        correct: true\n        feedback: Перепалка", "        feedback: Перепалка")],
    "order: one item": [(QUIZ, "      - Признать ошибку\n      - Переделать\n", "")],
    "order: a mapping for an item": [(QUIZ, "      - Переделать\n", "      - шаг: Переделать\n")],
    "scenario: unknown verdict": [(QUIZ, "verdict: partial", "verdict: so-so")],
    "scenario: an ending without debrief": [(QUIZ, "        debrief: Клиент потерян.\n", "")],
    "scenario: an ending with choices": [(QUIZ, "        debrief: Клиент потерян.\n",
                                          "        debrief: Клиент потерян.\n        choices:\n          - text: Ещё раз\n"
                                          "            consequence: Нет.\n            next: call\n")],
    "scenario: a step with no text": [(QUIZ, "        client: Вы издеваетесь?\n", "")],
    "scenario: a step with no choices": [(QUIZ, "        choices:\n          - text: Простите, переложим.\n            points: 1\n"
                                          "            consequence: Клиент остывает.\n            next: so-so-end\n"
                                          "          - text: Не нравится — ищите других.\n            consequence: Клиент уходит.\n"
                                          "            next: bad-end\n", "")],
    "scenario: a choice with no next": [(QUIZ, "            next: so-so-end\n", "")],
    "scenario: points out of range": [(QUIZ, "points: 2", "points: 500")],
    "scenario: points as text": [(QUIZ, "points: 2", "points: many")],
    "scenario: a non-slug node id": [(QUIZ, "      - id: bad-end", "      - id: Bad End"),
                                     (QUIZ, "next: bad-end", "next: Bad End")],
    "scenario: unknown node key": [(QUIZ, "        verdict: bad\n", "        verdict: bad\n        points: 3\n")],
}

VALIDATOR_ONLY = {
    "single: two right options": [(QUIZ, "      - text: Непримиримые\n", "      - text: Непримиримые\n        correct: true\n")],
    "case: a missing section": [(CASE, "## Итог\n", "## Финал\n")],
    "case: a tactic for another group": [(CASE, "group: negotiators\ntactics: [return-to-start]", "group: irreconcilable\ntactics: [return-to-start]")],
    "case: a tactic that does not exist": [(CASE, "tactics: [return-to-start]", "tactics: [no-such-tactic]")],
    "group: a slug that is not the file name": [(GROUP, "slug: bargainers", "slug: hagglers")],
    "group: a number taken by another group": [(GROUP, "number: 2", "number: 1")],
    "question: a duplicate id": [(QUIZ, "id: bad-moves", "id: which-group")],
    "scenario: a choice that leads nowhere": [(QUIZ, "next: so-so-end", "next: no-such-node")],
    "scenario: an unreachable step": [(QUIZ, "            next: so-so-end\n", "            next: bad-end\n")],
}


@pytest.mark.parametrize("name", GOOD)
def test_both_accept(tmp_path: Path, name: str) -> None:
    relative = GOOD[name][0][0]
    assert verdicts(project(tmp_path, GOOD[name]), relative) == ([], [])


@pytest.mark.parametrize("name", BAD)
def test_both_refuse(tmp_path: Path, name: str) -> None:
    relative = BAD[name][0][0]
    validator, by_schema = verdicts(project(tmp_path, BAD[name]), relative)
    assert validator, "the validator accepts it"
    assert by_schema, f"the schema accepts it; the validator says {validator}"


@pytest.mark.parametrize("name", VALIDATOR_ONLY)
def test_what_only_the_validator_sees(tmp_path: Path, name: str) -> None:
    validator, by_schema = verdicts(project(tmp_path, VALIDATOR_ONLY[name]), None)
    assert validator, "the validator accepts it"
    assert by_schema == [], "the schema refuses it now: move the example to BAD"


# --- what an author sees ---

def test_a_schema_error_names_the_file_line_and_key(tmp_path: Path) -> None:
    root = project(tmp_path, [(QUIZ, "verdict: partial", "verdict: so-so")])
    line = next(n for n, text in enumerate((root / QUIZ).read_text(encoding="utf-8").splitlines(), 1) if "verdict: so-so" in text)
    assert [str(p) for p in check_schemas(root, SCHEMAS)] == [
        f"{QUIZ}:{line}: schema: 'questions[3].nodes[3].verdict': 'so-so' is not one of ['good', 'partial', 'bad']"]


def test_check_with_schemas_reports_both_and_fails(tmp_path: Path) -> None:
    root = project(tmp_path, [(CASE, "industry: Ремонт", "industry: Ремонт\nmood: calm")])
    shutil.copytree(SCHEMAS, root / "schemas")
    run = subprocess.run([sys.executable, "-m", "casekit", "--root", str(root), "check", "--schemas"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 1
    assert f"{CASE}:7: unknown key 'mood'" in run.stderr
    assert re.search(rf"{CASE}:7: schema: Additional properties are not allowed \('mood' was unexpected\)", run.stderr)
    clean = subprocess.run([sys.executable, "-m", "casekit", "check", "--schemas"], capture_output=True, text=True, cwd=ROOT)
    assert clean.returncode == 0, clean.stderr


def test_the_editor_settings_point_at_the_schemas() -> None:
    text = (ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8")
    settings = json.loads(re.sub(r"^\s*//.*$", "", text, flags=re.M))
    mapped = settings["yaml.schemas"]
    assert {Path(p).name for p in mapped} == {"quiz.schema.json", "glossary.schema.json", "law.schema.json"}
    for target, patterns in mapped.items():
        assert (ROOT / target).is_file()
        assert all(list(ROOT.glob(pattern)) for pattern in patterns if "yaml" not in pattern), patterns


def test_the_pre_commit_hook_runs_the_validator_and_the_schemas_on_authored_files() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    [repo] = config["repos"]
    [hook] = repo["hooks"]
    assert repo["repo"] == "local" and hook["language"] == "system" and hook["pass_filenames"] is False
    assert hook["entry"] == "scripts/check"
    assert "exec python -m casekit check --schemas" in (ROOT / "scripts" / "check").read_text(encoding="utf-8")
    files = re.compile(hook["files"])
    assert all(files.search(p) for p in ("cases/a.md", "quizzes/a.yml", "taxonomy/glossary.yml", "taxonomy/groups/a.md",
                                         "guides/a.md", "schemas/quiz.schema.json"))
    assert not files.search("README.md")


def test_the_whole_check_takes_well_under_a_second_on_the_real_corpus() -> None:
    started = time.perf_counter()
    _, problems = load_corpus(ROOT)
    schema_problems = check_schemas(ROOT)
    elapsed = time.perf_counter() - started
    assert problems == [] and schema_problems == []
    assert elapsed < 1.0, f"{elapsed:.2f} s: the pre-commit hook must stay fast"
