"""Every path through a scenario, for the answer key: bounded, so a big dialogue cannot explode.

A path goes from the start node to an ending and never comes back to a node it
has passed (the rule best_points in casekit.load.scenario scores by). The
number of such paths grows exponentially with the size of a dialogue, so the
walk lists at most `limit` of them and stops counting after `budget` steps;
the best and the worst path are tracked over everything it counted.
"""
from __future__ import annotations

from dataclasses import dataclass

from casekit.model.quiz import Question

VERDICT_RANK = {"bad": 0, "partial": 1, "good": 2}
"""Ties in points are broken by the ending: a good ending beats a partial one."""


@dataclass(frozen=True)
class Step:
    """One choice taken on a path."""

    node: str
    choice: int
    """The choice's authored index in its node."""


@dataclass(frozen=True)
class Path:
    """A path from the start to an ending."""

    steps: tuple[Step, ...]
    ending: str
    """Id of the ending node."""
    points: int
    verdict: str

    @property
    def rank(self) -> tuple[int, int]:
        """What makes a path better than another: its points, then its ending."""
        return self.points, VERDICT_RANK.get(self.verdict, 0)


@dataclass(frozen=True)
class ScenarioPaths:
    """The paths of one scenario, as far as the bounds let the walk go."""

    listed: tuple[Path, ...]
    """The first `limit` paths found, best first."""
    total: int
    """Paths counted; all of them unless `complete` is False."""
    complete: bool
    """False when the walk ran out of budget: there are more paths than `total`."""
    best: Path | None
    worst: Path | None


def scenario_paths(question: Question, limit: int = 200, budget: int = 50_000) -> ScenarioPaths:
    """Walk every path of a scenario question depth first, within the bounds."""
    walk = _Walk(limit)
    by_id = {node.id: node for node in question.nodes}
    start = question.start or ""
    if start not in by_id:
        return ScenarioPaths((), 0, True, None, None)
    trail: list[Step] = []
    points = [0]
    on_path = {start}
    frames: list[tuple[str, int]] = [(start, 0)]  # a node on the path, and its next choice to try
    while frames:
        budget -= 1
        if budget < 0:
            return walk.result(complete=False)
        node_id, index = frames[-1]
        node = by_id[node_id]
        if node.is_ending and index == 0:
            walk.add(Path(tuple(trail), node.id, points[-1], node.verdict or "bad"))
        if node.is_ending or index >= len(node.choices):
            frames.pop()
            on_path.discard(node_id)
            if trail:
                trail.pop()
                points.pop()
            continue
        frames[-1] = (node_id, index + 1)
        choice = node.choices[index]
        if choice.next in on_path or choice.next not in by_id:
            continue
        trail.append(Step(node_id, index))
        points.append(points[-1] + choice.points)
        on_path.add(choice.next)
        frames.append((choice.next, 0))
    return walk.result(complete=True)


class _Walk:
    """What the walk has found so far."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.listed: list[Path] = []
        self.total = 0
        self.best: Path | None = None
        self.worst: Path | None = None

    def add(self, path: Path) -> None:
        self.total += 1
        if len(self.listed) < self.limit:
            self.listed.append(path)
        if self.best is None or path.rank > self.best.rank:
            self.best = path
        if self.worst is None or path.rank < self.worst.rank:
            self.worst = path

    def result(self, complete: bool) -> ScenarioPaths:
        listed = sorted(self.listed, key=lambda p: p.rank, reverse=True)
        return ScenarioPaths(tuple(listed), self.total, complete, self.best, self.worst)
