"""Writing: the one place that touches the output on disk, the generated pages and the built site.

Every write leaves a usable state behind if the process is killed: pages are
replaced one whole file at a time, and the site is built beside the old one
and swapped in. Around the build, the caches that let a build skip work
(the search bundle, the theme's navigation) and the dev server's watching of
the files (watch.py) live here too.
"""
