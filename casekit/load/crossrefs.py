"""Checks between files: every slug named anywhere must exist, and every file a text links or shows."""
from __future__ import annotations

from typing import Collection, Iterable, Iterator, Mapping

from casekit.load.citations import check_citations
from casekit.load.markup import unsafe_markup
from casekit.model import links
from casekit.model.corpus import AntiPattern, Corpus, Group, Tactic
from casekit.model.origin import Origin
from casekit.problems import Problem, did_you_mean


def _missing(kind: str, slug: str, known: Iterable[str]) -> str:
    return f"no {kind} '{slug}'{did_you_mean(slug, known)}"


def _check_slugs(origin: Origin, key: str, slugs: Iterable[str], kind: str, known: Mapping[str, object],
                 problems: list[Problem]) -> None:
    for slug in slugs:
        if slug not in known:
            problems.append(Problem(origin.path, origin.line(key), f"'{key}': {_missing(kind, slug, known)}"))


def check_corpus(corpus: Corpus, problems: list[Problem], glossary_texts: Iterable[tuple[int, str]] = (),
                 docs_files: Collection[str] = (), rule_texts: Iterable[tuple[int, str]] = ()) -> None:
    """Report every slug in frontmatter or Markdown that points nowhere, every missing file, and every
    article cited outside a law: link (taxonomy/law.yml, where the rules are written, may name articles)."""
    for tactic in corpus.tactics.values():
        _check_slugs(tactic.origin, "groups", tactic.groups, "group", corpus.groups, problems)
    for case in corpus.cases.values():
        origin = case.origin
        _check_slugs(origin, "group", [case.group], "group", corpus.groups, problems)
        _check_slugs(origin, "tactics", case.tactics, "tactic", corpus.tactics, problems)
        _check_slugs(origin, "antipatterns", case.antipatterns, "anti-pattern", corpus.antipatterns, problems)
        _check_slugs(origin, "related", case.related, "case", corpus.cases, problems)
        if case.slug in case.related:
            problems.append(Problem(origin.path, origin.line("related"), "'related': a case cannot be related to itself"))
        for slug in case.tactics:
            used = corpus.tactics.get(slug)
            if used and case.group in corpus.groups and case.group not in used.groups \
                    and all(g in corpus.groups for g in used.groups):
                problems.append(Problem(origin.path, origin.line("tactics"),
                                        f"'tactics': tactic '{slug}' does not apply to group '{case.group}' "
                                        f"(it applies to: {', '.join(used.groups)})"))
    check_quiz_slugs(corpus, problems)
    texts = [*corpus.markdown_texts(), *corpus.notes_texts(),
             *(("taxonomy/glossary.yml", line, text) for line, text in glossary_texts)]
    for path, line, text in [*texts, *(("taxonomy/law.yml", line, text) for line, text in rule_texts)]:
        check_markdown(path, line, text, corpus, problems)
        check_local_paths(path, line, text, docs_files, problems)
    check_citations(texts, frontmatter_texts(corpus), corpus.law, problems)


def frontmatter_texts(corpus: Corpus) -> Iterator[tuple[str, int, str]]:
    """(path, line, text) of the front matter's words that pages show: titles, summaries, outcomes."""
    for case in corpus.cases.values():
        for key, value in (("title", case.title), ("summary", case.summary), ("outcome", case.outcome)):
            if value:
                yield case.origin.path, case.origin.line(key), value
    for guide in [*corpus.guides.values(), *([corpus.programme] if corpus.programme else [])]:
        yield guide.origin.path, guide.origin.line("title"), guide.title
        yield guide.origin.path, guide.origin.line("summary"), guide.summary
    taxonomy: list[Group | Tactic | AntiPattern] = [*corpus.groups.values(), *corpus.tactics.values(),
                                                    *corpus.antipatterns.values()]
    for item in taxonomy:
        yield item.origin.path, item.origin.line("summary"), item.summary


def check_markdown(path: str, line: int, text: str, corpus: Corpus, problems: list[Problem]) -> None:
    """Slug links must resolve; raw HTML and script URLs are refused."""
    known: dict[str, Mapping[str, object]] = {
        "group": corpus.groups, "tactic": corpus.tactics, "antipattern": corpus.antipatterns,
        "case": corpus.cases, "quiz": corpus.quizzes, "guide": corpus.guides, "term": corpus.glossary,
        "law": corpus.law,
    }
    for link in links.slug_links(text):
        slug = link.slug.partition("?")[0].partition("#")[0]
        if slug not in known[link.kind]:
            problems.append(Problem(path, line + link.offset_line,
                                    f"link '{link.kind}:{link.slug}' points nowhere: "
                                    f"{_missing(links.KIND_WORDS.get(link.kind, link.kind), slug, known[link.kind])}"))
    for offset, message in unsafe_markup(text):
        problems.append(Problem(path, line + offset, message))


def check_local_paths(path: str, line: int, text: str, docs_files: Collection[str], problems: list[Problem]) -> None:
    """A relative link or image names a file under docs/; an absolute path would break under a sub-path."""
    for target in links.targets(text):
        what = "image" if target.image else "link"
        where = line + target.offset_line
        url = target.url.split("#", 1)[0].split("?", 1)[0]
        if target.url.startswith("//") or (target.image and links.SCHEME.match(target.url)):
            problems.append(Problem(path, where, f"{what} '{target.url}' is on another host; the site loads nothing from other "
                                                 "hosts: put the file under docs/ and give its path, like 'images/plan.png'"))
        elif target.url.startswith("/"):
            problems.append(Problem(path, where, f"{what} '{target.url}' starts with '/', which breaks when the site is served "
                                                 "from a sub-path; give the path relative to docs/, like 'images/plan.png'"))
        elif links.is_local_path(url) and not _exists(url, docs_files):
            problems.append(Problem(path, where, f"{what} '{target.url}' points to no file: there is no docs/{url}"
                                                 f"{did_you_mean(url, docs_files)}"))


def _exists(url: str, docs_files: Collection[str]) -> bool:
    candidates = {url, url.rstrip("/") + "/index.md", url.rstrip("/") + ".md"}
    return any(candidate in docs_files for candidate in candidates)


def check_quiz_slugs(corpus: Corpus, problems: list[Problem]) -> None:
    """A question's case, group and tactics must exist; each problem names the question and its key's line."""
    for quiz in corpus.quizzes.values():
        for index, question in enumerate(quiz.questions):
            missing: list[tuple[str, str]] = []
            if question.case and question.case not in corpus.cases:
                missing.append(("case", _missing("case", question.case, corpus.cases)))
            if question.group and question.group not in corpus.groups:
                missing.append(("group", _missing("group", question.group, corpus.groups)))
            missing += [("tactics", _missing("tactic", t, corpus.tactics)) for t in question.tactics if t not in corpus.tactics]
            for key, message in missing:
                problems.append(Problem(quiz.origin.path, quiz.key_line(index, key), f"question '{question.id}': '{key}': {message}"))
