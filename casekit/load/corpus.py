"""Loading everything authored into one validated Corpus."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from casekit.load.cases import load_cases
from casekit.load.crossrefs import check_corpus
from casekit.load.discussion import NOTES
from casekit.load.fingerprint import files_under
from casekit.load.glossary import load_glossary
from casekit.load.guides import load_guides
from casekit.load.law import load_law
from casekit.load.programme import load_programme
from casekit.load.quizzes import load_quizzes
from casekit.load.taxonomy import load_antipatterns, load_groups, load_tactics
from casekit.model.corpus import Corpus
from casekit.model.links import GENERATED_FOLDERS
from casekit.model.memo import for_same_objects
from casekit.model.quiz import Quiz
from casekit.problems import Problem


def load_corpus(root: Path) -> tuple[Corpus, list[Problem]]:
    """Load and check every authored file under root; the corpus is usable only with no problems."""
    problems: list[Problem] = []
    glossary, definitions = load_glossary(root, problems)
    law, rule_texts = load_law(root, problems)
    corpus = Corpus(
        groups=load_groups(root, problems),
        tactics=load_tactics(root, problems),
        antipatterns=load_antipatterns(root, problems),
        cases=load_cases(root, problems),
        quizzes=load_quizzes(root, problems),
        guides=load_guides(root, problems),
        glossary=glossary,
        law=law,
        programme=load_programme(root, problems),
    )
    check_corpus(corpus, problems, definitions, docs_files(root), rule_texts)
    corpus.warnings = tuple(missing_notes(corpus))
    corpus.quizzes = {slug: with_case_context(quiz, corpus) for slug, quiz in corpus.quizzes.items()}
    return corpus, sorted(set(problems))


def missing_notes(corpus: Corpus) -> list[Problem]:
    """A warning for each discussion question without a trainer's note: a case written in a hurry still builds."""
    return [Problem(case.origin.path, line, f"warning: discussion question {number} has no note for the person "
                                            f"leading the discussion; add item {number} under '## {NOTES}'")
            for case in corpus.cases.values()
            for number, (line, note) in enumerate(zip(case.discussion_lines, case.notes, strict=True), start=1) if note is None]


def docs_files(root: Path) -> frozenset[str]:
    """Hand-written files under docs/ (paths relative to it) that authored text may link or show."""
    return frozenset(name.removeprefix("docs/") for name in files_under(root, "docs", skip=GENERATED_FOLDERS))


def with_case_context(quiz: Quiz, corpus: Corpus) -> Quiz:
    """Questions without their own group or tactics take them from their case.

    The same quiz object for the same quiz and cases, so that what is made from it
    is made once under `mkdocs serve` (casekit.model.memo)."""
    context = tuple((c.group, c.tactics) if (c := corpus.cases.get(q.case or "")) else None for q in quiz.questions)
    return for_same_objects("quiz in context", (quiz,), context, _with_case_context, quiz, corpus)


def _with_case_context(quiz: Quiz, corpus: Corpus) -> Quiz:
    questions = []
    for question in quiz.questions:
        case = corpus.cases.get(question.case or "")
        if case is not None:
            question = replace(question, group=question.group or case.group, tactics=question.tactics or case.tactics)
        questions.append(question)
    return replace(quiz, questions=tuple(questions))
