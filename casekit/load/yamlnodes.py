"""YAML parsed into a tree of values that remember their line."""
from __future__ import annotations

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
        return self.value


def parse_yaml(text: str, path: str, first_line: int, problems: list[Problem]) -> Node | None:
    """Parse text; first_line is the file line of the text's first line."""
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return Node(None, first_line)
        return _convert(root, loader, path, first_line - 1, problems)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = (mark.line if mark else 0) + first_line
        message = f"YAML syntax error: {error.problem or error.context}"
        if "mapping values are not allowed" in message:
            message += " (a value that contains ': ' must be put in quotes)"
        problems.append(Problem(path, line, message))
        return None
    except yaml.YAMLError as error:
        problems.append(Problem(path, first_line, f"YAML error: {error}"))
        return None
    finally:
        loader.dispose()


def _convert(node: yaml.Node, loader: yaml.SafeLoader, path: str, offset: int, problems: list[Problem]) -> Node:
    line = node.start_mark.line + 1 + offset
    if isinstance(node, yaml.MappingNode):
        mapping: dict[str, Node] = {}
        for key_node, value_node in node.value:
            key = str(loader.construct_object(key_node, deep=True))
            if key in mapping:
                problems.append(Problem(path, key_node.start_mark.line + 1 + offset, f"duplicate key '{key}'"))
                continue
            child = _convert(value_node, loader, path, offset, problems)
            child.line = key_node.start_mark.line + 1 + offset  # messages about a key point at the key
            mapping[key] = child
        return Node(mapping, line)
    if isinstance(node, yaml.SequenceNode):
        return Node([_convert(item, loader, path, offset, problems) for item in node.value], line)
    block = isinstance(node, yaml.ScalarNode) and node.style in ("|", ">")
    return Node(loader.construct_object(node, deep=True), line, block)
