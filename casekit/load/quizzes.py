"""Loading and validating quizzes from quizzes/<slug>.yml."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from casekit.load.fields import Fields
from casekit.load.markdown_log import MarkdownLog
from casekit.load.scenario import read_scenario
from casekit.load.source import SLUG, by_content, read_source, relative, slug_of
from casekit.load.yamlnodes import Node, parse_yaml
from casekit.model.origin import Origin
from casekit.model.quiz import QUESTION_TYPES, Option, Question, Quiz
from casekit.problems import Problem

QUIZ_KEYS = (("title", "questions"), ("description", "pass_mark"))
COMMON = ("id", "type", "prompt")
COMMON_OPTIONAL = ("explanation", "case", "group", "tactics")
TYPE_KEYS = {"single": ("options",), "multiple": ("options",), "order": ("items",), "scenario": ("nodes",)}
TYPE_OPTIONAL = {"scenario": ("start",)}


def load_quizzes(root: Path, problems: list[Problem]) -> dict[str, Quiz]:
    """Every quiz in quizzes/, by slug."""
    quizzes: dict[str, Quiz] = {}
    for file in sorted((root / "quizzes").glob("*.y*ml")):
        quiz = _load_quiz(root, file, problems)
        if quiz is not None:
            quizzes[quiz.slug] = quiz
    return quizzes


@by_content
def _load_quiz(root: Path, file: Path, problems: list[Problem]) -> Quiz | None:
    slug = slug_of(root, file, problems)
    source = read_source(root, file, problems)
    if source is None:
        return None
    if not source.text.strip():
        problems.append(Problem(source.path, 1, "file is empty: a quiz needs 'title' and 'questions'"))
        return None
    node = parse_yaml(source.text, source.path, 1, problems)
    if node is None:
        return None
    fields = Fields(source.path, node, "", problems)
    if not fields.check_keys(*QUIZ_KEYS) or slug is None:
        return None
    log = MarkdownLog()
    title, description = fields.text("title"), log.text(fields, "description")
    pass_mark = fields.integer("pass_mark", 0, 100)
    questions, question_lines = _questions(fields, log)
    if title is None:
        return None
    origin = Origin(relative(root, file), {k: n.line for k, n in fields.values.items()}, 1)
    return Quiz(slug, title, description, 80 if pass_mark is None else pass_mark, tuple(questions), origin,
                tuple(log.texts), tuple(question_lines))


def _questions(fields: Fields, log: MarkdownLog) -> tuple[list[Question], list[dict[str, int]]]:
    items = fields.items("questions")
    if "questions" in fields.values and not items and isinstance(fields.values["questions"].value, list):
        fields.report(fields.line("questions"), "'questions' is empty: a quiz needs at least one question")
    questions: list[Question] = []
    key_lines: list[dict[str, int]] = []
    seen: dict[str, int] = {}
    for index, node in enumerate(items):
        f = Fields(fields.path, node, "", fields.problems, question_label(node, index))
        question = _question(f, log)
        if question is None:
            continue
        if question.id in seen:
            fields.report(f.line("id"), f"questions[{index}]: 'id': duplicate id '{question.id}' (first used at line {seen[question.id]})")
            continue
        seen[question.id] = f.line("id")
        questions.append(question)
        key_lines.append({"": node.line, **{key: child.line for key, child in f.values.items()}})
    return questions, key_lines


def question_label(node: Node, index: int) -> str:
    """How messages name a question: by its id when it has a usable one, else by its place."""
    fields = node.value if isinstance(node.value, dict) else {}
    qid = fields["id"].value if "id" in fields else None
    return f"question '{qid}'" if isinstance(qid, str) and SLUG.match(qid) else f"questions[{index}]"


def _question(f: Fields, log: MarkdownLog) -> Question | None:
    kind = f.values.get("type")
    kind_value = kind.value if kind is not None and isinstance(kind.value, str) else None
    if kind_value in TYPE_KEYS:
        known = f.check_keys((*COMMON, *TYPE_KEYS[kind_value]), (*COMMON_OPTIONAL, *TYPE_OPTIONAL.get(kind_value, ())))
    else:  # with an unknown type, any type's keys may be meant: report the type alone
        every_type = {key for keys in [*TYPE_KEYS.values(), *TYPE_OPTIONAL.values()] for key in keys}
        known = f.check_keys(COMMON, (*COMMON_OPTIONAL, *sorted(every_type)))
    if not known:
        return None
    qid = f.text("id")
    if qid is not None and not SLUG.match(qid):
        f.report(f.line("id"), f"'{f.key_path('id')}' must be a slug (lowercase latin letters, digits, hyphens), found '{qid}'")
        qid = None
    qtype = f.choice("type", QUESTION_TYPES)
    prompt, explanation = log.text(f, "prompt"), log.text(f, "explanation")
    case, group = f.text("case"), f.text("group")
    tactics = f.slugs("tactics", "tactic") or ()
    if qid is None or qtype is None or prompt is None:
        return None
    base = Question(qid, qtype, prompt, explanation, case, group, tactics)
    if qtype in ("single", "multiple"):
        return _with_options(base, f, log)
    if qtype == "order":
        return _with_items(base, f, log)
    return read_scenario(base, f, log)


def _with_options(base: Question, f: Fields, log: MarkdownLog) -> Question:
    options: list[Option] = []
    for index, node in enumerate(f.items("options")):
        o = f.child(node, f"{f.key_path('options')}[{index}]")
        if not o.check_keys(("text", "feedback"), ("correct",)):
            continue
        text, feedback, correct = log.text(o, "text"), log.text(o, "feedback"), o.boolean("correct")
        if text is not None and feedback is not None:
            options.append(Option(text, bool(correct), feedback))
    correct_count = sum(option.correct for option in options)
    where, line = f.key_path("options"), f.line("options")
    if len(options) < 2:
        f.report(line, f"'{where}' needs at least two options, found {len(options)}")
    elif base.type == "single" and correct_count != 1:
        f.report(line, f"'{where}': a single choice question needs exactly one option with 'correct: true', found {correct_count}")
    elif base.type == "multiple" and correct_count == 0:
        f.report(line, f"'{where}': a multiple choice question needs at least one option with 'correct: true', found none")
    return replace(base, options=tuple(options))


def _with_items(base: Question, f: Fields, log: MarkdownLog) -> Question:
    items: list[str] = []
    for index, node in enumerate(f.items("items")):
        if not isinstance(node.value, str) or not node.value.strip():
            f.report(node.line, f"'{f.key_path('items')}[{index}]' must be text, found {node.value!r}")
            continue
        items.append(node.value.strip())
        log.texts.append((node.line, node.value))
    if len(items) < 2:
        f.report(f.line("items"), f"'{f.key_path('items')}' needs at least two items to put in order, found {len(items)}")
    return replace(base, items=tuple(items))

