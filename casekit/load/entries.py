"""A YAML file that is one list of entries under one key (the glossary's terms, the law's rules)."""
from __future__ import annotations

from pathlib import Path

from casekit.load.fields import Fields
from casekit.load.source import read_source
from casekit.load.yamlnodes import parse_yaml
from casekit.problems import Problem


def entries(root: Path, relative: Path, key: str, problems: list[Problem]) -> list[Fields]:
    """The Fields of each entry of the list under key, like 'terms[3]'; none if the file is absent (it is optional)."""
    file = root / relative
    if not file.is_file():
        return []
    source = read_source(root, file, problems)
    node = parse_yaml(source.text, source.path, 1, problems) if source else None
    if source is None or node is None:
        return []
    top = Fields(source.path, node, "", problems)
    if not top.check_keys((key,), ()):
        return []
    return [Fields(source.path, item, f"{key}[{index}]", problems) for index, item in enumerate(top.items(key))]
