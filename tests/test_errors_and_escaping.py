"""What an author sees: clear errors from the CLI and the build, and no injected script."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from casekit.write.search import index_site
from tests.conftest import run_mkdocs
from tests.test_loader import CASE
from tests.test_search import indexed_pages

PAYLOAD = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'</title>'


def _evil_case() -> str:
    def quoted(text: str) -> str:
        return json.dumps(text, ensure_ascii=False)

    return (CASE.replace("title: Плитку переложили за свой счёт", f"title: {quoted('Плитка ' + PAYLOAD)}")
            .replace("summary: Коротко.", f"summary: {quoted('Итог ' + PAYLOAD)}")
            .replace("tactics: [return-to-start]",
                     f"tactics: [return-to-start]\nindustry: {quoted('Ремонт ' + PAYLOAD)}\noutcome: {quoted('Конец | ' + PAYLOAD)}"))


def test_frontmatter_text_cannot_inject_script(mini_project) -> None:
    project = mini_project({"cases/evil-case.md": _evil_case()})
    result = run_mkdocs(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    pages = [site / "cases/evil-case/index.html", site / "cases/index.html",
             site / "groups/negotiators/index.html", site / "tactics/return-to-start/index.html"]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html, page
        assert "<img src=x" not in html, page
        assert "Плитка" in html, page
    case_html = pages[0].read_text(encoding="utf-8")
    assert '<meta name="description" content="Итог &lt;script&gt;' in case_html
    # The search index keeps the title as the heading's text; the search box shows it as text
    # (tests/test_search.py::test_a_title_that_looks_like_markup_is_shown_as_text).
    index_site(site)
    titles = {page["url"]: page["meta"]["title"] for page in indexed_pages(site)}  # type: ignore[index]
    assert titles["/cases/evil-case/"].startswith("Плитка <script>alert(1)</script><img src=x")


def _cli(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "casekit", "--root", str(project), *args],
                          capture_output=True, text=True, timeout=60)


def test_the_cli_lists_every_problem_and_exits_1_without_a_traceback(mini_project) -> None:
    project = mini_project({
        "cases/a-case.md": CASE.replace("group: negotiators", "group: negotiator"),
        "cases/b-case.md": "",
        "taxonomy/groups/bad.md": b"\xff\xfe",
    })
    authored = {p: p.read_bytes() for p in project.rglob("*.md") if "docs" not in p.parts}
    result = _cli(project, "generate")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "cases/a-case.md:4: 'group': no group 'negotiator' (did you mean 'negotiators'?)",
        "cases/b-case.md:1: file is empty: expected YAML frontmatter between '---' lines, then the Markdown body",
        "taxonomy/groups/bad.md:1: file is not UTF-8 text (byte 0xff); save it as UTF-8",
        "3 problems found; nothing was generated",
    ]
    assert "Traceback" not in result.stdout + result.stderr
    assert {p: p.read_bytes() for p in authored} == authored
    assert not (project / "docs" / "cases").exists()


def test_the_cli_check_passes_on_a_good_corpus(mini_project) -> None:
    result = _cli(mini_project(), "check")
    assert result.returncode == 0
    assert result.stdout.startswith("ok: 2 cases, 3 groups, 2 tactics, 1 anti-patterns")


def test_mkdocs_build_reports_problems_with_their_place_and_keeps_the_site(mini_project) -> None:
    project = mini_project()
    assert run_mkdocs(project).returncode == 0
    before = (project / "docs/cases/tiles-redo.md").read_text(encoding="utf-8")
    case = project / "cases/tiles-redo.md"
    case.write_text(case.read_text(encoding="utf-8").replace("tactics: [return-to-start]", "tactics: [return]"),
                    encoding="utf-8")
    result = run_mkdocs(project)
    assert result.returncode != 0
    assert "cases/tiles-redo.md:5: 'tactics': no tactic 'return'" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert (project / "docs/cases/tiles-redo.md").read_text(encoding="utf-8") == before
    assert (project / "site/cases/tiles-redo/index.html").is_file()


def test_a_new_case_file_appears_on_every_page_it_belongs_to(mini_project) -> None:
    new_case = (CASE.replace("group: negotiators", "group: bargainers")
                .replace("tactics: [return-to-start]", "tactics: [soften-the-blow]\nantipatterns: [ignore]\nrelated: [tiles-redo]"))
    project = mini_project({"cases/brand-new.md": new_case})
    assert run_mkdocs(project).returncode == 0
    for page in ["cases", "groups/bargainers", "tactics/soften-the-blow", "antipatterns/ignore", "cases/tiles-redo"]:
        html = (project / "site" / page / "index.html").read_text(encoding="utf-8")
        assert "brand-new/" in html, page


def test_the_cli_stats_counts_what_the_curriculum_covers(mini_project) -> None:
    result = _cli(mini_project(), "stats")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[:5] == ["cases: 2", "by group:", "  irreconcilable: 0", "  bargainers: 1", "  negotiators: 1"]
    assert "  return-to-start: bargainers 0, negotiators 1" in lines
    assert "by question type: multiple 1, order 1, scenario 1, single 1" in lines


def _case_with(line: str) -> str:
    return CASE.replace("## Ситуация\nТекст.", f"## Ситуация\nТекст.\n\n{line}", 1)


def test_check_reports_a_missing_image_and_links_at_their_line(mini_project) -> None:
    text = _case_with("![схема](missing.png) и [памятка](path/nowhere.md)\n\n![чужая](https://example.org/x.png) [корень](/cases/)")
    project = mini_project({"cases/new-case.md": text})
    line = text.split("\n").index("![схема](missing.png) и [памятка](path/nowhere.md)") + 1
    result = subprocess.run([sys.executable, "-m", "casekit", "--root", str(project), "check"], capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.splitlines()[:4] == [
        f"cases/new-case.md:{line}: image 'missing.png' points to no file: there is no docs/missing.png",
        f"cases/new-case.md:{line}: link 'path/nowhere.md' points to no file: there is no docs/path/nowhere.md "
        "(did you mean 'path/index.md'?)",
        f"cases/new-case.md:{line + 2}: image 'https://example.org/x.png' is on another host; the site loads nothing from "
        "other hosts: put the file under docs/ and give its path, like 'images/plan.png'",
        f"cases/new-case.md:{line + 2}: link '/cases/' starts with '/', which breaks when the site is served from a "
        "sub-path; give the path relative to docs/, like 'images/plan.png'",
    ]


def test_an_image_under_docs_is_shown_with_a_path_relative_to_the_page(mini_project) -> None:
    project = mini_project({"cases/new-case.md": _case_with("![схема укладки](images/plan.png)"),
                            "docs/images/plan.png": b"\x89PNG\r\n\x1a\n"})
    result = run_mkdocs(project)
    assert result.returncode == 0, result.stderr
    html = (project / "site" / "cases" / "new-case" / "index.html").read_text(encoding="utf-8")
    assert '<img alt="схема укладки" src="../../images/plan.png">' in html
