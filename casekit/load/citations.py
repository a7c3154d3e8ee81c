"""The law is cited through its rules: an article reference outside a `law:` link is a problem.

A legal rule restated in many places drifts (one wrong «10 дней по ст. 22 и
31» was copied into twenty). So outside taxonomy/law.yml an article may be
named only as the text of a link to the rule that holds it,
`[ст. 32 ЗоЗПП](law:withdrawal)`; this check finds every other mention.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Mapping

from casekit.model.law import LawRule
from casekit.model.links import LineIndex, blank_code
from casekit.problems import Problem

ARTICLE = re.compile(
    r"(?<![\w-])(?:ст\.|стать[а-яё]{1,3}|статей)\s*\d+(?:\.\d+)*"      # ст. 32, статья 16, статьёй 16
    r"|(?<![\w-])ПП\s*(?:РФ\s*)?№\s*\d+"                                 # ПП РФ № 1912
    r"|постановлени[а-яё]*\s+Правительства[^\n]{0,40}?№\s*\d+"            # постановление Правительства РФ … № 1912
    r"|(?<![\w-])(?:№\s*)?\d+-ФЗ",                                         # 123-ФЗ, № 152-ФЗ
    re.IGNORECASE,
)
LAW_LINK = re.compile(r"\[(?:[^\]\\\n]|\\.)*\]\(\s*law:[^)\s]*\s*\)")


@lru_cache(maxsize=65536)
def loose_citations(text: str) -> tuple[tuple[int, str], ...]:
    """(offset_line, reference) of every article reference outside a law: link and outside code."""
    prose = LAW_LINK.sub(lambda m: " " * len(m.group(0)), blank_code(text))
    lines = LineIndex(prose)
    return tuple((lines.offset_line(m.start()), " ".join(m.group(0).split())) for m in ARTICLE.finditer(prose))


def check_citations(texts: Iterable[tuple[str, int, str]], plain_texts: Iterable[tuple[str, int, str]],
                    law: Mapping[str, LawRule], problems: list[Problem]) -> None:
    """Report each loose article reference at its line, naming the rules that hold that article.

    texts are Markdown, where a law: link can stand; plain_texts (titles, summaries) show no links,
    so a reference there belongs in the body."""
    holders = _rules_by_number(tuple(law.values()))
    for path, line, text in texts:
        for offset, reference in loose_citations(text):
            problems.append(Problem(path, line + offset, _message(reference, holders)))
    for path, line, text in plain_texts:
        for offset, reference in loose_citations(text):
            problems.append(Problem(path, line + offset, f"article reference '{reference}' in a title or summary, which "
                                                         "show no links: name the right in words here and cite the "
                                                         "article in the body through a law: link"))


def _message(reference: str, holders: Mapping[str, tuple[str, ...]]) -> str:
    number = _number(reference)
    rules = holders.get(number, ()) if number else ()
    where = (f"the rules with this article: {', '.join(f'law:{r}' for r in rules)}" if rules
             else "no rule in taxonomy/law.yml names this article yet: add one there")
    return (f"article reference '{reference}' outside a law: link; the law is cited through its rule, "
            f"like [{reference} …](law:{rules[0] if rules else '<id>'}) ({where})")


def _number(reference: str) -> str | None:
    match = re.search(r"\d+(?:\.\d+)*", reference)
    return match.group(0) if match else None


@lru_cache(maxsize=8)
def _rules_by_number(rules: tuple[LawRule, ...]) -> dict[str, tuple[str, ...]]:
    """Rule ids by each article number their `articles` name (ст. 32 -> 32, № 1912 -> 1912, 123-ФЗ -> 123)."""
    found: dict[str, list[str]] = {}
    for rule in rules:
        for article in rule.articles:
            for match in ARTICLE.finditer(article):
                number = _number(match.group(0))
                if number and rule.id not in found.setdefault(number, []):
                    found[number].append(rule.id)
    return {number: tuple(ids) for number, ids in found.items()}
