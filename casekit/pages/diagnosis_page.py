"""The diagnosis aid: signals a trainee ticks, the likely group, its tactics, mistakes and cases.

Without JavaScript it is a checklist and, below it, what to do for each group;
docs/assets/diagnosis/ suggests the group as signals are ticked. The signals
are data: each group lists its own in taxonomy/groups/<slug>.md (`signals:`).
"""
from __future__ import annotations

import hashlib
from collections import Counter
from html import escape

from casekit.model.corpus import Corpus, Group
from casekit.pages.common import group_label
from casekit.pages.markdown import page


def _mixed_signals(corpus: Corpus) -> list[tuple[str, str]]:
    """(group slug, signal) of every group, mixed in a stable order so the list gives no group away."""
    pairs = [(g.slug, s) for g in corpus.groups.values() for s in g.signals]
    return sorted(pairs, key=lambda pair: hashlib.sha1(pair[1].encode("utf-8")).hexdigest())


def _links(items: list[tuple[str, str]]) -> str:
    return ", ".join(f'<a href="../{escape(href)}">{escape(name)}</a>' for name, href in items) or "—"


def _group_block(corpus: Corpus, group: Group) -> str:
    tactics = [(t.name, f"tactics/{t.slug}/") for t in corpus.tactics_for_group(group.slug)]
    cases = corpus.cases_of_group(group.slug)
    mistakes = Counter(a for c in cases for a in c.antipatterns)
    mistake_links = [(corpus.antipatterns[a].name, f"antipatterns/{a}/") for a, _ in mistakes.most_common(3) if a in corpus.antipatterns]
    similar = [(c.title, f"cases/{c.slug}/") for c in cases[:3]]
    return (f'<section class="diagnosis-group" data-group="{escape(group.slug)}" aria-labelledby="diagnosis-{escape(group.slug)}">\n'
            f'<h2 id="diagnosis-{escape(group.slug)}"><a href="../groups/{escape(group.slug)}/">{escape(group_label(group))}</a></h2>\n'
            f"<p>{escape(group.summary)}</p>\n"
            f"<p><strong>Тактики:</strong> {_links(tactics)}</p>\n"
            f"<p><strong>Чего не делать:</strong> {_links(mistake_links)}</p>\n"
            f"<p><strong>Похожие кейсы:</strong> {_links(similar)}</p>\n</section>")


def diagnosis_page(corpus: Corpus) -> str:
    """The checklist of signals and a block per group."""
    boxes = "\n".join(
        f'<li><input type="checkbox" id="signal-{i}" data-group="{escape(slug)}">'
        f'<label for="signal-{i}">{escape(signal)}</label></li>' for i, (slug, signal) in enumerate(_mixed_signals(corpus)))
    checklist = ('<form class="diagnosis">\n<fieldset>\n<legend>Что вы видите в поведении клиента? Отметьте всё, что подходит.</legend>\n'
                 f'<ul class="diagnosis-signals">\n{boxes}\n</ul>\n</fieldset>\n'
                 '<p class="diagnosis-result" role="status" aria-live="polite"></p>\n</form>')
    blocks = "\n".join(_group_block(corpus, g) for g in corpus.groups.values())
    intro = ("Группу клиента узнают по цели, а не по громкости: навредить, выгадать за ваш счёт или договориться. "
             "Отметьте признаки, которые видите, и страница подскажет вероятную группу, тактики и похожие кейсы.")
    return page("Диагностика клиента", intro, intro, checklist, f'<div class="diagnosis-groups">\n{blocks}\n</div>',
                stylesheet="assets/diagnosis/diagnosis.css")
