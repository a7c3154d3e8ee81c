"""No authored text can run script, whatever syntax it uses and whatever field it is in.

The build-time checks refuse raw HTML and script URLs with file:line, but they
are a courtesy; this test shows the guarantee. It puts every payload into every
authored field of a case, a group, a tactic, an anti-pattern, a guide, the
glossary and a quiz, generates the pages *despite* the refusals, builds them
with MkDocs (without the hook, which would stop at the refusals), opens every
page in Chromium, focuses, hovers and answers, and checks that no payload ran
and that no element in the content carries a handler or a script URL.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser

from casekit import load_corpus
from casekit.exports import export_files
from casekit.pages import GENERATED_FOLDERS, generate
from casekit.write.pages import write_pages
from tests.conftest import ROOT, ServedSite, build_and_serve, copy_mini, write_files

RUN = "window.__pwned=(window.__pwned||0)+1"
INLINE_PAYLOADS = [
    f'<img src=x onerror="{RUN}">',
    f"<script>{RUN}</script>",
    f'<svg onload="{RUN}"><circle r=5 /></svg>',
    f'<iframe src="javascript:{RUN}"></iframe>',
    f'<details open ontoggle="{RUN}"><summary>x</summary></details>',
    f'<form action="javascript:{RUN}"><button>go</button></form>',
    f'<object data="javascript:{RUN}"></object>',
    f'<a href="jav&#x09;ascript:{RUN}">tab-encoded</a>',
    f'<scr<script>ipt>{RUN}</script>',
    f'<img/src=x/onerror="{RUN}">',
    f'<<img src=x onerror="{RUN}">>',
    f'<p style="background:url(javascript:{RUN})">styled</p>',
    f'<!--><img src=x onerror="{RUN}">-->',
    f"[link](javascript:{RUN})",
    f"[upper](JAVASCRIPT:{RUN})",
    f"[spaced]( javascript:{RUN})",
    f"[angled](<javascript:{RUN}>)",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    f"<javascript:{RUN}>",
    f'![pic](x.png "t\\" onerror=\\"{RUN}")',
    f'[titled](https://example.org "t\\" onmouseover=\\"{RUN}")',
    f"[ref][evil]\n\n[evil]: javascript:{RUN}",
]
BLOCK_PAYLOADS = [
    f'Абзац.\n{{: tabindex="0" autofocus="" onfocus="{RUN}" }}',
    f'Абзац с атрибутом{{: onclick="{RUN}" }}',
    f'<div markdown="1" onmouseover="{RUN}">*md in html*</div>',
]
EVERYTHING = "\n\n".join(BLOCK_PAYLOADS + INLINE_PAYLOADS)
ONE_LINE = " ".join(p.replace("\n", " ") for p in INLINE_PAYLOADS[:13])
BAD_ATTRIBUTES = """() => {
  const bad = [];
  for (const el of document.querySelectorAll("article *")) {
    if (["SCRIPT", "IFRAME", "OBJECT", "EMBED", "svg"].includes(el.tagName) ||
        (el.tagName === "FORM" && !el.classList.contains("quiz-question") && !el.classList.contains("case-guess"))) bad.push(el.tagName);
    for (const a of el.attributes) {
      if (/^on/i.test(a.name) || a.name === "style" || /^\\s*(javascript|data):/i.test(a.value)) bad.push(el.tagName + " " + a.name);
    }
  }
  return bad;
}"""


def _with_frontmatter(path: Path, values: dict[str, str], body_extra: str) -> str:
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    data = yaml.safe_load(front)
    data.update(values)
    body = re.sub(r"^(## .+)$", lambda m: m.group(1) + "\n" + body_extra + "\n", body, flags=re.M)
    return "---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False) + "---\n" + body


def _hostile_quiz(path: Path) -> str:
    quiz = yaml.safe_load(path.read_text(encoding="utf-8"))
    quiz["title"], quiz["description"] = ONE_LINE, EVERYTHING
    for question in quiz["questions"]:
        question["prompt"] = question["explanation"] = EVERYTHING
        for option in question.get("options", []):
            option["text"], option["feedback"] = ONE_LINE + " " + option["text"], EVERYTHING
        question["items"] = [ONE_LINE + f" {item}" for item in question.get("items", [])] or None
        for node in question.get("nodes", []):
            for key in ("situation", "client", "debrief"):
                if key in node:
                    node[key] = EVERYTHING
            for choice in node.get("choices", []):
                choice["text"], choice["consequence"] = ONE_LINE + " " + choice["text"], EVERYTHING
        if question["items"] is None:
            del question["items"]
    return yaml.safe_dump(quiz, allow_unicode=True, sort_keys=False)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> ServedSite:
    project = copy_mini(tmp_path_factory.mktemp("xss") / "project")
    texts = {"title": ONE_LINE, "summary": ONE_LINE}
    files = {
        "cases/tiles-redo.md": _with_frontmatter(project / "cases" / "tiles-redo.md",
                                                 {**texts, "industry": ONE_LINE, "outcome": ONE_LINE}, EVERYTHING),
        "taxonomy/groups/bargainers.md": _with_frontmatter(project / "taxonomy" / "groups" / "bargainers.md",
                                                           {"name": ONE_LINE, "summary": ONE_LINE, "negativity": ONE_LINE,
                                                            "wants": ONE_LINE, "danger": ONE_LINE, "chance": ONE_LINE}, EVERYTHING),
        "taxonomy/tactics/return-to-start.md": _with_frontmatter(project / "taxonomy" / "tactics" / "return-to-start.md",
                                                                 {"name": ONE_LINE, "summary": ONE_LINE}, EVERYTHING),
        "taxonomy/antipatterns/ignore.md": _with_frontmatter(project / "taxonomy" / "antipatterns" / "ignore.md",
                                                             {"name": ONE_LINE, "summary": ONE_LINE}, EVERYTHING),
        "guides/hostile.md": "---\n" + yaml.safe_dump(texts, allow_unicode=True) + "---\n## Раздел\n" + EVERYTHING + "\n",
        "taxonomy/glossary.yml": yaml.safe_dump({"terms": [{"id": "evil", "term": ONE_LINE, "definition": EVERYTHING,
                                                            "law": ONE_LINE}]}, allow_unicode=True),
        "quizzes/basics.yml": _hostile_quiz(project / "quizzes" / "basics.yml"),
    }
    write_files(project, files)
    corpus, problems = load_corpus(project)
    assert any("raw HTML is not allowed" in p.message for p in problems), "the courtesy check still speaks up"
    write_pages(project / "docs", {**generate(corpus), **export_files(corpus)}, GENERATED_FOLDERS)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(re.sub(r"\nhooks:\n  - [^\n]+\n", "\n", config), encoding="utf-8")
    shutil.rmtree(project / "casekit", ignore_errors=True)
    return build_and_serve(project, project / "site")


PAGES = ["cases/tiles-redo/", "cases/", "groups/bargainers/", "groups/", "tactics/return-to-start/", "tactics/",
         "antipatterns/ignore/", "antipatterns/", "guides/hostile/", "guides/", "glossary/", "quizzes/basics/", "quizzes/"]


def test_no_payload_runs_and_no_handler_reaches_the_page(browser: Browser, hostile_site: ServedSite) -> None:
    context = browser.new_context(base_url=hostile_site.url)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for path in PAGES:
        page.goto(path)
        page.wait_for_load_state("networkidle")
        for _ in range(15):
            page.keyboard.press("Tab")
        page.evaluate("""() => document.querySelectorAll("article *").forEach((el) => {
            for (const type of ["mouseover", "focus", "click", "toggle"]) el.dispatchEvent(new Event(type));
        })""")
        assert page.evaluate("window.__pwned") is None, path
        assert page.evaluate(BAD_ATTRIBUTES) == [], path
    page.goto("quizzes/basics/")
    page.wait_for_selector(".quiz[data-quiz-ready]", state="attached")
    page.check("#quiz-basics-which-group-0")
    page.click("#quiz-basics-which-group .quiz-check")
    page.click("#quiz-basics-talk .quiz-choice >> nth=0")
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate(BAD_ATTRIBUTES) == []
    assert dialogs == []
    context.close()


def test_the_payloads_are_shown_as_text(browser: Browser, hostile_site: ServedSite) -> None:
    page = browser.new_page()
    page.goto(hostile_site.url + "cases/tiles-redo/")
    text = page.inner_text("article")
    assert "<img src=x" in text, "a title's markup is shown, not run"
    assert "{: tabindex" in text, "an attribute list stays text"
    page.close()


def test_generated_markdown_carries_no_attribute_list_from_authors() -> None:
    """The pages MkDocs receives: authored braces are escaped, so attr_list never sees them."""
    corpus, _ = load_corpus(ROOT / "tests" / "fixtures" / "mini")
    for text in generate(corpus).values():
        assert not re.search(r"(?<!\\)\{:\s*on", text)
