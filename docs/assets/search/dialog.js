/**
 * The search dialog over Pagefind's index (built by `casekit build` into <site>/pagefind/).
 *
 * ../site.js opens the dialog and imports this module the first time it does; this
 * module then imports Pagefind's engine and index, so a page load that does not search
 * downloads none of them. Pagefind stems Russian («непримиримыми» finds «непримиримые»)
 * and loads only the index chunks a query needs. Paths are computed from this module's
 * URL, so the site works from a sub-path.
 */
import { resultItem } from "./result.js";

const SITE_ROOT = new URL("../../", import.meta.url);
const BUNDLE = new URL("pagefind/", SITE_ROOT);
const PAGE_SIZE = 10;
const UNAVAILABLE = "Поиск не загрузился. Если сайт открыт через mkdocs serve, соберите его: scripts/build.";
const KIND_ORDER = ["кейс", "группа", "тактика", "типичная ошибка", "квиз", "памятка", "словарь", "раздел"];

let engine = null;

/**
 * The words as Pagefind should get them. Pagefind 1.5 folds diacritics before stemming,
 * so «й» becomes «и» and the Russian stemmer no longer sees the endings -ой and -ый:
 * «защитой» stems to «защито» and misses «защита». Cutting these two endings here
 * leaves the stem («защит»), which Pagefind matches as a prefix of every form.
 */
export function pagefindQuery(text) {
  return text.trim().split(/\s+/).filter(Boolean)
    .map((word) => word.replace(/^([а-яё]{3,})[оы]й([^а-яё]*)$/i, "$1$2"))
    .join(" ");
}

/** Pagefind's module, imported once, on first use. */
function loadEngine() {
  if (!engine) {
    engine = import(new URL("pagefind.js", BUNDLE).href).then(async (pagefind) => {
      await pagefind.options({ bundlePath: BUNDLE.pathname, baseUrl: SITE_ROOT.pathname });
      await pagefind.init();
      return pagefind;
    });
    engine.catch(() => { engine = null; });
  }
  return engine;
}

function byKind(a, b) {
  const rank = (kind) => (KIND_ORDER.includes(kind) ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length);
  return rank(a) - rank(b) || a.localeCompare(b, "ru");
}

/** Fill a filter's select with the values the index holds (once). */
function fillFilter(select, counts) {
  if (select.options.length > 1) return;
  const values = Object.keys(counts || {});
  values.sort(select.dataset.searchFilter === "kind" ? byKind : (a, b) => a.localeCompare(b, "ru", { numeric: true }));
  for (const value of values) select.append(new Option(value, value));
  select.closest(".site-search__field").hidden = values.length === 0;
}

/** The dialog's form, filters, results and focus; its opening is ../site.js's. */
export class SiteSearch {
  constructor(root) {
    this.root = root;
    this.opener = root.querySelector("[data-search-open]");
    this.dialog = root.querySelector("[data-search-dialog]");
    this.form = root.querySelector("[data-search-form]");
    this.input = root.querySelector("[data-search-query]");
    this.selects = [...root.querySelectorAll("[data-search-filter]")];
    this.status = root.querySelector("[data-search-status]");
    this.list = root.querySelector("[data-search-results]");
    this.more = root.querySelector("[data-search-more]");
    this.ticket = 0;
    this.results = [];
    this.shown = 0;
    this.bind();
    if (this.input.value.trim()) this.run(false); /* typed while this module was loading */
  }

  bind() {
    this.root.querySelector("[data-search-close]").addEventListener("click", () => this.dialog.close());
    this.input.addEventListener("input", () => this.run(false));
    for (const select of this.selects) select.addEventListener("change", () => this.run(true));
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.run(true).then(() => this.list.querySelector("a")?.focus());
    });
    this.more.addEventListener("click", () => this.showMore(this.ticket, true));
    // Material's own shortcuts (n, p, …) must not fire while typing or moving through results.
    this.dialog.addEventListener("keydown", (event) => {
      event.stopPropagation();
      if (event.key === "Escape") {
        event.preventDefault();
        this.dialog.close();
      }
    });
    this.dialog.addEventListener("click", (event) => {
      if (event.target === this.dialog && !this.inside(event)) this.dialog.close();
      if (event.target.closest?.("a[href]")) this.leaving = true;
    });
    this.dialog.addEventListener("close", () => {
      if (!this.leaving) this.opener.focus();
      this.leaving = false;
    });
  }

  inside(event) {
    const box = this.dialog.getBoundingClientRect();
    return event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
  }

  /** The dialog has just been opened (by ../site.js): load the engine and fill the filters. */
  opened() {
    this.leaving = false;
    loadEngine()
      .then((pagefind) => pagefind.filters())
      .then((filters) => { for (const select of this.selects) fillFilter(select, filters[select.dataset.searchFilter]); })
      .catch(() => this.say(UNAVAILABLE));
  }

  filters() {
    const chosen = {};
    for (const select of this.selects) if (select.value) chosen[select.dataset.searchFilter] = select.value;
    return chosen;
  }

  say(text) {
    this.status.textContent = text;
  }

  /** Search for the field's words within the chosen filters; `now` skips the debounce. */
  async run(now) {
    const ticket = ++this.ticket;
    const query = pagefindQuery(this.input.value);
    const filters = this.filters();
    if (!query && Object.keys(filters).length === 0) {
      this.results = [];
      this.list.replaceChildren();
      this.list.setAttribute("aria-busy", "false");
      this.more.hidden = true;
      this.say("");
      return;
    }
    this.list.setAttribute("aria-busy", "true");
    let search;
    try {
      const pagefind = await loadEngine();
      search = now ? await pagefind.search(query || null, { filters })
        : await pagefind.debouncedSearch(query || null, { filters }, 200);
    } catch {
      if (ticket !== this.ticket) return;
      this.list.setAttribute("aria-busy", "false");
      this.say(UNAVAILABLE);
      return;
    }
    if (search === null || ticket !== this.ticket) return;
    this.results = search.results;
    this.shown = 0;
    this.list.replaceChildren();
    await this.showMore(ticket, false);
  }

  /** Load and show the next page of results; `focusFirst` moves the focus to the first new one. */
  async showMore(ticket, focusFirst) {
    const next = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (ticket !== this.ticket) return;
    const items = data.map((page) => resultItem(page));
    this.list.append(...items);
    this.shown += items.length;
    const total = this.results.length;
    this.more.hidden = this.shown >= total;
    this.more.textContent = `Показать ещё (осталось ${total - this.shown})`;
    this.say(total === 0 ? "Ничего не найдено" : `Найдено: ${total}` + (total > this.shown ? `, показано ${this.shown}` : ""));
    this.list.setAttribute("aria-busy", "false");
    if (focusFirst && items.length) items[0].querySelector("a").focus();
  }
}
