"""Pieces of pages shared by several kinds of page."""
from __future__ import annotations

import html
from typing import Iterable

from casekit.model.corpus import FAULTS, Case, Corpus, Group, Tactic
from casekit.pages.markdown import bullets, href, inline, link


def group_label(group: Group) -> str:
    """'Группа 2 · Торгующиеся'."""
    return f"Группа {group.number} · {group.name}"


def group_link(corpus: Corpus, slug: str) -> str:
    """A link to a group's page."""
    return link(group_label(corpus.groups[slug]), href("groups", slug))


def tactic_links(corpus: Corpus, slugs: Iterable[str]) -> str:
    """Comma-separated links to tactics."""
    return ", ".join(link(corpus.tactics[s].name, href("tactics", s)) for s in slugs)


def antipattern_links(corpus: Corpus, slugs: Iterable[str]) -> str:
    """Comma-separated links to anti-patterns."""
    return ", ".join(link(corpus.antipatterns[s].name, href("antipatterns", s)) for s in slugs)


def fault_label(case: Case) -> str:
    """Who was at fault, in Russian, or a dash."""
    return FAULTS.get(case.fault or "", "—")


def case_item(case: Case) -> str:
    """A case as one list line: link and summary."""
    return f"{link(case.title, href('cases', case.slug))} — {inline(case.summary)}"


def case_list(cases: list[Case], empty: str = "Кейсов пока нет.") -> str:
    """A bulleted list of cases with their summaries."""
    return bullets(case_item(case) for case in cases) if cases else f"*{empty}*"


def tactic_item(tactic: Tactic) -> str:
    """A tactic as one list line: link and summary."""
    return f"{link(tactic.name, href('tactics', tactic.slug))} — {inline(tactic.summary)}"


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
