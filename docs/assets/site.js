/**
 * site.js: the one script every page loads. It imports a feature's modules
 * only on the pages that use it, so a case page loads no quiz code. Runs on a
 * plain page load and after each of Material's instant navigations (document$).
 *
 * It also holds the header's search button and its «/» shortcut, which every page
 * has: opening shows the dialog with the focus in its field at once, then enables the
 * dialog's stylesheet (overrides/partials/search.html) and imports its behaviour (./search/dialog.js, and through it
 * Pagefind's engine and index), so a page load that does not search downloads none of them.
 */

/** A CSS selector that marks a feature's markup, and the module that enhances it. */
const FEATURES = [
  { selector: ".quiz", module: "./quiz/quiz.js" },
  { selector: ".trainer", module: "./trainer/trainer.js" },
  { selector: "[data-progress]", module: "./progress/progress.js" },
  { selector: "form.diagnosis", module: "./diagnosis/diagnosis.js" },
  { selector: "[data-case-guess]", module: "./case/guess.js" },
];

function editable(element) {
  return element instanceof HTMLElement && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
}

/** Enable the dialog's stylesheet: the browser fetches it only now (a hover or a focus on the button asks early). */
function enableSearchStyles(root) {
  root.querySelector("[data-search-styles]").disabled = false;
}

/** Show the dialog with the focus in its field, then let ./search/dialog.js load the engine. */
function openSearch(root) {
  const dialog = root.querySelector("[data-search-dialog]");
  const input = root.querySelector("[data-search-query]");
  enableSearchStyles(root);
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
  /* root.search: the promise of the dialog's SiteSearch, made on the first opening */
  root.search ??= import("./search/dialog.js").then((module) => new module.SiteSearch(root));
  root.search.then((site) => site.opened(), () => {
    root.search = null;
    root.querySelector("[data-search-status]").textContent = "Поиск не загрузился.";
  });
}

/** Enhance the header's search (once: the header survives Material's instant navigation). */
function startSearch() {
  const root = document.querySelector("[data-search]");
  if (!root) return;
  if (root.dataset.searchReady) {
    root.querySelector("[data-search-dialog]").close();
    return;
  }
  root.dataset.searchReady = "true";
  const button = root.querySelector("[data-search-open]");
  button.addEventListener("click", () => openSearch(root));
  for (const intent of ["pointerenter", "focus"]) button.addEventListener(intent, () => enableSearchStyles(root), { once: true });
  document.addEventListener("keydown", (event) => {
    if (event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !editable(event.target)) {
      event.preventDefault();
      openSearch(root);
    }
  });
}

function start() {
  startSearch();
  for (const feature of FEATURES) {
    if (document.querySelector(feature.selector)) {
      import(feature.module).then((module) => module.init(document));
    }
  }
}

if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(() => start());
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => start());
} else {
  start();
}
