"""casekit: builds the «Трудный клиент» training site from authored files.

Stages, one module each: ``source`` reads files, ``yamlnodes`` parses YAML with
line numbers, ``taxonomy``/``cases``/``quizzes`` load and validate, ``crossrefs``
checks links between them, ``model`` holds the result, ``pages`` generates the
site's Markdown and ``output`` writes it. ``cli`` and ``mkdocs_hook`` are thin
adapters.
"""
from __future__ import annotations

from casekit.corpus import load_corpus
from casekit.model import Corpus
from casekit.problems import Problem

__all__ = ["Corpus", "Problem", "load_corpus"]
