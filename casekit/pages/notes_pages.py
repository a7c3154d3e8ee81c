"""The trainer's page of a case, /trainer/cases/<slug>/: each discussion question with the note for the person
leading the discussion. Never linked from a trainee's page and kept out of the search, like the answer keys."""
from __future__ import annotations

from casekit.model.corpus import Case, Corpus
from casekit.pages.common import antipattern_links, case_link, group_link, tactic_links
from casekit.pages.html import a, page_url, text
from casekit.pages.markdown import page, raw_html
from casekit.pages.render import to_html, to_inline_html

DEPTH = 3
"""A case's trainer page is /trainer/cases/<slug>/."""
NO_NOTE = "Заметки к этому вопросу пока нет: её добавляют в разделе «Заметки для ведущего» файла истории."


def notes_page(corpus: Corpus, case: Case) -> str:
    """The case's verdict for the leader, then every discussion question with its note."""
    verdict = [f"<strong>Группа:</strong> {group_link(corpus, case.group, DEPTH)}",
               f"<strong>Тактики:</strong> {tactic_links(corpus, case.tactics, DEPTH)}"]
    if case.antipatterns:
        verdict.append(f"<strong>Типичные ошибки:</strong> {antipattern_links(corpus, case.antipatterns, DEPTH)}")
    intro = (f"Для того, кто ведёт обсуждение истории «{case.title}»: что содержит хороший ответ на каждый вопрос, "
             "какую ошибку обычно делают стажёры и к какому правилу ведёт вопрос.")
    items = "\n".join(f'<li class="notes-question"><div class="notes-prompt">{to_inline_html(question, DEPTH)}</div>\n'
                      f'<div class="notes-note">{to_html(note, DEPTH) if note else f"<p><em>{text(NO_NOTE)}</em></p>"}'
                      f"</div></li>" for question, note in zip(case.discussion, case.notes, strict=True))
    blocks = [f"История, как её видят стажёры: {case_link(case, DEPTH)} · "
              f"{a('все заметки для ведущего', page_url('trainer', 'cases', DEPTH))}",
              raw_html('<ul class="notes-verdict">\n' + "\n".join(f"<li>{v}</li>" for v in verdict) + "\n</ul>"),
              "## Вопросы для обсуждения и заметки",
              raw_html(f'<ol class="notes">\n{items}\n</ol>') if items else "*В этой истории нет вопросов для обсуждения.*"]
    return page(f"Для ведущего: {case.title}", intro, intro, *blocks, searchable=False)


def notes_index(corpus: Corpus) -> str:
    """Every case with how many of its discussion questions have notes."""
    rows = []
    for case in corpus.cases.values():
        done = sum(1 for note in case.notes if note)
        rows.append(f"<li>{a(text(case.title), page_url('trainer/cases', case.slug, 2))} — "
                    f"заметки к {done} из {len(case.discussion)} вопросов</li>")
    intro = ("Для того, кто ведёт обсуждение: к вопросам каждой истории — что содержит хороший ответ, частая ошибка "
             "стажёров и к какому правилу ведёт вопрос. Со страниц стажёров сюда не ведёт ни одна ссылка, и в поиск "
             "эти страницы не попадают.")
    return page("Заметки для ведущего", intro, intro,
                raw_html('<ul class="notes-index">\n' + "\n".join(rows) + "\n</ul>"), searchable=False)

