"""Loading the trainer's programme from trainer/programme.md (optional): a timed plan for a two-day onboarding,
shown at /trainer/programme/."""
from __future__ import annotations

from pathlib import Path

from casekit.load.documents import check_sections, read_document
from casekit.model.corpus import Guide
from casekit.problems import Problem

PROGRAMME = Path("trainer") / "programme.md"


def load_programme(root: Path, problems: list[Problem]) -> Guide | None:
    """The programme as a page with a title, a summary and free '## ' sections; None when there is none."""
    file = root / PROGRAMME
    if not file.is_file():
        return None
    authored = read_document(root, file, ("title", "summary"), (), problems)
    if authored is None:
        return None
    check_sections(authored.document, None, problems)
    title, summary = authored.fields.text("title"), authored.fields.text("summary")
    if title is None or summary is None:
        return None
    return Guide(authored.slug, title, summary, authored.document.body, authored.origin())
