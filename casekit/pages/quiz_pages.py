"""The quiz index and a page per quiz."""
from __future__ import annotations

from casekit.model.corpus import Corpus
from casekit.model.quiz import Quiz
from casekit.pages.common import count, group_link, search_filters, tactic_links
from casekit.pages.markdown import href, inline, link, page, plain, table
from casekit.pages.quiz_html import quiz_html
from casekit.pages.render import body_markdown


def questions_count(n: int) -> str:
    """'12 вопросов'."""
    return count(n, "вопрос", "вопроса", "вопросов")


def _coverage(corpus: Corpus, quiz: Quiz, depth: int) -> tuple[str, str]:
    groups = ", ".join(group_link(corpus, g, depth) for g in quiz.groups() if g in corpus.groups) or "—"
    tactics = tactic_links(corpus, [t for t in quiz.tactics() if t in corpus.tactics], depth) or "—"
    return groups, tactics


def quizzes_index(corpus: Corpus) -> str:
    """Every quiz with its size and what it covers."""
    rows = []
    for quiz in corpus.quizzes.values():
        groups, tactics = _coverage(corpus, quiz, depth=1)
        description = inline(plain(quiz.description)) if quiz.description else ""
        rows.append([link(quiz.title, href("quizzes", quiz.slug)), description,
                     questions_count(len(quiz.questions)), groups, tactics])
    intro = ("Квизы проверяют, умеете ли вы узнать группу клиента и выбрать ответ. После каждого вопроса "
             "вы увидите, почему ответ верен или нет. Ответы сохраняются в этом браузере.")
    listing = table(["Квиз", "О чём", "Вопросы", "Группы", "Тактики"], rows) if rows else "*Квизов пока нет.*"
    return page("Квизы", intro, intro, listing, search_filters("раздел"))


def quiz_page(corpus: Corpus, quiz: Quiz) -> str:
    """A quiz: description, what it covers, the questions as enhanceable HTML."""
    groups, tactics = _coverage(corpus, quiz, depth=2)
    facts = (f"**{questions_count(len(quiz.questions))}** · проходной балл **{quiz.pass_mark}\u00a0%** · "
             f"группы: {groups} · тактики: {tactics}")
    lms = (f"Тренеру: [задание и проверка кодов](../trainer/index.md) · для LMS: [Moodle (GIFT)](../exports/{quiz.slug}.gift) · "
           f"[IMS QTI 2.1](../exports/{quiz.slug}.qti.zip)")
    return page(
        quiz.title, plain(quiz.description or quiz.title),
        body_markdown(quiz.description or ""),
        facts,
        lms,
        f"[Ключ ответов для тренера]({quiz.slug}/key.md)\n{{: .quiz-key-link }}",
        quiz_html(corpus, quiz),
        f"[Все квизы]({href('quizzes')})",
        search_filters("квиз"),
    )
