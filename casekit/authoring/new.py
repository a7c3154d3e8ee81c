"""`casekit new case|quiz <slug>`: a skeleton written where the author expects it, never over a file."""
from __future__ import annotations

from pathlib import Path

from casekit.authoring.skeletons import case_skeleton, quiz_skeleton
from casekit.load.corpus import load_corpus
from casekit.load.source import SLUG
from casekit.write.new_file import create_new

FOLDERS = {"case": ("cases", (".md",)), "quiz": ("quizzes", (".yml", ".yaml"))}
"""Each kind's folder and the extensions a file of that kind may have (the first is the one written)."""


def new_file(root: Path, kind: str, slug: str) -> tuple[int, str]:
    """Write the skeleton of a new case or quiz; (exit status, message for the author)."""
    if not SLUG.match(slug):
        return 2, (f"bad slug '{slug}': a slug uses lowercase latin letters, digits and hyphens "
                   "(like 'hotel-late-checkout'); nothing was written")
    folder, extensions = FOLDERS[kind]
    taken = [root / folder / f"{slug}{ext}" for ext in extensions if (root / folder / f"{slug}{ext}").exists()]
    target = root / folder / f"{slug}{extensions[0]}"
    if taken or not _create(root, kind, slug, target):
        existing = (taken or [target])[0].relative_to(root).as_posix()
        return 1, f"{existing} already exists; it was left unchanged and nothing was written"
    relative = target.relative_to(root).as_posix()
    what = "the frontmatter and the six sections" if kind == "case" else "the title and the questions"
    return 0, f"created {relative}: fill in {what}, then run python -m casekit check"


def _create(root: Path, kind: str, slug: str, target: Path) -> bool:
    corpus, _ = load_corpus(root)  # a project with problems still gives its groups and tactics
    text = case_skeleton(slug, corpus) if kind == "case" else quiz_skeleton(slug, corpus)
    return create_new(target, text)
