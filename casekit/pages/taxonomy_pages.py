"""Pages for the groups, the tactics and the anti-patterns."""
from __future__ import annotations

from casekit.model.corpus import AntiPattern, Corpus, Group, Tactic
from casekit.pages.common import (
    case_list,
    cases_count,
    group_label,
    group_link,
    search_filters,
    tactic_item,
    tactic_links,
)
from casekit.pages.html import ul
from casekit.pages.markdown import bullets, href, inline, link, page, raw_html, table
from casekit.pages.render import body_markdown


def groups_index(corpus: Corpus) -> str:
    """The three groups side by side."""
    groups = list(corpus.groups.values())
    headers = ["Признак"] + [link(group_label(g), href("groups", g.slug)) for g in groups]
    rows = [
        ["**Чего хотят** (по этому группу и узнают)"] + [inline(g.wants) for g in groups],
        ["**Обычный накал** (не признак группы)"] + [inline(g.negativity) for g in groups],
        ["**Опасность**"] + [inline(g.danger) for g in groups],
        ["**Шанс восстановить**"] + [inline(g.chance) for g in groups],
        ["**Тактики**"] + [tactic_links(corpus, [t.slug for t in corpus.tactics_for_group(g.slug)], depth=1) for g in groups],
        ["**Кейсы**"] + [link(cases_count(len(corpus.cases_of_group(g.slug))), href("groups", g.slug) + "#cases") for g in groups],
    ]
    intro = ("Недовольные клиенты бывают разными. Прежде чем отвечать, определите, к какой группе "
             "относится клиент: от этого зависит, какую тактику выбрать и чего ждать. Группу узнают по цели "
             "клиента, а не по громкости: вежливый может торговаться, а кричащий — хотеть договориться.")
    return page("Три группы недовольных клиентов", intro, intro, table(headers, rows),
                bullets(f"{link(group_label(g), href('groups', g.slug))} — {inline(g.summary)}" for g in groups),
                f"Дальше: [тактики ответа]({href('tactics')}) и [чего делать нельзя]({href('antipatterns')}).",
                search_filters("раздел"))


def group_page(corpus: Corpus, group: Group) -> str:
    """A group's definition, its tactics and every case of the group."""
    tactics = corpus.tactics_for_group(group.slug)
    numbers = list(corpus.groups)
    position = numbers.index(group.slug)
    after = (f"Следующая группа: {group_link(corpus, numbers[position + 1])}." if position + 1 < len(numbers)
             else f"Дальше: [тактики ответа]({href('tactics')}).")
    return page(
        group_label(group), group.summary,
        f"*{inline(group.summary)}*",
        body_markdown(group.body),
        "## Тактики для этой группы\n\n" + (raw_html(ul(tactic_item(t) for t in tactics)) if tactics else "*Тактик пока нет.*"),
        '## Кейсы группы { #cases }\n\n' + case_list(corpus.cases_of_group(group.slug)),
        f"[Все группы]({href('groups')}) · {after}",
        search_filters("группа", group),
    )


def tactics_index(corpus: Corpus) -> str:
    """Every tactic with the groups it applies to."""
    rows = [
        [link(t.name, href("tactics", t.slug)), ", ".join(group_link(corpus, g, depth=1) for g in t.groups if g in corpus.groups),
         inline(t.summary), cases_count(len(corpus.cases_with_tactic(t.slug)))]
        for t in corpus.tactics.values()
    ]
    intro = "Тактика — это способ ответить недовольному клиенту. Не каждая тактика годится для каждой группы."
    return page("Тактики ответа", intro, intro, table(["Тактика", "Для групп", "Суть", "Кейсы"], rows),
                f"Дальше: [чего делать нельзя]({href('antipatterns')}) · [все кейсы]({href('cases')}).", search_filters("раздел"))


def tactic_page(corpus: Corpus, tactic: Tactic) -> str:
    """A tactic's definition, the groups it applies to and every case that uses it."""
    groups = raw_html(ul(group_link(corpus, g) for g in tactic.groups if g in corpus.groups))
    return page(
        tactic.name, tactic.summary,
        f"*{inline(tactic.summary)}*",
        "## Для каких групп\n\n" + groups,
        body_markdown(tactic.body),
        '## Кейсы с этой тактикой { #cases }\n\n' + case_list(corpus.cases_with_tactic(tactic.slug)),
        f"[Все тактики]({href('tactics')}) · Дальше: [чего делать нельзя]({href('antipatterns')}).",
        search_filters("тактика"),
    )


def antipatterns_index(corpus: Corpus) -> str:
    """Every anti-pattern."""
    rows = [[link(a.name, href("antipatterns", a.slug)), inline(a.summary),
             cases_count(len(corpus.cases_with_antipattern(a.slug)))] for a in corpus.antipatterns.values()]
    intro = "Ответы, которые только ухудшают дело. Узнайте их в себе раньше, чем клиент узнает их в вас."
    return page("Типичные ошибки", intro, intro, table(["Ошибка", "Суть", "Кейсы"], rows),
                f"Дальше: [все кейсы]({href('cases')}).", search_filters("раздел"))


def antipattern_page(corpus: Corpus, antipattern: AntiPattern) -> str:
    """An anti-pattern's definition and the cases that show it."""
    return page(
        antipattern.name, antipattern.summary,
        f"*{inline(antipattern.summary)}*",
        body_markdown(antipattern.body),
        '## Кейсы с этой ошибкой { #cases }\n\n' + case_list(corpus.cases_with_antipattern(antipattern.slug)),
        f"[Все типичные ошибки]({href('antipatterns')}) · Дальше: [тактики ответа]({href('tactics')}).",
        search_filters("типичная ошибка"),
    )
