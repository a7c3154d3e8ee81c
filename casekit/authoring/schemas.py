"""Checking authored files against the JSON Schemas in schemas/, as an editor would show them.

Each file is parsed with casekit's own YAML reader (so a file means the same
here as to `casekit check`), then validated against its schema; every error is
reported as `file:line: message` at the key at fault.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

from jsonschema import Draft7Validator
from jsonschema.exceptions import ValidationError

from casekit.load.source import read_source, relative, split_frontmatter
from casekit.load.yamlnodes import Node, parse_yaml
from casekit.problems import Problem

PACKAGED = Path(__file__).resolve().parent.parent.parent / "schemas"
"""The schemas beside the package in a checkout, for a project without its own schemas/ folder."""


@dataclass(frozen=True)
class Kind:
    """Which files one schema describes."""

    schema: str
    """File name in schemas/."""
    folder: str
    """Folder of the files, relative to the project root."""
    patterns: tuple[str, ...]
    frontmatter: bool
    """True for Markdown files, whose frontmatter is checked; False for whole YAML files."""


KINDS = (
    Kind("case.schema.json", "cases", ("*.md",), True),
    Kind("group.schema.json", "taxonomy/groups", ("*.md",), True),
    Kind("tactic.schema.json", "taxonomy/tactics", ("*.md",), True),
    Kind("antipattern.schema.json", "taxonomy/antipatterns", ("*.md",), True),
    Kind("guide.schema.json", "guides", ("*.md",), True),
    Kind("quiz.schema.json", "quizzes", ("*.yml", "*.yaml"), False),
    Kind("glossary.schema.json", "taxonomy", ("glossary.yml",), False),
    Kind("law.schema.json", "taxonomy", ("law.yml",), False),
)


def schema_folder(root: Path) -> Path:
    """The project's schemas/, or the checkout's when the project has none."""
    own = root / "schemas"
    return own if own.is_dir() else PACKAGED


def load_schema(folder: Path, name: str) -> dict[str, Any]:
    """One schema as a dict, its local `$ref`s replaced by what they name (resolving them is most of the time)."""
    schema: dict[str, Any] = json.loads((folder / name).read_text(encoding="utf-8"))
    inlined: dict[str, Any] = _inline(schema, schema.get("definitions", {}))
    return inlined


def _inline(node: Any, definitions: dict[str, Any]) -> Any:
    """node with every {"$ref": "#/definitions/x"} replaced by definition x (the schemas have no cycles)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/definitions/"):
            return _inline(definitions[ref.removeprefix("#/definitions/")], definitions)
        return {key: _inline(value, definitions) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline(item, definitions) for item in node]
    return node


def check_schemas(root: Path, folder: Path | None = None) -> list[Problem]:
    """Every schema error in every authored file under root, sorted."""
    folder = folder or schema_folder(root)
    problems: list[Problem] = []
    for kind in KINDS:
        validator = Draft7Validator(load_schema(folder, kind.schema))
        for file in _files(root / kind.folder, kind.patterns):
            problems += check_file(root, file, validator, kind.frontmatter)
    return sorted(problems)


def _files(folder: Path, patterns: Sequence[str]) -> Iterator[Path]:
    for pattern in patterns:
        yield from sorted(folder.glob(pattern))


def check_file(root: Path, file: Path, validator: Draft7Validator, frontmatter: bool) -> list[Problem]:
    """Schema errors of one file; a file that cannot be read or parsed gives that problem instead."""
    problems: list[Problem] = []
    source = read_source(root, file, problems)
    if source is None:
        return problems
    text, first_line = source.text, 1
    if frontmatter:
        document = split_frontmatter(source, problems)
        if document is None:
            return problems
        text, first_line = document.frontmatter, 2
    node = parse_yaml(text, relative(root, file), first_line, problems)
    if node is None:
        return problems
    data = node.plain()
    for error in map(_leaf, validator.iter_errors(data)):
        problems.append(Problem(source.path, _line(node, error), f"schema: {_where(error)}{_message(error)}"))
    return problems


def _line(node: Node, error: ValidationError) -> int:
    """The line of the deepest key or item on the error's path that exists in the file (an unknown key's own line)."""
    steps = list(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict) and isinstance(error.schema, dict):
        known = error.schema.get("properties", {})
        steps += [key for key in error.instance if key not in known][:1]
    for step in steps:
        value = node.value
        if isinstance(value, dict) and isinstance(step, str) and step in value:
            node = value[step]
        elif isinstance(value, list) and isinstance(step, int) and step < len(value):
            node = value[step]
        else:
            break
    return node.line


def _where(error: ValidationError) -> str:
    path = "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in error.absolute_path).lstrip(".")
    return f"'{path}': " if path else ""


def _leaf(error: ValidationError) -> ValidationError:
    """For alternatives (text or a list, a value or nothing), the error of the branch meant for the value's type."""
    meant = [e for e in error.context or () if e.validator != "type"] if error.validator in ("anyOf", "oneOf") else []
    return _leaf(max(meant, key=lambda e: len(e.absolute_path))) if meant else error


def _message(error: ValidationError) -> str:
    """jsonschema's message; alternatives that differ only in type are named together."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        types = [t for e in error.context for t in _as_list(e.validator_value) if e.validator == "type" and t != "null"]
        return f"{error.instance!r} is not of type {', '.join(repr(t) for t in types)}"
    if error.validator == "additionalProperties" or len(error.message) <= 200:
        return error.message
    return error.message[:200] + "…"


def _as_list(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else [value]
