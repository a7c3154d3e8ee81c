"""Loading group, tactic and anti-pattern definitions from taxonomy/."""
from __future__ import annotations

from pathlib import Path

from casekit.load.documents import AuthoredDocument, check_sections, check_slug_key, read_document
from casekit.load.fields import Fields, kind_of
from casekit.model.corpus import AntiPattern, Group, Tactic
from casekit.problems import Problem

GROUP_SECTIONS = ("Как узнать", "Чего хочет", "Опасность", "Шанс восстановить отношения", "С чего начать")
TACTIC_SECTIONS = ("Когда применять", "Когда не применять", "Шаги", "Что говорить", "Чего не говорить", "Риски")
ANTIPATTERN_SECTIONS = ("Как выглядит", "Почему так делают", "Во что обходится", "Что делать вместо")


def _documents(root: Path, folder: str, required: tuple[str, ...], optional: tuple[str, ...],
               sections: tuple[str, ...], problems: list[Problem]) -> list[AuthoredDocument]:
    found = []
    for file in sorted((root / "taxonomy" / folder).glob("*.md")):
        authored = read_document(root, file, required, optional, problems)
        if authored is None:
            continue
        check_slug_key(authored)
        check_sections(authored.document, sections, problems)
        found.append(authored)
    return found


def load_groups(root: Path, problems: list[Problem]) -> dict[str, Group]:
    """Groups from taxonomy/groups/, in order of their number."""
    groups: list[Group] = []
    keys = ("slug", "name", "number", "summary", "negativity", "wants", "danger", "chance")
    for authored in _documents(root, "groups", keys, ("signals",), GROUP_SECTIONS, problems):
        f = authored.fields
        values = [f.text(key) for key in ("name", "summary", "negativity", "wants", "danger", "chance")]
        number = f.integer("number", 1, 99)
        texts = [v for v in values if v is not None]
        if number is None or len(texts) < len(values):
            continue
        name, summary, negativity, wants, danger, chance = texts
        groups.append(Group(authored.slug, number, name, summary, negativity, wants, danger, chance,
                            authored.document.body, authored.origin(), _signals(f)))
    by_number: dict[int, Group] = {}
    for group in sorted(groups, key=lambda g: g.number):
        if group.number in by_number:
            problems.append(Problem(group.origin.path, group.origin.line("number"),
                                    f"'number' {group.number} is taken by group '{by_number[group.number].slug}'"))
        by_number.setdefault(group.number, group)
    return {group.slug: group for group in by_number.values()}


def load_tactics(root: Path, problems: list[Problem]) -> dict[str, Tactic]:
    """Tactics from taxonomy/tactics/, by slug."""
    tactics: dict[str, Tactic] = {}
    for authored in _documents(root, "tactics", ("slug", "name", "groups", "summary"), ("source",), TACTIC_SECTIONS, problems):
        f = authored.fields
        name, summary, groups = f.text("name"), f.text("summary"), f.slugs("groups", "group")
        if groups == ():
            f.report(f.line("groups"), "'groups' is empty: name the groups the tactic applies to")
        if name is None or summary is None or not groups:
            continue
        tactics[authored.slug] = Tactic(authored.slug, name, groups, summary, f.text("source"),
                                        authored.document.body, authored.origin())
    return tactics


def load_antipatterns(root: Path, problems: list[Problem]) -> dict[str, AntiPattern]:
    """Anti-patterns from taxonomy/antipatterns/, by slug."""
    antipatterns: dict[str, AntiPattern] = {}
    for authored in _documents(root, "antipatterns", ("slug", "name", "summary"), ("source",), ANTIPATTERN_SECTIONS, problems):
        f = authored.fields
        name, summary = f.text("name"), f.text("summary")
        if name is None or summary is None:
            continue
        antipatterns[authored.slug] = AntiPattern(authored.slug, name, summary, f.text("source"),
                                                  authored.document.body, authored.origin())
    return antipatterns


def _signals(f: Fields) -> tuple[str, ...]:
    """A group's observable signals for the diagnosis page: a list of short texts."""
    signals = []
    for index, node in enumerate(f.items("signals")):
        if not isinstance(node.value, str) or not node.value.strip():
            f.report(node.line, f"'signals[{index}]' must be a short text, found {kind_of(node.value)}")
            continue
        signals.append(node.value.strip())
    return tuple(signals)
