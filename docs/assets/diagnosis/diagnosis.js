/**
 * diagnosis/diagnosis.js: as signals are ticked, name the likely group with the
 * reason, show that group's block (tactics, mistakes, cases) and hide the others.
 */

import { element } from "../quiz/dom.js";

function update(form, blocks) {
  const ticked = [...form.querySelectorAll("input:checked")];
  const result = form.querySelector(".diagnosis-result");
  if (!ticked.length) {
    result.textContent = "Отметьте признаки, которые вы видите.";
    blocks.forEach((block) => { block.hidden = false; });
    return;
  }
  const counts = new Map();
  for (const box of ticked) counts.set(box.dataset.group, [...(counts.get(box.dataset.group) || []), box.labels[0].textContent]);
  const best = Math.max(...[...counts.values()].map((list) => list.length));
  const leaders = [...counts].filter(([, list]) => list.length === best).map(([slug]) => slug);
  const name = (slug) => blocks.find((b) => b.dataset.group === slug).querySelector("h2").textContent;
  blocks.forEach((block) => { block.hidden = !leaders.includes(block.dataset.group); });
  if (leaders.length > 1) {
    result.textContent = `Поровну признаков у групп: ${leaders.map(name).join(" и ")}. Посмотрите на цель клиента: навредить, выгадать или договориться.`;
    return;
  }
  result.textContent = `Похоже на группу «${name(leaders[0])}»: отмечено ${best} ${best === 1 ? "признак" : best < 5 ? "признака" : "признаков"} — ${counts.get(leaders[0]).join("; ")}.`;
}

export function init(root = document) {
  const form = root.querySelector("form.diagnosis:not([data-ready])");
  if (!form) return;
  form.dataset.ready = "true";
  const blocks = [...root.querySelectorAll(".diagnosis-group")];
  const reset = element("button", { type: "reset", class: "md-button diagnosis-reset" }, "Сбросить отметки");
  form.append(reset);
  form.addEventListener("change", () => update(form, blocks));
  form.addEventListener("reset", () => setTimeout(() => update(form, blocks)));
  update(form, blocks);
}
