"""The answer key of a quiz, /quizzes/<slug>/key/: for trainers, and printable.

Options and scenario choices are listed in the order the quiz page shows them
(the same seeds as casekit.pages.quiz_html), so a trainer can check a printed
sheet against the key line by line.
"""
from __future__ import annotations

from html import escape

from casekit.model import links
from casekit.model.corpus import Corpus
from casekit.model.quiz import VERDICTS, Question, Quiz, ScenarioNode
from casekit.pages.common import count
from casekit.pages.markdown import attribute, indent, link, page
from casekit.pages.quiz_html import shown_order, shuffled, unsolved_order
from casekit.pages.quiz_pages import questions_count
from casekit.pages.render import to_html, to_inline_html
from casekit.pages.scenario_paths import Path, ScenarioPaths, scenario_paths

DEPTH = 3
"""The key is at /quizzes/<slug>/key/: three folders below the site root."""
PATH_LIMIT = 200
"""At most this many scenario paths are listed; the rest are counted."""
KIND = {"single": "Один верный ответ", "multiple": "Несколько верных ответов",
        "order": "Расставить по порядку", "scenario": "Сценарий разговора"}


def key_page(corpus: Corpus, quiz: Quiz) -> str:
    """The whole key: a note for the trainer, then every question with its answers in quiz order."""
    back = link(f"Квиз «{quiz.title}»", f"../{quiz.slug}.md")
    note = indent("Здесь верные ответы, разбор каждого варианта и все пути сценариев. Варианты стоят "
                  "в том же порядке, что на странице квиза и на распечатанном листе. Лист для участника — "
                  "страница квиза, напечатанная из браузера: ответов на нём нет.")
    blocks = [f'!!! info "Ключ ответов — для тренера"\n\n{note}',
              f"**{questions_count(len(quiz.questions))}** · проходной балл **{quiz.pass_mark}\u00a0%** · {back}"]
    total = len(quiz.questions)
    for number, question in enumerate(quiz.questions, start=1):
        blocks.append(f"## Вопрос {number} из {total} · {question.id} {{ #key-{question.id} }}")
        blocks.append(_question(corpus, quiz, question))
    cases = [corpus.cases[slug] for slug in dict.fromkeys(quiz.cases()) if slug in corpus.cases]
    if cases:
        blocks.append("Заметки для ведущего к историям этого квиза: " + ", ".join(
            link(case.title, f"../../trainer/cases/{case.slug}.md") for case in cases) + ".")
    blocks.append(f"{back} · [Все квизы](../index.md)")
    return page(f"Ключ ответов: {quiz.title}",
                f"Ключ ответов к квизу «{quiz.title}»: верные ответы, разбор вариантов, пути сценариев.", *blocks,
                stylesheet="assets/quiz/key.css", searchable=False)


def _question(corpus: Corpus, quiz: Quiz, question: Question) -> str:
    """One question as an HTML block with no blank lines (so Markdown leaves it alone)."""
    qid = f"quiz-{quiz.slug}-{question.id}"
    meta = KIND[question.type]
    if question.case and question.case in corpus.cases:
        url = "../" * DEPTH + links.slug_url("case", question.case)
        meta += f' · По кейсу: <a href="{escape(url)}">{attribute(corpus.cases[question.case].title)}</a>'
    body = {"single": _choices, "multiple": _choices, "order": _order, "scenario": _scenario}[question.type](qid, question)
    parts = [f'<div class="key-question" data-question="{escape(question.id)}" data-type="{question.type}">',
             f'<div class="key-prompt">{to_html(question.prompt, DEPTH)}</div>',
             f'<p class="key-meta">{meta}</p>', body]
    if question.explanation:
        parts.append(f'<div class="key-explanation"><p><strong>Пояснение.</strong></p>'
                     f'{to_html(question.explanation, DEPTH)}</div>')
    parts.append("</div>")
    return "\n".join(line for part in parts for line in part.split("\n") if line.strip())


def _choices(qid: str, question: Question) -> str:
    right = [o.correct for o in question.options]
    shown = shown_order(right, qid) if question.type == "single" else shuffled(question.options, qid)
    items = ['<ol class="key-options">']
    for index in shown:
        option = question.options[index]
        mark, state = ("✓ Верный вариант", "is-right") if option.correct else ("✗ Неверный вариант", "is-wrong")
        items.append(f'<li class="key-option {state}" data-option="{index}" data-correct="{str(option.correct).lower()}">'
                     f'<div class="key-option-text"><strong class="key-mark">{mark}:</strong> '
                     f'{to_inline_html(option.text, DEPTH)}</div>'
                     f'<div class="key-feedback">{to_html(option.feedback, DEPTH)}</div></li>')
    return "\n".join([*items, "</ol>"])


def _order(qid: str, question: Question) -> str:
    right = [f"<li>{to_inline_html(item, DEPTH)}</li>" for item in question.items]
    shown = [f'<li>{to_inline_html(question.items[i], DEPTH)} — <strong class="key-mark">верное место {i + 1}</strong></li>'
             for i in unsolved_order(question.items, qid)]
    return "\n".join(['<p><strong>Верный порядок:</strong></p>', '<ol class="key-order">', *right, "</ol>",
                      '<p>На странице квиза и на листе пункты стоят так:</p>', '<ol class="key-shown-order">', *shown, "</ol>"])


def points_text(points: int) -> str:
    """'2 балла', '−1 балл'."""
    return ("−" if points < 0 else "") + count(abs(points), "балл", "балла", "баллов")


def _scenario(qid: str, question: Question) -> str:
    found = scenario_paths(question, limit=PATH_LIMIT)
    nodes = {node.id: node for node in question.nodes}
    parts = [f"<p>Лучший путь по этому сценарию приносит {points_text(question.max_points)}.</p>"]
    for label, path in (("Лучший путь", found.best), ("Худший путь", found.worst)):
        if path is not None and path not in found.listed:  # cut from the list: shown here instead
            parts.append(f'<div class="key-extreme"><p><strong>{label}:</strong> {_path_summary(path)}</p>'
                         f'{_steps(nodes, path)}</div>')
    parts.append(_path_list(nodes, found))
    parts.append('<p><strong>Шаги разговора</strong> (реплики в том порядке, в каком их видит участник):</p>')
    parts += [_node(qid, node) for node in question.nodes]
    return "\n".join(parts)


def _path_summary(path: Path) -> str:
    return f"{points_text(path.points)} · {VERDICTS.get(path.verdict, path.verdict)}"


def _steps(nodes: dict[str, ScenarioNode], path: Path) -> str:
    """The choices of a path in sequence, then its ending."""
    items = ['<ol class="key-steps">']
    for step in path.steps:
        choice = nodes[step.node].choices[step.choice]
        sign = "+" if choice.points > 0 else ""
        items.append(f'<li><code>{escape(step.node)}</code>: {to_inline_html(choice.text, DEPTH)} '
                     f'<span class="key-points">({sign}{choice.points})</span></li>')
    items.append(f'<li class="key-ending">Исход <code>{escape(path.ending)}</code>: '
                 f'{VERDICTS.get(path.verdict, path.verdict)}</li>')
    return "\n".join([*items, "</ol>"])


def _path_list(nodes: dict[str, ScenarioNode], found: ScenarioPaths) -> str:
    """Every path listed (up to the limit), the best and the worst marked."""
    best = found.best.rank if found.best else None
    worst = found.worst.rank if found.worst else None
    parts = [f'<p><strong>Все пути от начала до исхода ({found.total}{"" if found.complete else "+"}):</strong></p>',
             '<ol class="key-paths">']
    for path in found.listed:
        marks = []
        if path.rank == best:
            marks.append(("is-best", "★ лучший путь"))
        if path.rank == worst and worst != best:
            marks.append(("is-worst", "▼ худший путь"))
        classes = " ".join(["key-path", *(c for c, _ in marks)])
        labels = "".join(f' <strong class="key-mark">{text}</strong>' for _, text in marks)
        parts.append(f'<li class="{classes}" data-ending="{escape(path.ending)}" data-points="{path.points}">'
                     f'<p class="key-path-head">{_path_summary(path)}{labels}</p>{_steps(nodes, path)}</li>')
    parts.append("</ol>")
    rest = found.total - len(found.listed)
    if rest > 0 or not found.complete:
        more = f"{'не меньше ' if not found.complete else ''}{count(rest, 'путь', 'пути', 'путей')}"
        parts.append(f'<p class="key-more">…и ещё {more}.</p>')
    if not found.complete:
        parts.append("<p>Путей слишком много, чтобы пересчитать все: лучший и худший выбраны среди просчитанных.</p>")
    return "\n".join(parts)


def _node(qid: str, node: ScenarioNode) -> str:
    """A step of the dialogue with its choices in shown order, or an ending with its debrief."""
    parts = [f'<div class="key-node" data-node="{escape(node.id)}"><p><code>{escape(node.id)}</code></p>']
    if node.situation:
        parts.append(f'<div class="key-situation">{to_html(node.situation, DEPTH)}</div>')
    if node.client:
        parts.append(f'<blockquote><p><strong>Клиент:</strong> {to_inline_html(node.client, DEPTH)}</p></blockquote>')
    if node.is_ending:
        parts.append(f'<p><strong>{VERDICTS[node.verdict or "bad"]}.</strong></p>{to_html(node.debrief or "", DEPTH)}')
    else:
        parts.append('<ul class="key-choices">')
        for index in shuffled(node.choices, f"{qid}-{node.id}"):
            choice = node.choices[index]
            parts.append(f'<li data-choice="{index}">{to_inline_html(choice.text, DEPTH)} '
                         f'<span class="key-points">({points_text(choice.points)}, дальше <code>{escape(choice.next)}</code>)</span>'
                         f'<div class="key-consequence">{to_html(choice.consequence, DEPTH)}</div></li>')
        parts.append("</ul>")
    parts.append("</div>")
    return "\n".join(parts)
