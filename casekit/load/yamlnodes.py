"""YAML parsed into a tree of values that remember their line."""
from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any, Union

import yaml

from casekit.problems import Problem


@dataclass
class Node:
    """A YAML value with the line it starts on."""

    value: Union[dict[str, "Node"], list["Node"], str, int, float, bool, None, Any]
    """A dict of Nodes for a mapping, a list of Nodes for a sequence, else a scalar."""
    line: int
    """1-based line in the file."""
    block: bool = False
    """True for a '|' or '>' scalar, whose text starts on the next line."""

    def plain(self) -> Any:
        """The value with all Node wrappers removed."""
        if isinstance(self.value, dict):
            return {key: node.plain() for key, node in self.value.items()}
        if isinstance(self.value, list):
            return [node.plain() for node in self.value]
        if isinstance(self.value, datetime.date):
            return self.value.isoformat()  # as the loaders read a date: a schema sees what they see
        return self.value


Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""PyYAML's C parser where it is built (the wheels have it): the same nodes and marks, several times faster."""

MAX_DEPTH = 40
"""Deeper nesting is no quiz an author meant to write, and would exhaust the parser's recursion."""


class _Refused(Exception):
    """A YAML shape casekit will not expand: an alias, or nesting past MAX_DEPTH."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def parse_yaml(text: str, path: str, first_line: int, problems: list[Problem]) -> Node | None:
    """Parse text; first_line is the file line of the text's first line."""
    loader = Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return Node(None, first_line)
        return _Converter(loader, path, first_line - 1, problems).convert(root, 0)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = (mark.line if mark else 0) + first_line
        message = f"YAML syntax error: {error.problem or error.context}"
        if "mapping values are not allowed" in message:
            message += " (a value that contains ': ' must be put in quotes)"
        problems.append(Problem(path, line, message))
    except _Refused as refused:
        problems.append(Problem(path, refused.line, refused.message))
    except RecursionError:
        problems.append(Problem(path, first_line, f"YAML is nested too deep: at most {MAX_DEPTH} levels"))
    except yaml.YAMLError as error:
        problems.append(Problem(path, first_line, f"YAML error: {error}"))
    finally:
        loader.dispose()
    return None


class _Converter:
    """Turns PyYAML's node graph into Nodes, refusing aliases so that no alias bomb can expand."""

    def __init__(self, loader: yaml.SafeLoader, path: str, offset: int, problems: list[Problem]) -> None:
        self.loader, self.path, self.offset, self.problems = loader, path, offset, problems
        self.seen: set[int] = set()

    def line(self, node: yaml.Node) -> int:
        return int(node.start_mark.line) + 1 + self.offset

    def convert(self, node: yaml.Node, depth: int) -> Node:
        if id(node) in self.seen and not isinstance(node, yaml.ScalarNode):
            raise _Refused(self.line(node), "YAML anchors and aliases (&name, *name) are not allowed: write the value out")
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            raise _Refused(self.line(node), f"YAML is nested too deep: at most {MAX_DEPTH} levels")
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, depth)
        if isinstance(node, yaml.SequenceNode):
            return Node([self.convert(item, depth + 1) for item in node.value], self.line(node))
        block = isinstance(node, yaml.ScalarNode) and node.style in ("|", ">")
        return Node(self.loader.construct_object(node, deep=True), self.line(node), block)

    def _mapping(self, node: yaml.MappingNode, depth: int) -> Node:
        mapping: dict[str, Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Refused(self.line(key_node), "a key must be plain text, not a list or a mapping")
            key = str(self.loader.construct_object(key_node, deep=True))
            if key in mapping:
                self.problems.append(Problem(self.path, self.line(key_node), f"duplicate key '{key}'"))
                continue
            child = self.convert(value_node, depth + 1)
            child.line = self.line(key_node)  # messages about a key point at the key
            mapping[key] = child
        return Node(mapping, self.line(node))
