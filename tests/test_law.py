"""The law written once: taxonomy/law.yml, `law:` links, no article cited outside them, the law guide and the card."""
from __future__ import annotations

from pathlib import Path

from casekit import load_corpus
from casekit.pages import generate
from tests.test_loader import CASE

LAW = """# rules
rules:
  - id: withdrawal
    title: Отказ потребителя от услуги
    rule: |
      Клиент вправе отказаться в любой момент и оплатить только фактические расходы.
    conditions: |
      Не действует между компаниями: см. [договор двух компаний](law:b2b-withdrawal).
    articles: ["ст. 32 ЗоЗПП", "ст. 782 п. 1 ГК РФ"]
    scope: consumer
    checked: 2026-12-06
  - id: b2b-withdrawal
    title: Плата за отказ между компаниями
    rule: Компании могут договориться о плате за отказ.
    articles: ["ст. 310 п. 3 ГК РФ"]
    scope: b2b
    checked: "2026-11-30"
"""


def case_with(body_line: str) -> str:
    return CASE.replace("## Итог\nТекст.", f"## Итог\n{body_line}")


def problems_of(project: Path) -> list[str]:
    return [str(p) for p in load_corpus(project)[1]]


def test_rules_load_and_links_to_them_resolve(mini_project) -> None:
    project = mini_project({"taxonomy/law.yml": LAW,
                            "cases/law-case.md": case_with("Вернули деньги: [ст. 32 ЗоЗПП](law:withdrawal).")})
    corpus, problems = load_corpus(project)
    assert problems == []
    assert list(corpus.law) == ["withdrawal", "b2b-withdrawal"]
    assert corpus.law["withdrawal"].articles == ("ст. 32 ЗоЗПП", "ст. 782 п. 1 ГК РФ")
    assert corpus.law["withdrawal"].checked == "2026-12-06"


def test_an_article_outside_a_law_link_is_reported_at_its_line(mini_project) -> None:
    project = mini_project({"taxonomy/law.yml": LAW, "cases/law-case.md": case_with(
        "Вернули деньги по ст. 32 ЗоЗПП.\nСм. также [закон](law:withdrawal), п. 5 ст. 28, ПП РФ № 1912 и 123-ФЗ.")})
    assert problems_of(project) == [
        "cases/law-case.md:14: article reference 'ст. 32' outside a law: link; the law is cited through its rule, "
        "like [ст. 32 …](law:withdrawal) (the rules with this article: law:withdrawal)",
        "cases/law-case.md:15: article reference '123-ФЗ' outside a law: link; the law is cited through its rule, "
        "like [123-ФЗ …](law:<id>) (no rule in taxonomy/law.yml names this article yet: add one there)",
        "cases/law-case.md:15: article reference 'ПП РФ № 1912' outside a law: link; the law is cited through its rule, "
        "like [ПП РФ № 1912 …](law:<id>) (no rule in taxonomy/law.yml names this article yet: add one there)",
        "cases/law-case.md:15: article reference 'ст. 28' outside a law: link; the law is cited through its rule, "
        "like [ст. 28 …](law:<id>) (no rule in taxonomy/law.yml names this article yet: add one there)",
    ]


def test_a_summary_may_not_cite_an_article(mini_project) -> None:
    project = mini_project({"cases/law-case.md": CASE.replace("summary: Коротко.", "summary: Возврат по ст. 32.")})
    assert problems_of(project) == [
        "cases/law-case.md:3: article reference 'ст. 32' in a title or summary, which show no links: name the right "
        "in words here and cite the article in the body through a law: link"]


def test_a_law_link_to_an_unknown_rule_is_reported(mini_project) -> None:
    project = mini_project({"taxonomy/law.yml": LAW,
                            "cases/law-case.md": case_with("См. [ст. 32 ЗоЗПП](law:withdrawl).")})
    assert problems_of(project) == [
        "cases/law-case.md:14: link 'law:withdrawl' points nowhere: no law 'withdrawl' (did you mean 'withdrawal'?)"]


def test_law_file_problems_name_their_lines(mini_project) -> None:
    broken = LAW.replace("    scope: b2b\n", "    scope: business\n    sources: x\n").replace(
        "  - id: b2b-withdrawal", "  - id: withdrawal").replace('    checked: "2026-11-30"', "    checked: вчера")
    broken += "  - id: no-articles\n    title: Т\n    rule: П\n    scope: all\n    checked: 2026-12-06\n    articles: []\n"
    broken += "  - id: missing\n    title: Т\n"
    assert problems_of(mini_project({"taxonomy/law.yml": broken})) == [
        "taxonomy/law.yml:8: link 'law:b2b-withdrawal' points nowhere: no law 'b2b-withdrawal' (did you mean 'withdrawal'?)",
        "taxonomy/law.yml:12: 'rules[1].id': duplicate rule id 'withdrawal' (first at line 3)",
        "taxonomy/law.yml:16: 'rules[1].scope' must be one of 'consumer', 'b2b', 'all', found 'business'",
        "taxonomy/law.yml:17: unknown key 'rules[1].sources'",
        "taxonomy/law.yml:18: 'rules[1].checked' must be a date like 2026-12-06 (the day the rule was checked "
        "against the articles), found 'вчера'",
        "taxonomy/law.yml:24: 'rules[2].articles' must name at least one article, like 'ст. 32 ЗоЗПП'",
        "taxonomy/law.yml:25: missing required key 'rules[3].articles'",
        "taxonomy/law.yml:25: missing required key 'rules[3].checked'",
        "taxonomy/law.yml:25: missing required key 'rules[3].rule'",
        "taxonomy/law.yml:25: missing required key 'rules[3].scope'",
    ]


def test_the_law_guide_lists_every_rule_and_the_card_names_the_body_of_law(mini_project) -> None:
    project = mini_project({"taxonomy/law.yml": LAW,
                            "cases/law-case.md": case_with("Вернули деньги: [ст. 32 ЗоЗПП](law:withdrawal).")})
    corpus, problems = load_corpus(project)
    assert problems == []
    pages = generate(corpus)
    guide = pages["guides/law.md"]
    assert "### Отказ потребителя от услуги { #withdrawal }" in guide
    assert "### Плата за отказ между компаниями { #b2b-withdrawal }" in guide
    assert "<strong>Где написано:</strong> ст.\u00a032 ЗоЗПП; ст.\u00a0782 п.\u00a01 ГК РФ" in guide
    assert "<strong>Проверено:</strong> 6 декабря 2026" in guide
    assert "<strong>Проверено:</strong> 30 ноября 2026" in guide
    assert '<a href="../../guides/law/#b2b-withdrawal">договор двух компаний</a>' in guide
    assert '<strong>Опираются на правило:</strong> <a href="../../cases/law-case/">' in guide
    case = pages["cases/law-case.md"]
    assert '<strong>Право:</strong> <a href="../../guides/law/#rules">ЗоЗПП (клиент — потребитель)</a>' in case
    assert 'href="../../guides/law/#withdrawal"' in case


def test_a_case_citing_a_rule_between_businesses_is_labelled_a_contract_of_two_companies(mini_project) -> None:
    body = "Плата за отказ законна ([ст. 310 ГК](law:b2b-withdrawal)), не то что у [потребителя](law:withdrawal)."
    project = mini_project({"taxonomy/law.yml": LAW, "cases/law-case.md": case_with(body)})
    corpus, problems = load_corpus(project)
    assert problems == []
    assert "<strong>Право:</strong> <a href=\"../../guides/law/#rules\">ГК РФ (договор двух компаний)</a>" in \
        generate(corpus)["cases/law-case.md"]
