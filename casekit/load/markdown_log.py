"""A record of where each Markdown field of a quiz was read, for the link checks."""
from __future__ import annotations

from casekit.load.fields import Fields


class MarkdownLog:
    """Collects (line, text) of Markdown fields as they are read, for link checks."""

    def __init__(self) -> None:
        self.texts: list[tuple[int, str]] = []

    def text(self, fields: Fields, key: str) -> str | None:
        """Read a Markdown field and remember where it was."""
        value = fields.text(key)
        node = fields.values.get(key)
        if value is not None and node is not None:
            self.texts.append((node.line + (1 if node.block else 0), value))
        return value
