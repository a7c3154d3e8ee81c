"""A Python-Markdown extension: HTML that casekit marked as final reaches the page unparsed.

Generated pages carry their HTML (rendered, sanitized authored text, quiz forms)
between the RAW_OPEN and RAW_CLOSE lines. Python-Markdown would otherwise run
its HTML block parser over all of it, the largest part of the site build; the
result is the same, since Markdown leaves block HTML as it is. Without this
extension (another builder) the marker lines are plain HTML comments and the
pages come out the same, only slower.
"""
from __future__ import annotations

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

from casekit.pages.markdown import RAW_CLOSE, RAW_OPEN


class FinalHtml(Preprocessor):
    """Stores each marked block in the HTML stash, as the HTML block parser would, without parsing it."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        block: list[str] | None = None
        for line in lines:
            if block is None:
                if line == RAW_OPEN:
                    block = []
                else:
                    out.append(line)
            elif line == RAW_CLOSE:
                out += ["", self.md.htmlStash.store("\n".join(block).strip("\n")), ""]
                block = None
            else:
                block.append(line)
        if block is not None:  # no closing line: leave the text to the usual parser
            out += [RAW_OPEN, *block]
        return out


class FinalHtmlExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        # after normalize_whitespace (30), before the HTML block parser (20)
        md.preprocessors.register(FinalHtml(md), "casekit_final_html", 25)


def makeExtension(**kwargs: object) -> FinalHtmlExtension:  # noqa: N802 (the name Python-Markdown looks for)
    return FinalHtmlExtension(**kwargs)
