"""The trainer page and the progress page in Chromium: a link made, codes checked, progress kept."""
from __future__ import annotations

import subprocess
import sys

from playwright.sync_api import Page

from casekit import load_corpus
from casekit.model.quiz import question_tag, question_version, quiz_hash
from casekit.trainer.codes import Answer, Attempt, encode
from tests.conftest import MINI, ServedSite
from tests.test_browser import QUIZ, Q, open_quiz, run_axe

BASICS = load_corpus(MINI)[0].quizzes["basics"]


def code_for(name: str, answers: dict[int, tuple[int, ...]]) -> str:
    parts = tuple(Answer(question_tag(BASICS.questions[p].id, question_version(BASICS.questions[p])), p,
                         BASICS.questions[p].type, values) for p, values in answers.items())
    return encode(Attempt(quiz_hash("basics"), 8100, name, parts), len(BASICS.questions))


def test_a_trainer_link_to_three_questions_in_exam_mode(page: Page) -> None:
    page.goto("trainer/")
    page.wait_for_selector(".trainer[data-ready]", state="attached")
    page.select_option("#trainer-quiz", "basics")
    for qid in ("which-group", "bad-moves", "steps"):
        page.check(f"#trainer-basics-{qid}")
    page.check("#trainer-exam")
    link = page.inner_text("#trainer-link")
    assert link.endswith("/quizzes/basics/?questions=which-group,bad-moves,steps&mode=exam"), link
    assert page.is_visible(".trainer-copy")
    page.goto(link)
    page.wait_for_selector(".quiz[data-quiz-ready]", state="attached")
    assert page.is_visible(".quiz-finish") and len(page.query_selector_all("form.quiz-question:not([hidden])")) == 3


def test_five_codes_give_the_cohort_table_the_command_line_gives(page: Page, mini_served: ServedSite) -> None:
    codes = [code_for("Анна Иванова", {0: (0,), 1: (0, 1), 2: (0, 1, 2), 3: (0,)}),
             code_for("Борис", {0: (1,), 1: (2,), 2: (2, 1, 0), 3: (1, 1)}),
             code_for("Вера", {0: (0,), 1: (0,), 2: (1, 0, 2)}),
             code_for("Глеб", {0: (1,), 2: (0, 1, 2)}),
             code_for("Дина", {1: (1,), 3: (0,)})]
    page.goto("trainer/")
    page.wait_for_selector(".trainer-verify")
    page.fill("#trainer-codes", "\n".join(codes))
    page.click(".trainer-verify")
    rows = page.eval_on_selector_all(".trainer-cohort tr", "rows => rows.slice(1).map(r => [...r.cells].slice(0, 4).map(c => c.innerText))")
    cli = subprocess.run([sys.executable, "-m", "casekit", "--root", str(mini_served.path.parent), "verify", *codes],
                         capture_output=True, text=True).stdout
    assert len(rows) == 5
    for name, quiz, score, status in rows:
        assert quiz == "Основы"
        line = next(line for line in cli.splitlines() if line.startswith(f"{name} | basics |"))
        assert line == f"{name} | basics | {score.replace(chr(160), ' ')} | {status}"
    topics = page.inner_text(".trainer-topics")
    assert "Группа 2 · Торгующиеся" in topics and "Смягчение удара" in topics
    assert page.get_attribute(".trainer-csv", "download") == "cohort.csv"
    assert run_axe(page) == []


def test_a_mistyped_code_is_named_on_the_trainer_page(page: Page) -> None:
    code = code_for("Анна", {0: (0,)})
    page.goto("trainer/")
    page.wait_for_selector(".trainer-verify")
    page.fill("#trainer-codes", code[:-1] + ("0" if code[-1] != "0" else "1"))
    page.click(".trainer-verify")
    assert "контрольная сумма не сходится" in page.inner_text(".trainer-cohort")


def test_progress_shows_the_best_score_the_weak_topics_and_a_review_set(page: Page) -> None:
    open_quiz(page, QUIZ + "?questions=which-group,bad-moves")
    page.check(f"{Q}which-group-0")
    page.click(f"{Q}which-group .quiz-check")
    page.check(f"{Q}bad-moves-2")
    page.click(f"{Q}bad-moves .quiz-check")
    page.goto("progress/")
    page.wait_for_selector(".progress-quizzes")
    table = page.inner_text(".progress-quizzes")
    assert "Основы" in table and "50\u00a0%" in table
    assert "Смягчение удара" in page.inner_text(".progress-weak")
    assert run_axe(page) == []
    page.click(".progress-retry")
    page.wait_for_selector(".quiz[data-quiz-ready]", state="attached")
    assert page.eval_on_selector_all("form.quiz-question:not([hidden])", "f => f.map(x => x.dataset.question)") == ["bad-moves"]
    page.goto("progress/")
    page.click(".progress-clear")
    assert "пусто" in page.inner_text("[data-progress]")
