"""Change detection for `mkdocs serve` that sees a save at once instead of within half a second.

MkDocs' dev server polls every watched path twice a second: a saved case waits
0.25 s on average before its rebuild starts, and each poll stats every file
under cases/. Where the kernel reports changes (inotify, on Linux) folders are
watched that way; single files (mkdocs.yml) stay polled, because an editor
that saves by renaming would end an inotify watch on the file itself.
"""
from __future__ import annotations

import os
from typing import Any

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers.api import BaseObserver, ObservedWatch
from watchdog.observers.polling import PollingObserver

CHANGES: list[type[FileSystemEvent]] = [FileCreatedEvent, FileModifiedEvent, FileDeletedEvent, FileMovedEvent,
                                        FileClosedEvent, DirCreatedEvent, DirDeletedEvent, DirMovedEvent]
"""What a watch reports: changes, not reads. A build reads every authored file; were reads reported,
each would start another build, and the kernel's thousands of read events would slow the build."""

BUILD_DELAY = 0.02
"""Seconds of quiet after a change before the rebuild (MkDocs waits 0.1): an editor's save is one write."""


class FolderAndFileObserver:
    """The observer a LiveReloadServer drives (schedule, unschedule, start, stop, join): folders by the kernel, files by polling."""

    def __init__(self, folders: BaseObserver) -> None:
        self._folders = folders
        self._files = PollingObserver(timeout=0.5)
        self._owner: dict[ObservedWatch, BaseObserver] = {}

    def schedule(self, handler: FileSystemEventHandler, path: str, recursive: bool = False) -> ObservedWatch:
        observer = self._folders if os.path.isdir(path) else self._files
        watch = observer.schedule(handler, path, recursive=recursive, event_filter=CHANGES)
        self._owner[watch] = observer
        return watch

    def unschedule(self, watch: ObservedWatch) -> None:
        self._owner.pop(watch).unschedule(watch)

    def start(self) -> None:
        self._folders.start()
        self._files.start()

    def stop(self) -> None:
        self._folders.stop()
        self._files.stop()

    def join(self, timeout: float | None = None) -> None:
        self._folders.join(timeout)
        self._files.join(timeout)


def watch_faster(server: Any) -> None:
    """Move every watch of a MkDocs LiveReloadServer that has not started to a FolderAndFileObserver.

    MkDocs offers no setting for this: the watches are read from its private
    bookkeeping, and if that is not there (another MkDocs), the server keeps polling.
    """
    try:
        from watchdog.observers.inotify import InotifyObserver
    except ImportError:  # not Linux
        return
    watched, refs = getattr(server, "_watched_paths", None), getattr(server, "_watch_refs", None)
    if not isinstance(watched, dict) or not isinstance(refs, dict) or set(watched) != set(refs):
        return
    try:
        folders = InotifyObserver()
    except OSError:  # no inotify instance left for this user
        return
    paths = [(path, count, refs[path].is_recursive) for path, count in watched.items()]
    for path, count, _ in paths:
        for _ in range(count):
            server.unwatch(path)
    server.observer = FolderAndFileObserver(folders)
    for path, count, recursive in paths:
        for _ in range(count):
            server.watch(path, recursive=recursive)
    server.build_delay = BUILD_DELAY
