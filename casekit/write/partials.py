"""Material's navigation, rendered once for all the pages that show the same one.

Material renders the sidebar navigation and the tabs on every page, and with
our thirteen sections that was a third of MkDocs' time per page (measured at
1000 cases: 1.5 s of a 4.6 s render). A page that is not itself in the nav
(a case, a quiz, a group page) gets a navigation that differs from another such
page's only in its links, which are relative to the page: two pages whose links
to every nav page come out the same get the same HTML. So each distinct
output is rendered once per build and reused, byte for byte.

The pages that are in the nav (the section indexes) mark themselves active in
it, and are rendered as Material renders them, every time.
"""
from __future__ import annotations

from typing import Any, Callable, Iterator

from mkdocs.utils import normalize_url

CACHED = ("partials/nav.html", "partials/tabs.html")


def cache_navigation(env: Any) -> None:
    """Make env's navigation partials reuse their output for pages that show the same navigation.

    An include calls the template's root render function, so that is what gets
    wrapped; a template Jinja reloads (its file changed) is simply uncached.
    """
    for name in CACHED:
        template = env.get_template(name)
        template.root_render_func = _cached(template.root_render_func, name)


def _cached(render: Callable[[Any], Iterator[str]], name: str) -> Callable[[Any], Iterator[str]]:
    outputs: dict[tuple[str, ...], str] = {}

    def cached_render(context: Any) -> Iterator[str]:
        key = _navigation_key(context)
        if key is None:
            yield from render(context)
            return
        if key not in outputs:
            outputs[key] = "".join(render(context))
        yield outputs[key]

    cached_render.__name__ = f"cached {name}"
    return cached_render


def _navigation_key(context: Any) -> tuple[str, ...] | None:
    """The page's links to every nav page and to the home page; None for a page in the nav, or none at all."""
    page, nav = context.get("page"), context.get("nav")
    if page is None or nav is None or any(item is page for item in nav.pages):
        return None
    base = context.get("base_url", "")
    homepage = context["config"].extra.get("homepage") or (nav.homepage.url if nav.homepage else "")
    targets = [homepage, *_urls(nav.items)]
    return (base, *(normalize_url(str(url), page=page, base=base) for url in targets))


def _urls(items: list[Any]) -> Iterator[str]:
    """The URL of every page and link in the nav, sections opened."""
    for item in items:
        if getattr(item, "url", None) is not None:
            yield item.url
        yield from _urls(getattr(item, "children", None) or [])

