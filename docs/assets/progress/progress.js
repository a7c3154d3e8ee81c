/**
 * progress/progress.js: the trainee's own progress, from this browser's storage:
 * every quiz with the best and the last score, the weakest groups and tactics,
 * a «повторить ошибки» link per quiz, and a way to clear everything.
 */

import { element } from "../quiz/dom.js";
import { PROGRESS_PREFIX, STORAGE_PREFIX } from "../quiz/storage.js";
import { GUESS_KEY, storedGuesses } from "../case/guess.js";

const pct = (share) => `${Math.round(share * 100)}\u00a0%`;

function records() {
  const found = [];
  try {
    for (let i = 0; i < window.localStorage.length; i += 1) {
      const key = window.localStorage.key(i);
      if (!key.startsWith(`${PROGRESS_PREFIX}:`)) continue;
      const value = JSON.parse(window.localStorage.getItem(key) || "null");
      if (value && typeof value === "object") found.push({ slug: key.slice(PROGRESS_PREFIX.length + 1), ...value });
    }
  } catch {
    /* storage disabled: nothing to show */
  }
  return found.sort((a, b) => String(a.title).localeCompare(String(b.title), "ru"));
}

function quizTable(list) {
  const table = element("table", { class: "progress-quizzes" });
  table.append(element("caption", {}, "Квизы"));
  const head = element("tr");
  for (const title of ["Квиз", "Лучший результат", "Последний", "Статус", "Ошибки"]) head.append(element("th", { scope: "col" }, title));
  table.append(head);
  for (const record of list) {
    const tr = element("tr");
    const name = element("th", { scope: "row" });
    name.append(element("a", { href: record.url }, record.title || record.slug));
    const retry = element("td");
    if (record.wrong?.length) {
      retry.append(element("a", { href: `${record.url}?questions=${record.wrong.join(",")}`, class: "progress-retry" },
        `повторить ошибки (${record.wrong.length})`));
    } else retry.textContent = "нет";
    tr.append(name, element("td", {}, pct(record.best)), element("td", {}, pct(record.score)),
      element("td", {}, record.passedEver ? "пройден" : "не пройден"), retry);
    table.append(tr);
  }
  return table;
}

function weakest(list) {
  const topics = new Map();
  for (const record of list) {
    for (const [slug, topic] of Object.entries(record.topics || {})) {
      const entry = topics.get(slug) || { ...topic, scores: [] };
      entry.scores.push(topic.score);
      topics.set(slug, entry);
    }
  }
  const ranked = [...topics.values()].map((t) => ({ ...t, mean: t.scores.reduce((a, b) => a + b, 0) / t.scores.length }))
    .filter((t) => t.mean < 0.999).sort((a, b) => a.mean - b.mean).slice(0, 3);
  const section = element("section", { class: "progress-weak", "aria-labelledby": "progress-weak-title" });
  section.append(element("h2", { id: "progress-weak-title" }, "Что перечитать"));
  if (!ranked.length) {
    section.append(element("p", {}, "Слабых тем нет: во всех пройденных квизах вы ответили верно."));
    return section;
  }
  const items = element("ul");
  for (const topic of ranked) {
    const li = element("li");
    li.append(topic.href ? element("a", { href: topic.href }, topic.name) : topic.name, ` — ${pct(topic.mean)}`);
    items.append(li);
  }
  section.append(items);
  return section;
}

/** «Ваши разборы»: the cases guessed before reading the analysis, right of all and by group. */
function guesses() {
  const list = Object.values(storedGuesses()).filter((g) => g && g.group);
  if (!list.length) return null;
  const section = element("section", { class: "progress-guesses", "aria-labelledby": "progress-guesses-title" });
  section.append(element("h2", { id: "progress-guesses-title" }, "Ваши разборы"));
  const right = list.filter((g) => g.groupRight).length;
  section.append(element("p", {}, `Группа угадана верно в ${right} из ${list.length}.`));
  const byGroup = new Map();
  for (const guess of list) {
    const entry = byGroup.get(guess.groupName) || { right: 0, all: 0 };
    entry.all += 1;
    entry.right += guess.groupRight ? 1 : 0;
    byGroup.set(guess.groupName, entry);
  }
  const items = element("ul");
  for (const [name, entry] of byGroup) items.append(element("li", {}, `${name}: ${entry.right} из ${entry.all}`));
  const wrong = element("ul", { class: "progress-guesses-wrong" });
  for (const guess of list.filter((g) => !g.groupRight).sort((a, b) => a.at - b.at)) {
    const li = element("li");
    li.append(element("a", { href: guess.url }, guess.title), " — перечитать");
    wrong.append(li);
  }
  section.append(items);
  if (wrong.children.length) section.append(element("p", {}, "Где группа не угадана:"), wrong);
  return section;
}

function render(root) {
  const list = records();
  const cases = guesses();
  root.replaceChildren();
  if (!list.length && cases) {
    root.append(cases);
    return;
  }
  if (!list.length) {
    root.append(element("p", { class: "progress-empty" }, "Здесь пока пусто: пройдите любой квиз до конца, и результат появится на этой странице."));
    return;
  }
  const clear = element("button", { type: "button", class: "md-button progress-clear" }, "Стереть весь прогресс");
  clear.addEventListener("click", () => {
    try {
      for (const key of Object.keys(window.localStorage)) {
        if (key.startsWith(PROGRESS_PREFIX) || key.startsWith(STORAGE_PREFIX) || key === GUESS_KEY) window.localStorage.removeItem(key);
      }
    } catch {
      /* nothing stored */
    }
    render(root);
    root.querySelector(".progress-empty")?.setAttribute("role", "status");
  });
  root.append(quizTable(list), weakest(list), ...(cases ? [cases] : []), clear);
}

export function init(root = document) {
  const container = root.querySelector("[data-progress]:not([data-ready])");
  if (!container) return;
  container.dataset.ready = "true";
  render(container);
}
