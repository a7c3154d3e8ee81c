"""Writing: the one place that touches the output on disk, the generated pages and the built site.

Every write leaves a usable state behind if the process is killed: pages are
replaced one whole file at a time, and the site is built beside the old one
and swapped in.
"""
