"""Synthetic projects for the benchmarks: N cases and N/10 quizzes, and the plain reference.

Cases are the real ones cloned under new slugs; every clone's text differs in
each section (so no rendered snippet repeats and a cold run renders them all),
and its links point at the real cases, so every link resolves. Quizzes of 12
questions are drawn from the real questions, each prompt made unique.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from casekit.model.links import GENERATED_FOLDERS as GENERATED

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS_PER_QUIZ = 12


def copy_docs(source: Path, target: Path) -> None:
    """Hand-written docs/ only: generated folders are skipped at the top level, never by name below it."""
    target.mkdir(parents=True)
    for item in source.iterdir():
        if item.name in GENERATED:
            continue
        if item.is_dir():
            shutil.copytree(item, target / item.name)
        else:
            shutil.copy2(item, target / item.name)


def make_project(base: Path, n: int) -> Path:
    """A copy of the project with n cases and n/10 quizzes (at least the real ones)."""
    project = base / "project"
    for folder in ("taxonomy", "guides", "trainer", "overrides", "quizzes"):
        if (ROOT / folder).is_dir():
            shutil.copytree(ROOT / folder, project / folder)
    copy_docs(ROOT / "docs", project / "docs")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config.replace("casekit/mkdocs_hook.py", str(ROOT / "casekit/mkdocs_hook.py")),
                                        encoding="utf-8")
    _write_cases(project / "cases", n)
    _write_quizzes(project / "quizzes", max(n // 10, 0))
    return project


def _write_cases(folder: Path, n: int) -> None:
    real = sorted((ROOT / "cases").glob("*.md"))
    folder.mkdir()
    for i in range(max(n, len(real))):  # every real case is kept, so links between them resolve
        source = real[i % len(real)]
        text = source.read_text(encoding="utf-8")
        name = source.stem
        if i >= len(real):
            name = f"{source.stem}-{i}"
            text = _variant(text, i)
        (folder / f"{name}.md").write_text(text, encoding="utf-8")


def _variant(text: str, i: int) -> str:
    """A clone that relates to no case, with its own title and a sentence of its own in every section."""
    head, body = text.split("\n---\n", 1)
    head = "\n".join(line for line in head.split("\n") if not line.startswith("related:"))
    head = re.sub(r"^title: (.*)$", lambda m: f"title: {m.group(1).strip(chr(34))} (вариант {i})", head, count=1, flags=re.M)
    body = re.sub(r"^(## .*)$", lambda m: f"{m.group(1)}\n\nВариант {i}: тот же случай в другом городе.", body, flags=re.M)
    return f"{head}\n---\n{body}"


def _write_quizzes(folder: Path, count: int) -> None:
    """Quizzes beyond the real ones, of 12 real questions each, until there are count."""
    real = sorted(folder.glob("*.yml"))
    pool = [q for file in real for q in yaml.safe_load(file.read_text(encoding="utf-8"))["questions"]]
    for j in range(max(count - len(real), 0)):
        questions = []
        for k in range(QUESTIONS_PER_QUIZ):
            question = dict(pool[(j * QUESTIONS_PER_QUIZ + k) % len(pool)])
            question["prompt"] = f"{question['prompt'].rstrip()} (Вариант {j}.)\n"
            questions.append(question)
        quiz = {"title": f"Проверочный квиз № {j + 1}", "description": f"Двенадцать вопросов, набор {j + 1}.",
                "pass_mark": 80, "questions": questions}
        (folder / f"bench-quiz-{j + 1}.yml").write_text(
            yaml.safe_dump(quiz, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")


def make_plain(project: Path, base: Path) -> Path:
    """The reference: Material with the same theme and Markdown settings, no hook, its own search plugin,
    and one plain Markdown page per case (its title and body) and per quiz (its questions as lists)."""
    plain = base / "plain"
    shutil.copytree(project / "overrides", plain / "overrides")
    copy_docs(project / "docs", plain / "docs")
    for path in (plain / "docs").rglob("*.md"):
        path.unlink()  # hand-written pages link generated ones; the reference has none of them
    (plain / "docs" / "index.md").write_text("# Трудный клиент\n\nСправочник.\n", encoding="utf-8")
    (plain / "docs" / "cases").mkdir()
    for case in sorted((project / "cases").glob("*.md")):
        _, frontmatter, body = case.read_text(encoding="utf-8").split("---\n", 2)
        title = yaml.safe_load(frontmatter)["title"]
        body = re.sub(r"\]\((case|group|tactic|antipattern|quiz|guide|term):[^)]*\)", "]", body)
        (plain / "docs" / "cases" / case.name).write_text(f"# {title}\n\n{body}", encoding="utf-8")
    (plain / "docs" / "quizzes").mkdir()
    for quiz in sorted((project / "quizzes").glob("*.yml")):
        data = yaml.safe_load(quiz.read_text(encoding="utf-8"))
        parts = [f"# {data['title']}", str(data.get("description", ""))]
        for question in data["questions"]:
            parts.append(f"## {question['id']}\n\n{question.get('prompt', '')}")
            parts += [f"- {o.get('text', '')}" for o in question.get("options", [])]
        (plain / "docs" / "quizzes" / f"{quiz.stem}.md").write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"hooks:\n  - .*\n", "", config)
    config = re.sub(r"nav:\n(  - .*\n)+", "nav:\n  - index.md\n", config)
    config = config.replace("plugins: []", "plugins: [search]").replace("strict: true", "strict: false")
    config = re.sub(r"  - casekit\..*\n", "", config)  # casekit's own Markdown extensions, if any
    (plain / "mkdocs.yml").write_text(config, encoding="utf-8")
    return plain
