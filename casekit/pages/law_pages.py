"""The legal rules on the law guide, each under the anchor its `law:<id>` links point to, and a case's body of law."""
from __future__ import annotations

from typing import Iterator

from casekit.model import links
from casekit.model.corpus import Case, Corpus
from casekit.model.law import SCOPES, LawRule, body_of_law
from casekit.pages.html import a, page_url, text
from casekit.pages.markdown import inline, raw_html
from casekit.pages.render import to_html

MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря")
HEADING = "Правила, на которые опирается курс"
DEPTH = 2
"""The law guide is /guides/law/."""


def russian_date(iso: str) -> str:
    """'2026-12-06' -> '6 декабря 2026'."""
    year, month, day = iso.split("-")
    return f"{int(day)} {MONTHS[int(month) - 1]} {year}"


def rules_section(corpus: Corpus) -> str:
    """Every rule with its text, limits, articles, scope, the date it was checked, and the pages that cite it."""
    if not corpus.law:
        return ""
    citing = _citing_pages(corpus)
    intro = ("Каждое правило записано один раз; тексты сайта ссылаются на него, а не пересказывают закон. "
             "Если правило изменится, изменится и каждая страница, которая на него опирается.")
    parts = [f"## {HEADING} {{ #rules }}", intro]
    for rule in corpus.law.values():
        parts.append(f"### {inline(rule.title)} {{ #{rule.id} }}")
        parts.append(raw_html(_rule_html(rule, citing.get(rule.id, []))))
    return "\n\n".join(parts)


def _rule_html(rule: LawRule, citing: list[str]) -> str:
    blocks = [to_html(rule.rule, DEPTH)]
    if rule.conditions:
        blocks.append(f'<p class="law-conditions-title"><strong>Когда не действует или действует иначе</strong></p>\n'
                      f"{to_html(rule.conditions, DEPTH)}")
    meta = [f"<strong>Где написано:</strong> {text('; '.join(rule.articles))}",
            f"<strong>Для кого:</strong> {text(SCOPES[rule.scope])}",
            f"<strong>Проверено:</strong> {russian_date(rule.checked)}"]
    if citing:
        meta.append(f"<strong>Опираются на правило:</strong> {', '.join(citing)}")
    blocks.append('<ul class="law-meta">\n' + "\n".join(f"<li>{m}</li>" for m in meta) + "\n</ul>")
    return '<div class="casekit-text law-rule">\n' + "\n".join(blocks) + "\n</div>"


def _citing_pages(corpus: Corpus) -> dict[str, list[str]]:
    """Links, from the law guide, to the pages whose text cites each rule, in the order of the site's sections."""
    citing: dict[str, list[str]] = {}
    for rule_id, label, url in _citations(corpus):
        entry = a(text(label), url)
        if entry not in citing.setdefault(rule_id, []):
            citing[rule_id].append(entry)
    return citing


def _citations(corpus: Corpus) -> Iterator[tuple[str, str, str]]:
    pages = {item.origin.path: (item, folder) for folder, items in (
        ("groups", corpus.groups), ("tactics", corpus.tactics), ("antipatterns", corpus.antipatterns),
        ("cases", corpus.cases), ("guides", corpus.guides), ("quizzes", corpus.quizzes)) for item in items.values()}
    for path, _, body in corpus.markdown_texts():
        if path not in pages:
            continue  # the trainer's programme: not a page a trainee reads the law from
        item, folder = pages[path]
        if folder == "guides" and item.slug == "law":
            continue
        label = str(getattr(item, "title", None) or getattr(item, "name", ""))
        for found in links.slug_links(body):
            if found.kind == "law":
                yield found.slug, label, page_url(folder, item.slug, DEPTH)


def rules_of(corpus: Corpus, case: Case) -> list[LawRule]:
    """The rules a case's text cites, in the order it first cites them."""
    ids = dict.fromkeys(found.slug for found in links.slug_links(case.body) if found.kind == "law")
    return [corpus.law[rule_id] for rule_id in ids if rule_id in corpus.law]


def law_card_value(corpus: Corpus, case: Case) -> str | None:
    """The card's «Право» entry: the bodies of law behind the case, linked to the law guide; None if it cites none."""
    rules = rules_of(corpus, case)
    if not rules:
        return None
    return a(text(body_of_law(rules)), page_url("guides", "law", DEPTH) + "#rules")
