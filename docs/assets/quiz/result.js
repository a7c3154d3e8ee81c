/** The result panel: answered count, then the score, pass or fail, and the results by group and tactic. */

import { element } from "./dom.js";

/** Format a share as a Russian percentage. */
export function percent(score) {
  return `${Math.round(score * 100)}\u00a0%`;
}

export class ResultPanel {
  /**
   * @param {HTMLElement} panel the quiz's static .quiz-result section
   * @param {number} passMark percent needed to pass
   * @param {() => void} onReset called by the «start again» button
   */
  constructor(panel, passMark, onReset) {
    this.panel = panel;
    this.quizRoot = panel.closest(".quiz");
    this.passMark = passMark;
    this.summary = panel.querySelector(".quiz-result-summary");
    this.summary.setAttribute("aria-live", "polite");
    this.details = element("div", { class: "quiz-result-details" });
    this.names = new Map([...panel.querySelectorAll(".quiz-names [data-slug]")].map((n) => [n.dataset.slug, n.textContent]));
    const resetButton = element("button", { type: "button", class: "md-button quiz-reset" }, "Сбросить ответы и начать заново");
    resetButton.addEventListener("click", onReset);
    panel.append(this.details, resetButton);
  }

  /** Recompute the panel from the questions shown. */
  show(questions) {
    const answered = questions.filter((q) => q.result);
    this.details.replaceChildren();
    if (answered.length < questions.length) {
      this.summary.textContent = `Отвечено ${answered.length} из ${questions.length}. Проходной балл — ${percent(this.passMark / 100)}.`;
      return;
    }
    const total = answered.reduce((sum, q) => sum + q.result.score, 0) / answered.length;
    const passed = total * 100 >= this.passMark - 1e-9;
    this.quizRoot.classList.toggle("is-passed", passed);
    this.summary.textContent = `Ваш результат: ${percent(total)} при проходном балле ${percent(this.passMark / 100)}. ` +
      (passed ? "Квиз пройден." : "Квиз не пройден: перечитайте разборы и попробуйте снова.");
    this.details.append(this.breakdown(questions));
  }

  /** A table of results by group and by tactic. */
  breakdown(questions) {
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
    const table = element("table", { class: "quiz-breakdown" });
    table.append(element("caption", {}, "Результат по группам и тактикам"));
    const head = element("tr");
    head.append(element("th", { scope: "col" }, "Тема"), element("th", { scope: "col" }, "Вопросов"), element("th", { scope: "col" }, "Результат"));
    table.append(head);
    for (const [slug, bucket] of buckets) {
      const row = element("tr");
      row.append(element("th", { scope: "row" }, this.names.get(slug) || slug), element("td", {}, String(bucket.count)),
        element("td", {}, percent(bucket.sum / bucket.count)));
      table.append(row);
    }
    return table;
  }
}
