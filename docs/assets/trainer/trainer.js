/**
 * trainer/trainer.js: the trainer page. Builds assignment links from the
 * form, and checks pasted result codes: each trainee's score and status, the
 * group's average by client group and tactic, and a CSV download.
 */

import { decode } from "../quiz/code.js";
import { element } from "../quiz/dom.js";
import { verify } from "./score.js";

const pct = (value) => `${Math.round(value)}\u00a0%`;

class LinkBuilder {
  constructor(form) {
    this.form = form;
    this.quiz = form.querySelector("#trainer-quiz");
    this.output = form.querySelector("#trainer-link");
    this.copy = element("button", { type: "button", class: "md-button trainer-copy" }, "Скопировать ссылку");
    this.copy.addEventListener("click", () => navigator.clipboard?.writeText(this.output.textContent));
    this.output.after(" ", this.copy);
    form.addEventListener("input", () => this.refresh());
    form.addEventListener("change", () => this.refresh());
    form.addEventListener("submit", (event) => event.preventDefault());
    this.refresh();
  }

  refresh() {
    const slug = this.quiz.value;
    let url = "";
    for (const set of this.form.querySelectorAll(".trainer-quiz")) {
      set.hidden = set.dataset.quiz !== slug;
      if (set.hidden) continue;
      url = new URL(set.dataset.url, window.location.href);
      const ticked = [...set.querySelectorAll("input:checked")].map((box) => box.value);
      const pick = Number.parseInt(this.form.querySelector("#trainer-pick").value, 10);
      if (ticked.length) url.searchParams.set("questions", ticked.join(","));
      else if (pick > 0) {
        url.searchParams.set("pick", String(pick));
        url.searchParams.set("seed", this.form.querySelector("#trainer-seed").value.trim() || "1");
      }
      if (this.form.querySelector("#trainer-exam").checked) url.searchParams.set("mode", "exam");
    }
    this.output.textContent = decodeURIComponent(String(url));
  }
}

class CodeChecker {
  constructor(form, data) {
    this.data = data;
    this.input = form.querySelector("#trainer-codes");
    this.out = form.querySelector(".trainer-results");
    this.button = element("button", { type: "button", class: "md-button md-button--primary trainer-verify" }, "Проверить коды");
    this.button.addEventListener("click", () => this.check());
    this.input.after(this.button);
  }

  check() {
    const rows = this.input.value.split("\n").map((line) => line.trim()).filter(Boolean).map((code) => {
      try {
        const attempt = decode(code);
        const quiz = this.data.quizzes[String(attempt.quizHash)];
        if (!quiz) return { code, error: "квиза из этого кода на сайте нет" };
        return { code, verdict: verify(quiz, attempt) };
      } catch (error) {
        return { code, error: `код не читается: ${error.message}` };
      }
    });
    this.out.replaceChildren(this.table(rows), this.averages(rows), this.csvLink(rows));
  }

  table(rows) {
    const table = element("table", { class: "trainer-cohort" });
    table.append(element("caption", {}, "Результаты стажёров"));
    const head = element("tr");
    for (const title of ["Имя", "Квиз", "Результат", "Статус", "Подробно"]) head.append(element("th", { scope: "col" }, title));
    table.append(head);
    for (const row of rows) {
      const tr = element("tr");
      if (row.error) {
        tr.append(element("td", {}, row.code.slice(0, 24)), element("td", { colspan: "4" }, row.error));
      } else {
        const v = row.verdict;
        const detail = v.results.map((r, i) => (r.question ? `${i + 1}. ${r.question.id}: ${r.score === 1 ? "верно" : r.score === 0 ? "неверно" : pct(100 * r.score)}`
          : `${i + 1}. вопрос №${r.place + 1} изменился — не засчитан`)).join("; ");
        tr.append(element("th", { scope: "row" }, v.name || "—"), element("td", {}, v.quiz.title), element("td", {}, pct(v.percent)),
          element("td", {}, v.passed ? "сдал" : "не сдал"), element("td", {}, detail));
      }
      table.append(tr);
    }
    return table;
  }

  topicMeans(rows) {
    const lists = new Map();
    for (const row of rows) {
      if (!row.verdict) continue;
      for (const [slug, mean] of row.verdict.topics) lists.set(slug, [...(lists.get(slug) || []), mean]);
    }
    return [...lists].map(([slug, list]) => [slug, list.reduce((a, b) => a + b, 0) / list.length, list.length]).sort((a, b) => a[1] - b[1]);
  }

  averages(rows) {
    const table = element("table", { class: "trainer-topics" });
    table.append(element("caption", {}, "Средний результат группы по темам (слабые сначала)"));
    const head = element("tr");
    for (const title of ["Тема", "Средний результат", "Стажёров"]) head.append(element("th", { scope: "col" }, title));
    table.append(head);
    for (const [slug, mean, count] of this.topicMeans(rows)) {
      const topic = this.data.topics[slug] || { name: slug };
      const tr = element("tr");
      const name = element("th", { scope: "row" });
      name.append(topic.href ? element("a", { href: topic.href }, topic.name) : topic.name);
      tr.append(name, element("td", {}, pct(100 * mean)), element("td", {}, String(count)));
      table.append(tr);
    }
    return table;
  }

  csvLink(rows) {
    const quote = (value) => `"${String(value).replace(/"/g, '""')}"`;
    const lines = [["имя", "квиз", "результат, %", "статус"].join(",")];
    for (const row of rows) {
      lines.push(row.error ? ["", "", "", quote(row.error)].join(",")
        : [quote(row.verdict.name), row.verdict.quiz.slug, Math.round(row.verdict.percent), row.verdict.passed ? "сдал" : "не сдал"].join(","));
    }
    lines.push("", "тема,средний результат %,стажёров");
    for (const [slug, mean, count] of this.topicMeans(rows)) lines.push([quote(this.data.topics[slug]?.name || slug), Math.round(100 * mean), count].join(","));
    const blob = new Blob([`\ufeff${lines.join("\n")}\n`], { type: "text/csv;charset=utf-8" });
    return element("a", { href: URL.createObjectURL(blob), download: "cohort.csv", class: "md-button trainer-csv" }, "Скачать таблицу (CSV)");
  }
}

/** Start the trainer page. */
export function init(root = document) {
  const page = root.querySelector(".trainer:not([data-ready])");
  if (!page) return;
  page.dataset.ready = "true";
  new LinkBuilder(page.querySelector(".trainer-links"));
  fetch(new URL(page.dataset.trainer, window.location.href))
    .then((response) => response.json())
    .then((data) => new CodeChecker(page.querySelector(".trainer-check"), data));
}
