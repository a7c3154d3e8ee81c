"""Where an authored definition was written, so later checks can name the line."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping


@dataclass(frozen=True)
class Origin:
    """Where a definition was authored, so later checks can name the line."""

    path: str
    """File path relative to the project root."""
    lines: Mapping[str, int]
    """Line of each frontmatter key."""
    body_line: int
    """Line where the Markdown body starts."""

    def line(self, key: str) -> int:
        """Line of key, or 1 when the key is absent."""
        return self.lines.get(key, 1)
