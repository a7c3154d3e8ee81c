"""The legal rules the course relies on, from taxonomy/law.yml: each written once, cited by `law:<id>` links."""
from __future__ import annotations

import re
from dataclasses import dataclass

SCOPES = {"consumer": "потребитель", "b2b": "договор двух компаний", "all": "любой клиент"}
"""Allowed values of a rule's `scope`, with the Russian words shown on pages."""

_ARTICLE_PREFIX = re.compile(r"^(?:преамбула\s+|(?:ст|п|ч|пп|абз)\.\s*[\d.]+(?:\s*(?:,|–|-|и)\s*[\d.]+)*\s*)+")
_DATE_SUFFIX = re.compile(r"\s+от\s+[\d.]+\s*$")


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
        found = (_DATE_SUFFIX.sub("", _ARTICLE_PREFIX.sub("", article)).strip() for article in self.articles)
        return tuple(dict.fromkeys(act for act in found if act))


MAIN_ACTS = ("ЗоЗПП", "ГК РФ")
"""Acts named first on a card, in this order; the others follow in the order the text cites them."""


def body_of_law(rules: list[LawRule]) -> str:
    """What a page's card says of the law behind it: the main act of each rule it cites, and whose contract it is.

    A case that cites a rule between businesses is about a contract of two companies, even where it
    also cites a consumer's rule to contrast; a rule's main act is that of its first article (a fine
    under КоАП cited beside 54-ФЗ is not what the case is about)."""
    if any(rule.scope == "b2b" for rule in rules):
        shown, suffix = [rule for rule in rules if rule.scope != "consumer"], " (договор двух компаний)"
    else:
        shown, suffix = rules, " (клиент — потребитель)" if any(rule.scope == "consumer" for rule in rules) else ""
    cited = list(dict.fromkeys(rule.acts()[0] for rule in shown if rule.acts()))
    ordered = sorted(cited, key=lambda act: (MAIN_ACTS.index(act) if act in MAIN_ACTS else len(MAIN_ACTS),
                                             cited.index(act)))
    return ", ".join(ordered) + suffix
