"""Result codes: a finished attempt packed into a short text a trainee can paste or read out.

The same format is written by docs/assets/quiz/code.js in the browser; both are
checked against tests/fixtures/result_codes.json. Bits, most significant first:

    format 4 · quiz 20 · hours since 2026-01-01 UTC 20 · name length 5, then 6 per letter
    · all questions in order 1 · count 11 · per question: [place 11 unless all] tag 8, answer
    · zero padding to whole symbols · checksum 20

An answer is its type (2 bits: single, multiple, order, scenario), then one value
(single) or a count (4 bits; 8 for scenario paths) and values of 4 bits each:
option, item and choice numbers as authored (their identity, not the shown place).
The tag is 8 bits of a hash of the question's id and version, so a code made
for an older version is caught question by question. Symbols are Crockford's
base 32 (no I, L, O, U), written in groups of four; the checksum is 20 bits of
FNV-1a over the symbols, so a mistyped symbol is caught. A receipt, not a proof:
anyone who reads this file can forge one.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from casekit.model.quiz import question_tag, quiz_hash

__all__ = ["Answer", "Attempt", "CodeError", "decode", "encode", "question_tag", "quiz_hash"]

FORMAT = 1
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
NAME_LETTERS = " -.'абвгдеёжзийклмнопрстуфхцчшщъыьэюяabcdefghijklmnopqrstuvwxyz?"
EPOCH = datetime(2026, 1, 1, tzinfo=timezone.utc)
TYPES = ("single", "multiple", "order", "scenario")
CHECKSUM_SYMBOLS = 4


class CodeError(ValueError):
    """A code that cannot be read: mistyped, cut short, or not a result code."""


@dataclass(frozen=True)
class Answer:
    """What the trainee answered to one shown question."""

    tag: int
    """8 bits of the hash of the question's id and version, at the time of the attempt."""
    place: int
    """Position of the question in the quiz file (0-based)."""
    type: str
    values: tuple[int, ...]
    """Chosen options, the items in the trainee's order, or the scenario path (authored indexes)."""


@dataclass(frozen=True)
class Attempt:
    """A decoded result code."""

    quiz_hash: int
    hours: int
    name: str
    answers: tuple[Answer, ...]

    @property
    def time(self) -> datetime:
        """When the attempt was finished, to the hour (UTC)."""
        return EPOCH + timedelta(hours=self.hours)


def checksum(symbols: list[int]) -> int:
    """FNV-1a (32 bits) over the symbol values, cut to 20 bits."""
    value = 0x811C9DC5
    for symbol in symbols:
        value = ((value ^ symbol) * 0x01000193) & 0xFFFFFFFF
    return value & 0xFFFFF


class _Bits:
    def __init__(self) -> None:
        self.bits: list[int] = []

    def put(self, value: int, width: int) -> None:
        if not 0 <= value < 1 << width:
            raise CodeError(f"{value} does not fit in {width} bits")
        self.bits += [(value >> shift) & 1 for shift in range(width - 1, -1, -1)]

    def symbols(self) -> list[int]:
        bits = self.bits + [0] * (-len(self.bits) % 5)
        return [int("".join(map(str, bits[i:i + 5])), 2) for i in range(0, len(bits), 5)]


class _Reader:
    def __init__(self, symbols: list[int]) -> None:
        self.bits = [(s >> shift) & 1 for s in symbols for shift in range(4, -1, -1)]
        self.at = 0

    def take(self, width: int) -> int:
        if self.at + width > len(self.bits):
            raise CodeError("код обрывается")
        value = 0
        for bit in self.bits[self.at:self.at + width]:
            value = value << 1 | bit
        self.at += width
        return value


def encode(attempt: Attempt, question_count: int) -> str:
    """The code for an attempt on a quiz of question_count questions."""
    bits = _Bits()
    bits.put(FORMAT, 4)
    bits.put(attempt.quiz_hash, 20)
    bits.put(attempt.hours, 20)
    letters = [NAME_LETTERS.find(c) if c in NAME_LETTERS else len(NAME_LETTERS) - 1 for c in attempt.name.lower()[:31]]
    bits.put(len(letters), 5)
    for letter in letters:
        bits.put(letter, 6)
    everything = [a.place for a in attempt.answers] == list(range(question_count))
    bits.put(int(everything), 1)
    bits.put(len(attempt.answers), 11)
    for answer in attempt.answers:
        if not everything:
            bits.put(answer.place, 11)
        bits.put(answer.tag, 8)
        _put_answer(bits, answer)
    symbols = bits.symbols()
    total = checksum(symbols)
    symbols += [(total >> shift) & 31 for shift in range(15, -1, -5)]
    text = "".join(ALPHABET[s] for s in symbols)
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def _put_answer(bits: _Bits, answer: Answer) -> None:
    kind = TYPES.index(answer.type)
    bits.put(kind, 2)
    if answer.type == "single":
        bits.put(answer.values[0] if answer.values else 15, 4)
        return
    bits.put(len(answer.values), 8 if answer.type == "scenario" else 4)
    for value in answer.values:
        bits.put(value, 4)


def symbols_of(code: str) -> list[int]:
    """The symbol values of a code as typed: case, spaces and dashes do not matter; O is 0, I and L are 1."""
    cleaned = code.upper().replace("O", "0").replace("I", "1").replace("L", "1")
    symbols = []
    for char in cleaned:
        if char in " -\t\n\r":
            continue
        if char not in ALPHABET:
            raise CodeError(f"в коде есть лишний знак: «{char}»")
        symbols.append(ALPHABET.index(char))
    return symbols


def decode(code: str) -> Attempt:
    """Read a code; CodeError if it is mistyped (checksum), cut short, or of another format."""
    symbols = symbols_of(code)
    if len(symbols) <= CHECKSUM_SYMBOLS:
        raise CodeError("код слишком короткий")
    body, tail = symbols[:-CHECKSUM_SYMBOLS], symbols[-CHECKSUM_SYMBOLS:]
    if checksum(body) != sum(s << (15 - 5 * i) for i, s in enumerate(tail)):
        raise CodeError("контрольная сумма не сходится: знак пропущен или набран с ошибкой")
    bits = _Reader(body)
    if bits.take(4) != FORMAT:
        raise CodeError("код неизвестного формата")
    quiz, hours = bits.take(20), bits.take(20)
    name = "".join(NAME_LETTERS[bits.take(6) % len(NAME_LETTERS)] for _ in range(bits.take(5)))
    everything, count = bits.take(1), bits.take(11)
    answers = []
    for index in range(count):
        place = index if everything else bits.take(11)
        tag = bits.take(8)
        kind = TYPES[bits.take(2)]
        if kind == "single":
            value = bits.take(4)
            values: tuple[int, ...] = () if value == 15 else (value,)
        else:
            values = tuple(bits.take(4) for _ in range(bits.take(8 if kind == "scenario" else 4)))
        answers.append(Answer(tag, place, kind, values))
    return Attempt(quiz, hours, " ".join(w.capitalize() for w in name.split(" ")), tuple(answers))
