/**
 * case/guess.js: a case page as an exercise. The reader sees the situation and the
 * client's signals, guesses the group and a tactic, and only then sees what was
 * done and the analysis (everything between the page's two reveal markers).
 * Without JavaScript nothing is hidden; for print everything is shown again.
 * The guess is kept in this browser and listed on /progress/ («ваши разборы»).
 */

export const GUESS_KEY = "casekit:case-guesses:v1";

/** Every stored guess, by case slug. */
export function storedGuesses() {
  try {
    const value = JSON.parse(window.localStorage.getItem(GUESS_KEY) || "{}");
    return value && typeof value === "object" ? value : {};
  } catch {
    return {};
  }
}

function store(slug, guess) {
  try {
    window.localStorage.setItem(GUESS_KEY, JSON.stringify({ ...storedGuesses(), [slug]: guess }));
  } catch {
    /* storage disabled: the guess lives until the page is left */
  }
}

/** The elements between the reveal markers: what waits for the guess. */
function concealed(root) {
  const start = root.querySelector("[data-case-reveal-start]");
  const end = root.querySelector("[data-case-reveal-end]");
  const found = [];
  for (let node = start?.nextElementSibling; node && node !== end; node = node.nextElementSibling) found.push(node);
  return found;
}

/** Hide or show the nodes (site.css hides [data-case-concealed], which beats the theme's own display rules). */
function show(nodes, visible) {
  for (const node of nodes) node.toggleAttribute("data-case-concealed", !visible);
}

function verdictText(form, guess) {
  if (!guess.group) return "Разбор открыт без вашей версии.";
  const group = guess.groupRight ? "Группа угадана верно" : `Группа не та: это ${form.dataset.groupName}`;
  const tactic = guess.tacticRight ? "тактика из тех, что сработали здесь" : "тактика не та, что подходит этой истории";
  return `${group}; ${tactic}. Почему — в разборе ниже.`;
}

class CaseGuess {
  /** @param {HTMLFormElement} form */
  constructor(form) {
    this.form = form;
    this.nodes = concealed(form.ownerDocument);
    this.verdict = form.querySelector(".case-guess-verdict");
    form.hidden = false;
    const earlier = storedGuesses()[form.dataset.case];
    if (earlier) this.reveal(earlier, false);
    else show(this.nodes, false);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.check();
    });
    form.querySelector("[data-case-skip]").addEventListener("click", () => this.reveal({ at: Date.now() }, true));
    window.addEventListener("beforeprint", () => show(this.nodes, true));
    window.addEventListener("afterprint", () => show(this.nodes, this.revealed));
  }

  check() {
    const group = this.form.elements.group.value;
    const tactic = this.form.elements.tactic.value;
    if (!group || !tactic) {
      this.verdict.textContent = "Выберите группу и тактику — или откройте разбор без версии.";
      return;
    }
    const guess = {
      group, tactic, groupRight: group === this.form.dataset.group,
      tacticRight: this.form.dataset.tactics.split(",").includes(tactic),
      groupName: this.form.dataset.groupName, title: document.querySelector("h1")?.textContent || this.form.dataset.case,
      url: window.location.pathname, at: Date.now(),
    };
    store(this.form.dataset.case, guess);
    this.reveal(guess, true);
  }

  reveal(guess, fresh) {
    this.revealed = true;
    show(this.nodes, true);
    for (const input of this.form.querySelectorAll("input")) {
      input.checked = input.value === guess[input.name];
      input.disabled = true;
    }
    for (const button of this.form.querySelectorAll("button")) button.hidden = true;
    this.verdict.textContent = verdictText(this.form, guess);
    if (fresh) this.nodes[0]?.scrollIntoView?.({ block: "start" });
  }
}

export function init(root = document) {
  for (const form of root.querySelectorAll("[data-case-guess]:not([data-ready])")) {
    form.dataset.ready = "true";
    new CaseGuess(form);
  }
}
