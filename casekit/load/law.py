"""Loading the legal rules from taxonomy/law.yml (optional): the rules that texts cite as `law:<id>`."""
from __future__ import annotations

import datetime
from pathlib import Path

from casekit.load.entries import entries
from casekit.load.fields import Fields, kind_of
from casekit.load.source import SLUG
from casekit.model.law import SCOPES, LawRule
from casekit.problems import Problem

LAW = Path("taxonomy") / "law.yml"
REQUIRED = ("id", "title", "rule", "articles", "scope", "checked")
OPTIONAL = ("conditions",)


def load_law(root: Path, problems: list[Problem]) -> tuple[dict[str, LawRule], list[tuple[int, str]]]:
    """The rules by id, and (line, text) of each rule's Markdown for the link checks."""
    rules: dict[str, LawRule] = {}
    texts: list[tuple[int, str]] = []
    for f in entries(root, LAW, "rules", problems):
        rule = _rule(f, rules)
        if rule is None:
            continue
        rules[rule.id] = rule
        for key in ("rule", "conditions"):
            if key in f.values and f.values[key].value:
                texts.append((f.line(key) + (1 if f.values[key].block else 0), str(f.values[key].value)))
    return rules, texts


def _rule(f: Fields, known: dict[str, LawRule]) -> LawRule | None:
    if not f.check_keys(REQUIRED, OPTIONAL):
        return None
    rule_id = f.text("id")
    title, text, conditions = f.text("title"), f.text("rule"), f.text("conditions")
    scope, articles, checked = f.choice("scope", SCOPES), _articles(f), _date(f)
    if rule_id is not None and not SLUG.match(rule_id):
        f.report(f.line("id"), f"'{f.key_path('id')}' must be a slug (lowercase latin letters, digits, hyphens), found '{rule_id}'")
        return None
    if rule_id in known:
        f.report(f.line("id"), f"'{f.key_path('id')}': duplicate rule id '{rule_id}' (first at line {known[rule_id].line})")
        return None
    if None in (rule_id, title, text, scope, articles, checked):
        return None
    assert rule_id and title and text and scope and articles is not None and checked  # for mypy: checked above
    return LawRule(rule_id, title, text, conditions, articles, scope, checked, f.line("id"))


def _articles(f: Fields) -> tuple[str, ...] | None:
    """A non-empty list of article references, like ['ст. 32 ЗоЗПП']."""
    node = f.values.get("articles")
    if node is None or node.value is None:
        return None
    found: list[str] = []
    if not isinstance(node.value, list):
        f.items("articles")  # reports the value that is not a list
        return None
    for item in node.value:
        if not isinstance(item.value, str) or not item.value.strip():
            f.report(item.line, f"'{f.key_path('articles')}' must list article references as text, "
                                f"like 'ст. 32 ЗоЗПП', found {kind_of(item.value)}")
            return None
        found.append(item.value.strip())
    if not found:
        f.report(node.line, f"'{f.key_path('articles')}' must name at least one article, like 'ст. 32 ЗоЗПП'")
        return None
    return tuple(found)


def _date(f: Fields) -> str | None:
    """The `checked` date as YYYY-MM-DD (YAML may already have read it as a date)."""
    node = f.values.get("checked")
    if node is None or node.value is None:
        return None
    value = node.value
    if isinstance(value, datetime.date):
        return value.isoformat()
    try:
        return datetime.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        f.report(node.line, f"'{f.key_path('checked')}' must be a date like 2026-12-06 (the day the rule was "
                            f"checked against the articles), found {value!r}")
        return None
