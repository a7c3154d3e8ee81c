"""Scenario questions: a branching dialogue read from YAML and checked as a graph.

Every `next` must exist, every node must be reachable from the start, every
path must end in an ending, and no loop may trap the trainee. Each violation is
reported at the line of the node or choice at fault.
"""
from __future__ import annotations

from dataclasses import replace

from casekit.load.fields import Fields
from casekit.load.markdown_log import MarkdownLog
from casekit.load.source import SLUG
from casekit.model.quiz import VERDICTS, Choice, Question, ScenarioNode
from casekit.problems import did_you_mean

NODE_KEYS = ("situation", "client", "choices", "verdict", "debrief")


def read_scenario(base: Question, f: Fields, log: MarkdownLog) -> Question:
    """Read a scenario's nodes, check its graph and compute its best score."""
    nodes: list[ScenarioNode] = []
    lines: dict[str, int] = {}
    choice_lines: dict[tuple[str, int], int] = {}
    for index, node in enumerate(f.items("nodes")):
        n = f.child(node, f"{f.key_path('nodes')}[{index}]")
        scenario_node = _read_node(n, log, choice_lines)
        if scenario_node is None:
            continue
        if scenario_node.id in lines:
            n.report(n.line("id"), f"'{n.key_path('id')}': duplicate node id '{scenario_node.id}' (first at line {lines[scenario_node.id]})")
            continue
        lines[scenario_node.id] = n.line("id")
        nodes.append(scenario_node)
    if not nodes:
        f.report(f.line("nodes"), f"'{f.key_path('nodes')}' needs at least one step and one ending")
        return base
    start = f.text("start") or nodes[0].id
    if start not in lines:
        f.report(f.line("start"), f"'{f.key_path('start')}': no node '{start}'{did_you_mean(start, lines)}")
        return base
    _check_graph(f, nodes, start, lines, choice_lines)
    return replace(base, start=start, nodes=tuple(nodes), max_points=best_points(nodes, start))


def _read_node(n: Fields, log: MarkdownLog, choice_lines: dict[tuple[str, int], int]) -> ScenarioNode | None:
    if not n.check_keys(("id",), NODE_KEYS):
        return None
    node_id = n.text("id")
    if node_id is None or not SLUG.match(node_id):
        n.report(n.line("id"), f"'{n.key_path('id')}' must be a slug (lowercase latin letters, digits, hyphens), found {node_id!r}")
        return None
    situation, client = log.text(n, "situation"), log.text(n, "client")
    verdict, debrief = n.choice("verdict", VERDICTS), log.text(n, "debrief")
    choices = _read_choices(n, node_id, log, choice_lines)
    if "verdict" in n.values or "debrief" in n.values:
        if choices:
            n.report(n.line("choices"), f"'{n.key_path('choices')}': node '{node_id}' is an ending (it has a verdict), so it cannot have choices")
        for key, value in (("verdict", verdict), ("debrief", debrief)):
            if value is None and key not in n.values:
                n.report(n.line(), f"missing required key '{n.key_path(key)}': an ending needs a verdict and a debrief")
    elif client is None and situation is None:
        n.report(n.line(), f"'{n.key_path('id')}': node '{node_id}' needs 'client' or 'situation' text")
    return ScenarioNode(node_id, situation, client, tuple(choices), verdict, debrief)


def _read_choices(n: Fields, node_id: str, log: MarkdownLog, choice_lines: dict[tuple[str, int], int]) -> list[Choice]:
    choices: list[Choice] = []
    for index, node in enumerate(n.items("choices")):
        c = n.child(node, f"{n.key_path('choices')}[{index}]")
        if not c.check_keys(("text", "next", "consequence"), ("points",)):
            continue
        text, target, consequence = log.text(c, "text"), c.text("next"), log.text(c, "consequence")
        points = c.integer("points", -100, 100)
        if text is None or target is None or consequence is None:
            continue
        choice_lines[(node_id, len(choices))] = c.line("next")
        choices.append(Choice(text, target, consequence, points or 0))
    return choices


def _check_graph(f: Fields, nodes: list[ScenarioNode], start: str, lines: dict[str, int],
                 choice_lines: dict[tuple[str, int], int]) -> None:
    by_id = {node.id: node for node in nodes}
    where = f.key_path("nodes")
    broken_links = False
    for node in nodes:
        for index, choice in enumerate(node.choices):
            if choice.next not in by_id:
                broken_links = True
                f.report(choice_lines[(node.id, index)],
                         f"{where}: choice {index + 1} of node '{node.id}' leads to '{choice.next}', "
                         f"but there is no such node{did_you_mean(choice.next, by_id)}")
        if not node.is_ending and not node.choices:
            f.report(lines[node.id], f"{where}: node '{node.id}' is a dead end: give it choices, or make it an ending with 'verdict' and 'debrief'")
    reachable = _reachable(by_id, start)
    for node in nodes:
        if node.id not in reachable:
            f.report(lines[node.id], f"{where}: node '{node.id}' cannot be reached from the start node '{start}'")
    if broken_links:  # loops are judged once every choice leads somewhere
        return
    if not any(node.is_ending for node in nodes):
        f.report(f.line("nodes"), f"{where}: the scenario has no ending: add a node with 'verdict' and 'debrief'")
        return
    finishing = _can_finish(by_id)
    for node in nodes:
        if node.id in reachable and node.id not in finishing and node.choices:
            f.report(lines[node.id], f"{where}: node '{node.id}' never reaches an ending: its choices loop with no exit")


def _reachable(by_id: dict[str, ScenarioNode], start: str) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        for choice in by_id[todo.pop()].choices:
            if choice.next in by_id and choice.next not in seen:
                seen.add(choice.next)
                todo.append(choice.next)
    return seen


def _can_finish(by_id: dict[str, ScenarioNode]) -> set[str]:
    """Nodes from which some path reaches an ending."""
    finishing = {node_id for node_id, node in by_id.items() if node.is_ending}
    changed = True
    while changed:
        changed = False
        for node_id, node in by_id.items():
            if node_id not in finishing and any(c.next in finishing for c in node.choices):
                finishing.add(node_id)
                changed = True
    return finishing


def best_points(nodes: list[ScenarioNode] | tuple[ScenarioNode, ...], start: str) -> int:
    """The most points a path from start to an ending can earn, never going back to a node on the path.

    An iterative, memoised depth-first search: linear in the choices, whatever
    the size of the dialogue; a choice that loops back to the path is not counted.
    """
    by_id = {node.id: node for node in nodes}
    best: dict[str, int | None] = {}
    on_path: set[str] = set()
    stack: list[tuple[str, bool]] = [(start, False)]
    while stack:
        node_id, children_done = stack.pop()
        node = by_id.get(node_id)
        if node is None or node_id in best and not children_done:
            continue
        if node.is_ending:
            best[node_id] = 0
        elif not children_done:
            on_path.add(node_id)
            stack.append((node_id, True))
            stack += [(c.next, False) for c in node.choices if c.next not in on_path and c.next not in best]
        else:
            on_path.discard(node_id)
            results = [c.points + sub for c in node.choices if (sub := best.get(c.next)) is not None]
            best[node_id] = max(results) if results else None
    return max(best.get(start) or 0, 0)
