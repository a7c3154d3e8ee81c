"""Trainer notes: authored with the case, shown on the trainer's page of the case, never on the trainee's."""
from __future__ import annotations

from casekit import load_corpus
from casekit.pages import generate
from tests.test_law import LAW
from tests.test_loader import CASE

QUESTIONS = "## Вопросы для обсуждения\n1. Вопрос?\n"
WITH_NOTES = CASE.replace(QUESTIONS, "## Вопросы для обсуждения\n1. Что сказать первым?\n2. Почему не скидка?\n\n"
                          "## Заметки для ведущего\n\n1. **Хороший ответ:** признать ошибку одной фразой, "
                          "см. [возврат](tactic:return-to-start).\n")


def test_notes_are_cut_from_the_case_page_and_shown_on_its_trainer_page(mini_project) -> None:
    corpus, problems = load_corpus(mini_project({"cases/noted.md": WITH_NOTES}))
    assert problems == []
    case = corpus.cases["noted"]
    assert case.discussion == ("Что сказать первым?", "Почему не скидка?")
    assert case.notes[0] is not None and case.notes[1] is None
    pages = generate(corpus)
    assert "Хороший ответ" not in pages["cases/noted.md"] and "Заметки для ведущего" not in pages["cases/noted.md"]
    trainer = pages["trainer/cases/noted.md"]
    assert trainer.startswith("---\nsearch:\n  exclude: true\n")
    assert "<strong>Хороший ответ:</strong> признать ошибку одной фразой" in trainer
    assert 'href="../../../tactics/return-to-start/"' in trainer
    assert "Заметки к этому вопросу пока нет" in trainer
    assert 'href="../../trainer/cases/noted/"' in pages["trainer/cases/index.md"]
    assert "заметки к 1 из 2 вопросов" in pages["trainer/cases/index.md"]


def test_a_question_without_a_note_is_a_warning_at_its_line_not_a_problem(mini_project) -> None:
    corpus, problems = load_corpus(mini_project({"cases/noted.md": WITH_NOTES}))
    assert problems == []
    assert [str(w) for w in corpus.warnings if w.path == "cases/noted.md"] == [
        "cases/noted.md:19: warning: discussion question 2 has no note for the person leading the discussion; "
        "add item 2 under '## Заметки для ведущего'"]


def test_the_notes_section_comes_last(mini_project) -> None:
    misplaced = CASE.replace("## Ситуация", "## Заметки для ведущего\n1. Рано.\n\n## Ситуация")
    _, problems = load_corpus(mini_project({"cases/noted.md": misplaced}))
    assert [p.message for p in problems if p.path == "cases/noted.md"] == [
        "sections are out of order; expected: Ситуация, Сигналы клиента, Что сделали, Итог, Разбор, "
        "Вопросы для обсуждения, Заметки для ведущего"]


PROGRAMME = """---
title: Программа на два дня
summary: Что разбирать в первый и во второй день.
---
## День 1

1. 09:00–10:00 — [памятка о законе](guide:law).
2. 16:00 — экзамен: [квиз в режиме экзамена](quiz:basics?mode=exam&questions=q1).
"""


def test_the_programme_is_a_trainer_page_whose_assignment_links_keep_their_query(mini_project) -> None:
    programme = PROGRAMME.replace("(guide:law)", "(group:bargainers), [отказ](law:withdrawal)")
    project = mini_project({"trainer/programme.md": programme, "taxonomy/law.yml": LAW})
    corpus, problems = load_corpus(project)
    assert problems == []
    pages = generate(corpus)
    assert 'href="../../guides/law/#withdrawal"' in pages["trainer/programme.md"]
    assert "Программа на два дня" not in pages["guides/law.md"], "the law guide lists the trainee's pages only"
    assert 'href="../../quizzes/basics/?mode=exam&amp;questions=q1"' in pages["trainer/programme.md"]
    assert "[Двухдневная программа адаптации](programme.md)" in pages["trainer/index.md"]


def test_a_programme_link_to_an_unknown_quiz_is_reported(mini_project) -> None:
    project = mini_project({"trainer/programme.md": PROGRAMME.replace("quiz:basics?", "quiz:basic?")})
    _, problems = load_corpus(project)
    assert [str(p) for p in problems] == [
        "trainer/programme.md:7: link 'guide:law' points nowhere: no guide 'law'",
        "trainer/programme.md:8: link 'quiz:basic?mode=exam&questions=q1' points nowhere: no quiz 'basic' "
        "(did you mean 'basics'?)"]


def test_links_and_articles_in_the_notes_are_checked_at_their_line(mini_project) -> None:
    noted = WITH_NOTES.replace("см. [возврат](tactic:return-to-start).", "см. [возврат](tactic:return-to-stat) и ст. 29.")
    _, problems = load_corpus(mini_project({"cases/noted.md": noted}))
    assert [str(p).split(";")[0] for p in problems] == [
        "cases/noted.md:23: article reference 'ст. 29' outside a law: link",
        "cases/noted.md:23: link 'tactic:return-to-stat' points nowhere: no tactic 'return-to-stat' "
        "(did you mean 'return-to-start'?)"]
