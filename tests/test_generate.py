"""Generated pages against golden files, and the writing guarantees.

Refresh the golden files after an intended change of the pages with
`UPDATE_GOLDEN=1 scripts/test tests/test_generate.py`, then review the diff.
"""
from __future__ import annotations

import os
from pathlib import Path

from casekit import load_corpus
from casekit.build import regenerate
from casekit.pages import generate
from tests.conftest import MINI, ROOT

GOLDEN = Path(__file__).parent / "golden" / "mini"


def test_generated_pages_match_the_golden_files() -> None:
    corpus, problems = load_corpus(MINI)
    assert problems == []
    pages = generate(corpus)
    if os.environ.get("UPDATE_GOLDEN"):
        for relative, text in pages.items():
            (GOLDEN / relative).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / relative).write_text(text, encoding="utf-8")
    golden = {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8") for p in GOLDEN.rglob("*") if p.is_file()}
    assert sorted(pages) == sorted(golden)
    for relative, text in pages.items():
        assert text == golden[relative], f"{relative} differs from tests/golden/mini/{relative}"


def test_generation_is_a_pure_function_of_the_corpus() -> None:
    first = generate(load_corpus(MINI)[0])
    second = generate(load_corpus(MINI)[0])
    assert first == second


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_an_unchanged_rerun_rewrites_nothing(mini_project) -> None:
    project = mini_project()
    assert regenerate(project).changed
    before = _snapshot(project / "docs")
    assert regenerate(project).changed == []
    assert _snapshot(project / "docs") == before


def test_a_failed_run_keeps_the_previous_output_and_the_authored_files(mini_project) -> None:
    project = mini_project()
    regenerate(project)
    docs_before = _snapshot(project / "docs")
    broken = project / "cases" / "tiles-redo.md"
    broken.write_text(broken.read_text(encoding="utf-8").replace("group: negotiators", "group: nobody"), encoding="utf-8")
    (project / "cases" / "silent-clinic.md").unlink()
    authored_before = _snapshot(project / "cases")
    result = regenerate(project)
    assert [str(p) for p in result.problems] == [
        "cases/tiles-redo.md:4: 'group': no group 'nobody'",
        "cases/tiles-redo.md:9: 'related': no case 'silent-clinic'",
    ]
    assert _snapshot(project / "docs") == docs_before
    assert _snapshot(project / "cases") == authored_before


def test_a_deleted_case_disappears_from_the_output(mini_project) -> None:
    project = mini_project()
    regenerate(project)
    (project / "cases" / "silent-clinic.md").unlink()
    (project / "cases" / "tiles-redo.md").write_text(
        (project / "cases" / "tiles-redo.md").read_text(encoding="utf-8").replace("related: [silent-clinic]\n", ""),
        encoding="utf-8")
    result = regenerate(project)
    assert "cases/silent-clinic.md" in result.changed
    assert not (project / "docs" / "cases" / "silent-clinic.md").exists()
    assert "silent-clinic" not in (project / "docs" / "cases" / "index.md").read_text(encoding="utf-8")


def test_marked_html_reaches_the_page_as_it_would_without_the_passthrough() -> None:
    """casekit.pages.passthrough only skips parsing: every generated page renders the same with it and without."""
    import re

    import markdown
    import yaml

    from casekit.pages.markdown import RAW_CLOSE, RAW_OPEN

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)  # mkdocs.yml's !ENV tags
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    names = [e if isinstance(e, str) else next(iter(e)) for e in config["markdown_extensions"]]
    assert "casekit.pages.passthrough" in names and "md_in_html" not in names
    others = [n for n in names if n != "casekit.pages.passthrough"]
    corpus, problems = load_corpus(MINI)
    assert problems == []
    marked = 0
    for relative, text in generate(corpus).items():
        if not relative.endswith(".md"):
            continue
        body = text.split("\n---\n", 1)[-1]
        marked += body.count(RAW_OPEN)
        fast = markdown.Markdown(extensions=names).convert(body)
        slow = markdown.Markdown(extensions=others).convert(body)
        slow = slow.replace(RAW_OPEN, "").replace(RAW_CLOSE, "")
        assert re.sub(r"\s+", " ", fast).strip() == re.sub(r"\s+", " ", slow).strip(), relative
    assert marked > 20
