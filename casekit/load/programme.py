"""Loading the trainer's programme from trainer/programme.md (optional): a timed plan for a two-day onboarding,
shown at /trainer/programme/."""
from __future__ import annotations

from pathlib import Path

from casekit.load.guides import load_page
from casekit.model.corpus import Guide
from casekit.problems import Problem

PROGRAMME = Path("trainer") / "programme.md"


def load_programme(root: Path, problems: list[Problem]) -> Guide | None:
    """The programme, read like a guide; None when the project has none."""
    file = root / PROGRAMME
    return load_page(root, file, problems) if file.is_file() else None
