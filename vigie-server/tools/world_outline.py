#!/usr/bin/env python3
"""Converts Natural Earth's 1:110m land outline, as TopoJSON from the npm package world-atlas 2.0.2
(file land-110m.json; the package is ISC-licensed, the Natural Earth data is public domain), into one SVG path in an
equirectangular projection: x = longitude + 180, y = 90 - latitude, in tenths of a degree (viewBox 0 0 3600 1800).

Usage: npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
       python3 tools/world_outline.py package/land-110m.json > src/main/resources/org/vigie/server/world-110m.txt
"""
import json
import sys


def decode_arcs(topology):
    sx, sy = topology["transform"]["scale"]
    tx, ty = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def project(lon, lat):
    return round((lon + 180) * 10), round((90 - lat) * 10)


def ring_path(points):
    out = []
    previous = None
    for lon, lat in points:
        x, y = project(lon, lat)
        if previous is None:
            out.append(f"M{x} {y}")
        elif (x, y) != previous:
            dx, dy = x - previous[0], y - previous[1]
            # A jump across the antimeridian would draw a line across the whole map: start a new subpath instead.
            out.append(f"M{x} {y}" if abs(dx) > 1800 else f"l{dx} {dy}")
        previous = (x, y)
    return "".join(out) + "z"


def main(path):
    with open(path, encoding="utf-8") as f:
        topology = json.load(f)
    arcs = decode_arcs(topology)
    parts = []
    for geometry in topology["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for ring in polygon:
                parts.append(ring_path(ring_points(ring, arcs)))
    print("# Land outline of the world for the map page: Natural Earth 1:110m land (public domain, naturalearthdata.com),")
    print("# version 4.1.0 as redistributed in the npm package world-atlas 2.0.2 (ISC licence, (c) Michael Bostock),")
    print("# file land-110m.json, converted by vigie-server/tools/world_outline.py into one SVG path:")
    print("# equirectangular, x = (longitude + 180) * 10, y = (90 - latitude) * 10, viewBox 0 0 3600 1800.")
    print("".join(parts))


if __name__ == "__main__":
    main(sys.argv[1])
