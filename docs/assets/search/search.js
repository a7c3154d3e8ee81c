/**
 * The header's search button and its «/» shortcut: all a page loads of the search.
 *
 * Opening shows the dialog and moves the focus into it at once; the dialog's behaviour
 * (./dialog.js), and through it Pagefind's engine and index, are imported on the first
 * opening, so a page load that does not search downloads none of them.
 */

function editable(element) {
  return element instanceof HTMLElement && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
}

/** Show the dialog with the focus in its field, then let ./dialog.js load the engine. */
function open(root) {
  const dialog = root.querySelector("[data-search-dialog]");
  const input = root.querySelector("[data-search-query]");
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
  /* root.search: the promise of the dialog's SiteSearch, made on the first opening */
  root.search ??= import("./dialog.js").then((module) => new module.SiteSearch(root));
  root.search.then((site) => site.opened(), () => {
    root.search = null;
    root.querySelector("[data-search-status]").textContent = "Поиск не загрузился.";
  });
}

/** Enhance the header's search (once: the header survives Material's instant navigation). */
export function init(doc) {
  const root = doc.querySelector("[data-search]");
  if (!root) return;
  if (root.dataset.searchReady) {
    root.querySelector("[data-search-dialog]").close();
    return;
  }
  root.dataset.searchReady = "true";
  root.querySelector("[data-search-open]").addEventListener("click", () => open(root));
  doc.addEventListener("keydown", (event) => {
    if (event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !editable(event.target)) {
      event.preventDefault();
      open(root);
    }
  });
}
