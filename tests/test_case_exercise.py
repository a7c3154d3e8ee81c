"""A case page as an exercise: the analysis waits for the reader's guess; without JavaScript and in print it reads whole."""
from __future__ import annotations

from playwright.sync_api import Browser, BrowserContext, Page

from tests.conftest import ServedSite
from tests.test_browser import run_axe

CASE = "cases/tiles-redo/"


def open_case(browser: Browser, served: ServedSite, **options: object) -> tuple[BrowserContext, Page]:
    """The mini case in a fresh browser (no stored guess), its guess form started."""
    context = browser.new_context(base_url=served.url, **options)
    page = context.new_page()
    page.goto(CASE)
    page.wait_for_selector("[data-case-guess][data-ready]", state="attached")
    return context, page


def guess(page: Page, group: str, tactic: str) -> None:
    page.check(f"label:has-text('{group}')")
    page.check(f"label:has-text('{tactic}')")
    page.click("[data-case-guess] button[type=submit]")


def test_the_analysis_waits_for_a_guess_and_the_guess_reaches_progress(page: Page) -> None:
    page.goto(CASE)
    page.wait_for_selector("[data-case-guess][data-ready]", state="attached")
    assert page.is_visible("[data-case-guess]")
    assert page.is_hidden(".admonition.success"), "the group and tactics wait for the guess"
    assert page.is_hidden("h2:has-text('Что сделали')") and page.is_visible("h2:has-text('Сигналы клиента')")
    assert run_axe(page) == []
    guess(page, "Группа 3 · Готовые договориться", "Возврат к точке отсчёта")
    verdict = page.inner_text(".case-guess-verdict")
    assert verdict.startswith("Группа угадана верно; тактика из тех, что сработали здесь.")
    assert page.is_visible(".admonition.success")
    assert run_axe(page) == []
    page.reload()
    page.wait_for_selector("[data-case-guess][data-ready]", state="attached")
    assert page.is_visible(".admonition.success"), "a guess made once stays made"
    page.goto("progress/")
    page.wait_for_selector(".progress-guesses")
    assert "Группа угадана верно в 1 из 1." in page.inner_text(".progress-guesses")


def test_a_wrong_guess_names_the_group_and_skipping_shows_the_analysis(browser: Browser, mini_served: ServedSite) -> None:
    context, page = open_case(browser, mini_served)
    guess(page, "Группа 1 · Непримиримые", "Смягчение удара")
    assert page.inner_text(".case-guess-verdict").startswith("Группа не та: это Группа 3 · Готовые договориться")
    context.close()
    context, page = open_case(browser, mini_served)
    page.click("[data-case-skip]")
    assert page.is_visible(".admonition.success")
    context.close()


def test_without_javascript_and_in_print_the_case_reads_whole(browser: Browser, mini_served: ServedSite) -> None:
    context = browser.new_context(java_script_enabled=False, base_url=mini_served.url)
    page = context.new_page()
    page.goto(CASE)
    assert page.is_hidden("[data-case-guess]")
    assert page.is_visible(".admonition.success")
    context.close()
    context, page = open_case(browser, mini_served)
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.is_visible(".admonition.success"), "printing shows the whole case"
    context.close()


def test_axe_finds_no_violations_in_the_dark_scheme_before_and_after_the_guess(browser: Browser,
                                                                                mini_served: ServedSite) -> None:
    context, page = open_case(browser, mini_served, color_scheme="dark")
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"
    assert run_axe(page) == []
    guess(page, "Группа 2 · Торгующиеся", "Смягчение удара")
    assert page.is_visible(".admonition.success")
    assert run_axe(page) == []
    context.close()
