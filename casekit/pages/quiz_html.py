"""Static HTML for a quiz: readable without JavaScript, enhanced by docs/assets/quiz/.

Each question is a <form> with a <fieldset> and <legend>; options are real
inputs with labels; the answers and their feedback sit in a <details> that
the engine hides and reads from. Nothing here depends on the engine.
"""
from __future__ import annotations

import hashlib
from html import escape
from typing import Sequence

from casekit.model.corpus import Corpus
from casekit.model.quiz import VERDICTS, Question, Quiz, ScenarioNode, question_tag, question_version, quiz_hash
from casekit.pages.common import group_label
from casekit.pages.render import is_phrasing, to_html, to_inline_html

TYPE_HINTS = {
    "single": "Выберите один ответ.",
    "multiple": "Выберите все верные ответы.",
    "order": "Расставьте шаги по порядку.",
    "scenario": "Проведите разговор: выбирайте реплики, пока разговор не закончится.",
}

PRINT_NAME_LINE = ('<p class="quiz-print-only quiz-print-name" hidden>Имя и\u00a0фамилия: '
                   '<span class="quiz-print-blank"></span> Дата: <span class="quiz-print-blank is-short"></span></p>')
"""Shown only on paper (docs/assets/print.css): where a trainee writes their name on a printed sheet."""
PRINT_SCENARIO_NOTE = ('<p class="quiz-print-only" hidden>На листе — только начало разговора: отметьте реплику, '
                       'которой вы ответите. Весь разговор можно пройти на сайте.</p>')


def quiz_html(corpus: Corpus, quiz: Quiz) -> str:
    """The whole quiz as one HTML block with no blank lines (so Markdown leaves it alone)."""
    total = len(quiz.questions)
    parts = [f'<div class="quiz" data-quiz="{escape(quiz.slug)}" data-pass-mark="{quiz.pass_mark}" '
             f'data-code-quiz="{quiz_hash(quiz.slug)}" data-title="{escape(quiz.title)}">', PRINT_NAME_LINE]
    for number, question in enumerate(quiz.questions, start=1):
        parts.append(_question(corpus, quiz, question, number, total))
    names = "".join(f'<li data-slug="{escape(slug)}" data-href="{escape(url)}">{escape(name)}</li>'
                    for slug, name, url in _topic_names(corpus, quiz))
    parts.append(
        '<section class="quiz-result" aria-labelledby="quiz-result-title">'
        '<h2 id="quiz-result-title">Результат</h2>'
        f'<p class="quiz-result-summary">Проходной балл — {quiz.pass_mark}\u00a0%. '
        'Ответьте на все вопросы, чтобы увидеть результат.</p>'
        f'<ul class="quiz-names" hidden>{names}</ul>'
        '</section>'
    )
    parts.append("</div>")
    return "\n".join(line for part in parts for line in part.split("\n") if line.strip())


def _topic_names(corpus: Corpus, quiz: Quiz) -> list[tuple[str, str, str]]:
    """(slug, Russian name, URL from the quiz page) of the groups and tactics the quiz covers, for the result table."""
    names = [(g, group_label(corpus.groups[g]), f"../../groups/{g}/") for g in quiz.groups() if g in corpus.groups]
    return names + [(t, corpus.tactics[t].name, f"../../tactics/{t}/") for t in quiz.tactics() if t in corpus.tactics]


def _question(corpus: Corpus, quiz: Quiz, question: Question, number: int, total: int) -> str:
    qid = f"quiz-{quiz.slug}-{question.id}"
    prompt = to_inline_html(question.prompt)
    attrs = (f'class="quiz-question" id="{escape(qid)}" data-question="{escape(question.id)}" '
             f'data-type="{question.type}" data-version="{question_version(question)}" '
             f'data-group="{escape(question.group or "")}" data-tactics="{escape(" ".join(question.tactics))}" '
             f'data-place="{number - 1}" data-tag="{question_tag(question.id, question_version(question))}"')
    if question.type == "scenario":
        attrs += f' data-start="{escape(question.start or "")}" data-max-points="{question.max_points}"'
    legend_prompt = prompt if is_phrasing(prompt) else ""
    head = [f'<form {attrs}>', '<fieldset>',
            f'<legend><span class="quiz-number">Вопрос {number} из {total}.</span> {legend_prompt}</legend>']
    if not legend_prompt:
        head.append(f'<div class="quiz-prompt">{prompt}</div>')
    head.append(f'<p class="quiz-hint">{TYPE_HINTS[question.type]}</p>')
    if question.type == "scenario":
        head.append(PRINT_SCENARIO_NOTE)
    if question.case and question.case in corpus.cases:
        title = escape(corpus.cases[question.case].title)
        head.append(f'<p class="quiz-case">По кейсу: <a href="../../cases/{escape(question.case)}/">{title}</a></p>')
    body = {"single": _choices, "multiple": _choices, "order": _order, "scenario": _scenario}[question.type](qid, question)
    explanation = (f'<div class="quiz-explanation"><p><strong>Пояснение.</strong></p>{to_html(question.explanation)}</div>'
                   if question.explanation else "")
    return "\n".join([*head, body[0], "</fieldset>",
                      '<details class="quiz-answer"><summary>Ответ и разбор</summary>', body[1], explanation,
                      "</details>", "</form>"])


def _choices(qid: str, question: Question) -> tuple[str, str]:
    kind = "radio" if question.type == "single" else "checkbox"
    inputs, answers = ['<ul class="quiz-options">'], ['<ul class="quiz-feedback-list">']
    shown = shown_order([o.correct for o in question.options], qid) if question.type == "single" else shuffled(question.options, qid)
    for index in shown:
        option = question.options[index]
        input_id = f"{qid}-{index}"
        inputs.append(f'<li><input type="{kind}" id="{escape(input_id)}" name="{escape(qid)}" value="{index}">'
                      f'<label for="{escape(input_id)}">{to_inline_html(option.text)}</label></li>')
        mark = "Верный вариант" if option.correct else "Неверный вариант"
        answers.append(f'<li data-option="{index}" data-correct="{str(option.correct).lower()}">'
                       f'<p class="quiz-option-label"><strong>{mark}:</strong> {to_inline_html(option.text)}</p>'
                       f'<div class="quiz-option-feedback">{to_html(option.feedback)}</div></li>')
    return "\n".join([*inputs, "</ul>"]), "\n".join([*answers, "</ul>"])


def _rank(seed: str, i: int) -> str:
    return hashlib.sha1(f"{seed}:{i}".encode()).hexdigest()


def shuffled(items: Sequence[object], seed: str) -> list[int]:
    """A stable order of item indexes, the same on every build; options and choices keep their
    authored index as their identity, so stored answers and result codes do not depend on it."""
    return sorted(range(len(items)), key=lambda i: _rank(seed, i))


def shown_order(right: Sequence[bool], seed: str) -> list[int]:
    """A stable order for a single choice question: the right option lands on a place drawn from
    the seed, each place as likely as the others, so neither its place nor the author's habit shows."""
    order = shuffled(right, seed)
    answer = right.index(True) if True in right else 0
    order.remove(answer)
    order.insert(int(_rank(seed, -1), 16) % len(right), answer)
    return order


def unsolved_order(items: Sequence[object], seed: str) -> list[int]:
    """A stable order of items to put in order that is never the right one (for two or more items)."""
    order = shuffled(items, seed)
    if order == sorted(order) and len(order) > 1:
        order = order[1:] + order[:1]
    return order


def _order(qid: str, question: Question) -> tuple[str, str]:
    shown = ['<ol class="quiz-order">']
    for index in unsolved_order(question.items, qid):
        shown.append(f'<li data-item="{index}"><span class="quiz-item-text">{to_inline_html(question.items[index])}</span></li>')
    right = ['<p>Верный порядок:</p>', '<ol class="quiz-right-order">']
    right += [f'<li>{to_inline_html(item)}</li>' for item in question.items]
    return "\n".join([*shown, "</ol>"]), "\n".join([*right, "</ol>"])


def _scenario(qid: str, question: Question) -> tuple[str, str]:
    parts = ['<div class="quiz-scenario">']
    for node in question.nodes:
        parts.append(_node(qid, node, start=node.id == question.start))
    parts.append("</div>")
    best = f"<p>Лучший путь по этому сценарию приносит {question.max_points} балл(ов).</p>"
    return "\n".join(parts), best


def _node(qid: str, node: ScenarioNode, start: bool) -> str:
    node_id = f"{qid}-{node.id}"
    kind = " quiz-ending" if node.is_ending else " quiz-start" if start else ""
    parts = [f'<section class="quiz-node{kind}" id="{escape(node_id)}" '
             f'data-node="{escape(node.id)}"' + (f' data-verdict="{node.verdict}"' if node.verdict else "") + ">"]
    if node.situation:
        parts.append(f'<div class="quiz-situation">{to_html(node.situation)}</div>')
    if node.client:
        parts.append(f'<blockquote class="quiz-client"><p><strong>Клиент:</strong> {to_inline_html(node.client)}</p></blockquote>')
    if node.is_ending:
        parts.append(f'<p class="quiz-verdict"><strong>{VERDICTS[node.verdict or "bad"]}.</strong></p>')
        parts.append(f'<div class="quiz-debrief">{to_html(node.debrief or "")}</div>')
    else:
        parts.append('<ol class="quiz-choices">')
        for index in shuffled(node.choices, f"{qid}-{node.id}"):
            choice = node.choices[index]
            parts.append(
                f'<li data-choice="{index}" data-next="{escape(choice.next)}" data-points="{choice.points}">'
                f'<a class="quiz-choice-text" href="#{escape(qid)}-{escape(choice.next)}">{to_inline_html(choice.text)}</a>'
                f'<details class="quiz-consequence"><summary>Что будет дальше</summary>{to_html(choice.consequence)}</details></li>')
        parts.append("</ol>")
    parts.append("</section>")
    return "\n".join(parts)
