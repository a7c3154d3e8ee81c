"""The diagnosis aid: signals are data in the group definitions; ticking them names the likely group."""
from __future__ import annotations

from playwright.sync_api import Browser, Page

from casekit import load_corpus
from tests.conftest import MINI, ROOT, ServedSite
from tests.test_browser import run_axe


def test_signals_are_read_from_the_groups_and_a_bad_one_names_its_line(mini_project) -> None:
    corpus, problems = load_corpus(ROOT)
    assert problems == [] and all(len(g.signals) >= 5 for g in corpus.groups.values())
    text = (MINI / "taxonomy" / "groups" / "bargainers.md").read_text(encoding="utf-8").replace('  - "Торгуется"', "  - [1, 2]")
    _, problems = load_corpus(mini_project({"taxonomy/groups/bargainers.md": text}))
    line = text.split("\n").index("  - [1, 2]") + 1
    assert [str(p) for p in problems] == [f"taxonomy/groups/bargainers.md:{line}: 'signals[1]' must be a short text, found a list"]


def _tick(page: Page, *signals: str) -> str:
    for signal in signals:
        page.check(f"form.diagnosis label:has-text('{signal}')")
    return page.inner_text(".diagnosis-result")


def test_ticking_signals_names_the_group_and_shows_its_tactics(page: Page) -> None:
    page.goto("diagnosis/")
    page.wait_for_selector("form.diagnosis[data-ready]", state="attached")
    result = _tick(page, "Просит скидку", "Торгуется")
    assert "Похоже на группу «Группа 2 · Торгующиеся»: отмечено 2 признака" in result
    assert page.is_visible(".diagnosis-group[data-group='bargainers']")
    assert page.is_hidden(".diagnosis-group[data-group='negotiators']")
    assert "Смягчение удара" in page.inner_text(".diagnosis-group[data-group='bargainers']")
    result = _tick(page, "Спокойно просит решения", "Готов обсуждать")
    assert result.startswith("Поровну признаков у групп")
    page.click(".diagnosis-reset")
    page.wait_for_function("document.querySelector('.diagnosis-result').textContent.startsWith('Отметьте')")


def test_without_javascript_every_signal_and_group_block_is_readable(browser: Browser, mini_served: ServedSite) -> None:
    context = browser.new_context(java_script_enabled=False, base_url=mini_served.url)
    page = context.new_page()
    page.goto("diagnosis/")
    text = page.inner_text("article")
    for words in ("Отвергает любое предложение", "Просит скидку", "Готов обсуждать", "Тактики:", "Похожие кейсы:"):
        assert words in text
    context.close()


def test_axe_finds_no_violations_on_the_diagnosis_page_in_both_schemes(browser: Browser, real_served: ServedSite) -> None:
    for scheme in ("light", "dark"):
        context = browser.new_context(color_scheme=scheme, base_url=real_served.url)
        page = context.new_page()
        page.goto("diagnosis/")
        page.check("form.diagnosis input >> nth=0")
        assert run_axe(page) == [], scheme
        context.close()
