"""Loading the glossary from taxonomy/glossary.yml (optional): terms that texts link as `term:<id>`."""
from __future__ import annotations

from pathlib import Path

from casekit.load.entries import entries
from casekit.load.source import SLUG
from casekit.model.corpus import Term
from casekit.problems import Problem

GLOSSARY = Path("taxonomy") / "glossary.yml"


def load_glossary(root: Path, problems: list[Problem]) -> tuple[dict[str, Term], list[tuple[int, str]]]:
    """The terms by id, and (line, text) of each definition and `law` field (Markdown) for the link checks."""
    terms: dict[str, Term] = {}
    texts: list[tuple[int, str]] = []
    for f in entries(root, GLOSSARY, "terms", problems):
        if not f.check_keys(("id", "term", "definition"), ("law",)):
            continue
        term_id, word, definition, law = f.text("id"), f.text("term"), f.text("definition"), f.text("law")
        if term_id is not None and not SLUG.match(term_id):
            f.report(f.line("id"), f"'{f.key_path('id')}' must be a slug (lowercase latin letters, digits, hyphens), found '{term_id}'")
            continue
        if term_id in terms:
            f.report(f.line("id"), f"'{f.key_path('id')}': duplicate term id '{term_id}' (first at line {terms[term_id].line})")
            continue
        if term_id is None or word is None or definition is None:
            continue
        terms[term_id] = Term(term_id, word, definition, law, f.line("id"))
        texts.append((f.line("definition") + (1 if f.values["definition"].block else 0), definition))
        if law is not None:
            texts.append((f.line("law"), law))
    return terms, texts
