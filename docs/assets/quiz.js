/**
 * quiz.js: makes the static quiz HTML that casekit generates interactive.
 *
 * The page is readable without this module: every question is a <form> with a
 * <fieldset>, real inputs and labels, and the answers in a <details>. This
 * module hides the answers, adds a "Проверить" button and a live region per
 * question, scores the quiz against its pass mark, and keeps answers in
 * localStorage under keys made of the quiz slug and the question id.
 * Feedback is cloned from the page's own (already escaped) HTML, never built
 * from strings. It runs on a plain page load and after each of Material's
 * instant navigations (document$). No dependencies, no globals.
 */

const STORAGE_PREFIX = "casekit:quiz:v1";
const VERDICT_TEXT = { right: "Верно", partial: "Частично верно", wrong: "Неверно" };
const ENDING_VERDICT = { good: "right", partial: "partial", bad: "wrong" };

/** Create an element with attributes and text. */
function element(tag, attributes = {}, text = "") {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

/** Deep copies of an element's children, to show authored HTML a second time. */
function cloneChildren(source) {
  const fragment = document.createDocumentFragment();
  if (source) for (const child of source.childNodes) fragment.append(child.cloneNode(true));
  return fragment;
}

/** The stored answer for key if it was made for this version of the question, else null. */
function readStored(key, version) {
  try {
    const value = JSON.parse(window.localStorage.getItem(key) || "null");
    return value && typeof value === "object" && value.version === version ? value : null;
  } catch {
    return null;
  }
}

function writeStored(key, value) {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    /* storage full or disabled: the quiz still works for this visit */
  }
}

function removeStored(key) {
  try {
    window.localStorage.removeItem(key);
  } catch {
    /* nothing stored, nothing to remove */
  }
}

function verdictOf(score) {
  if (score >= 0.999) return "right";
  return score <= 0 ? "wrong" : "partial";
}

/** Format a share as a Russian percentage. */
function percent(score) {
  return `${Math.round(score * 100)}%`;
}

/** One question: the behaviour common to every type. */
class Question {
  /**
   * @param {HTMLFormElement} form the question's static HTML
   * @param {Quiz} quiz the quiz it belongs to
   */
  constructor(form, quiz) {
    this.form = form;
    this.quiz = quiz;
    this.id = form.dataset.question;
    this.key = `${STORAGE_PREFIX}:${quiz.slug}:${this.id}`;
    this.version = form.dataset.version;
    this.answers = form.querySelector("details.quiz-answer");
    this.answers.hidden = true;
    this.status = element("div", { class: "quiz-status", role: "status", tabindex: "-1" });
    this.form.append(this.status);
    this.result = null;
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.check({ announce: true });
    });
  }

  /** Restore a stored answer, if there is a valid one. */
  restore() {
    const stored = readStored(this.key, this.version);
    if (stored && this.apply(stored.answer)) this.check({ announce: false });
  }

  /** Score the current answer, show the feedback and remember it. */
  check({ announce }) {
    const outcome = this.evaluate();
    if (!outcome) return;
    this.result = outcome;
    writeStored(this.key, { version: this.version, answer: outcome.answer, score: outcome.score });
    this.form.classList.add("is-answered");
    this.lock();
    this.status.replaceChildren();
    const verdict = element("p", { class: `quiz-verdict is-${outcome.verdict}` });
    verdict.append(element("strong", {}, `${VERDICT_TEXT[outcome.verdict]}.`));
    this.status.append(verdict, outcome.feedback, this.explanation());
    if (announce) this.status.focus({ preventScroll: false });
    this.quiz.update();
  }

  /** A copy of the question's explanation, if it has one. */
  explanation() {
    const source = this.answers.querySelector(".quiz-explanation");
    return source ? source.cloneNode(true) : document.createDocumentFragment();
  }

  /** Forget the answer and show the question as new. */
  reset() {
    removeStored(this.key);
    this.result = null;
    this.form.classList.remove("is-answered");
    this.status.replaceChildren();
    this.unlock();
  }

  /** Put a stored answer back into the form; false if it does not fit. */
  apply() {
    return false;
  }

  lock() {}

  unlock() {}
}

/** Single and multiple choice. */
class ChoiceQuestion extends Question {
  constructor(form, quiz) {
    super(form, quiz);
    this.inputs = [...form.querySelectorAll(".quiz-options input")];
    this.button = element("button", { type: "submit", class: "md-button quiz-check" }, "Проверить");
    this.hint = element("p", { class: "quiz-warning", role: "alert" });
    form.querySelector("fieldset").after(this.button, this.hint);
  }

  feedbackItem(index) {
    return this.answers.querySelector(`[data-option="${index}"]`);
  }

  evaluate() {
    const chosen = this.inputs.filter((input) => input.checked).map((input) => Number(input.value));
    if (chosen.length === 0) {
      this.hint.textContent = "Сначала выберите ответ.";
      return null;
    }
    this.hint.textContent = "";
    const correct = this.inputs.map((_, i) => i).filter((i) => this.feedbackItem(i)?.dataset.correct === "true");
    const right = chosen.filter((i) => correct.includes(i)).length;
    const wrong = chosen.length - right;
    const score = Math.max(0, (right - wrong) / correct.length);
    const feedback = element("div", { class: "quiz-feedback" });
    for (const index of chosen) feedback.append(this.optionFeedback(index, "Ваш ответ"));
    for (const index of correct.filter((i) => !chosen.includes(i))) {
      feedback.append(this.optionFeedback(index, "Вы не отметили верный вариант"));
    }
    this.mark(chosen, correct);
    return { answer: chosen, score, verdict: verdictOf(score), feedback };
  }

  optionFeedback(index, lead) {
    const item = this.feedbackItem(index);
    const block = element("div", { class: `quiz-option-result is-${item.dataset.correct === "true" ? "right" : "wrong"}` });
    const label = this.inputs[index].labels[0];
    const title = element("p");
    title.append(element("strong", {}, `${lead}: `), cloneChildren(label));
    block.append(title, cloneChildren(item.querySelector(".quiz-option-feedback")));
    return block;
  }

  mark(chosen, correct) {
    this.inputs.forEach((input, index) => {
      const row = input.closest("li");
      row.querySelector(".quiz-mark")?.remove();
      if (!chosen.includes(index) && !correct.includes(index)) return;
      const isRight = correct.includes(index);
      row.classList.add(isRight ? "is-right" : "is-wrong");
      row.append(element("span", { class: "quiz-mark" }, isRight ? " ✓ верный вариант" : " ✗ неверный вариант"));
    });
  }

  apply(answer) {
    if (!Array.isArray(answer) || answer.some((i) => !Number.isInteger(i) || !this.inputs[i])) return false;
    this.inputs.forEach((input, index) => { input.checked = answer.includes(index); });
    return answer.length > 0;
  }

  lock() {
    this.inputs.forEach((input) => { input.disabled = true; });
    this.button.hidden = true;
  }

  unlock() {
    this.inputs.forEach((input) => {
      input.disabled = false;
      input.checked = false;
      const row = input.closest("li");
      row.classList.remove("is-right", "is-wrong");
      row.querySelector(".quiz-mark")?.remove();
    });
    this.button.hidden = false;
  }
}

/** Put items in order with buttons (and so with the keyboard). */
class OrderQuestion extends Question {
  constructor(form, quiz) {
    super(form, quiz);
    this.list = form.querySelector(".quiz-order");
    this.initial = [...this.list.children].map((item) => Number(item.dataset.item));
    this.announcer = element("p", { class: "quiz-visually-hidden", "aria-live": "polite" });
    this.list.after(this.announcer);
    for (const item of this.list.children) this.addButtons(item);
    this.button = element("button", { type: "submit", class: "md-button quiz-check" }, "Проверить");
    form.querySelector("fieldset").after(this.button);
    this.refreshButtons();
  }

  addButtons(item) {
    const text = item.querySelector(".quiz-item-text").textContent.trim();
    const controls = element("span", { class: "quiz-move" });
    const up = element("button", { type: "button", class: "quiz-move-up", "aria-label": `Выше: ${text}` }, "↑");
    const down = element("button", { type: "button", class: "quiz-move-down", "aria-label": `Ниже: ${text}` }, "↓");
    up.addEventListener("click", () => this.move(item, -1, up));
    down.addEventListener("click", () => this.move(item, 1, down));
    controls.append(up, down);
    item.append(controls);
  }

  move(item, step, button) {
    const sibling = step < 0 ? item.previousElementSibling : item.nextElementSibling;
    if (!sibling) return;
    if (step < 0) sibling.before(item);
    else sibling.after(item);
    this.refreshButtons();
    const focusTarget = button.disabled ? item.querySelector(step < 0 ? ".quiz-move-down" : ".quiz-move-up") : button;
    focusTarget.focus();
    const position = [...this.list.children].indexOf(item) + 1;
    const text = item.querySelector(".quiz-item-text").textContent.trim();
    this.announcer.textContent = `«${text}» — место ${position} из ${this.list.children.length}.`;
  }

  refreshButtons() {
    const items = [...this.list.children];
    items.forEach((item, index) => {
      item.querySelector(".quiz-move-up").disabled = index === 0 || this.result !== null;
      item.querySelector(".quiz-move-down").disabled = index === items.length - 1 || this.result !== null;
    });
  }

  evaluate() {
    const order = [...this.list.children].map((item) => Number(item.dataset.item));
    const placed = order.filter((itemIndex, position) => itemIndex === position).length;
    const score = placed / order.length;
    [...this.list.children].forEach((item, position) => {
      item.querySelector(".quiz-mark")?.remove();
      const isRight = Number(item.dataset.item) === position;
      item.classList.toggle("is-right", isRight);
      item.classList.toggle("is-wrong", !isRight);
      const text = isRight ? " ✓ на своём месте" : ` ✗ верное место — ${Number(item.dataset.item) + 1}`;
      item.querySelector(".quiz-item-text").after(element("span", { class: "quiz-mark" }, text));
    });
    const feedback = element("div", { class: "quiz-feedback" });
    feedback.append(element("p", {}, `На своих местах: ${placed} из ${order.length}.`));
    const right = this.answers.querySelector(".quiz-right-order");
    if (placed < order.length && right) {
      feedback.append(element("p", {}, "Верный порядок:"), right.cloneNode(true));
    }
    return { answer: order, score, verdict: verdictOf(score), feedback };
  }

  apply(answer) {
    const expected = [...this.initial].sort((a, b) => a - b);
    if (!Array.isArray(answer) || [...answer].sort((a, b) => a - b).join() !== expected.join()) return false;
    for (const index of answer) this.list.append(this.list.querySelector(`[data-item="${index}"]`));
    return true;
  }

  lock() {
    this.button.hidden = true;
    this.refreshButtons();
  }

  unlock() {
    for (const index of this.initial) {
      const item = this.list.querySelector(`[data-item="${index}"]`);
      item.classList.remove("is-right", "is-wrong");
      item.querySelector(".quiz-mark")?.remove();
      this.list.append(item);
    }
    this.button.hidden = false;
    this.refreshButtons();
  }
}

/** A branching dialogue: one node at a time, scored by the path taken. */
class ScenarioQuestion extends Question {
  constructor(form, quiz) {
    super(form, quiz);
    this.start = form.dataset.start;
    this.maxPoints = Number(form.dataset.maxPoints) || 0;
    this.nodes = new Map([...form.querySelectorAll(".quiz-node")].map((node) => [node.dataset.node, node]));
    for (const node of this.nodes.values()) this.enhanceNode(node);
    this.restartButton = element("button", { type: "button", class: "md-button quiz-restart" }, "Пройти сценарий заново");
    this.restartButton.addEventListener("click", () => {
      this.reset();
      this.quiz.update();
      this.nodes.get(this.start).focus();
    });
    this.status.after(this.restartButton);
    this.showFrom([]);
  }

  enhanceNode(node) {
    node.setAttribute("tabindex", "-1");
    node.querySelectorAll(".quiz-choices > li").forEach((item) => {
      const link = item.querySelector(".quiz-choice-text");
      const button = element("button", { type: "button", class: "quiz-choice" });
      button.append(cloneChildren(link));
      button.addEventListener("click", () => this.choose(node, Number(item.dataset.choice)));
      link.hidden = true;
      item.querySelector(".quiz-consequence").hidden = true;
      item.prepend(button);
    });
    node.append(element("div", { class: "quiz-taken" }));
  }

  /** Show the dialogue after the choices in path (indexes), hiding what is not reached. */
  showFrom(path) {
    this.path = [];
    for (const node of this.nodes.values()) {
      node.hidden = true;
      node.querySelector(".quiz-taken").replaceChildren();
      node.querySelector(".quiz-choices")?.removeAttribute("hidden");
    }
    this.current = this.nodes.get(this.start);
    this.current.hidden = false;
    this.restartButton.hidden = true;
    for (const index of path) if (!this.step(index)) return false;
    return true;
  }

  /** Take choice index at the current node; false if it does not exist. */
  step(index) {
    const item = this.current.querySelector(`.quiz-choices > li[data-choice="${index}"]`);
    const next = item && this.nodes.get(item.dataset.next);
    if (!next) return false;
    this.path.push(index);
    this.current.querySelector(".quiz-choices").hidden = true;
    const taken = this.current.querySelector(".quiz-taken");
    const said = element("p", { class: "quiz-said" });
    said.append(element("strong", {}, "Вы: "), cloneChildren(item.querySelector(".quiz-choice-text")));
    const consequence = element("div", { class: "quiz-consequence-shown" });
    consequence.append(cloneChildren(item.querySelector(".quiz-consequence")));
    consequence.querySelector("summary")?.remove();
    taken.append(said, consequence);
    this.current = next;
    next.hidden = false;
    return true;
  }

  choose(node, index) {
    if (node !== this.current || !this.step(index)) return;
    if (this.current.classList.contains("quiz-ending")) {
      this.check({ announce: true });
    } else {
      this.status.replaceChildren();
      this.current.focus();
    }
  }

  evaluate() {
    if (!this.current.classList.contains("quiz-ending")) return null;
    let points = 0;
    let node = this.nodes.get(this.start);
    for (const index of this.path) {
      const item = node.querySelector(`.quiz-choices > li[data-choice="${index}"]`);
      points += Number(item.dataset.points) || 0;
      node = this.nodes.get(item.dataset.next);
    }
    const score = this.maxPoints > 0 ? Math.min(1, Math.max(0, points / this.maxPoints)) : 1;
    const verdict = ENDING_VERDICT[this.current.dataset.verdict] || verdictOf(score);
    const feedback = element("div", { class: "quiz-feedback" });
    feedback.append(element("p", {}, `Баллы за путь: ${points} из ${this.maxPoints}.`));
    return { answer: [...this.path], score, verdict, feedback };
  }

  apply(answer) {
    if (!Array.isArray(answer) || !answer.every(Number.isInteger)) return false;
    const ok = this.showFrom(answer) && this.current.classList.contains("quiz-ending");
    if (!ok) this.showFrom([]);
    return ok;
  }

  lock() {
    this.restartButton.hidden = false;
  }

  unlock() {
    this.showFrom([]);
  }
}

const QUESTION_TYPES = { single: ChoiceQuestion, multiple: ChoiceQuestion, order: OrderQuestion, scenario: ScenarioQuestion };

/** A whole quiz: its questions, the ?questions= subset, the result panel and reset. */
class Quiz {
  /** @param {HTMLElement} root the .quiz element */
  constructor(root) {
    this.root = root;
    this.slug = root.dataset.quiz;
    this.passMark = Number(root.dataset.passMark) || 0;
    root.dataset.quizReady = "true";
    this.questions = [];
    const forms = this.selectedForms();
    for (const form of forms) {
      const Type = QUESTION_TYPES[form.dataset.type];
      if (Type) this.questions.push(new Type(form, this));
    }
    this.panel = root.querySelector(".quiz-result");
    this.summary = this.panel.querySelector(".quiz-result-summary");
    this.summary.setAttribute("aria-live", "polite");
    this.details = element("div", { class: "quiz-result-details" });
    this.resetButton = element("button", { type: "button", class: "md-button quiz-reset" }, "Сбросить ответы и начать заново");
    this.resetButton.addEventListener("click", () => this.reset());
    this.panel.append(this.details, this.resetButton);
    this.updating = true;
    for (const question of this.questions) question.restore();
    this.updating = false;
    this.update();
  }

  /** The question forms to show: all, or those named by ?questions=id1,id2 in that order. */
  selectedForms() {
    const all = [...this.root.querySelectorAll("form.quiz-question")];
    const wanted = (new URLSearchParams(window.location.search).get("questions") || "")
      .split(",").map((id) => id.trim()).filter(Boolean);
    const chosen = wanted.length ? wanted.map((id) => all.find((f) => f.dataset.question === id)).filter(Boolean) : all;
    if (chosen.length === 0) return all;
    for (const form of all) form.hidden = !chosen.includes(form);
    const anchor = this.root.querySelector(".quiz-result");
    chosen.forEach((form, index) => {
      anchor.before(form);
      const number = form.querySelector(".quiz-number");
      if (number) number.textContent = `Вопрос ${index + 1} из ${chosen.length}.`;
    });
    return chosen;
  }

  /** Recompute the score panel from the answered questions. */
  update() {
    if (this.updating || !this.summary) return;
    const answered = this.questions.filter((q) => q.result);
    this.details.replaceChildren();
    if (answered.length < this.questions.length) {
      this.summary.textContent = `Отвечено ${answered.length} из ${this.questions.length}. Проходной балл — ${this.passMark}%.`;
      return;
    }
    const total = answered.reduce((sum, q) => sum + q.result.score, 0) / answered.length;
    const passed = total * 100 >= this.passMark - 1e-9;
    this.root.classList.toggle("is-passed", passed);
    this.summary.textContent = `Ваш результат: ${percent(total)} при проходном балле ${this.passMark}%. ` +
      (passed ? "Квиз пройден." : "Квиз не пройден: перечитайте разборы и попробуйте снова.");
    this.details.append(this.breakdown());
  }

  /** A table of results by group and by tactic. */
  breakdown() {
    const names = new Map([...this.root.querySelectorAll(".quiz-names [data-slug]")].map((n) => [n.dataset.slug, n.textContent]));
    const buckets = new Map();
    for (const question of this.questions) {
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
      row.append(element("th", { scope: "row" }, names.get(slug) || slug), element("td", {}, String(bucket.count)),
        element("td", {}, percent(bucket.sum / bucket.count)));
      table.append(row);
    }
    return table;
  }

  reset() {
    for (const question of this.questions) question.reset();
    this.update();
    this.questions[0]?.form.querySelector("input, button")?.focus();
  }
}

/** Start every quiz on the page that is not started yet. */
export function init(root = document) {
  root.querySelectorAll(".quiz:not([data-quiz-ready])").forEach((element) => new Quiz(element));
}

if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(() => init());
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => init());
} else {
  init();
}
