"""The real corpus, built once: every page exists and links go both ways."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from casekit import load_corpus
from tests.conftest import ROOT
from tests.htmlpage import content_links, page_text

CORPUS, PROBLEMS = load_corpus(ROOT)


def test_the_real_corpus_has_no_problems() -> None:
    assert [str(p) for p in PROBLEMS] == []


@pytest.mark.parametrize("url", ["/", "/groups/", "/tactics/", "/antipatterns/", "/cases/"])
def test_index_pages_exist(real_site: Path, url: str) -> None:
    assert "<h1" in page_text(real_site, url)


def test_every_page_of_the_contract_exists(real_site: Path) -> None:
    urls = ([f"/groups/{s}/" for s in CORPUS.groups] + [f"/tactics/{s}/" for s in CORPUS.tactics]
            + [f"/antipatterns/{s}/" for s in CORPUS.antipatterns] + [f"/cases/{s}/" for s in CORPUS.cases])
    missing = [u for u in urls if not (real_site / u.strip("/") / "index.html").is_file()]
    assert missing == []


def test_case_and_group_link_both_ways(real_site: Path) -> None:
    for case in CORPUS.cases.values():
        assert f"/groups/{case.group}/" in content_links(real_site, f"/cases/{case.slug}/")
        assert f"/cases/{case.slug}/" in content_links(real_site, f"/groups/{case.group}/")


def test_case_and_tactic_link_both_ways(real_site: Path) -> None:
    for case in CORPUS.cases.values():
        for tactic in case.tactics:
            assert f"/tactics/{tactic}/" in content_links(real_site, f"/cases/{case.slug}/")
            assert f"/cases/{case.slug}/" in content_links(real_site, f"/tactics/{tactic}/")


def test_case_links_to_its_antipatterns_and_they_back(real_site: Path) -> None:
    for case in CORPUS.cases.values():
        for antipattern in case.antipatterns:
            assert f"/antipatterns/{antipattern}/" in content_links(real_site, f"/cases/{case.slug}/")
            assert f"/cases/{case.slug}/" in content_links(real_site, f"/antipatterns/{antipattern}/")


def test_related_cases_link_both_ways(real_site: Path) -> None:
    pairs = [(case.slug, other) for case in CORPUS.cases.values() for other in case.related]
    assert pairs, "the corpus should have related cases"
    for slug, other in pairs:
        assert f"/cases/{other}/" in content_links(real_site, f"/cases/{slug}/")
        assert f"/cases/{slug}/" in content_links(real_site, f"/cases/{other}/")


def test_the_case_index_lists_every_case(real_site: Path) -> None:
    linked = content_links(real_site, "/cases/")
    assert {f"/cases/{s}/" for s in CORPUS.cases} <= linked


def test_the_case_index_finds_group_two_cases_where_the_company_was_at_fault(real_site: Path) -> None:
    html = page_text(real_site, "/cases/")
    section = html.split('id="bargainers-company"')[1].split('<h2')[0].split('<h3')[0]
    expected = {c.slug for c in CORPUS.cases.values() if c.group == "bargainers" and c.fault == "company"}
    assert expected
    for slug in CORPUS.cases:
        assert (f'href="{slug}/"' in section) == (slug in expected), slug


def test_every_internal_link_resolves(real_site: Path) -> None:
    broken = []
    for page in real_site.rglob("index.html"):
        url = "/" + page.parent.relative_to(real_site).as_posix() + "/"
        url = "/" if url == "/./" else url
        for target in content_links(real_site, url):
            if not (real_site / target.strip("/") / "index.html").is_file() and not (real_site / target.strip("/")).is_file():
                broken.append(f"{url} -> {target}")
    assert broken == []


def test_the_case_page_has_a_header_card(real_site: Path) -> None:
    html = page_text(real_site, "/cases/pickup-point-shelf-overload/")
    for label in ("Группа:", "Тактики:", "Отрасль:", "Кто виноват:", "Итог:", "Источник:"):
        assert label in html
    assert "по мотивам реальной истории, детали изменены" in html and "001_f7eb89c4917e3eca.txt" not in html


def test_no_request_to_another_host(real_site: Path) -> None:
    for page in real_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html, page


def test_case_pages_link_to_the_quizzes_that_use_them(real_site: Path) -> None:
    pairs = {(case, quiz.slug) for quiz in CORPUS.quizzes.values() for case in quiz.cases()}
    assert pairs
    for case, quiz in pairs:
        assert f"/quizzes/{quiz}/" in content_links(real_site, f"/cases/{case}/"), (case, quiz)


def test_the_quiz_index_lists_every_quiz_with_its_size(real_site: Path) -> None:
    html = page_text(real_site, "/quizzes/")
    for quiz in CORPUS.quizzes.values():
        assert f'href="{quiz.slug}/"' in html
    assert "вопрос" in html


def test_the_learning_path_ends_every_module_with_a_quiz(real_site: Path) -> None:
    linked = content_links(real_site, "/path/")
    assert {f"/quizzes/{slug}/" for slug in CORPUS.quizzes} <= linked
    assert "/groups/irreconcilable/" in linked and "/tactics/return-to-start/" in linked


def test_the_law_guide_lists_every_rule_with_its_articles_and_checked_date(real_site: Path) -> None:
    html = page_text(real_site, "/guides/law/")
    assert CORPUS.law, "taxonomy/law.yml holds the rules"
    for rule in CORPUS.law.values():
        section = html.split(f'id="{rule.id}"', 1)[1].split("<h3", 1)[0]
        assert "Где написано:" in section and "Проверено:" in section, rule.id
        assert all(article.split()[-1] in section for article in rule.articles), rule.id


def test_every_law_link_lands_on_its_rule_and_each_case_card_names_its_body_of_law(real_site: Path) -> None:
    law = page_text(real_site, "/guides/law/")
    for page in real_site.rglob("index.html"):
        for rule in set(re.findall(r'href="[./]*guides/law/#([a-z0-9-]+)"', page.read_text(encoding="utf-8"))):
            assert rule == "rules" or f'id="{rule}"' in law, (page, rule)
    cited = [case for case in CORPUS.cases.values() if "](law:" in case.body]
    assert len(cited) >= len(CORPUS.cases) // 2
    for case in cited:
        assert "Право:" in page_text(real_site, f"/cases/{case.slug}/"), case.slug


def test_trainer_notes_are_on_the_trainer_pages_only_and_out_of_search(real_site: Path) -> None:
    assert "/trainer/cases/" in content_links(real_site, "/trainer/")
    for case in CORPUS.cases.values():
        url = f"/trainer/cases/{case.slug}/"
        html = page_text(real_site, url)
        assert "data-pagefind-body" not in html, url
        assert "Хороший ответ" in html, url
        assert "Хороший ответ" not in page_text(real_site, f"/cases/{case.slug}/"), case.slug
        assert url not in content_links(real_site, f"/cases/{case.slug}/")
    key_links = content_links(real_site, "/quizzes/groups-basics/key/")
    assert any(link.startswith("/trainer/cases/") for link in key_links)
