"""Loading guides from guides/<slug>.md: free-form teaching pages with a title and a summary."""
from __future__ import annotations

from pathlib import Path

from casekit.load.documents import check_sections, read_document
from casekit.model.corpus import Guide
from casekit.problems import Problem


def load_guides(root: Path, problems: list[Problem]) -> dict[str, Guide]:
    """Every guide, by slug."""
    guides: dict[str, Guide] = {}
    for file in sorted((root / "guides").glob("*.md")):
        guide = load_page(root, file, problems)
        if guide is not None:
            guides[guide.slug] = guide
    return guides


def load_page(root: Path, file: Path, problems: list[Problem]) -> Guide | None:
    """A free-form page (a guide, the trainer's programme): title and summary, any '## ' sections, no '# ' title."""
    authored = read_document(root, file, ("title", "summary"), (), problems)
    if authored is None:
        return None
    check_sections(authored.document, None, problems)
    title, summary = authored.fields.text("title"), authored.fields.text("summary")
    if title is None or summary is None:
        return None
    return Guide(authored.slug, title, summary, authored.document.body, authored.origin())
