"""Counts over the corpus, for authors and trainers: what the curriculum covers."""
from __future__ import annotations

from collections import Counter

from casekit.model.corpus import FAULTS, Corpus
from casekit.model.links import slug_links


def coverage_report(corpus: Corpus) -> str:
    """A plain-text report of cases and questions by group, tactic, anti-pattern, industry, fault and type."""
    cases = list(corpus.cases.values())
    questions = [q for quiz in corpus.quizzes.values() for q in quiz.questions]
    lines = [f"cases: {len(cases)}", "by group:"]
    lines += [f"  {g.slug}: {len(corpus.cases_of_group(g.slug))}" for g in corpus.groups.values()]
    lines.append("by tactic and group:")
    for tactic in corpus.tactics.values():
        per_group = ", ".join(f"{g} {sum(1 for c in corpus.cases_with_tactic(tactic.slug) if c.group == g)}"
                              for g in tactic.groups)
        lines.append(f"  {tactic.slug}: {per_group}")
    lines.append("by anti-pattern:")
    lines += [f"  {a}: {len(corpus.cases_with_antipattern(a))}" for a in corpus.antipatterns]
    faults = Counter(c.fault or "unset" for c in cases)
    lines.append("by fault: " + ", ".join(f"{f} {faults[f]}" for f in [*FAULTS, "unset"] if faults[f]))
    industries = Counter(c.industry or "unset" for c in cases)
    lines.append(f"industries: {len(industries)}: " + "; ".join(f"{i} {n}" for i, n in sorted(industries.items())))
    lines.append(f"quizzes: {len(corpus.quizzes)}, questions: {len(questions)}")
    types = Counter(q.type for q in questions)
    lines.append("by question type: " + ", ".join(f"{t} {n}" for t, n in sorted(types.items())))
    untested = sorted(set(corpus.cases) - {q.case for q in questions})
    lines.append(f"cases tested by a question: {len(cases) - len(untested)} of {len(cases)}"
                 + (f"; not tested: {', '.join(untested)}" if untested else ""))
    lines.append(f"law rules: {len(corpus.law)}, cited by {_law_links(corpus)} law: links")
    return "\n".join(lines)


def _law_links(corpus: Corpus) -> int:
    return sum(1 for _, _, text in corpus.markdown_texts() for link in slug_links(text) if link.kind == "law")
