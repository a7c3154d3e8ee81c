"""Pieces of pages shared by several kinds of page."""
from __future__ import annotations

import html
from typing import Iterable

from casekit.model.corpus import FAULTS, Case, Corpus, Group, Tactic
from casekit.pages.html import a, page_url, text, ul
from casekit.pages.markdown import raw_html


def group_label(group: Group) -> str:
    """'Группа 2 · Торгующиеся'."""
    return f"Группа {group.number} · {group.name}"


def group_link(corpus: Corpus, slug: str, depth: int = 2) -> str:
    """A link (HTML) to a group's page from a page depth folders deep."""
    return a(text(group_label(corpus.groups[slug])), page_url("groups", slug, depth))


def tactic_links(corpus: Corpus, slugs: Iterable[str], depth: int = 2) -> str:
    """Comma-separated links (HTML) to tactics."""
    return ", ".join(a(text(corpus.tactics[s].name), page_url("tactics", s, depth)) for s in slugs)


def antipattern_links(corpus: Corpus, slugs: Iterable[str], depth: int = 2) -> str:
    """Comma-separated links (HTML) to anti-patterns."""
    return ", ".join(a(text(corpus.antipatterns[s].name), page_url("antipatterns", s, depth)) for s in slugs)


def fault_label(case: Case) -> str:
    """Who was at fault, in Russian, or a dash."""
    return FAULTS.get(case.fault or "", "—")


def case_link(case: Case, depth: int = 2, here: str | None = None) -> str:
    """A link (HTML) to a case's page; here as in casekit.pages.html.page_url."""
    return a(text(case.title), page_url("cases", case.slug, depth, here))


def case_item(case: Case, depth: int = 2, here: str | None = None) -> str:
    """A case as one list line: link and summary."""
    return f"{case_link(case, depth, here)} — {text(case.summary)}"


def case_list(cases: list[Case], empty: str = "Кейсов пока нет.", depth: int = 2, here: str | None = None) -> str:
    """A list of cases with their summaries, as a final HTML block."""
    return raw_html(ul(case_item(case, depth, here) for case in cases)) if cases else f"*{empty}*"


def tactic_item(tactic: Tactic, depth: int = 2) -> str:
    """A tactic as one list line (HTML): link and summary."""
    return f"{a(text(tactic.name), page_url('tactics', tactic.slug, depth))} — {text(tactic.summary)}"


def count(n: int, one: str, few: str, many: str) -> str:
    """'1 кейс', '3 кейса', '5 кейсов': a number with the Russian plural form."""
    if n % 10 == 1 and n % 100 != 11:
        word = one
    elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        word = few
    else:
        word = many
    return f"{n} {word}"


def cases_count(n: int) -> str:
    """'3 кейса'."""
    return count(n, "кейс", "кейса", "кейсов")


def search_filters(kind: str, group: Group | None = None) -> str:
    """Hidden tags that Pagefind files the page under: its kind and, for a case or a group, the client group."""
    tags = [("kind", kind)] + ([("group", group_label(group))] if group else [])
    return "\n".join(f'<div hidden data-pagefind-filter="{name}:{html.escape(value, quote=True)}"></div>' for name, value in tags)
