"""The legal rules the course relies on, from taxonomy/law.yml: each written once, cited by `law:<id>` links."""
from __future__ import annotations

import re
from dataclasses import dataclass

SCOPES = {"consumer": "потребитель", "b2b": "договор двух компаний", "all": "любой клиент"}
"""Allowed values of a rule's `scope`, with the Russian words shown on pages."""

_ARTICLE_PREFIX = re.compile(r"^(?:(?:ст|п|ч|пп|абз)\.\s*[\d.]+(?:\s*(?:,|–|-|и)\s*[\d.]+)*\s*)+")


@dataclass(frozen=True)
class LawRule:
    """One legal rule, as authored in taxonomy/law.yml."""

    id: str
    title: str
    """Short Russian title."""
    rule: str
    """Markdown: who may do what, within which term."""
    conditions: str | None
    """Markdown: when it does not apply (B2B, подряд, public contracts, sector rules)."""
    articles: tuple[str, ...]
    """Where it is written, like 'ст. 32 ЗоЗПП'."""
    scope: str
    """One of SCOPES' keys."""
    checked: str
    """ISO date on which someone last checked the rule against the articles."""
    line: int
    """Line of the entry in taxonomy/law.yml."""

    def acts(self) -> tuple[str, ...]:
        """The bodies of law the rule rests on, like ('ЗоЗПП', 'ГК РФ'), without article numbers."""
        found = (_ARTICLE_PREFIX.sub("", article).strip() for article in self.articles)
        return tuple(dict.fromkeys(act for act in found if act))


def body_of_law(rules: list[LawRule]) -> str:
    """What a page's card says of the law behind it: its acts, and whose contract it is."""
    acts = ", ".join(dict.fromkeys(act for rule in rules for act in rule.acts()))
    scopes = {rule.scope for rule in rules}
    if scopes == {"b2b"}:
        return f"{acts} (договор двух компаний)"
    if "consumer" in scopes:
        return f"{acts} (клиент — потребитель)"
    return acts
