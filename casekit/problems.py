"""Problems found in authored files, kept as values and reported together."""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in an authored file, at a place an author can find."""

    path: str
    """File path relative to the project root, with forward slashes."""
    line: int
    """1-based line number."""
    message: str
    """What was expected and what was found."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """Return ' (did you mean 'x'?)' when a close choice exists, else ''."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def one_of(choices: Iterable[str]) -> str:
    """Format allowed values for a message: 'a', 'b' or 'c'."""
    quoted = [f"'{c}'" for c in choices]
    if len(quoted) < 2:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]
