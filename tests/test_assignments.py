"""Assignment links and result codes in Chromium: what a trainer sends and what comes back."""
from __future__ import annotations

import re
import subprocess
import sys

from playwright.sync_api import Page

from tests.conftest import ServedSite
from tests.test_browser import QUIZ, Q, move_to, open_quiz, settled


def visible_questions(page: Page) -> list[str]:
    return page.eval_on_selector_all("form.quiz-question:not([hidden])", "forms => forms.map(f => f.dataset.question)")


def verify(site: ServedSite, code: str) -> str:
    project = site.path.parent
    result = subprocess.run([sys.executable, "-m", "casekit", "--root", str(project), "verify", code],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_an_unknown_question_id_is_reported_not_dropped(page: Page) -> None:
    open_quiz(page, QUIZ + "?questions=steps,rude-1")
    assert "вопроса rude-1 в квизе нет" in page.inner_text(".quiz-unknown")
    assert visible_questions(page) == ["steps"]


def test_pick_draws_the_same_set_for_the_same_seed(page: Page) -> None:
    open_quiz(page, QUIZ + "?pick=2&seed=group-a")
    first = visible_questions(page)
    assert len(first) == 2
    page.reload()
    page.wait_for_selector(".quiz[data-quiz-ready]", state="attached")
    assert visible_questions(page) == first
    sets = set()
    for seed in ("b", "c", "d", "e", "f", "g"):
        open_quiz(page, QUIZ + f"?pick=2&seed={seed}")
        sets.add(tuple(visible_questions(page)))
    assert len(sets) > 1, "different seeds give different sets"


def test_exam_mode_withholds_feedback_until_handed_in_and_the_code_verifies(page: Page, mini_served: ServedSite) -> None:
    open_quiz(page, QUIZ + "?questions=which-group,bad-moves,steps&mode=exam")
    assert page.is_hidden(f"{Q}which-group .quiz-check") and page.is_hidden(f"{Q}steps .quiz-check")
    page.check(f"{Q}which-group-0")
    page.click(".quiz-finish")
    assert "не отвечены 2" in page.inner_text(".quiz-result")
    assert page.inner_text(f"{Q}which-group .quiz-status") == "", "no feedback before handing in"
    page.check(f"{Q}bad-moves-0")
    move_to(page, ["Выслушать", "Признать ошибку", "Переделать"])
    page.click(".quiz-finish")
    page.wait_for_selector(".quiz.is-finished", state="attached")
    assert page.inner_text(f"{Q}which-group .quiz-status").startswith("Верно.")
    assert page.is_disabled(f"{Q}which-group-1"), "no changing answers after handing in"
    assert page.is_hidden(".quiz-finish") and page.is_hidden(".quiz-reset")
    result = page.inner_text(".quiz-result")
    assert "Ваш результат: 83\u00a0%" in result
    page.fill("#quiz-trainee-name", "Мария Соколова")
    code = page.get_attribute("[data-result-code]", "data-result-code")
    assert code and re.fullmatch(r"[0-9A-Z]{1,4}(-[0-9A-Z]{1,4})*", code)
    printed = verify(mini_served, code)
    assert "Имя: Мария Соколова" in printed
    assert "Результат: 83 % при проходном балле 75 % — сдан" in printed
    assert "which-group: верно" in printed and "bad-moves: частично (50 %)" in printed


def test_the_result_panel_links_the_pages_to_reread(page: Page) -> None:
    open_quiz(page, QUIZ + "?questions=which-group")
    page.check(f"{Q}which-group-1")
    page.click(f"{Q}which-group .quiz-check")
    settled(page)
    links = page.eval_on_selector_all(".quiz-breakdown a", "links => links.map(a => a.getAttribute('href'))")
    assert "../../groups/negotiators/" in links and "../../tactics/return-to-start/" in links
    assert "квитанция" in page.inner_text(".quiz-code-note")
