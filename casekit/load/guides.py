"""Loading guides from guides/<slug>.md: free-form teaching pages with a title and a summary."""
from __future__ import annotations

from pathlib import Path

from casekit.load.documents import check_sections, read_document
from casekit.model.corpus import Guide
from casekit.problems import Problem


def load_guides(root: Path, problems: list[Problem]) -> dict[str, Guide]:
    """Every guide, by slug; its body may have any '## ' sections but no '# ' title."""
    guides: dict[str, Guide] = {}
    for file in sorted((root / "guides").glob("*.md")):
        authored = read_document(root, file, ("title", "summary"), (), problems)
        if authored is None:
            continue
        check_sections(authored.document, None, problems)
        title, summary = authored.fields.text("title"), authored.fields.text("summary")
        if title is not None and summary is not None:
            guides[authored.slug] = Guide(authored.slug, title, summary, authored.document.body, authored.origin())
    return guides
