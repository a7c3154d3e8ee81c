/**
 * The report of a finished attempt, under the result panel's score: the results by
 * group and tactic with the pages to reread, and the result code a trainee hands in.
 * ./result.js imports this module (and with it ./code.js) only when an attempt can be
 * finished with one more answer, so a quiz page loads neither before it is needed.
 */

import { encode, hoursSinceEpoch } from "./code.js";
import { element, percent } from "./dom.js";
import { readName, saveProgress, writeName } from "./storage.js";

/** The breakdown and the code of one finished attempt, and its record for the progress page. */
export class Report {
  /**
   * @param {ResultPanel} panel the result panel (root, quiz, topics)
   */
  constructor(panel) {
    this.root = panel.root;
    this.quiz = panel.quiz;
    this.topics = panel.topics;
  }

  /** Show the breakdown and the code in details and record the attempt. */
  show(details, questions, total, passed) {
    const buckets = this.buckets(questions);
    details.append(this.breakdown(buckets), this.codeBlock(questions));
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
