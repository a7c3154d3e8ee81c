/**
 * The result panel: how many are answered; then the score, pass or fail, the
 * results by group and tactic with the pages to reread, and the result code
 * a trainee hands in. In exam mode it holds the «Завершить» button.
 */

import { encode, hoursSinceEpoch } from "./code.js";
import { element } from "./dom.js";
import { readName, saveProgress, writeName } from "./storage.js";

/** Format a share as a Russian percentage. */
export function percent(score) {
  return `${Math.round(score * 100)}\u00a0%`;
}

export class ResultPanel {
  /**
   * @param {HTMLElement} root the .quiz element
   * @param {object} quiz the Quiz (questions, passMark, exam, finished, finish(), reset())
   */
  constructor(root, quiz) {
    this.root = root;
    this.quiz = quiz;
    this.panel = root.querySelector(".quiz-result");
    this.summary = this.panel.querySelector(".quiz-result-summary");
    this.summary.setAttribute("aria-live", "polite");
    this.details = element("div", { class: "quiz-result-details" });
    this.topics = new Map([...this.panel.querySelectorAll(".quiz-names [data-slug]")]
      .map((n) => [n.dataset.slug, { name: n.textContent, href: n.dataset.href }]));
    this.finishButton = element("button", { type: "button", class: "md-button md-button--primary quiz-finish" }, "Завершить");
    this.finishButton.addEventListener("click", () => this.finish());
    this.finishButton.hidden = !quiz.exam;
    this.resetButton = element("button", { type: "button", class: "md-button quiz-reset" }, "Сбросить ответы и начать заново");
    this.resetButton.addEventListener("click", () => quiz.reset());
    this.warning = element("p", { class: "quiz-warning", role: "alert" });
    this.panel.append(this.warning, this.details, this.finishButton, this.resetButton);
  }

  finish() {
    const missing = this.quiz.finish();
    this.warning.textContent = missing.length ? `Сначала ответьте на все вопросы: не отвечены ${missing.join(", ")}.` : "";
    if (!missing.length) this.summary.focus?.();
  }

  /** Recompute the panel from the questions shown. */
  show() {
    const { questions, passMark, exam, finished } = this.quiz;
    this.details.replaceChildren();
    this.resetButton.hidden = exam && finished;
    this.finishButton.hidden = !exam || finished;
    const answered = questions.filter((q) => (exam && !finished ? q.hasAnswer() : q.result));
    if (exam && !finished) {
      this.summary.textContent = `Режим экзамена: разборы появятся, когда вы нажмёте «Завершить». Отвечено ${answered.length} из ${questions.length}.`;
      return;
    }
    if (answered.length < questions.length) {
      this.summary.textContent = `Отвечено ${answered.length} из ${questions.length}. Проходной балл — ${percent(passMark / 100)}.`;
      return;
    }
    const total = questions.reduce((sum, q) => sum + q.result.score, 0) / questions.length;
    const passed = total * 100 >= passMark - 1e-9;
    this.root.classList.toggle("is-passed", passed);
    this.summary.textContent = `Ваш результат: ${percent(total)} при проходном балле ${percent(passMark / 100)}. ` +
      (passed ? "Квиз пройден." : "Квиз не пройден: перечитайте разборы и страницы ниже и попробуйте снова.");
    const buckets = this.buckets(questions);
    this.details.append(this.breakdown(buckets), this.codeBlock(questions));
    saveProgress(this.quiz.slug, {
      title: this.root.dataset.title, url: window.location.pathname, score: total, passed, time: Date.now(),
      topics: Object.fromEntries([...buckets].map(([slug, b]) => {
        const topic = this.topics.get(slug) || { name: slug };
        const href = topic.href ? new URL(topic.href, window.location.href).pathname : "";
        return [slug, { name: topic.name, href, score: b.sum / b.count }];
      })),
      wrong: questions.filter((q) => q.result.score < 0.999).map((q) => q.id),
    });
  }

  buckets(questions) {
    const buckets = new Map();
    for (const question of questions) {
      const slugs = [question.form.dataset.group, ...(question.form.dataset.tactics || "").split(" ")].filter(Boolean);
      for (const slug of slugs) {
        const bucket = buckets.get(slug) || { sum: 0, count: 0 };
        bucket.sum += question.result.score;
        bucket.count += 1;
        buckets.set(slug, bucket);
      }
    }
    return buckets;
  }

  /** A table of results by group and by tactic, each linked to the page to reread. */
  breakdown(buckets) {
    const table = element("table", { class: "quiz-breakdown" });
    table.append(element("caption", {}, "Результат по группам и тактикам"));
    const head = element("tr");
    head.append(element("th", { scope: "col" }, "Тема"), element("th", { scope: "col" }, "Вопросов"), element("th", { scope: "col" }, "Результат"));
    table.append(head);
    for (const [slug, bucket] of buckets) {
      const topic = this.topics.get(slug) || { name: slug };
      const row = element("tr");
      const name = element("th", { scope: "row" });
      name.append(topic.href ? element("a", { href: topic.href }, topic.name) : topic.name);
      row.append(name, element("td", {}, String(bucket.count)), element("td", {}, percent(bucket.sum / bucket.count)));
      table.append(row);
    }
    return table;
  }

  /** The name field, the result code and what the code is (and is not). */
  codeBlock(questions) {
    const block = element("section", { class: "quiz-code", "aria-labelledby": "quiz-code-title" });
    block.append(element("h3", { id: "quiz-code-title" }, "Код результата для тренера"));
    const field = element("p");
    const input = element("input", { type: "text", id: "quiz-trainee-name", autocomplete: "name", maxlength: "31" });
    input.value = readName();
    field.append(element("label", { for: "quiz-trainee-name" }, "Ваше имя и фамилия: "), input);
    const code = element("code", { "data-result-code": "" });
    const refresh = () => {
      writeName(input.value.trim());
      code.textContent = this.code(questions, input.value.trim());
      code.setAttribute("data-result-code", code.textContent);
    };
    input.addEventListener("input", refresh);
    refresh();
    const copy = element("button", { type: "button", class: "md-button quiz-copy" }, "Скопировать код");
    copy.addEventListener("click", () => navigator.clipboard?.writeText(code.textContent));
    const shown = element("p", { class: "quiz-code-value" });
    shown.append(code);
    block.append(field, shown, copy, element("p", { class: "quiz-code-note" },
      "Отправьте этот код тренеру или прочитайте его вслух: по нему тренер увидит ваши ответы и результат. " +
      "Код — квитанция о сдаче, а не защита от подделки: знающий человек может составить код сам."));
    return block;
  }

  code(questions, name) {
    const answers = questions.map((q) => ({
      place: Number(q.form.dataset.place), tag: Number(q.form.dataset.tag), type: q.form.dataset.type, values: q.result.answer,
    }));
    const total = this.root.querySelectorAll("form.quiz-question").length;
    try {
      return encode({ quizHash: Number(this.root.dataset.codeQuiz), hours: hoursSinceEpoch(), name, answers }, total);
    } catch {
      return "код не составить: в вопросе слишком много вариантов";
    }
  }
}
