"""The site's search (Pagefind): Russian word forms, filters, keyboard, screen reader, no index until used."""
from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Iterator
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, Page

from casekit.write.search import SearchIndexError, index_site
from casekit.write.site import build_site
from tests.conftest import QuietHandler, ServedSite
from tests.test_browser import run_axe, tab_to

STATUS = "[data-search-status]"
LINKS = ".site-search__results .site-search__link"

# What a trainee types, and the page that must be among the results shown (the first ten).
QUERIES = [
    ("непримиримыми", "/groups/irreconcilable/"),
    ("торгующимися", "/groups/bargainers/"),
    ("готовых договориться", "/groups/negotiators/"),
    ("непримир", "/groups/irreconcilable/"),
    ("непримиримый", "/groups/irreconcilable/"),
    ("смягчением удара", "/tactics/soften-the-blow/"),
    ("возврата к точке отсчёта", "/tactics/return-to-start/"),
    ("отсчета", "/tactics/return-to-start/"),
    ("в письменном виде", "/tactics/written-record/"),
    ("перепиской", "/tactics/written-record/"),
    ("защитой сотрудников", "/tactics/defend-staff/"),
    ("вежливым расставанием", "/tactics/part-politely/"),
    ("клиенту", "/guides/law/"),
    ("игнорированием", "/antipatterns/ignore/"),
    ("перепалкой", "/antipatterns/squabble/"),
    ("уступками шантажу", "/antipatterns/cave-in/"),
    ("пустыми обещаниями", "/antipatterns/empty-promise/"),
    ("фитнес-клубе", "/cases/fitness-club-freeze-blackmail/"),
    ("невозвратной брони", "/cases/hotel-nonrefundable-dates/"),
    ("стоматологии", "/cases/clinic-appointment-mixup/"),
    ("грейс-периода", "/cases/bank-grace-period-polite/"),
    ("квизе", "/quizzes/"),
    ("итоговом тесте", "/quizzes/final-exam/"),
    ("словаре", "/glossary/"),
    ("скидку отель", "/groups/bargainers/"),
]


def open_search(page: Page) -> None:
    page.wait_for_selector("[data-search-ready]", state="attached")
    page.click("[data-search-open]")
    page.wait_for_selector("[data-search-dialog][open]")


def search(page: Page, query: str) -> list[str]:
    """Type query into the open search box; returns the result links' paths once they are shown."""
    page.fill("#site-search-query", query)
    page.wait_for_selector("[data-search-results][aria-busy='false']", state="attached", timeout=15000)
    return [urlparse(href).path for href in page.eval_on_selector_all(LINKS, "links => links.map(a => a.href)")]


def found(page: Page) -> int:
    """The number the live region announces."""
    text = page.inner_text(STATUS)
    return 0 if text == "Ничего не найдено" else int(text.removeprefix("Найдено: ").split(",")[0])


@pytest.fixture(scope="module")
def searching(browser: Browser, real_served: ServedSite) -> Iterator[Page]:
    """One page of the real site with the search open, shared by the query tests."""
    context = browser.new_context(base_url=real_served.url)
    page = context.new_page()
    page.goto("cases/")
    open_search(page)
    yield page
    context.close()


@pytest.mark.parametrize(("query", "expected"), QUERIES, ids=[q for q, _ in QUERIES])
def test_a_word_form_finds_its_page(searching: Page, query: str, expected: str) -> None:
    assert expected in search(searching, query)


def test_more_words_narrow_the_results(searching: Page) -> None:
    search(searching, "скидку")
    discount = found(searching)
    search(searching, "отель")
    hotel = found(searching)
    search(searching, "скидку отель")
    assert 0 < found(searching) < min(discount, hotel)


def test_a_result_shows_title_kind_and_a_highlighted_snippet(searching: Page) -> None:
    paths = search(searching, "невозвратной брони")
    first = searching.locator(".site-search__result").nth(paths.index("/cases/hotel-nonrefundable-dates/"))
    assert first.locator(".site-search__title").inner_text() == "Гость ошибся датами невозвратной брони и грозит скандалом"
    assert first.locator(".site-search__kind").inner_text() == "кейс"
    marks = [m.lower() for m in first.locator(".site-search__excerpt mark").all_inner_texts()]
    assert "невозвратной" in marks or "брони" in marks, marks


def test_an_answer_key_is_not_in_the_index(searching: Page) -> None:
    search(searching, "ключ ответов")
    links = searching.eval_on_selector_all(".site-search__result a", "links => links.map(a => a.getAttribute('href'))")
    assert not any("/key/" in (href or "") for href in links), links


def test_the_live_region_announces_the_count_in_russian(searching: Page) -> None:
    assert searching.get_attribute(STATUS, "role") == "status"
    search(searching, "стоматологии")
    shown = searching.locator(".site-search__result").count()
    assert 0 < shown < 10
    assert searching.inner_text(STATUS) == f"Найдено: {shown}"
    search(searching, "непримиримыми")
    assert searching.inner_text(STATUS) == f"Найдено: {found(searching)}, показано 10"
    assert found(searching) > 10
    search(searching, "zzzqqq")
    assert searching.inner_text(STATUS) == "Ничего не найдено"
    assert searching.locator(".site-search__result").count() == 0


def test_filters_by_kind_and_by_client_group(searching: Page) -> None:
    searching.select_option("#site-search-kind", "тактика")
    try:
        search(searching, "непримиримыми")
        kinds = searching.locator(".site-search__kind").all_inner_texts()
        assert kinds and set(kinds) == {"тактика"}
    finally:
        searching.select_option("#site-search-kind", "")
    searching.select_option("#site-search-group", "Группа 2 · Торгующиеся")
    try:
        paths = search(searching, "отель")
        assert "/cases/hotel-nonrefundable-dates/" in paths
        assert "/cases/hotel-late-checkout-polite/" not in paths, "a case of another group"
        assert set(searching.locator(".site-search__kind").all_inner_texts()) <= {"кейс", "группа"}
    finally:
        searching.select_option("#site-search-group", "")
    assert "/cases/hotel-late-checkout-polite/" in search(searching, "отель")


def test_more_results_on_request_with_the_focus_on_the_first_new_one(searching: Page) -> None:
    search(searching, "клиенту")
    total = found(searching)
    searching.click("[data-search-more]")
    searching.wait_for_function(f"document.querySelectorAll('{LINKS}').length > 10")
    assert searching.locator(LINKS).count() == min(20, total)
    assert searching.evaluate(f"document.activeElement === document.querySelectorAll('{LINKS}')[10]")


def _requests(page: Page) -> list[str]:
    seen: list[str] = []
    page.on("request", lambda r: seen.append(urlparse(r.url).path))
    return seen


def test_a_page_load_fetches_no_index_until_the_search_opens(browser: Browser, real_served: ServedSite) -> None:
    context = browser.new_context(base_url=real_served.url)
    page = context.new_page()
    requested = _requests(page)
    for path in ("", "cases/hotel-nonrefundable-dates/", "quizzes/groups-basics/"):
        page.goto(path)
        page.wait_for_load_state("networkidle")
    assert "/assets/site.js" in requested and "/assets/search/search.css" not in requested
    assert [p for p in requested if p.startswith("/pagefind/") or "search_index" in p] == []
    open_search(page)
    page.wait_for_load_state("networkidle")
    assert "/pagefind/pagefind.js" in requested
    assert not any(p.endswith(".pf_fragment") for p in requested), "no page's data before a query"
    context.close()


def test_search_with_the_keyboard_alone(browser: Browser, real_served: ServedSite) -> None:
    context = browser.new_context(base_url=real_served.url)
    page = context.new_page()
    page.goto("groups/")
    tab_to(page, "[data-search-open]")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "site-search-query"
    page.keyboard.press("Escape")
    assert page.locator("[data-search-dialog]").is_hidden()
    assert page.evaluate("document.activeElement.matches('[data-search-open]')"), "focus goes back to the button"
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "site-search-query"
    page.keyboard.type("перепалкой")
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement.matches('.site-search__link')")
    assert urlparse(page.evaluate("document.activeElement.href")).path == "/antipatterns/squabble/"
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.locator("article h1", has_text="Перепалка").wait_for()  # instant navigation swaps the content after the URL
    assert urlparse(page.url).path == "/antipatterns/squabble/"
    assert page.locator("[data-search-dialog]").is_hidden()
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_with_the_search_open(browser: Browser, real_served: ServedSite, scheme: str) -> None:
    context = browser.new_context(color_scheme=scheme, base_url=real_served.url)
    page = context.new_page()
    page.goto("quizzes/groups-basics/")
    open_search(page)
    assert run_axe(page) == []
    search(page, "непримиримыми")
    assert page.locator(".site-search__excerpt mark").count() > 0
    assert run_axe(page) == []
    context.close()


def test_search_works_from_a_sub_path(browser: Browser, real_served: ServedSite, tmp_path: Path) -> None:
    (tmp_path / "trudny-klient").symlink_to(real_served.path, target_is_directory=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    context = browser.new_context()
    page = context.new_page()
    requested = _requests(page)
    try:
        page.goto(f"{base}/trudny-klient/cases/")
        open_search(page)
        assert "/trudny-klient/groups/irreconcilable/" in search(page, "непримиримыми")
        page.click(f"{LINKS}[href='/trudny-klient/groups/irreconcilable/']")
        page.locator("article h1", has_text="Группа 1").wait_for()
        assert urlparse(page.url).path == "/trudny-klient/groups/irreconcilable/"
        assert [p for p in requested if not p.startswith("/trudny-klient/")] == []
    finally:
        context.close()
        server.shutdown()


def test_a_title_that_looks_like_markup_is_shown_as_text(page: Page) -> None:
    page.goto("cases/")
    open_search(page)
    assert "/cases/evil-case/" in search(page, "плитку")
    title = page.locator(f"{LINKS}[href='/cases/evil-case/'] .site-search__title")
    assert title.inner_text().startswith("<img src=x")
    assert page.evaluate("window.__pwned") is None


def indexed_pages(site: Path) -> list[dict[str, object]]:
    """Every page record in a Pagefind bundle (its fragments are gzip'd JSON after a signature)."""
    pages = []
    for fragment in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes())
        pages.append(json.loads(data.removeprefix(b"pagefind_dcd")))
    return pages


def test_the_index_holds_page_text_only(real_site: Path) -> None:
    pages = {p["url"]: p for p in indexed_pages(real_site)}
    assert not (real_site / "search").exists(), "Material's search index is not built"
    group = pages["/groups/irreconcilable/"]
    assert group["filters"] == {"kind": ["группа"], "group": ["Группа 1 · Непримиримые"]}
    assert group["meta"]["title"] == "Группа 1 · Непримиримые"
    case = pages["/cases/hotel-nonrefundable-dates/"]
    assert case["filters"] == {"kind": ["кейс"], "group": ["Группа 2 · Торгующиеся"]}
    for record in pages.values():
        text = str(record["content"])
        assert "¶" not in text and "Перейти к содержанию" not in text, record["url"]
    quiz = pages["/quizzes/groups-basics/"]
    assert quiz["filters"] == {"kind": ["квиз"]}
    assert "Три группы клиентов" in str(quiz["content"])
    assert "Ответ и разбор" not in str(quiz["content"]) and "Пояснение" not in str(quiz["content"]), "answers are searchable"


def test_casekit_build_indexes_the_site_and_ships_no_unused_ui(mini_project) -> None:
    project = mini_project()
    result = _casekit_build(project)
    assert result.returncode == 0, result.stderr
    bundle = project / "site" / "pagefind"
    assert (bundle / "pagefind.js").is_file()
    assert not list(bundle.glob("pagefind-*ui*")) and not (bundle / "pagefind-highlight.js").exists()
    urls = {page["url"] for page in indexed_pages(project / "site")}
    assert {"/cases/tiles-redo/", "/groups/negotiators/", "/quizzes/basics/"} <= urls
    assert "/404.html" not in urls and not any("404" in str(url) for url in urls)


def _casekit_build(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "casekit", "--root", str(project), "build"], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


def _bundle(site: Path) -> dict[str, bytes]:
    bundle = site / "pagefind"
    return {path.relative_to(bundle).as_posix(): path.read_bytes() for path in sorted(bundle.rglob("*")) if path.is_file()}


def test_a_build_whose_pages_did_not_change_reuses_the_last_index_and_an_edit_is_indexed(mini_project) -> None:
    project = mini_project()
    assert _casekit_build(project).returncode == 0
    first = _bundle(project / "site")
    shutil.rmtree(project / "site")
    again = _casekit_build(project)
    assert again.returncode == 0, again.stderr
    assert "search index of the last build reused" in again.stderr
    assert _bundle(project / "site") == first, "the kept bundle comes back whole"
    case = project / "cases" / "tiles-redo.md"
    case.write_text(case.read_text(encoding="utf-8").replace("\n## ", "\nКлиент упомянул слово шпатлёвкаобразный.\n\n## ", 1),
                    encoding="utf-8")
    edited = _casekit_build(project)
    assert edited.returncode == 0 and "search index written" in edited.stderr, edited.stderr
    text = {page["url"]: str(page["content"]) for page in indexed_pages(project / "site")}
    assert "шпатлёвкаобразный" in text["/cases/tiles-redo/"], "an edited page is indexed again"
    assert set(text) == {page["url"] for page in [json.loads(gzip.decompress(data).removeprefix(b"pagefind_dcd"))
                                                  for name, data in first.items() if name.startswith("fragment/")]}


def test_a_failed_index_keeps_the_previous_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("old", encoding="utf-8")
    write_new = "import os, sys; os.makedirs(sys.argv[-1]); open(os.path.join(sys.argv[-1], 'index.html'), 'w').write('new')"

    def failing(partial: Path) -> None:
        assert (partial / "index.html").read_text(encoding="utf-8") == "new", "runs on the new build, before the swap"
        raise SearchIndexError("search index: Pagefind failed")

    assert build_site(tmp_path, [sys.executable, "-c", write_new], site, finish=failing) == 1
    assert (site / "index.html").read_text(encoding="utf-8") == "old"
    assert not (tmp_path / "site.partial").exists()
    assert "search index: Pagefind failed" in capsys.readouterr().err
    assert build_site(tmp_path, [sys.executable, "-c", write_new], site, finish=lambda partial: None) == 0
    assert (site / "index.html").read_text(encoding="utf-8") == "new"


def test_indexing_a_site_with_no_page_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SearchIndexError, match="Pagefind failed\n  Error: Pagefind was not able to build an index") as error:
        index_site(tmp_path)
    assert str(error.value).count("not able to build") == 1
