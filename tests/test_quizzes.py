"""Quiz validation: every problem as file:line: message, scenario graphs checked."""
from __future__ import annotations

import pytest

from casekit import load_corpus
from tests.conftest import MINI

BASICS = (MINI / "quizzes" / "basics.yml").read_text(encoding="utf-8")

SCENARIO = """title: Сценарий
questions:
  - id: talk
    type: scenario
    prompt: Разговор.
    nodes:
      - id: start
        client: Алло?
        choices:
          - text: Слушаю.
            consequence: Клиент говорит.
            next: middle
      - id: middle
        client: Ну?
        choices:
          - text: Решим.
            consequence: Хорошо.
            next: end
          - text: Назад.
            consequence: Снова.
            next: start
      - id: end
        verdict: good
        debrief: Итог.
"""


def problems_of(mini_project, files: dict[str, str]) -> list[str]:
    _, problems = load_corpus(mini_project(files))
    return [str(p) for p in problems]


def test_the_example_quiz_loads_with_every_type() -> None:
    corpus, problems = load_corpus(MINI)
    assert problems == []
    quiz = corpus.quizzes["basics"]
    assert [q.type for q in quiz.questions] == ["single", "multiple", "order", "scenario"]
    assert quiz.pass_mark == 75
    which = quiz.questions[0]
    assert (which.group, which.tactics) == ("negotiators", ("return-to-start",)), "taken from the case"
    assert quiz.questions[3].max_points == 2


def test_a_valid_scenario_with_a_loop_that_has_an_exit_is_accepted(mini_project) -> None:
    assert problems_of(mini_project, {"quizzes/talk.yml": SCENARIO}) == []


@pytest.mark.parametrize("change, expected", [
    (("single\n    prompt: Клиент", "single\n    promt: Клиент"), [
        "quizzes/basics.yml:5: question 'which-group': missing required key 'prompt'",
        "quizzes/basics.yml:7: question 'which-group': unknown key 'promt' (did you mean 'prompt'?)"]),
    (("      - text: Непримиримые\n", "      - text: Непримиримые\n        correct: true\n"), [
        "quizzes/basics.yml:9: question 'which-group': 'options': a single choice question needs exactly one option with 'correct: true', found 2"]),
    (("        correct: true\n        feedback: Верно — тон", "        feedback: Верно — тон"), [
        "quizzes/basics.yml:9: question 'which-group': 'options': a single choice question needs exactly one option with 'correct: true', found 0"]),
    (("type: single", "type: singel"), [
        "quizzes/basics.yml:6: question 'which-group': 'type' must be one of 'single', 'multiple', 'order', 'scenario', "
        "found 'singel' (did you mean 'single'?)"]),
    (("id: bad-moves", "id: which-group"), [
        "quizzes/basics.yml:16: questions[1]: 'id': duplicate id 'which-group' (first used at line 5)"]),
    (("      - Признать ошибку\n      - Переделать\n", ""), [
        "quizzes/basics.yml:34: question 'steps': 'items' needs at least two items to put in order, found 1"]),
    (("case: tiles-redo", "case: tiles"), [
        "quizzes/basics.yml:8: question 'which-group': 'case': no case 'tiles' (did you mean 'tiles-redo'?)"]),
    (("[игнорирование](antipattern:ignore)", "[игнорирование](antipattern:ignor)"), [
        "quizzes/basics.yml:24: link 'antipattern:ignor' points nowhere: no anti-pattern 'ignor' (did you mean 'ignore'?)"]),
    (("pass_mark: 75", "pass_mark: 175"), [
        "quizzes/basics.yml:3: 'pass_mark' must be a whole number from 0 to 100, found 175"]),
    (("        correct: true\n        feedback: Это [игн", "        correct: yes please\n        feedback: Это [игн"), [
        "quizzes/basics.yml:23: question 'bad-moves': 'options[0].correct' must be true or false, found 'yes please'"]),
])
def test_quiz_problems_name_file_line_and_key(mini_project, change: tuple[str, str], expected: list[str]) -> None:
    assert change[0] in BASICS
    assert problems_of(mini_project, {"quizzes/basics.yml": BASICS.replace(*change, 1)}) == expected


def test_a_multiple_choice_question_needs_a_correct_option(mini_project) -> None:
    text = BASICS.replace("        correct: true\n        feedback: Это", "        feedback: Это").replace(
        "        correct: true\n        feedback: Перепалка", "        feedback: Перепалка")
    assert problems_of(mini_project, {"quizzes/basics.yml": text}) == [
        "quizzes/basics.yml:21: question 'bad-moves': 'options': a multiple choice question needs at least one option "
        "with 'correct: true', found none"]


def test_broken_yaml_and_an_empty_quiz_are_reported(mini_project) -> None:
    assert problems_of(mini_project, {"quizzes/a.yml": "title: [x\n", "quizzes/b.yml": ""}) == [
        "quizzes/a.yml:2: YAML syntax error: did not find expected ',' or ']'",
        "quizzes/b.yml:1: file is empty: a quiz needs 'title' and 'questions'",
    ]


def test_scenario_next_must_exist(mini_project) -> None:
    text = SCENARIO.replace("next: end", "next: ending")
    assert problems_of(mini_project, {"quizzes/talk.yml": text}) == [
        "quizzes/talk.yml:18: question 'talk': nodes: choice 1 of node 'middle' leads to 'ending', "
        "but there is no such node (did you mean 'end'?)",
        "quizzes/talk.yml:22: question 'talk': nodes: node 'end' cannot be reached from the start node 'start'",
    ]


def test_scenario_dead_end(mini_project) -> None:
    text = SCENARIO.replace("""      - id: end
        verdict: good
        debrief: Итог.
""", """      - id: end
        client: Всё.
""")
    assert problems_of(mini_project, {"quizzes/talk.yml": text}) == [
        "quizzes/talk.yml:6: question 'talk': nodes: the scenario has no ending: add a node with 'verdict' and 'debrief'",
        "quizzes/talk.yml:22: question 'talk': nodes: node 'end' is a dead end: give it choices, "
        "or make it an ending with 'verdict' and 'debrief'",
    ]


def test_scenario_unreachable_node(mini_project) -> None:
    text = SCENARIO + """      - id: lost
        verdict: bad
        debrief: Сюда не попасть.
"""
    assert problems_of(mini_project, {"quizzes/talk.yml": text}) == [
        "quizzes/talk.yml:25: question 'talk': nodes: node 'lost' cannot be reached from the start node 'start'"]


def test_scenario_cycle_without_exit(mini_project) -> None:
    text = SCENARIO.replace("next: end", "next: start") + """      - id: other
        client: Ещё?
        choices:
          - text: Конец.
            consequence: Всё.
            next: end
"""
    assert problems_of(mini_project, {"quizzes/talk.yml": text}) == [
        "quizzes/talk.yml:7: question 'talk': nodes: node 'start' never reaches an ending: its choices loop with no exit",
        "quizzes/talk.yml:13: question 'talk': nodes: node 'middle' never reaches an ending: its choices loop with no exit",
        "quizzes/talk.yml:22: question 'talk': nodes: node 'end' cannot be reached from the start node 'start'",
        "quizzes/talk.yml:25: question 'talk': nodes: node 'other' cannot be reached from the start node 'start'",
    ]


def test_a_new_quiz_file_becomes_a_page(mini_project) -> None:
    from casekit.build import regenerate
    project = mini_project({"quizzes/talk.yml": SCENARIO})
    assert regenerate(project).problems == []
    page = (project / "docs" / "quizzes" / "talk.md").read_text(encoding="utf-8")
    assert 'data-type="scenario"' in page and 'data-node="middle"' in page
    index = (project / "docs" / "quizzes" / "index.md").read_text(encoding="utf-8")
    assert "[Сценарий](../quizzes/talk.md)" in index and "1 вопрос" in index


def test_quiz_text_cannot_inject_script(mini_project) -> None:
    from casekit.build import regenerate
    text = BASICS.replace("title: Основы", "title: '<script>alert(1)</script>'").replace(
        "- Выслушать", "- '<img src=x onerror=alert(1)>'")
    assert problems_of(mini_project, {"quizzes/basics.yml": text}) == [
        "quizzes/basics.yml:35: raw HTML is not allowed in Markdown, found '<img src=x onerror=alert(1)>'; write Markdown instead"]
    project = mini_project({"quizzes/basics.yml": BASICS.replace("title: Основы", "title: '<script>alert(1)</script>'")})
    assert regenerate(project).problems == []
    page = (project / "docs" / "quizzes" / "basics.md").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
