"""The guides (free-form teaching pages) and the glossary."""
from __future__ import annotations

from html import escape

from casekit.model.corpus import Corpus, Guide
from casekit.model.origin import Origin
from casekit.pages.common import search_filters
from casekit.pages.law_pages import rules_section
from casekit.pages.markdown import bullets, href, inline, link, page
from casekit.pages.render import body_markdown, to_html, to_inline_html


def guides_index(corpus: Corpus) -> str:
    """Every guide with its summary."""
    intro = "Памятки для работы: что положено клиенту по закону, безопасность сотрудников, готовые фразы и шпаргалка."
    items = bullets(f"{link(g.title, href('guides', g.slug))} — {inline(g.summary)}" for g in corpus.guides.values())
    glossary = f"Термины из текстов сайта — в [словаре]({href('glossary')})." if corpus.glossary else ""
    return page("Памятки", intro, intro, items or "*Памяток пока нет.*", glossary, search_filters("раздел"))


def guide_page(corpus: Corpus, guide: Guide) -> str:
    """A guide's body under its title; the law guide also lists every rule of taxonomy/law.yml."""
    rules = rules_section(corpus) if guide.slug == LAW_GUIDE.slug else ""
    return page(guide.title, guide.summary, f"*{inline(guide.summary)}*", body_markdown(guide.body), rules,
                f"[Все памятки]({href('guides')})", search_filters("памятка"))


LAW_GUIDE = Guide("law", "Что клиенту положено по закону",
                  "Правила закона, на которые опираются истории, тактики и квизы сайта.", "", Origin("", {}, 1))
"""The law guide a project gets when it has rules in taxonomy/law.yml but no guides/law.md of its own."""


def law_guide(corpus: Corpus) -> Guide:
    """The project's law guide, or the default one."""
    return corpus.guides.get(LAW_GUIDE.slug, LAW_GUIDE)


def glossary_page(corpus: Corpus) -> str:
    """Every term with its definition, each under an anchor that `term:<id>` links point to."""
    intro = "Слова, которые встречаются в кейсах и памятках, простым языком."
    entries = []
    for term in sorted(corpus.glossary.values(), key=lambda t: t.term.lower()):
        law = f'<p class="glossary-law">{to_inline_html(term.law, 1)}</p>' if term.law else ""
        entries.append(f'<dt id="{term.id}">{escape(term.term)}</dt>\n<dd>\n{to_html(term.definition, 1)}\n{law}\n</dd>')
    listing = '<dl class="glossary">\n' + "\n".join(entries) + "\n</dl>" if entries else "*Словарь пока пуст.*"
    return page("Словарь", intro, intro, listing, search_filters("словарь"))
