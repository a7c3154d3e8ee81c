"""Loading everything authored into one validated Corpus."""
from __future__ import annotations

from pathlib import Path

from casekit.cases import load_cases
from casekit.crossrefs import check_corpus
from casekit.model import Corpus
from casekit.problems import Problem
from casekit.taxonomy import load_antipatterns, load_groups, load_tactics


def load_corpus(root: Path) -> tuple[Corpus, list[Problem]]:
    """Load and check every authored file under root; the corpus is usable only with no problems."""
    problems: list[Problem] = []
    corpus = Corpus(
        groups=load_groups(root, problems),
        tactics=load_tactics(root, problems),
        antipatterns=load_antipatterns(root, problems),
        cases=load_cases(root, problems),
    )
    check_corpus(corpus, problems)
    return corpus, sorted(set(problems))
