"""Typed reading of YAML mappings, recording one Problem per mismatch."""
from __future__ import annotations

from typing import Iterable, Sequence

from casekit.load.source import SLUG
from casekit.load.yamlnodes import Node
from casekit.problems import Problem, did_you_mean


def kind_of(value: object) -> str:
    """A reader's word for a YAML value's type."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


class Fields:
    """Reads keys of one mapping; `where` is its key path, like 'options[2]'.

    `label` names the thing an author looks for, like "question 'q1'": every
    message starts with it, and key paths are relative to it.
    """

    def __init__(self, path: str, node: Node, where: str, problems: list[Problem], label: str = "") -> None:
        self.path = path
        self.node = node
        self.where = where
        self.problems = problems
        self.label = label
        self.values: dict[str, Node] = node.value if isinstance(node.value, dict) else {}

    def child(self, node: Node, where: str) -> Fields:
        """Fields of a mapping inside this one, under the same label."""
        return Fields(self.path, node, where, self.problems, self.label)

    def key_path(self, key: str) -> str:
        """The full key path of key, for messages."""
        return f"{self.where}.{key}" if self.where else key

    def line(self, key: str | None = None) -> int:
        """The line of key, or of the mapping itself."""
        if key is not None and key in self.values:
            return self.values[key].line
        return self.node.line

    def report(self, line: int, message: str) -> None:
        """Record a problem in this file, after the label if there is one."""
        self.problems.append(Problem(self.path, line, f"{self.label}: {message}" if self.label else message))

    def check_keys(self, required: Sequence[str], optional: Sequence[str]) -> bool:
        """Report unknown and missing keys; False if the node is not a mapping."""
        if not isinstance(self.node.value, dict):
            what = self.where or ("expected" if self.label else "the frontmatter")
            self.report(self.node.line, f"{what}: expected a mapping of keys, found {kind_of(self.node.value)}")
            return False
        allowed = [*required, *optional]
        for key, child in self.values.items():
            if key not in allowed:
                self.report(child.line, f"unknown key '{self.key_path(key)}'{did_you_mean(key, allowed)}")
        for key in required:
            if key not in self.values:
                self.report(self.node.line, f"missing required key '{self.key_path(key)}'")
            elif self.values[key].value is None:
                self.report(self.values[key].line, f"'{self.key_path(key)}' has no value")
        return True

    def text(self, key: str, required: bool = False) -> str | None:
        """A non-empty string (numbers are taken as text)."""
        node = self.values.get(key)
        if node is None or node.value is None:
            return None
        value = node.value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self.report(node.line, f"'{self.key_path(key)}' must be text, found {kind_of(value)}")
            return None
        if not value.strip():
            self.report(node.line, f"'{self.key_path(key)}' is empty")
            return None
        return value.strip()

    def integer(self, key: str, low: int, high: int) -> int | None:
        """An integer in [low, high]."""
        node = self.values.get(key)
        if node is None or node.value is None:
            return None
        if not isinstance(node.value, int) or isinstance(node.value, bool) or not low <= node.value <= high:
            self.report(node.line, f"'{self.key_path(key)}' must be a whole number from {low} to {high}, found {node.value!r}")
            return None
        return node.value

    def boolean(self, key: str) -> bool | None:
        """true or false."""
        node = self.values.get(key)
        if node is None or node.value is None:
            return None
        if not isinstance(node.value, bool):
            self.report(node.line, f"'{self.key_path(key)}' must be true or false, found {node.value!r}")
            return None
        return node.value

    def choice(self, key: str, choices: Iterable[str]) -> str | None:
        """One of a fixed set of words."""
        value = self.text(key)
        allowed = list(choices)
        if value is not None and value not in allowed:
            quoted = ", ".join(f"'{c}'" for c in allowed)
            self.report(self.line(key), f"'{self.key_path(key)}' must be one of {quoted}, found '{value}'{did_you_mean(value, allowed)}")
            return None
        return value

    def slugs(self, key: str, what: str) -> tuple[str, ...] | None:
        """A list of slugs (a single slug is taken as a list of one)."""
        node = self.values.get(key)
        if node is None or node.value is None:
            return None
        items = node.value if isinstance(node.value, list) else [node]
        slugs: list[str] = []
        for item in items:
            value = item.value
            if not isinstance(value, str) or not SLUG.match(value):
                self.report(item.line, f"'{self.key_path(key)}' must list {what} slugs, found {value!r}")
                continue
            slugs.append(value)
        return tuple(slugs)

    def items(self, key: str) -> list[Node]:
        """The Nodes of a list value; reports a value that is not a list."""
        node = self.values.get(key)
        if node is None or node.value is None:
            return []
        if not isinstance(node.value, list):
            self.report(node.line, f"'{self.key_path(key)}' must be a list, found {kind_of(node.value)}")
            return []
        return node.value
