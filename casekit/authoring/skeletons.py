"""Skeletons of new authored files, for `casekit new case|quiz <slug>`.

A skeleton has every key, each with a comment that says what goes there, and
builds as it is: it names a group and a tactic that exist in the project (the
last group by number, the mildest, and a tactic that applies to it), and its
placeholder texts pass validation. Comments are Russian, like the authors' guide.
"""
from __future__ import annotations

from casekit.load.cases import SECTIONS
from casekit.model.corpus import FAULTS, Corpus

QUIZ_SCHEMA = "../schemas/quiz.schema.json"
"""The quiz schema, relative to a file in quizzes/, for the YAML extension's modeline."""

SECTION_HINTS = {
    "Ситуация": "Что произошло, где и с кем: отрасль, услуга, сроки, деньги. Без настоящих имён и названий.",
    "Сигналы клиента": "Что клиент говорит и делает — по этим признакам сотрудник узнаёт группу.\n\n"
                       "- Первая фраза или поступок клиента.\n- Чего он требует.",
    "Что сделали": "Что ответила компания, шаг за шагом, с фразами сотрудника.",
    "Итог": "Чем кончилось: для клиента, для компании, для отношений.",
    "Разбор": "Почему тактика подошла или нет; какие ошибки были и как их избежать.",
    "Вопросы для обсуждения": "1. Вопрос для новичков на разборе кейса.\n2. Ещё один вопрос.",
}
"""A hint under each section of a new case; every one of the six sections has one."""


def _choices(corpus: Corpus) -> tuple[str, str, str, str]:
    """(group, tactic, list of group slugs, list of that group's tactics) for a skeleton that builds."""
    groups = sorted(corpus.groups.values(), key=lambda g: g.number)
    group = groups[-1].slug if groups else "negotiators"
    fitting = [t.slug for t in corpus.tactics.values() if group in t.groups]
    tactic = fitting[0] if fitting else "return-to-start"
    return group, tactic, " | ".join(g.slug for g in groups) or group, ", ".join(fitting) or tactic


def case_skeleton(slug: str, corpus: Corpus) -> str:
    """The text of a new cases/<slug>.md."""
    group, tactic, groups, tactics = _choices(corpus)
    antipatterns = ", ".join(corpus.antipatterns) or "слаги из taxonomy/antipatterns/"
    faults = " | ".join(FAULTS)
    front = [
        "---",
        f"# Кейс {slug}: адрес страницы /cases/{slug}/. Формат — на странице «Авторам» (docs/authors/index.md);",
        "# схема ключей — schemas/case.schema.json. Проверка: python -m casekit check --schemas",
        "title: Заголовок кейса — что случилось, одной фразой    # обязательно",
        "summary: Одно-два предложения для карточек и превью ссылки.    # обязательно",
        f"group: {group}    # обязательно, группа клиента: {groups}",
        f"tactics: [{tactic}]    # обязательно, хотя бы одна тактика этой группы: {tactics}",
        f"antipatterns: []    # необязательно, типичные ошибки в кейсе: {antipatterns}",
        "industry:    # необязательно: отрасль, например Гостиницы",
        "outcome:    # необязательно: итог одной строкой",
        f"fault:    # необязательно, чья ошибка: {faults}",
        "related: []    # необязательно: слаги связанных кейсов",
        "source: illustrative    # необязательно: файл-источник или illustrative (по мотивам реальной истории)",
        "---",
    ]
    body = [f"\n## {section}\n\n{SECTION_HINTS[section]}\n" for section in SECTIONS]
    return "\n".join(front) + "\n" + "".join(body)


def quiz_skeleton(slug: str, corpus: Corpus) -> str:
    """The text of a new quizzes/<slug>.yml: one question of each type."""
    group, tactic, groups, _ = _choices(corpus)
    return f"""# yaml-language-server: $schema={QUIZ_SCHEMA}
# Квиз {slug}: адрес страницы /quizzes/{slug}/. Формат и примеры — на странице «Авторам»
# (docs/authors/index.md). Тексты вопросов и ответов поддерживают Markdown.
title: Название квиза    # обязательно
description: Описание над вопросами, одно-два предложения.    # необязательно
pass_mark: 80    # необязательно: процент для зачёта, от 0 до 100; по умолчанию 80
questions:    # обязательно, хотя бы один вопрос; ниже по одному вопросу каждого типа
  - id: choose-one    # постоянный id вопроса (латиница, цифры, дефисы); по нему хранятся ответы — не меняйте
    type: single    # один верный ответ; другие типы: multiple, order, scenario
    prompt: Вопрос с одним верным ответом?    # обязательно: текст вопроса
    explanation: Пояснение, которое показывается после ответа.    # необязательно
    case:    # необязательно: слаг кейса, из которого вопрос берёт группу и тактики
    group: {group}    # необязательно: группа для результата по темам ({groups})
    tactics: [{tactic}]    # необязательно: тактики для результата по темам
    options:    # хотя бы два варианта, ровно один с correct: true; на странице они перемешаны
      - text: Верный вариант    # текст варианта
        correct: true
        feedback: Почему этот вариант верен.    # показывается, когда вариант выбран
      - text: Неверный вариант, похожий на верный
        correct: false    # у неверных вариантов можно не писать
        feedback: Почему этот вариант неверен.
  - id: choose-several
    type: multiple    # несколько верных ответов: хотя бы один с correct: true
    prompt: Вопрос с несколькими верными ответами?
    explanation: Пояснение после ответа.
    options:
      - text: Первый верный вариант
        correct: true
        feedback: Почему верно.
      - text: Второй верный вариант
        correct: true
        feedback: Почему тоже верно.
      - text: Неверный вариант
        feedback: Почему неверно.
  - id: put-in-order
    type: order    # порядок: пункты пишутся в правильном порядке, на странице они перемешаны
    prompt: Расставьте шаги по порядку.
    explanation: Почему порядок именно такой.
    items:    # хотя бы два пункта
      - Первый шаг
      - Второй шаг
      - Третий шаг
  - id: conversation
    type: scenario    # сценарий разговора: шаги с выбором ответа и концовки
    prompt: Клиент звонит с жалобой. Проведите разговор.
    explanation: Что важно в этом разговоре.
    start: opening    # необязательно: id первого шага, по умолчанию первый в списке
    nodes:    # шаги и концовки; каждый путь от первого шага должен дойти до концовки
      - id: opening    # шаг: текст ситуации и/или реплика клиента, и варианты ответа
        situation: Что происходит.    # необязательно, если есть client
        client: Реплика клиента.    # необязательно, если есть situation
        choices:    # варианты ответа сотрудника, хотя бы один
          - text: Удачный ответ сотрудника.    # что говорит сотрудник
            points: 2    # необязательно: очки за ответ, от -100 до 100; по умолчанию 0
            consequence: Как реагирует клиент.    # что происходит после этого ответа
            next: good-end    # id шага или концовки, к которой ведёт ответ
          - text: Неудачный ответ сотрудника.
            points: 0
            consequence: Как реагирует клиент.
            next: bad-end
      - id: good-end    # концовка: verdict и debrief, без choices
        verdict: good    # good — удачный исход, partial — половинчатый, bad — неудачный
        debrief: Почему исход удачный.    # разбор исхода
      - id: bad-end
        verdict: bad
        debrief: Почему исход неудачный и что было бы лучше.
"""
