"""The corpus: the taxonomy, the cases and the quizzes as plain typed objects, no I/O."""
from __future__ import annotations

from dataclasses import dataclass, field

from casekit.model.origin import Origin
from casekit.model.quiz import Quiz

FAULTS = {"client": "клиент", "company": "компания", "both": "обе стороны", "none": "никто"}
"""Allowed values of a case's `fault`, with the Russian word shown on pages."""


@dataclass(frozen=True)
class Group:
    """One of the three groups of dissatisfied clients."""

    slug: str
    number: int
    """1 is the most dangerous group, 3 the least."""
    name: str
    summary: str
    negativity: str
    """Short phrases for the side-by-side comparison table."""
    wants: str
    danger: str
    chance: str
    body: str
    """Teaching text: signals, wants, danger, chance to restore."""
    origin: Origin
    signals: tuple[str, ...] = ()
    """Short observable signals a trainee can tick on the diagnosis page."""


@dataclass(frozen=True)
class Tactic:
    """A way to respond to a dissatisfied client."""

    slug: str
    name: str
    groups: tuple[str, ...]
    """Slugs of the groups the tactic applies to."""
    summary: str
    source: str | None
    body: str
    origin: Origin


@dataclass(frozen=True)
class AntiPattern:
    """A response that makes things worse."""

    slug: str
    name: str
    summary: str
    source: str | None
    body: str
    origin: Origin


@dataclass(frozen=True)
class Case:
    """A case study, as authored in cases/<slug>.md."""

    slug: str
    title: str
    summary: str
    group: str
    tactics: tuple[str, ...]
    antipatterns: tuple[str, ...]
    industry: str | None
    outcome: str | None
    fault: str | None
    """One of FAULTS' keys."""
    related: tuple[str, ...]
    source: str | None
    """A seed file name, or 'illustrative'."""
    body: str
    origin: Origin


@dataclass(frozen=True)
class Guide:
    """A free-form teaching page (the law, staff safety, phrase banks, the cheat sheet), from guides/<slug>.md."""

    slug: str
    title: str
    summary: str
    body: str
    origin: Origin


@dataclass(frozen=True)
class Term:
    """A glossary entry, from taxonomy/glossary.yml; linked as `[text](term:<id>)`."""

    id: str
    term: str
    """The word as shown, in Russian."""
    definition: str
    """Markdown."""
    law: str | None
    """The article that defines it, if any."""
    line: int
    """Line of the entry in taxonomy/glossary.yml."""


@dataclass
class Corpus:
    """Everything authored, validated and cross-referenced."""

    groups: dict[str, Group] = field(default_factory=dict)
    """Groups in order of their number."""
    tactics: dict[str, Tactic] = field(default_factory=dict)
    antipatterns: dict[str, AntiPattern] = field(default_factory=dict)
    cases: dict[str, Case] = field(default_factory=dict)
    """Cases sorted by slug."""
    quizzes: dict[str, Quiz] = field(default_factory=dict)
    guides: dict[str, Guide] = field(default_factory=dict)
    glossary: dict[str, Term] = field(default_factory=dict)
    """Terms in the order they were written."""

    def quizzes_with_case(self, case: str) -> list[Quiz]:
        """Quizzes with a question drawn on case."""
        return [quiz for quiz in self.quizzes.values() if case in quiz.cases()]

    def cases_of_group(self, group: str) -> list[Case]:
        """Cases whose client belongs to group."""
        return [case for case in self.cases.values() if case.group == group]

    def cases_with_tactic(self, tactic: str) -> list[Case]:
        """Cases that use (or should have used) tactic."""
        return [case for case in self.cases.values() if tactic in case.tactics]

    def cases_with_antipattern(self, antipattern: str) -> list[Case]:
        """Cases that show antipattern."""
        return [case for case in self.cases.values() if antipattern in case.antipatterns]

    def tactics_for_group(self, group: str) -> list[Tactic]:
        """Tactics that apply to group."""
        return [tactic for tactic in self.tactics.values() if group in tactic.groups]

    def related_cases(self, case: Case) -> list[Case]:
        """Cases linked from case's `related`, and cases whose `related` names it."""
        slugs = set(case.related) | {other.slug for other in self.cases.values() if case.slug in other.related}
        slugs.discard(case.slug)
        return [self.cases[slug] for slug in sorted(slugs) if slug in self.cases]
