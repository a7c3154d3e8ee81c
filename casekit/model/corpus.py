"""The corpus: the taxonomy, the cases and the quizzes as plain typed objects, no I/O."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from casekit.model.law import LawRule
from casekit.model.origin import Origin
from casekit.model.quiz import Quiz
from casekit.problems import Problem

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
    """The trainee's text: every section but the trainer's notes."""
    origin: Origin
    discussion: tuple[str, ...] = ()
    """The «Вопросы для обсуждения», one Markdown item each, in order."""
    notes: tuple[str | None, ...] = ()
    """Notes for the person leading the discussion, one per discussion question (None where none is written)."""
    discussion_lines: tuple[int, ...] = ()
    """Line of each discussion question in the file."""
    notes_text: str = ""
    """The «Заметки для ведущего» section as written, and the line it starts at: checked like every text."""
    notes_line: int = 0


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
    """Markdown: the rule that defines it, if any, cited as a law: link."""
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
    law: dict[str, LawRule] = field(default_factory=dict)
    """Legal rules in the order they were written (taxonomy/law.yml)."""
    programme: Guide | None = None
    """The trainer's two-day programme (trainer/programme.md), if the project has one."""
    warnings: tuple[Problem, ...] = ()
    """What an author should add but the site builds without, like a discussion question with no trainer note."""
    _index: "_Indexes | None" = field(default=None, init=False, repr=False, compare=False)

    def markdown_texts(self) -> Iterator[tuple[str, int, str]]:
        """(path, first line, text) of every authored Markdown text but the glossary's and the law's."""
        authored: list[Group | Tactic | AntiPattern | Case | Guide] = [
            *self.groups.values(), *self.tactics.values(), *self.antipatterns.values(), *self.cases.values(),
            *self.guides.values(), *([self.programme] if self.programme else [])]
        for item in authored:
            yield item.origin.path, item.origin.body_line, item.body
        for quiz in self.quizzes.values():
            for line, text in quiz.markdown:
                yield quiz.origin.path, line, text

    def notes_texts(self) -> Iterator[tuple[str, int, str]]:
        """(path, first line, text) of the trainer's notes of every case, which no trainee page shows."""
        for case in self.cases.values():
            if case.notes_text:
                yield case.origin.path, case.notes_line, case.notes_text

    def _indexes(self) -> "_Indexes":
        """Who lists whom, built once per set of cases and quizzes: a page per case must not scan them all."""
        key = (id(self.cases), len(self.cases), id(self.quizzes), len(self.quizzes))
        if self._index is None or self._index.key != key:
            self._index = _Indexes.of(self, key)
        return self._index

    def quizzes_with_case(self, case: str) -> list[Quiz]:
        """Quizzes with a question drawn on case."""
        return list(self._indexes().quizzes_by_case.get(case, ()))

    def cases_of_group(self, group: str) -> list[Case]:
        """Cases whose client belongs to group."""
        return list(self._indexes().by_group.get(group, ()))

    def next_in_group(self, case: Case) -> Case | None:
        """The case after case among the cases of its group, if any."""
        same_group = self._indexes().by_group.get(case.group, [])
        position = self._indexes().place_in_group.get(case.slug)
        return same_group[position + 1] if position is not None and position + 1 < len(same_group) else None

    def cases_with_tactic(self, tactic: str) -> list[Case]:
        """Cases that use (or should have used) tactic."""
        return list(self._indexes().by_tactic.get(tactic, ()))

    def cases_with_antipattern(self, antipattern: str) -> list[Case]:
        """Cases that show antipattern."""
        return list(self._indexes().by_antipattern.get(antipattern, ()))

    def tactics_for_group(self, group: str) -> list[Tactic]:
        """Tactics that apply to group."""
        return [tactic for tactic in self.tactics.values() if group in tactic.groups]

    def related_cases(self, case: Case) -> list[Case]:
        """Cases linked from case's `related`, and cases whose `related` names it."""
        slugs = set(case.related) | set(self._indexes().related_from.get(case.slug, ()))
        slugs.discard(case.slug)
        return [self.cases[slug] for slug in sorted(slugs) if slug in self.cases]


@dataclass
class _Indexes:
    """The corpus's lists by group, tactic, anti-pattern, case; see Corpus._indexes."""

    key: tuple[int, ...]
    by_group: dict[str, list[Case]] = field(default_factory=dict)
    place_in_group: dict[str, int] = field(default_factory=dict)
    by_tactic: dict[str, list[Case]] = field(default_factory=dict)
    by_antipattern: dict[str, list[Case]] = field(default_factory=dict)
    related_from: dict[str, list[str]] = field(default_factory=dict)
    quizzes_by_case: dict[str, list[Quiz]] = field(default_factory=dict)

    @classmethod
    def of(cls, corpus: Corpus, key: tuple[int, ...]) -> "_Indexes":
        index = cls(key)
        for case in corpus.cases.values():
            same_group = index.by_group.setdefault(case.group, [])
            index.place_in_group[case.slug] = len(same_group)
            same_group.append(case)
            for tactic in dict.fromkeys(case.tactics):
                index.by_tactic.setdefault(tactic, []).append(case)
            for antipattern in dict.fromkeys(case.antipatterns):
                index.by_antipattern.setdefault(antipattern, []).append(case)
            for other in case.related:
                index.related_from.setdefault(other, []).append(case.slug)
        for quiz in corpus.quizzes.values():
            for slug in dict.fromkeys(quiz.cases()):
                index.quizzes_by_case.setdefault(slug, []).append(quiz)
        return index
