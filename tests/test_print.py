"""Printing: a quiz page on paper is a clean trainee sheet; the answer key lists every answer and path.

Browser tests emulate print media in Debian's Chromium against the mini fixture
(its quiz `basics` has one question of each type); the real site is used for the
answer keys of every quiz and for axe-core.
"""
from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Iterator

import pytest
from playwright.sync_api import Browser, Page

from casekit import load_corpus
from casekit.pages import generate
from tests.conftest import MINI, ServedSite, build_and_serve, copy_mini
from tests.htmlpage import page_text
from tests.test_browser import run_axe, settled

QUIZ = "quizzes/basics/"
KEY = "quizzes/basics/key/"
Q = "#quiz-basics-"
CHROME = [".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-search"]


@pytest.fixture(scope="module")
def mini_site(tmp_path_factory: pytest.TempPathFactory) -> ServedSite:
    project = copy_mini(tmp_path_factory.mktemp("print") / "project")
    return build_and_serve(project, project / "site")


@pytest.fixture
def page(browser: Browser, mini_site: ServedSite) -> Iterator[Page]:
    context = browser.new_context(base_url=mini_site.url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert errors == []


def open_quiz(page: Page) -> None:
    page.goto(QUIZ)
    page.wait_for_selector(".quiz[data-quiz-ready]", state="attached")


def visible(page: Page, selector: str) -> list[bool]:
    return [item.is_visible() for item in page.locator(selector).all()]


def test_the_printed_quiz_has_no_site_chrome_answers_controls_or_result(page: Page) -> None:
    open_quiz(page)
    hidden_on_paper = [*CHROME, "details.quiz-answer", ".quiz-check", ".quiz-result", ".quiz-key-link", ".quiz-choice"]
    for selector in (".md-header", ".md-tabs", ".md-sidebar--primary", ".quiz-check", ".quiz-result", ".quiz-key-link",
                     ".quiz-choice"):
        assert any(visible(page, selector)), f"{selector} is on the screen"
    assert page.locator(".quiz-check").count() == 3, "single, multiple and order each have «Проверить»"
    page.emulate_media(media="print")
    assert {s: visible(page, s) for s in hidden_on_paper if any(visible(page, s))} == {}
    assert not any(visible(page, "button")), "no button of any kind on paper"


def test_every_prompt_and_option_prints(page: Page) -> None:
    open_quiz(page)
    page.emulate_media(media="print")
    legends = page.locator(".quiz-question legend")
    assert legends.count() == 4 and all(visible(page, ".quiz-question legend"))
    labels = page.locator(".quiz-options label")
    assert labels.count() == 5 and all(visible(page, ".quiz-options label"))
    assert all(visible(page, ".quiz-options input")), "a circle or a box to mark by hand"
    assert page.eval_on_selector(f"{Q}which-group-0", "e => getComputedStyle(e).appearance") == "none"
    assert all(visible(page, f"{Q}steps .quiz-item-text"))


def test_a_scenario_prints_as_its_first_step_with_the_choices_and_no_consequences(page: Page) -> None:
    open_quiz(page)
    page.click(f"{Q}talk .quiz-choice:has-text('Так и было задумано')")  # the trainee walked on
    assert page.is_visible(f"{Q}talk-angry") and not page.is_visible(f"{Q}talk-call .quiz-choices")
    page.emulate_media(media="print")
    assert page.is_visible(f"{Q}talk-call")
    assert page.is_visible(f"{Q}talk-call .quiz-client")
    choices = page.locator(f"{Q}talk-call .quiz-choice-text")
    assert [c.is_visible() for c in choices.all()] == [True, True]
    assert sorted(choices.all_inner_texts()) == ["Приедем и переложим за наш счёт.", "Так и было задумано."]
    for later in ("angry", "good-end", "so-so-end", "bad-end"):
        assert not page.is_visible(f"{Q}talk-{later}"), later
    assert not any(visible(page, f"{Q}talk .quiz-consequence"))
    assert not any(visible(page, f"{Q}talk .quiz-said"))
    assert page.is_visible(f"{Q}talk .quiz-print-only:has-text('только начало разговора')")


def test_an_answered_question_prints_without_its_verdict_or_marks(page: Page) -> None:
    open_quiz(page)
    page.check(f"{Q}which-group-1")
    page.click(f"{Q}which-group .quiz-check")
    settled(page)
    assert page.is_visible(f"{Q}which-group .quiz-status") and page.is_visible(f"{Q}which-group .quiz-mark")
    page.emulate_media(media="print")
    assert not page.is_visible(f"{Q}which-group .quiz-status")
    assert not any(visible(page, ".quiz-mark"))
    assert not any(visible(page, ".quiz-reset"))


def test_the_name_line_shows_on_paper_only(page: Page) -> None:
    open_quiz(page)
    line = page.locator(".quiz-print-name")
    assert line.count() == 1 and not line.is_visible()
    page.emulate_media(media="print")
    assert line.is_visible()
    assert re.fullmatch(r"Имя и\s+фамилия:\s+Дата:", line.inner_text().strip())
    box = line.bounding_box()
    first = page.locator(".quiz-question").first.bounding_box()
    assert box and first and box["y"] < first["y"], "above the first question"


def test_an_assignment_link_prints_only_its_questions(page: Page) -> None:
    page.goto(QUIZ + "?questions=steps,which-group")
    page.wait_for_selector(".quiz[data-quiz-ready]", state="attached")
    page.emulate_media(media="print")
    shown = [f.get_attribute("data-question") for f in page.locator(".quiz-question").all() if f.is_visible()]
    assert sorted(shown) == ["steps", "which-group"]


def test_the_quiz_links_to_its_key(page: Page) -> None:
    open_quiz(page)
    page.click("text=Ключ ответов для тренера")
    page.wait_for_url("**/" + KEY)
    page.wait_for_selector("h1:has-text('Ключ ответов: Основы')")  # instant navigation swaps the content after the URL


def shown_options(page: Page, question: str) -> list[str]:
    return page.eval_on_selector_all(f"{Q}{question} .quiz-options input", "es => es.map(e => e.value)")


def test_the_key_marks_every_option_in_the_order_of_the_quiz_page(page: Page) -> None:
    open_quiz(page)
    orders = {q: shown_options(page, q) for q in ("which-group", "bad-moves")}
    page.goto(KEY)
    assert "Ключ ответов — для тренера" in page.inner_text("article")
    for question, order in orders.items():
        options = page.locator(f".key-question[data-question='{question}'] .key-option")
        assert [o.get_attribute("data-option") for o in options.all()] == order
    single = page.locator(".key-question[data-question='which-group'] .key-option")
    texts = {o.get_attribute("data-option"): o.inner_text() for o in single.all()}
    assert texts["0"].startswith("✓ Верный вариант: Готовые договориться")
    assert "Верно — тон спокойный, клиент хочет решения." in texts["0"]
    assert texts["1"].startswith("✗ Неверный вариант: Непримиримые")
    assert "Нет — он не пытается навредить." in texts["1"]
    multiple = page.locator(".key-question[data-question='bad-moves'] .key-option[data-correct='true']")
    assert multiple.count() == 2 and all("✓ Верный вариант" in t for t in multiple.all_inner_texts())
    article = page.inner_text("article")
    assert "Смотрите на тон и цель клиента." in article, "the explanation"


def test_the_key_lists_every_scenario_path_with_the_best_and_the_worst_marked(page: Page) -> None:
    page.goto(KEY)
    paths = page.locator(".key-question[data-question='talk'] .key-path")
    assert paths.count() == 3
    assert "Все пути от начала до исхода (3)" in page.inner_text(".key-question[data-question='talk']")
    heads = [p.locator(".key-path-head").inner_text() for p in paths.all()]
    assert heads == ["2 балла · Удачный исход ★ лучший путь", "1 балл · Половинчатый исход",
                     "0 баллов · Неудачный исход ▼ худший путь"]
    best = paths.nth(0).locator(".key-steps li").all_inner_texts()
    assert best == ["call: Приедем и переложим за наш счёт. (+2)", "Исход good-end: Удачный исход"]
    worst = paths.nth(2).locator(".key-steps li").all_inner_texts()
    assert worst == ["call: Так и было задумано. (0)", "angry: Не нравится — ищите других. (0)",
                     "Исход bad-end: Неудачный исход"]


def test_the_key_prints_whole_without_site_chrome(page: Page) -> None:
    page.goto(KEY)
    page.emulate_media(media="print")
    assert {s: visible(page, s) for s in CHROME if any(visible(page, s))} == {}
    for selector in (".key-option", ".key-feedback", ".key-path", ".key-explanation", ".key-node", ".key-consequence"):
        assert page.locator(selector).count() > 0 and all(visible(page, selector)), selector
    breaks = page.eval_on_selector_all(".key-option, .key-path", "es => es.map(e => getComputedStyle(e).breakInside)")
    assert set(breaks) == {"avoid"}


def test_axe_finds_no_violations_on_a_key_page(page: Page) -> None:
    page.goto(KEY)
    assert run_axe(page) == []


def test_axe_finds_no_violations_on_a_real_key_page(browser: Browser, real_served: ServedSite) -> None:
    for scheme in ("light", "dark"):
        context = browser.new_context(base_url=real_served.url, color_scheme=scheme)
        page = context.new_page()
        page.goto("quizzes/final-exam/key/")
        assert page.locator(".key-path.is-best").count() >= 1
        assert run_axe(page) == [], scheme
        context.close()


def test_every_real_key_shows_options_in_the_order_of_its_quiz_page(real_site: Path) -> None:
    quizzes = [p.parent.parent.name for p in (real_site / "quizzes").glob("*/key/index.html")]
    assert len(quizzes) >= 10
    for slug in quizzes:
        quiz = page_text(real_site, f"/quizzes/{slug}/")
        key = page_text(real_site, f"/quizzes/{slug}/key/")
        for question in re.findall(r'data-question="([^"]+)" data-type="(?:single|multiple)"', key):
            shown = re.findall(rf'name="quiz-{slug}-{question}" value="(\d+)"', quiz)
            block = key.split(f'data-question="{question}"', 1)[1].split('class="key-question"', 1)[0]
            assert re.findall(r'class="key-option[^"]*" data-option="(\d+)"', block) == shown, (slug, question)
        assert 'href="key/"' in quiz
    key = (real_site / "quizzes" / "final-exam" / "key" / "index.html").read_text(encoding="utf-8")
    quiz = (real_site / "quizzes" / "final-exam" / "index.html").read_text(encoding="utf-8")
    assert "data-pagefind-body" in quiz and "data-pagefind-body" not in key, "answers stay out of the site search"


LADDER_STEP = """      - id: n{i}
        client: Шаг {i}.
        choices:
          - text: Да
            points: 1
            consequence: Ладно.
            next: n{next}
          - text: Нет
            consequence: Ладно.
            next: n{next}
"""


def test_a_huge_scenario_lists_200_paths_and_counts_the_rest(tmp_path: Path) -> None:
    steps = "".join(LADDER_STEP.format(i=i, next=i + 1) for i in range(40))
    quiz = ("title: Лестница\nquestions:\n  - id: ladder\n    type: scenario\n    prompt: Сорок шагов.\n"
            "    group: negotiators\n    start: n0\n    nodes:\n" + steps +
            "      - id: n40\n        verdict: good\n        debrief: Дошли.\n")
    project = copy_mini(tmp_path / "project", {"quizzes/ladder.yml": quiz})
    corpus, problems = load_corpus(project)
    assert problems == []
    started = time.perf_counter()
    key = generate(corpus)["quizzes/ladder/key.md"]
    assert time.perf_counter() - started < 5
    assert key.count('<li class="key-path') == 200
    more = re.search(r"…и ещё не меньше (\d+) (путь|пути|путей)\.", key)
    assert more and int(more.group(1)) > 1000
    assert "Лучший путь по этому сценарию приносит 40 баллов." in key


def test_paths_in_a_scenario_with_a_loop_never_revisit_a_node(tmp_path: Path) -> None:
    quiz = """title: Петля
questions:
  - id: loop
    type: scenario
    prompt: Разговор по кругу.
    group: negotiators
    start: a
    nodes:
      - id: a
        client: А.
        choices:
          - {text: В бэ, consequence: Дальше., next: b, points: 1}
          - {text: Конец, consequence: Всё., next: end}
      - id: b
        client: Бэ.
        choices:
          - {text: Назад, consequence: Опять., next: a, points: 1}
          - {text: Конец, consequence: Всё., next: end, points: 2}
      - id: end
        verdict: partial
        debrief: Закончили.
"""
    project = copy_mini(tmp_path / "project", {"quizzes/loop.yml": quiz})
    corpus, problems = load_corpus(project)
    assert problems == []
    key = generate(corpus)["quizzes/loop/key.md"]
    assert "Все пути от начала до исхода (2):" in key
    assert key.count('<li class="key-path') == 2
    assert re.search(r'data-points="3"><p class="key-path-head">3 балла · Половинчатый исход <strong class="key-mark">★', key)


def test_the_mini_key_page_is_generated_from_the_fixture() -> None:
    corpus, _ = load_corpus(MINI)
    key = generate(corpus)["quizzes/basics/key.md"]
    assert key.startswith("---\nsearch:\n  exclude: true\n"), "answers stay out of the site search"
    assert key.count("## Вопрос ") == 4
