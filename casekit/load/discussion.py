"""A case's discussion questions and the trainer's notes on them.

The notes are an optional last section of the case file, «## Заметки для ведущего»:
a numbered list whose item N is the note on discussion question N (what a good
answer holds, the usual mistake, the rule or page it leads to). They are cut from
the trainee's text here, so no page a trainee opens or searches can show them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from casekit.model.links import LineIndex

QUESTIONS = "Вопросы для обсуждения"
NOTES = "Заметки для ведущего"
_SECTION = re.compile(r"^##[ \t]+(.+?)[ \t]*#*[ \t]*$", re.M)
_ITEM = re.compile(r"^(\d+)[.)][ \t]+", re.M)


@dataclass(frozen=True)
class Discussion:
    """What a case body holds for a discussion: the trainee's text, the questions and their notes."""

    body: str
    """The body without the notes section."""
    questions: tuple[str, ...]
    lines: tuple[int, ...]
    """Offset of each question's line from the body's first line."""
    notes: tuple[str | None, ...]
    section: str = ""
    """The notes section as written (checked like any text: links, markup, citations)."""
    section_line: int = 0
    """Offset of the section's first line from the body's first line."""


def split_discussion(body: str) -> Discussion:
    """The body cut at «## Заметки для ведущего», and the numbered items of both sections matched by number."""
    sections = {m.group(1): m for m in _SECTION.finditer(body)}
    notes_heading = sections.get(NOTES)
    trainee = body[: notes_heading.start()].rstrip() + "\n" if notes_heading else body
    questions = _items(trainee, sections.get(QUESTIONS))
    notes = dict((number, text) for number, text, _ in _items(body, notes_heading)) if notes_heading else {}
    section = body[notes_heading.start():] if notes_heading else ""
    section_line = LineIndex(body).offset_line(notes_heading.start()) if notes_heading else 0
    return Discussion(trainee, tuple(text for _, text, _ in questions), tuple(line for _, _, line in questions),
                      tuple(notes.get(number) for number, _, _ in questions), section, section_line)


def _items(text: str, heading: re.Match[str] | None) -> list[tuple[int, str, int]]:
    """(number, Markdown, offset line) of each numbered item in the section under heading."""
    if heading is None:
        return []
    start = heading.end()
    following = _SECTION.search(text, start)
    end = following.start() if following else len(text)
    lines = LineIndex(text)
    starts = [m for m in _ITEM.finditer(text, start, end)]
    items = []
    for index, match in enumerate(starts):
        stop = starts[index + 1].start() if index + 1 < len(starts) else end
        items.append((int(match.group(1)), " ".join(text[match.end():stop].split()), lines.offset_line(match.start())))
    return items
