"""Russian typography applied to text as it is generated, so authors never type it by hand.

Numbers keep their units and thousands together on one line («40 %»,
«360 000 рублей», «ст. 32»), and quotes inside «…» become „…“.
"""
from __future__ import annotations

import re
from functools import lru_cache

NBSP = "\u00a0"
_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
_PERCENT = re.compile(r"(?<=\d) ?%")
_UNIT = re.compile(
    r"(?<=\d) (?=(?:₽|руб|рубл|коп|тыс|млн|млрд|см|мм|м\b|км|кг|г\b|л\b|мин|ч\b|час|сек|дн|день|дня|недел|мес|год|лет|шт|раз|"
    r"процент|балл|вопрос|кейс|человек|клиент|звонк|отзыв|заказ|ноч|сут)[а-яё.]*)", re.I)
_BEFORE_NUMBER = re.compile(r"(?<![А-Яа-яЁё])(ст\.|п\.|ч\.|№|§|гл\.|т\.) (?=\d)", re.I)
_TAG = re.compile(r"(<[^>]*>)")


@lru_cache(maxsize=65536)
def typeset(text: str) -> str:
    """Plain text with non-breaking spaces where Russian typography wants them and nested quotes fixed.

    Cached: the same titles and names are set on many pages."""
    text = _THOUSANDS.sub(NBSP, text)
    text = _PERCENT.sub(NBSP + "%", text)
    text = _UNIT.sub(NBSP, text)
    text = _BEFORE_NUMBER.sub(lambda m: m.group(1) + NBSP, text)
    return _nested_quotes(text)


def typeset_html(html: str) -> str:
    """typeset() on the text between tags only: never inside a tag, its attributes, or code."""
    parts, in_code = [], 0
    for part in _TAG.split(html):
        if part.startswith("<"):
            name = part[1:].lstrip("/").split(" ", 1)[0].rstrip(">").lower()
            if name in ("code", "pre"):
                in_code += -1 if part.startswith("</") else 1
            parts.append(part)
        else:
            parts.append(part if in_code else typeset(part))
    return "".join(parts)


def _nested_quotes(text: str) -> str:
    if "«" not in text:
        return text
    out, depth = [], 0
    for char in text:
        if char == "«":
            out.append("«" if depth == 0 else "„")
            depth += 1
        elif char == "»" and depth > 0:
            depth -= 1
            out.append("»" if depth == 0 else "“")
        else:
            out.append(char)
    return "".join(out)
