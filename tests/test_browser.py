"""The quiz engine in a real Chromium: what a trainee clicks, sees and hears.

Runs against Debian's Chromium (installed by scripts/test). The site is built
once per session for the origin of the local test server, so Material's
instant navigation is really exercised.
"""
from __future__ import annotations

import json
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, Page

from tests.conftest import ROOT, ServedSite

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
QUIZ = "quizzes/basics/"
Q = "#quiz-basics-"


def open_quiz(page: Page, path: str) -> None:
    """Open a quiz page and wait until the engine (imported on demand by site.js) has started it."""
    page.goto(path)
    page.wait_for_selector(".quiz[data-quiz-ready]", state="attached")


def settled(page: Page) -> None:
    """Wait until no check waits for the scoring module (quiz/check.js, imported on the first touch of a quiz).

    A question's status region is aria-busy while its check waits; the check runs as soon as the module is there.
    """
    page.wait_for_selector(".quiz-status[aria-busy]", state="detached")


def status(page: Page, question: str) -> str:
    settled(page)
    return page.inner_text(f"{Q}{question} .quiz-status")


def answer(page: Page, question: str, *options: int) -> None:
    """Tick the options of a choice question, press «Проверить» and wait for the feedback."""
    for option in options:
        page.check(f"{Q}{question}-{option}")
    page.click(f"{Q}{question} .quiz-check")
    settled(page)


def test_single_choice_right_answer_shows_its_own_feedback(page: Page) -> None:
    open_quiz(page, QUIZ)
    answer(page, "which-group", 0)
    text = status(page, "which-group")
    assert text.startswith("Верно.")
    assert "Верно — тон спокойный, клиент хочет решения." in text
    assert "Нет — он не пытается навредить." not in text
    assert "Смотрите на тон и цель клиента." in text


def test_single_choice_wrong_answer_explains_why(page: Page) -> None:
    open_quiz(page, QUIZ)
    answer(page, "which-group", 1)
    text = status(page, "which-group")
    assert text.startswith("Неверно.")
    assert "Нет — он не пытается навредить." in text
    assert page.get_attribute(f"{Q}which-group .quiz-status", "role") == "status"


def test_multiple_choice_right_partial_and_wrong(page: Page) -> None:
    open_quiz(page, QUIZ)
    answer(page, "bad-moves", 0)
    assert status(page, "bad-moves").startswith("Частично верно.")
    assert "Перепалка только разжигает." in status(page, "bad-moves"), "the missed right option is explained"
    page.click(".quiz-reset")
    answer(page, "bad-moves", 0, 1)
    assert status(page, "bad-moves").startswith("Верно.")
    page.click(".quiz-reset")
    answer(page, "bad-moves", 2)
    assert status(page, "bad-moves").startswith("Неверно.")
    assert "Это как раз помогает." in status(page, "bad-moves")


def order_texts(page: Page) -> list[str]:
    return [t.strip() for t in page.locator(f"{Q}steps .quiz-item-text").all_inner_texts()]


def move_to(page: Page, wanted: list[str]) -> None:
    """Use the up buttons until the list is in the wanted order."""
    for position, text in enumerate(wanted):
        while order_texts(page).index(text) > position:
            page.click(f"{Q}steps li:has-text('{text}') .quiz-move-up")


def test_order_right_and_wrong_with_places_marked(page: Page) -> None:
    open_quiz(page, QUIZ)
    initial = order_texts(page)
    assert initial != ["Выслушать", "Признать ошибку", "Переделать"], "shown shuffled"
    page.click(f"{Q}steps .quiz-check")
    wrong = status(page, "steps")
    assert wrong.startswith(("Неверно.", "Частично верно."))
    assert "Верный порядок:" in wrong
    assert page.locator(f"{Q}steps .quiz-mark").count() == 3
    page.click(".quiz-reset")
    move_to(page, ["Выслушать", "Признать ошибку", "Переделать"])
    page.click(f"{Q}steps .quiz-check")
    assert status(page, "steps").startswith("Верно.")
    assert "На своих местах: 3 из 3." in status(page, "steps")


def test_scenario_good_path(page: Page) -> None:
    open_quiz(page, QUIZ)
    page.click(f"{Q}talk .quiz-choice:has-text('Приедем и переложим')")
    assert page.is_visible(f"{Q}talk-good-end")
    assert not page.is_visible(f"{Q}talk-angry")
    text = status(page, "talk")
    assert text.startswith("Верно.") and "Баллы за путь: 2 из 2." in text
    assert "Клиент благодарит." in page.inner_text(f"{Q}talk-call")


def test_scenario_bad_path_through_a_second_step(page: Page) -> None:
    open_quiz(page, QUIZ)
    page.click(f"{Q}talk .quiz-choice:has-text('Так и было задумано')")
    assert status(page, "talk") == ""
    assert page.is_visible(f"{Q}talk-angry")
    page.click(f"{Q}talk-angry .quiz-choice:has-text('ищите других')")
    assert page.is_visible(f"{Q}talk-bad-end")
    assert status(page, "talk").startswith("Неверно.")
    assert "Неудачный исход" in page.inner_text(f"{Q}talk-bad-end")
    page.click(f"{Q}talk .quiz-restart")
    page.click(f"{Q}talk .quiz-choice:has-text('Так и было задумано')")
    page.click(f"{Q}talk-angry .quiz-choice:has-text('Простите, переложим')")
    assert status(page, "talk").startswith("Частично верно.")


def answer_everything(page: Page) -> None:
    answer(page, "which-group", 0)
    answer(page, "bad-moves", 0)
    move_to(page, ["Выслушать", "Признать ошибку", "Переделать"])
    page.click(f"{Q}steps .quiz-check")
    page.click(f"{Q}talk .quiz-choice:has-text('Приедем и переложим')")
    settled(page)


def test_the_score_is_checked_against_the_pass_mark(page: Page) -> None:
    open_quiz(page, QUIZ)
    assert "Отвечено 0 из 4" in page.inner_text(".quiz-result")
    answer_everything(page)
    result = page.inner_text(".quiz-result")
    assert "Ваш результат: 88\u00a0% при проходном балле 75\u00a0%. Квиз пройден." in result
    assert "Группа 2 · Торгующиеся" in result and "50\u00a0%" in result
    page.click(".quiz-reset")
    assert "Отвечено 0 из 4" in page.inner_text(".quiz-result")


def test_answers_survive_a_reload(page: Page) -> None:
    open_quiz(page, QUIZ)
    answer_everything(page)
    before = page.inner_text(".quiz-result")
    page.reload()
    page.wait_for_selector(".quiz[data-quiz-ready]", state="attached")
    assert page.is_checked(f"{Q}which-group-0") and page.is_disabled(f"{Q}which-group-0")
    assert status(page, "which-group").startswith("Верно.")
    assert status(page, "bad-moves").startswith("Частично верно.")
    assert order_texts(page) == ["Выслушать", "Признать ошибку", "Переделать"]
    assert page.is_visible(f"{Q}talk-good-end")
    assert page.inner_text(".quiz-result") == before
    stored = page.evaluate("localStorage.getItem('casekit:quiz:v1:basics:which-group')")
    assert json.loads(stored)["answer"] == [0]


def test_corrupt_or_outdated_stored_answers_are_ignored(page: Page) -> None:
    open_quiz(page, QUIZ)
    page.evaluate("""() => {
        localStorage.setItem('casekit:quiz:v1:basics:which-group', '{not json');
        localStorage.setItem('casekit:quiz:v1:basics:bad-moves', JSON.stringify({version: 'old', answer: [0]}));
        const v = document.querySelector('#quiz-basics-steps').dataset.version;
        localStorage.setItem('casekit:quiz:v1:basics:steps', JSON.stringify({version: v, answer: [7, 8, 9]}));
        const t = document.querySelector('#quiz-basics-talk').dataset.version;
        localStorage.setItem('casekit:quiz:v1:basics:talk', JSON.stringify({version: t, answer: 'x'}));
    }""")
    page.reload()
    page.wait_for_selector(".quiz[data-quiz-ready]", state="attached")
    for question in ("which-group", "bad-moves", "steps", "talk"):
        assert status(page, question) == ""
    assert "Отвечено 0 из 4" in page.inner_text(".quiz-result")


def test_a_quiz_reached_by_instant_navigation_works(page: Page) -> None:
    page.goto("quizzes/")
    page.evaluate("window.__sameDocument = true")
    page.click("article a[href$='basics/']")
    page.wait_for_url("**/quizzes/basics/")
    page.wait_for_selector(".quiz[data-quiz-ready]")
    assert page.evaluate("window.__sameDocument") is True, "Material's instant navigation kept the document"
    answer(page, "which-group", 0)
    assert status(page, "which-group").startswith("Верно.")


def test_questions_parameter_shows_a_subset_in_order(page: Page) -> None:
    open_quiz(page, QUIZ + "?questions=steps,which-group")
    assert page.is_hidden(f"{Q}bad-moves") and page.is_hidden(f"{Q}talk")
    assert page.inner_text(f"{Q}steps .quiz-number") == "Вопрос 1 из 2."
    assert "Отвечено 0 из 2" in page.inner_text(".quiz-result")


def tab_to(page: Page, selector: str, limit: int = 80) -> None:
    """Press Tab until the element matching selector has the focus."""
    target = page.locator(selector).first
    for _ in range(limit):
        if target.evaluate("element => element === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def test_every_question_type_with_the_keyboard_alone(page: Page) -> None:
    open_quiz(page, QUIZ)
    tab_to(page, f"{Q}which-group-0")
    page.keyboard.press("Space")
    tab_to(page, f"{Q}which-group .quiz-check")
    page.keyboard.press("Enter")
    assert status(page, "which-group").startswith("Верно.")
    tab_to(page, f"{Q}bad-moves-0")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    tab_to(page, f"{Q}bad-moves .quiz-check")
    page.keyboard.press("Enter")
    assert status(page, "bad-moves").startswith("Верно.")
    for position, text in enumerate(["Выслушать", "Признать ошибку", "Переделать"]):
        while order_texts(page).index(text) > position:
            tab_to(page, f"{Q}steps li:has-text('{text}') .quiz-move-up")
            page.keyboard.press("Enter")
    tab_to(page, f"{Q}steps .quiz-check")
    page.keyboard.press("Enter")
    assert status(page, "steps").startswith("Верно.")
    tab_to(page, f"{Q}talk .quiz-choice:has-text('Так и было задумано')")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "quiz-basics-talk-angry", "focus moves to the next step"
    tab_to(page, f"{Q}talk-angry .quiz-choice:has-text('Простите')")
    page.keyboard.press("Enter")
    assert status(page, "talk").startswith("Частично верно.")
    assert "Квиз пройден." in page.inner_text(".quiz-result")


def test_moving_an_item_keeps_the_focus_and_announces_the_place(page: Page) -> None:
    open_quiz(page, QUIZ)
    second = order_texts(page)[1]
    page.focus(f"{Q}steps li:nth-child(2) .quiz-move-up")
    page.keyboard.press("Enter")
    assert order_texts(page)[0] == second
    assert page.evaluate("document.activeElement.classList.contains('quiz-move-down')"), "focus stays on the item"
    assert f"«{second}» — место 1 из 3." in page.inner_text(f"{Q}steps [aria-live]")


def run_axe(page: Page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document)")
    return [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in result["violations"]]


def test_axe_finds_no_violations_on_a_quiz_before_and_after_answering(page: Page) -> None:
    open_quiz(page, QUIZ)
    assert run_axe(page) == []
    answer_everything(page)
    assert run_axe(page) == []


PAGE_KINDS = ["", "path/", "groups/", "groups/bargainers/", "tactics/", "tactics/return-to-start/", "antipatterns/",
              "antipatterns/ignore/", "cases/", "cases/hotel-nonrefundable-dates/", "quizzes/", "quizzes/groups-basics/",
              "guides/", "guides/law/", "glossary/", "authors/", "trainer/", "progress/", "diagnosis/",
              "quizzes/final-exam/key/"]
VIEWPORTS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_axe_finds_no_violations_on_any_page_kind(browser: Browser, real_served: ServedSite, scheme: str, viewport: str) -> None:
    context = browser.new_context(color_scheme=scheme, viewport=VIEWPORTS[viewport], base_url=real_served.url)
    page = context.new_page()
    found = {}
    for path in PAGE_KINDS:
        page.goto(path)
        expected = "slate" if scheme == "dark" else "default"
        assert page.get_attribute("body", "data-md-color-scheme") == expected
        if violations := run_axe(page):
            found[path] = violations
    context.close()
    assert found == {}


def test_no_injected_script_runs(page: Page) -> None:
    for path in ("quizzes/evil/", "quizzes/", "cases/evil-case/", "cases/", "groups/negotiators/"):
        page.goto(path)
        assert page.evaluate("window.__pwned") is None, path
    assert "<img src=x" in page.inner_text("article"), "the title is shown as text"


def test_without_javascript_every_question_and_option_can_be_read(browser: Browser, mini_served: ServedSite) -> None:
    context = browser.new_context(java_script_enabled=False, base_url=mini_served.url)
    page = context.new_page()
    page.goto(QUIZ)
    text = page.inner_text("article")
    for words in ("Клиент спокойно просит переложить плитку", "Готовые договориться", "Молчать три недели",
                  "Признать ошибку", "Плитка легла криво.", "Так и было задумано."):
        assert words in text
    page.click(f"{Q}which-group details.quiz-answer summary")
    assert "Верно — тон спокойный" in page.inner_text(f"{Q}which-group details.quiz-answer")
    context.close()


def _assets_requested(page: Page, path: str) -> list[str]:
    requested: list[str] = []
    page.on("request", lambda r: requested.append(urlparse(r.url).path) if "/assets/" in r.url else None)
    page.goto(path)
    page.wait_for_load_state("networkidle")
    return requested


def test_a_case_page_loads_no_quiz_code_and_a_quiz_page_loads_it(page: Page) -> None:
    on_case = _assets_requested(page, "cases/tiles-redo/")
    assert "/assets/site.js" in on_case
    assert [p for p in on_case if p.startswith("/assets/quiz/") and p.endswith(".js")] == []
    on_quiz = _assets_requested(page, QUIZ)
    assert "/assets/quiz/quiz.js" in on_quiz  # the built site has choice.js and the other static imports inlined
    assert page.get_attribute(".quiz", "data-quiz-ready") == "true"
