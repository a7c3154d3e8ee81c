"""The trainer's page (assignment links, result codes, cohort table) and the trainee's progress page.

Both are static: the trainer page carries every quiz's questions as a form, and
`trainer/quizzes.json` holds what re-scoring a code needs (the right answers are
on the quiz pages anyway, so nothing secret is shipped).
"""
from __future__ import annotations

import json
from html import escape

from casekit.model.corpus import Corpus
from casekit.model.quiz import Question, Quiz, question_tag, question_version, quiz_hash
from casekit.pages.common import group_label, search_filters
from casekit.pages.markdown import inline, page, plain


def _question_item(quiz: Quiz, question: Question) -> str:
    label = escape(plain(question.prompt)[:140].strip())
    box = f"trainer-{quiz.slug}-{question.id}"
    return (f'<li><input type="checkbox" id="{box}" value="{escape(question.id)}">'
            f'<label for="{box}"><code>{escape(question.id)}</code> {label}</label></li>')


def _quiz_fieldset(quiz: Quiz) -> str:
    items = "\n".join(_question_item(quiz, q) for q in quiz.questions)
    return (f'<fieldset class="trainer-quiz" data-quiz="{escape(quiz.slug)}" data-url="../quizzes/{escape(quiz.slug)}/">\n'
            f'<legend>{escape(quiz.title)} — вопросы</legend>\n<ul class="trainer-questions">\n{items}\n</ul>\n</fieldset>')


def trainer_page(corpus: Corpus) -> str:
    """Assignment links, the code check and the cohort table."""
    options = "\n".join(f'<option value="{escape(q.slug)}">{escape(q.title)}</option>' for q in corpus.quizzes.values())
    fieldsets = "\n".join(_quiz_fieldset(q) for q in corpus.quizzes.values())
    builder = f"""<form class="trainer-links" aria-labelledby="trainer-links-title">
<h2 id="trainer-links-title">Ссылка на задание</h2>
<p><label for="trainer-quiz">Квиз</label> <select id="trainer-quiz">
{options}
</select></p>
{fieldsets}
<p><label for="trainer-pick">Или случайные вопросы, сколько:</label> <input type="number" id="trainer-pick" min="1" max="999">
<label for="trainer-seed">набор (любое слово, у каждого стажёра своё):</label> <input type="text" id="trainer-seed" value="1"></p>
<p><input type="checkbox" id="trainer-exam"> <label for="trainer-exam">Режим экзамена: разборы — только после «Завершить»</label></p>
<p><label for="trainer-link">Ссылка:</label> <output id="trainer-link" class="trainer-link"></output></p>
</form>"""
    checker = """<form class="trainer-check" aria-labelledby="trainer-check-title">
<h2 id="trainer-check-title">Проверка кодов результата</h2>
<p><label for="trainer-codes">Вставьте коды, по одному в строке:</label></p>
<textarea id="trainer-codes" rows="6" cols="60"></textarea>
<div class="trainer-results" aria-live="polite"></div>
</form>"""
    intro = ("Соберите ссылку на задание, проверьте коды, которые прислали стажёры, и посмотрите, "
             "в каких темах группа теряет баллы. Всё работает в браузере, без сервера.")
    exports = "\n".join(f"- {inline(q.title)}: [Moodle (GIFT)](../exports/{q.slug}.gift), [IMS QTI 2.1](../exports/{q.slug}.qti.zip)"
                        for q in corpus.quizzes.values())
    return page("Тренеру", intro, intro, f'<div class="trainer" data-trainer="quizzes.json">\n{builder}\n{checker}\n</div>',
                "## Выгрузка в LMS\n\nMoodle читает GIFT (одиночный и множественный выбор); пакет QTI 2.1 берут Canvas и другие LMS "
                "(в нём ещё и вопросы на порядок). Сценарии есть только на сайте.\n\n" + exports,
                "То же в командной строке: `python -m casekit verify КОД…` (или `--file codes.txt`, `--csv`).",
                "## Обсуждение историй\n\n[Заметки для ведущего](cases/index.md) к вопросам для обсуждения каждой "
                "истории: что содержит хороший ответ, частая ошибка стажёров и к какому правилу ведёт вопрос.",
                search_filters("раздел"), stylesheet="assets/trainer/trainer.css")


def _question_data(question: Question) -> dict[str, object]:
    data: dict[str, object] = {
        "id": question.id, "tag": question_tag(question.id, question_version(question)), "type": question.type,
        "topics": [t for t in [question.group, *question.tactics] if t],
    }
    if question.type in ("single", "multiple"):
        data["right"] = [i for i, option in enumerate(question.options) if option.correct]
    elif question.type == "order":
        data["items"] = len(question.items)
    else:
        data["start"], data["maxPoints"] = question.start, question.max_points
        data["nodes"] = {n.id: {"ending": n.is_ending, "choices": [[c.next, c.points] for c in n.choices]} for n in question.nodes}
    return data


def trainer_data(corpus: Corpus) -> str:
    """What the trainer page needs to re-score codes, as JSON keyed by the code's quiz number."""
    quizzes = {str(quiz_hash(q.slug)): {"slug": q.slug, "title": q.title, "passMark": q.pass_mark,
                                         "questions": [_question_data(x) for x in q.questions]}
               for q in corpus.quizzes.values()}
    topics = {g.slug: {"name": group_label(g), "href": f"../groups/{g.slug}/"} for g in corpus.groups.values()}
    topics.update({t.slug: {"name": t.name, "href": f"../tactics/{t.slug}/"} for t in corpus.tactics.values()})
    return json.dumps({"quizzes": quizzes, "topics": topics}, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


def progress_page(corpus: Corpus) -> str:
    """The trainee's own progress, read from this browser's storage by docs/assets/progress/."""
    intro = "Ваши результаты по квизам в этом браузере: лучший балл, слабые темы и вопросы, где были ошибки."
    body = ('<div class="progress" data-progress>\n<p class="progress-empty">Прогресс хранится только в этом браузере. '
            'Пройдите любой [квиз](../quizzes/), и он появится здесь. Без JavaScript эта страница пуста.</p>\n</div>')
    return page("Мой прогресс", intro, intro, body.replace("[квиз](../quizzes/)", '<a href="../quizzes/">квиз</a>'),
                search_filters("раздел"))
