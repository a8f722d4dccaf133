"""The diagram of how the types refer to each other: the page model laid out in columns, written as SVG.

Layout of our own, in plain Python, so the diagram needs no system binary (Graphviz is not on a fresh machine)
and is byte for byte the same on every run:

- a node per page; an arrow from a type to each type one of its properties names, and from a tagged union to
  each member;
- columns by reference depth, the longest chain of references from a root, so every arrow points right; the
  members of a tagged union share one column inside a frame, and a type that every member refers to gets one
  arrow from the frame instead of one from each member (the event members all have a time and evidence spans);
- within a column, boxes ordered by the average height of the boxes that point at them (a few sweeps of the
  usual barycentre heuristic), so arrows cross less; ties broken by title, so the order is stable.

Each box links to the type's page (``<stem>.html``, the built site's page; the SVG shown as an image in the
Markdown is not clickable, the SVG opened on its own is).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from .model import Page

__all__ = ["FILE_NAME", "Graph", "graph_of", "render_svg"]

#: The diagram's file name beside the reference pages.
FILE_NAME = "types.svg"
#: Geometry, in SVG user units (pixels). Labels are monospace so their width is known without a font.
_CHAR = 7.3
_FONT = 12
_BOX_H = 22
_PAD_X = 8
_GAP_Y = 8
_GAP_X = 70
_FRAME = 8
_MARGIN = 12
_SWEEPS = 4


@dataclass
class Graph:
    """Types (by page stem), their titles and kinds, the arrows between them and the unions' member groups."""

    titles: dict[str, str]
    kinds: dict[str, str]  # "document", "union", "member" or "type"
    edges: set[tuple[str, str]]
    groups: dict[str, list[str]] = field(default_factory=dict)  # union stem -> member stems
    group_edges: set[tuple[str, str]] = field(default_factory=set)  # (union stem, target): from its frame


def graph_of(pages: Iterable[Page]) -> Graph:
    """The reference graph of a set's pages: who refers to whom, with shared member arrows folded into frames."""
    pages = sorted(pages, key=lambda p: p.stem)
    titles = {p.stem: p.title for p in pages}
    edges: set[tuple[str, str]] = set()
    groups: dict[str, list[str]] = {}
    for page in pages:
        for stem, _anchor, _name in page.used_by:
            edges.add((stem, page.stem))
        for union, _tag in page.member_of:
            edges.add((union, page.stem))
            groups.setdefault(union, []).append(page.stem)
    kinds = {}
    for page in pages:
        if page.union is not None:
            kinds[page.stem] = "union"
        elif page.member_of:
            kinds[page.stem] = "member"
        elif not page.used_by:
            kinds[page.stem] = "document"
        else:
            kinds[page.stem] = "type"
    # A type in two unions' groups would need two frames: keep it in the first union's only.
    placed: set[str] = set()
    for union in sorted(groups):
        groups[union] = [m for m in sorted(set(groups[union])) if m not in placed and m != union]
        placed.update(groups[union])
    groups = {union: members for union, members in groups.items() if len(members) > 1}
    group_edges: set[tuple[str, str]] = set()
    for union, members in groups.items():
        common = set.intersection(*({b for a, b in edges if a == m} for m in members)) - {union, *members}
        for target in common:
            group_edges.add((union, target))
            edges -= {(m, target) for m in members}
    return Graph(titles, kinds, edges, groups, group_edges)


def _columns(graph: Graph) -> dict[str, int]:
    """Each type's column: the longest chain of references to it from a root; a union's members share one."""
    # Arrows that would close a cycle are left out of the layering (found by a depth-first walk in title order).
    outgoing: dict[str, list[str]] = {s: [] for s in graph.titles}
    for a, b in sorted(graph.edges | graph.group_edges):
        outgoing[a].append(b)
    for union, members in graph.groups.items():
        for target in (b for a, b in graph.group_edges if a == union):
            for member in members:
                outgoing[member].append(target)
    forward: list[tuple[str, str]] = []
    state: dict[str, int] = {}

    def walk(node: str) -> None:
        """Depth-first: keep the arrows that do not lead back to a node still on the path."""
        stack = [(node, iter(outgoing[node]))]
        state[node] = 1
        while stack:
            current, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[current] = 2
                stack.pop()
            elif state.get(child) == 1:
                continue
            else:
                forward.append((current, child))
                if child not in state:
                    state[child] = 1
                    stack.append((child, iter(outgoing[child])))

    for start in sorted(graph.titles, key=lambda s: (graph.kinds[s] != "document", s)):
        if start not in state:
            walk(start)
    column = dict.fromkeys(graph.titles, 0)
    for _ in range(len(graph.titles) + 1):
        changed = False
        for a, b in forward:
            if column[b] < column[a] + 1:
                column[b] = column[a] + 1
                changed = True
        for members in graph.groups.values():
            level = max(column[m] for m in members)
            for member in members:
                if column[member] != level:
                    column[member] = level
                    changed = True
        if not changed:
            break
    return column


def _weight(stem: str, col: int, sources: Mapping[str, list[str]], group_of: Mapping[str, str],
            position: Mapping[str, int], column: Mapping[str, int]) -> float:
    """Where the boxes pointing at ``stem`` (or at its union's frame) sit, on average."""
    parents = sources[group_of[stem]] + [group_of[stem]] if stem in group_of else sources[stem]
    seen = [position[p] for p in parents if column[p] < col]
    return sum(seen) / len(seen) if seen else float(position[stem])


def _order(graph: Graph, column: Mapping[str, int]) -> list[list[str]]:
    """The boxes of each column, top to bottom: barycentre sweeps, union members kept together."""
    count = max(column.values(), default=-1) + 1
    cols: list[list[str]] = [sorted((s for s in graph.titles if column[s] == c), key=lambda s: graph.titles[s].lower())
                             for c in range(count)]
    sources: dict[str, list[str]] = {s: [] for s in graph.titles}
    for a, b in graph.edges | graph.group_edges:
        sources[b].append(a)
    group_of = {m: union for union, members in graph.groups.items() for m in members}
    for _ in range(_SWEEPS):
        position = {s: i for col in cols for i, s in enumerate(col)}
        for c in range(1, count):
            weights = {s: _weight(s, c, sources, group_of, position, column) for s in cols[c]}
            # Members sort as one block, by the block's weight, and by title inside it.
            key = {s: (weights[s] if s not in group_of else weights[group_of[s]] if group_of[s] in weights
                       else min(weights[m] for m in graph.groups[group_of[s]]), group_of.get(s, s),
                       graph.titles[s].lower()) for s in cols[c]}
            cols[c].sort(key=lambda s: key[s])
    return cols


def _f(number: float) -> str:
    """A coordinate, short and stable."""
    return f"{number:.1f}".rstrip("0").rstrip(".")


def render_svg(pages: Iterable[Page], *, title: str = "How the types refer to each other") -> str:
    """The diagram of ``pages`` as a standalone SVG document (deterministic text)."""
    graph = graph_of(pages)
    column = _columns(graph)
    cols = _order(graph, column)
    widths = [max((len(graph.titles[s]) * _CHAR + 2 * _PAD_X for s in col), default=0) for col in cols]
    group_of = {m: union for union, members in graph.groups.items() for m in members}
    box: dict[str, tuple[float, float, float]] = {}  # stem -> (x, y, width)
    frames: dict[str, tuple[float, float, float, float]] = {}
    x: float = _MARGIN + _FRAME
    bottom = 0.0
    for c, col in enumerate(cols):
        y = _MARGIN + _FRAME
        previous_group: str | None = None
        for stem in col:
            group = group_of.get(stem)
            if group != previous_group and previous_group is not None:
                y += 2 * _FRAME  # room for the frame's edge between a group and its neighbours
            box[stem] = (x, y, widths[c])
            y += _BOX_H + _GAP_Y
            previous_group = group
        bottom = max(bottom, y)
        x += widths[c] + _GAP_X
    for union, members in graph.groups.items():
        xs = [box[m] for m in members]
        left, top = xs[0][0] - _FRAME, min(b[1] for b in xs) - _FRAME
        frames[union] = (left, top, xs[0][2] + 2 * _FRAME, max(b[1] for b in xs) + _BOX_H + _FRAME - top)
    legend = [("document", "document root"), ("union", "tagged union"), ("member", "union member"),
              ("type", "other type")]
    note = "dashed frame: a union's members; an arrow from the frame: every member refers to that type"
    legend_width = sum(_FONT + 20 + len(words) * _CHAR for _kind, words in legend)
    width = max(x - _GAP_X + _FRAME + _MARGIN, 2 * _MARGIN + max(legend_width, len(note) * _CHAR))
    height = bottom + _FRAME + _MARGIN + _FONT * 4
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="{_f(width)}" height="{_f(height)}" viewBox="0 0 {_f(width)} {_f(height)}" '
        f'font-family="monospace" font-size="{_FONT}" role="img" aria-labelledby="diagram-title">',
        f'<title id="diagram-title">{escape(title)}</title>',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#555"/></marker></defs>',
        '<style>.edge{fill:none;stroke:#777;stroke-opacity:.55}.box rect{stroke:#333}'
        '.document rect{fill:#ffe7a8}.union rect{fill:#cfe3ff}.member rect{fill:#eaf3ff}.type rect{fill:#f2f2f2}'
        '.frame{fill:none;stroke:#5b8bd0;stroke-dasharray:4 3}a:hover rect{stroke-width:2}</style>',
    ]
    for union, (fx, fy, fw, fh) in sorted(frames.items()):
        out.append(f'<rect class="frame" x="{_f(fx)}" y="{_f(fy)}" width="{_f(fw)}" height="{_f(fh)}" rx="6">'
                   f'<title>{escape("members of " + graph.titles[union])}</title></rect>')
    for a, b in sorted(graph.edges | graph.group_edges):
        if (a, b) in graph.group_edges:
            fx, fy, fw, fh = frames[a]
            x1, y1 = fx + fw, fy + fh / 2
        else:
            ax, ay, aw = box[a]
            x1, y1 = ax + aw, ay + _BOX_H / 2
        bx, by, _bw = box[b]
        if (a, b) not in graph.group_edges and b in group_of and group_of[b] == a:
            x2, y2 = frames[a][0], by + _BOX_H / 2  # union to member: the arrow ends on the frame's edge
        else:
            x2, y2 = bx, by + _BOX_H / 2
        if x2 <= x1:  # an arrow closing a cycle: round the right of both boxes
            bend = max(x1, x2 + box[b][2]) + _GAP_X / 2
            d = f"M {_f(x1)} {_f(y1)} C {_f(bend)} {_f(y1)} {_f(bend)} {_f(y2)} {_f(bx + box[b][2])} {_f(y2)}"
            out.append(f'<path class="edge" stroke-dasharray="3 3" d="{d}" marker-end="url(#arrow)"/>')
            continue
        mid = (x1 + x2) / 2
        d = f"M {_f(x1)} {_f(y1)} C {_f(mid)} {_f(y1)} {_f(mid)} {_f(y2)} {_f(x2)} {_f(y2)}"
        out.append(f'<path class="edge" d="{d}" marker-end="url(#arrow)"/>')
    for stem in sorted(box, key=lambda s: (box[s][0], box[s][1])):
        bx, by, bw = box[stem]
        label = graph.titles[stem]
        href = quoteattr(stem + ".html")
        out.append(
            f'<a href={href} xlink:href={href} class="box {graph.kinds[stem]}">'
            f'<title>{escape(label)} ({escape(graph.kinds[stem])})</title>'
            f'<rect x="{_f(bx)}" y="{_f(by)}" width="{_f(bw)}" height="{_BOX_H}" rx="3"/>'
            f'<text x="{_f(bx + _PAD_X)}" y="{_f(by + _BOX_H / 2 + _FONT * 0.35)}">{escape(label)}</text></a>')
    legend_y = height - _MARGIN - _FONT * 2
    lx: float = _MARGIN
    for kind, words in legend:
        out.append(f'<g class="box {kind}"><rect x="{_f(lx)}" y="{_f(legend_y - _FONT)}" width="{_FONT}" '
                   f'height="{_FONT}"/></g><text x="{_f(lx + _FONT + 4)}" y="{_f(legend_y)}">{escape(words)}</text>')
        lx += _FONT + 4 + len(words) * _CHAR + 16
    out.append(f'<text x="{_MARGIN}" y="{_f(legend_y + _FONT * 1.6)}">{escape(note)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
