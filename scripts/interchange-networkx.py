#!/usr/bin/python3
"""Checks that networkx (Debian's python3-networkx 2.8) reads our GraphML and
GEXF with the node and edge counts we wrote.

  scripts/interchange-networkx.py BIN WORKSPACE
      BIN is the verkostokartta binary (make build writes bin/verkostokartta);
      WORKSPACE any .verkosto file (e.g. from `verkostokartta sample -o`).
Exit 1 when a count differs.
"""
import json
import os
import subprocess
import sys
import tempfile

import networkx as nx


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    binary, workspace = argv[1], argv[2]
    ws = json.load(open(workspace, encoding="utf-8"))
    groups = ws.get("groups") or []
    services = ws.get("services") or []
    nodes = len(ws.get("actors") or []) + len(groups) + len(services)
    edges = (len(ws.get("ties") or []) + sum(len(g.get("members") or []) for g in groups)
             + sum(len(s.get("providers") or []) for s in services))
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for ext, read in ((".graphml", nx.read_graphml), (".gexf", nx.read_gexf)):
            out = os.path.join(tmp, "map" + ext)
            subprocess.run([binary, "convert", "-o", out, workspace], check=True, capture_output=True)
            g = read(out)
            ok = g.number_of_nodes() == nodes and g.number_of_edges() == edges
            bad += not ok
            print(f"{ext}: networkx {nx.__version__} reads {g.number_of_nodes()} nodes, {g.number_of_edges()} edges"
                  f" ({type(g).__name__}); written {nodes}, {edges}: {'ok' if ok else 'DIFFERENT'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
