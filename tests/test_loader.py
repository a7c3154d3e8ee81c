"""The loader and validator: every problem as file:line: message, all at once."""
from __future__ import annotations

from pathlib import Path

import pytest

from casekit import load_corpus

CASE = """---
title: Плитку переложили за свой счёт
summary: Коротко.
group: negotiators
tactics: [return-to-start]
---
## Ситуация
Текст.
## Сигналы клиента
Текст.
## Что сделали
Текст.
## Итог
Текст.
## Разбор
Текст.
## Вопросы для обсуждения
1. Вопрос?
"""


def problems_of(project: Path) -> list[str]:
    _, problems = load_corpus(project)
    return [str(p) for p in problems]


def test_the_mini_corpus_loads_without_problems(mini_project) -> None:
    corpus, problems = load_corpus(mini_project())
    assert problems == []
    assert list(corpus.groups) == ["irreconcilable", "bargainers", "negotiators"]
    assert sorted(corpus.cases) == ["silent-clinic", "tiles-redo"]
    assert corpus.cases["silent-clinic"].antipatterns == ("ignore",)


@pytest.mark.parametrize("content, expected", [
    ("", "cases/new-case.md:1: file is empty: expected YAML frontmatter between '---' lines, then the Markdown body"),
    ("## Ситуация\n", "cases/new-case.md:1: no frontmatter: the file must start with a '---' line, then the keys, then another '---'"),
    ("---\ntitle: x\n", "cases/new-case.md:1: frontmatter is not closed: add a '---' line after the last key"),
    ("---\ntitle: [x\nsummary: y\n---\n", "cases/new-case.md:3: YAML syntax error: did not find expected ',' or ']'"),
    ("---\n- a\n- b\n---\n", "cases/new-case.md:2: the frontmatter: expected a mapping of keys, found a list"),
])
def test_a_file_that_cannot_be_read_gives_one_clear_problem(mini_project, content: str, expected: str) -> None:
    project = mini_project({"cases/new-case.md": content})
    assert problems_of(project) == [expected]


def test_a_file_that_is_not_utf8_names_its_line(mini_project) -> None:
    text = CASE.encode("utf-8").replace("## Итог".encode(), b"\xff\n## Itog")
    project = mini_project({"cases/new-case.md": text})
    assert problems_of(project) == ["cases/new-case.md:13: file is not UTF-8 text (byte 0xff); save it as UTF-8"]


def test_windows_line_endings_and_a_bom_are_accepted(mini_project) -> None:
    data = b"\xef\xbb\xbf" + CASE.replace("\n", "\r\n").encode("utf-8")
    project = mini_project({"cases/new-case.md": data})
    corpus, problems = load_corpus(project)
    assert problems == []
    assert corpus.cases["new-case"].title == "Плитку переложили за свой счёт"


def test_a_bad_slug_in_a_file_name_is_reported(mini_project) -> None:
    project = mini_project({"cases/New_Case.md": CASE})
    assert problems_of(project) == [
        "cases/New_Case.md:1: bad file name 'New_Case.md': a slug uses lowercase latin letters, digits "
        "and hyphens (like 'hotel-late-checkout')"]


def test_every_problem_of_a_file_is_reported_at_once(mini_project) -> None:
    broken = (CASE.replace("group: negotiators", "group: bargainer")
              .replace("tactics: [return-to-start]", "tactics: []\ntitel: x\nfault: clients\nrelated: [nowhere]"))
    project = mini_project({"cases/new-case.md": broken})
    assert problems_of(project) == [
        "cases/new-case.md:4: 'group': no group 'bargainer' (did you mean 'bargainers'?)",
        "cases/new-case.md:5: 'tactics' is empty: name at least one tactic slug",
        "cases/new-case.md:6: unknown key 'titel' (did you mean 'title'?)",
        "cases/new-case.md:7: 'fault' must be one of 'client', 'company', 'both', 'none', found 'clients' (did you mean 'client'?)",
        "cases/new-case.md:8: 'related': no case 'nowhere'",
    ]


def test_problems_in_several_files_are_all_reported(mini_project) -> None:
    project = mini_project({
        "cases/a-case.md": CASE.replace("summary: Коротко.\n", ""),
        "cases/b-case.md": CASE.replace("return-to-start", "return-to-stat"),
    })
    assert problems_of(project) == [
        "cases/a-case.md:2: missing required key 'summary'",
        "cases/b-case.md:5: 'tactics': no tactic 'return-to-stat' (did you mean 'return-to-start'?)",
    ]


def test_a_tactic_must_apply_to_the_case_group(mini_project) -> None:
    project = mini_project({"cases/new-case.md": CASE.replace("group: negotiators", "group: irreconcilable")})
    assert problems_of(project) == [
        "cases/new-case.md:5: 'tactics': tactic 'return-to-start' does not apply to group 'irreconcilable' "
        "(it applies to: bargainers, negotiators)"]


def test_body_links_by_slug_must_point_somewhere(mini_project) -> None:
    body = CASE.replace("## Разбор\nТекст.", "## Разбор\nСм. [группу](group:nobody),\n[кейс](case:tiles-redo) и [тактику](tactic:soften-the-blo).")
    project = mini_project({"cases/new-case.md": body})
    assert problems_of(project) == [
        "cases/new-case.md:16: link 'group:nobody' points nowhere: no group 'nobody'",
        "cases/new-case.md:17: link 'tactic:soften-the-blo' points nowhere: no tactic 'soften-the-blo' (did you mean 'soften-the-blow'?)",
    ]


def test_links_in_code_are_not_checked(mini_project) -> None:
    body = CASE.replace("## Разбор\nТекст.", "## Разбор\nПишите `[x](case:slug)`.")
    assert problems_of(mini_project({"cases/new-case.md": body})) == []


def test_raw_html_and_script_links_are_refused(mini_project) -> None:
    body = CASE.replace("## Итог\nТекст.", "## Итог\n<script>alert(1)</script>\n[x](javascript:alert(1))")
    assert problems_of(mini_project({"cases/new-case.md": body})) == [
        "cases/new-case.md:14: raw HTML is not allowed in Markdown, found '</script>'; write Markdown instead",
        "cases/new-case.md:14: raw HTML is not allowed in Markdown, found '<script>'; write Markdown instead",
        "cases/new-case.md:15: link scheme 'javascript:' is not allowed; use http(s), mailto or a slug link like (case:<slug>)",
    ]


def test_sections_are_checked(mini_project) -> None:
    body = CASE.replace("## Разбор\nТекст.\n", "").replace("## Итог", "# Итог")
    assert problems_of(mini_project({"cases/new-case.md": body})) == [
        "cases/new-case.md:7: missing section '## Итог'",
        "cases/new-case.md:7: missing section '## Разбор'",
        "cases/new-case.md:13: the body must not have a '# ' heading: the page title comes from the frontmatter",
    ]


def test_taxonomy_problems_name_the_key(mini_project) -> None:
    project = mini_project({
        "taxonomy/tactics/return-to-start.md": (Path(__file__).parent / "fixtures/mini/taxonomy/tactics/return-to-start.md")
        .read_text(encoding="utf-8").replace("groups: [bargainers, negotiators]", "groups: [bargainers, negotiator]")
        .replace("slug: return-to-start", "slug: return"),
    })
    assert problems_of(project) == [
        "taxonomy/tactics/return-to-start.md:2: 'slug' is 'return' but the file is named 'return-to-start.md'; they must match",
        "taxonomy/tactics/return-to-start.md:4: 'groups': no group 'negotiator' (did you mean 'negotiators'?)",
    ]


def test_duplicate_keys_are_reported(mini_project) -> None:
    project = mini_project({"cases/new-case.md": CASE.replace("group: negotiators", "group: negotiators\ngroup: bargainers")})
    assert "cases/new-case.md:5: duplicate key 'group'" in problems_of(project)
