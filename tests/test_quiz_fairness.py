"""Quizzes test judgement, not the layout: on the built pages, neither the place nor the length
of an option gives the right answer away."""
from __future__ import annotations

import re
from pathlib import Path

from casekit import load_corpus
from casekit.model.corpus import Corpus
from tests.conftest import ROOT

QUESTION = re.compile(r'<form class="quiz-question"[^>]*data-type="(single|scenario)"[^>]*>(.*?)</form>', re.S)
OPTION = re.compile(r'<input type="radio"[^>]*value="(\d+)"><label[^>]*>(.*?)</label>', re.S)
RIGHT = re.compile(r'<li data-option="(\d+)" data-correct="true">')
NODE_CHOICES = re.compile(r'<ol class="quiz-choices">(.*?)</ol>', re.S)
CHOICE = re.compile(r'<li data-choice="\d+"[^>]*data-points="(-?\d+)"><a class="quiz-choice-text"[^>]*>(.*?)</a>', re.S)


def text_length(html: str) -> int:
    return len(re.sub(r"<[^>]+>", "", html).strip())


def rates(site: Path) -> dict[str, float]:
    first = longest = singles = scenario_first = scenario_longest = points = 0
    for page in sorted((site / "quizzes").glob("*/index.html")):
        for kind, body in QUESTION.findall(page.read_text(encoding="utf-8")):
            if kind == "single":
                shown = OPTION.findall(body)
                right = RIGHT.search(body).group(1)
                lengths = [text_length(label) for _, label in shown]
                singles += 1
                first += shown[0][0] == right
                longest += lengths.count(max(lengths)) == 1 and lengths[[v for v, _ in shown].index(right)] == max(lengths)
                continue
            for choices in NODE_CHOICES.findall(body):
                shown = [(int(p), text_length(t)) for p, t in CHOICE.findall(choices)]
                if len(shown) < 2:
                    continue
                best = max(p for p, _ in shown)
                lengths = [n for _, n in shown]
                points += 1
                scenario_first += shown[0][0] == best
                best_lengths = [n for p, n in shown if p == best]
                scenario_longest += lengths.count(max(lengths)) == 1 and max(lengths) in best_lengths
    return {"single: right shown first": first / singles, "single: right is longest": longest / singles,
            "scenario: best shown first": scenario_first / points, "scenario: best is longest": scenario_longest / points}


def test_the_right_answer_is_neither_first_nor_longest_too_often(real_site: Path) -> None:
    measured = rates(real_site)
    print(measured)
    assert measured["single: right shown first"] <= 0.40, measured
    assert measured["single: right is longest"] <= 0.50, measured
    assert measured["scenario: best shown first"] <= 0.50, measured
    assert measured["scenario: best is longest"] <= 0.50, measured


def test_the_measure_sees_every_quiz(real_site: Path) -> None:
    assert len(list((real_site / "quizzes").glob("*/index.html"))) == len(list((ROOT / "quizzes").glob("*.yml")))


SLOGANS = ("письменн", "по закону", "за свой счёт", "за наш счёт", "расч", "посчита", "провер", "документ", "спокойн",
           "по договору", "фактическ", "срок", "положен", "акт", "предложить", "извин", "фиксир", "ответственн")
"""Words the site's pages repeat about the right way: a careless reader picks the option that has most of them."""
MOTIVES = ("лишь бы", "дешевле", "в виде исключения", "пусть", "формальн", "никогда", "ничего не", "сразу",
           "на всякий", "чтобы не", "главное", "просто", "молча", "не отвечать", "игнор", "только если", "раз уж",
           "подождать", "потом")
"""Words that label a wrong option with its motive."""


def keyword_rule_hits(corpus: Corpus) -> float:
    """How often the option richest in slogans and poorest in motives is the right one (ties share the hit)."""
    hits, total = 0.0, 0
    for question in (q for quiz in corpus.quizzes.values() for q in quiz.questions if q.type == "single"):
        scores = [sum(o.text.lower().count(w) for w in SLOGANS) - 2 * sum(o.text.lower().count(w) for w in MOTIVES)
                  for o in question.options]
        best = [i for i, score in enumerate(scores) if score == max(scores)]
        total += 1
        hits += sum(question.options[i].correct for i in best) / len(best)
    return hits / total


def test_a_keyword_rule_does_not_find_the_right_option() -> None:
    corpus, _ = load_corpus(ROOT)
    measured = keyword_rule_hits(corpus)
    print(f"keyword rule: {measured:.0%}")
    assert measured <= 0.35
