"""The case index and a page per case."""
from __future__ import annotations

import re

from casekit.model.corpus import Case, Corpus
from casekit.pages.common import (
    antipattern_links,
    case_link,
    case_list,
    cases_count,
    fault_label,
    group_label,
    group_link,
    search_filters,
    tactic_links,
)
from casekit.pages.html import a, admonition, page_url, text, ul
from casekit.pages.html import table as html_table
from casekit.pages.law_pages import law_card_value
from casekit.pages.markdown import inline, link, page, raw_html, table
from casekit.pages.render import body_markdown

_ANSWER_STARTS = re.compile(r"^##[ \t]+Что сделали[ \t]*$", re.M)
"""The first section a reader sees only after the guess."""

FAULT_HEADINGS = {
    "company": "Виновата компания", "client": "Виноват клиент", "both": "Виноваты обе стороны",
    "none": "Никто не виноват", None: "Вина не указана",
}


def _fault_anchor(group: str, fault: str | None) -> str:
    return f"{group}-{fault or 'unknown'}"


def cases_index(corpus: Corpus) -> str:
    """Every case, grouped by client group and then by who was at fault."""
    groups = list(corpus.groups.values())
    faults = [f for f in FAULT_HEADINGS if any(c.fault == f for c in corpus.cases.values())]
    matrix_rows = []
    for group in groups:
        cells = []
        for fault in faults:
            n = sum(1 for c in corpus.cases_of_group(group.slug) if c.fault == fault)
            cells.append(f"[{n}](#{_fault_anchor(group.slug, fault)})" if n else "—")
        matrix_rows.append([link(group_label(group), f"#{group.slug}"), *cells])
    intro = (f"Все {cases_count(len(corpus.cases))} по группам клиентов и по тому, кто виноват. "
             "Таблица ниже ведёт прямо к нужной подборке, например к кейсам второй группы, где ошиблась компания.")
    sections = [_group_section(corpus, group.slug) for group in groups]
    return page("Кейсы", intro, intro,
                table(["Группа", *(FAULT_HEADINGS[f] for f in faults)], matrix_rows), *sections, search_filters("раздел"))


def _group_section(corpus: Corpus, group: str) -> str:
    cases = corpus.cases_of_group(group)
    parts = [f"## {inline(group_label(corpus.groups[group]))} {{ #{group} }}"]
    if not cases:
        parts.append("*Кейсов пока нет.*")
    for fault, heading in FAULT_HEADINGS.items():
        chosen = [c for c in cases if c.fault == fault]
        if not chosen:
            continue
        rows = [[case_link(c, here="cases/"), tactic_links(corpus, c.tactics, depth=1),
                 text(c.industry or "—"), text(c.outcome or "—")] for c in chosen]
        parts.append(f"### {heading} {{ #{_fault_anchor(group, fault)} }}")
        parts.append(raw_html(html_table(["Кейс", "Тактики", "Отрасль", "Итог"], rows)))
    return "\n\n".join(parts)


def _card(corpus: Corpus, case: Case) -> str:
    """What a reader may know before guessing: the industry and where the story comes from."""
    rows = []
    if case.industry:
        rows.append(("Отрасль", text(case.industry)))
    if case.source:
        source = "иллюстративный кейс" if case.source == "illustrative" else "по мотивам реальной истории, детали изменены"
        rows.append(("Источник", source))
    return raw_html(admonition("abstract", "Карточка кейса", ul(f"<strong>{name}:</strong> {value}" for name, value in rows)))


def _verdict_card(corpus: Corpus, case: Case) -> str:
    """What the guess is checked against and the reader sees after it: group, tactics, mistakes, fault, outcome, law."""
    rows = [("Группа", group_link(corpus, case.group)), ("Тактики", tactic_links(corpus, case.tactics))]
    if case.antipatterns:
        rows.append(("Типичные ошибки", antipattern_links(corpus, case.antipatterns)))
    if case.fault:
        rows.append(("Кто виноват", fault_label(case)))
    if case.outcome:
        rows.append(("Итог", text(case.outcome)))
    law = law_card_value(corpus, case)
    if law:
        rows.append(("Право", law))
    return raw_html(admonition("success", "Разбор: группа и тактики", ul(f"<strong>{name}:</strong> {value}" for name, value in rows)))


def _guess_form(corpus: Corpus, case: Case) -> str:
    """The reader's guess, shown by docs/assets/case/guess.js (without JavaScript the whole case reads as before)."""
    def choices(name: str, legend: str, options: list[tuple[str, str]]) -> str:
        items = "\n".join(f'<li><input type="radio" name="{name}" id="guess-{name}-{slug}" value="{slug}">'
                          f'<label for="guess-{name}-{slug}">{label}</label></li>' for slug, label in options)
        return f'<fieldset><legend>{legend}</legend>\n<ul class="case-guess-options">\n{items}\n</ul>\n</fieldset>'
    groups = [(g.slug, text(group_label(g))) for g in corpus.groups.values()]
    tactics = [(t.slug, text(t.name)) for t in corpus.tactics.values()]
    return raw_html(
        f'<form class="case-guess" data-case-guess data-case="{case.slug}" data-group="{case.group}" '
        f'data-group-name="{text(group_label(corpus.groups[case.group]))}" data-tactics="{",".join(case.tactics)}" '
        f'aria-labelledby="case-guess-title" hidden>\n<h2 id="case-guess-title">Ваша версия</h2>\n'
        "<p>Прежде чем читать, что сделали, решите сами: с кем вы говорите и что бы вы выбрали.</p>\n"
        + choices("group", "К какой группе относится клиент?", groups) + "\n"
        + choices("tactic", "Какую тактику вы бы выбрали?", tactics) + "\n"
        '<p><button type="submit" class="md-button md-button--primary">Проверить</button> '
        '<button type="button" class="md-button" data-case-skip>Показать разбор</button></p>\n'
        '<div class="case-guess-verdict" role="status" aria-live="polite"></div>\n</form>')


def _next_steps(corpus: Corpus, case: Case) -> str:
    steps = []
    nxt = corpus.next_in_group(case)
    if nxt is not None:
        steps.append(f"Следующий кейс этой группы: {case_link(nxt, here=f'cases/{case.slug}/')}")
    for quiz in corpus.quizzes_with_case(case.slug):
        steps.append(f"Проверьте себя: квиз {a(text(quiz.title), page_url('quizzes', quiz.slug))}")
    steps.append(f"Вся группа и её тактики: {group_link(corpus, case.group)}")
    steps.append(a("Все кейсы", page_url("cases", here=f"cases/{case.slug}/")))
    return "## Что дальше\n\n" + raw_html(ul(steps))


def _exercise(body: str) -> tuple[str, str]:
    """The body cut before «Что сделали»: the situation and the signals come first, the rest waits for the guess."""
    match = _ANSWER_STARTS.search(body)
    return (body[: match.start()], body[match.start():]) if match else (body, "")


def case_page(corpus: Corpus, case: Case) -> str:
    """A case as an exercise: the situation and signals, the reader's guess, then everything else.

    Without JavaScript (and in print) everything between the two markers reads as a whole page;
    docs/assets/case/guess.js hides it until the reader guesses or asks to see it."""
    related = corpus.related_cases(case)
    before, after = _exercise(case.body)
    return page(
        case.title, case.summary,
        _card(corpus, case),
        f"*{inline(case.summary)}*",
        body_markdown(before),
        _guess_form(corpus, case),
        raw_html('<div data-case-reveal-start hidden></div>'),
        _verdict_card(corpus, case),
        body_markdown(after) if after else "",
        ("## Похожие кейсы\n\n" + case_list(related, here=f"cases/{case.slug}/")) if related else "",
        _next_steps(corpus, case),
        raw_html('<div data-case-reveal-end hidden></div>'),
        search_filters("кейс", corpus.groups[case.group]),
    )
