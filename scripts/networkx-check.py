#!/usr/bin/python3
"""Checks `verkostokartta analyze --json` against networkx 2.8 (Debian's
python3-networkx) on the same graph.

  scripts/networkx-check.py WORKSPACE.verkosto ANALYZE.json
      compare; exit 1 on any difference above 1e-9 (1e-4 for eigenvector
      and PageRank)
  scripts/networkx-check.py --golden WORKSPACE.verkosto OUT.json
      write networkx's values for the workspace's default view (all existing
      ties, undirected, unweighted) to OUT.json for the Go tests

The graph is built as DESIGN.md defines the default view: every actor is a
node; ties whose status is "existing" (or empty) become edges; several ties
between a pair collapse to one edge.
"""
import json
import math
import sys

import networkx as nx


def graph_of(ws):
    g = nx.Graph()
    g.add_nodes_from(a["id"] for a in ws.get("actors") or [])
    for t in ws.get("ties") or []:
        if t.get("status", "existing") in ("existing", "") and t["from"] != t["to"]:
            g.add_edge(t["from"], t["to"])
    return g


def measures(g):
    def clean(d):
        return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in d.items()}
    return {
        "degree": dict(g.degree()),
        "betweenness": nx.betweenness_centrality(g, normalized=True),
        "closeness": nx.closeness_centrality(g, wf_improved=True),
        "harmonic": nx.harmonic_centrality(g),
        "eigenvector": nx.eigenvector_centrality(g, max_iter=1000),
        "pagerank": nx.pagerank(g, alpha=0.85),
        "constraint": clean(nx.constraint(g)),
        "effective_size": clean(nx.effective_size(g)),
        "core": nx.core_number(g),
    }


# Iterative measures stop at networkx's tolerance.
TOLERANCE = {"eigenvector": 1e-4, "pagerank": 1e-4}


def main(argv):
    if len(argv) == 4 and argv[1] == "--golden":
        ws = json.load(open(argv[2], encoding="utf-8"))
        doc = {"networkx": nx.__version__, "workspace": ws["name"], "measures": measures(graph_of(ws))}
        with open(argv[3], "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=1, ensure_ascii=False, sort_keys=True)
            f.write("\n")
        return 0
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    ws = json.load(open(argv[1], encoding="utf-8"))
    ours = {a["id"]: a for a in json.load(open(argv[2], encoding="utf-8"))["actors"]}
    ref = measures(graph_of(ws))
    bad = 0
    for key, values in ref.items():
        for node, want in values.items():
            got = ours[node][key]
            if want is None or got is None:
                if want is not got:
                    print(f"{key}({node}) = {got}, networkx {want}")
                    bad += 1
                continue
            if abs(got - want) > TOLERANCE.get(key, 1e-9):
                print(f"{key}({node}) = {got}, networkx {want}")
                bad += 1
    n = len(ref["degree"])
    print(f"networkx {nx.__version__}: {n} actors x {len(ref)} measures compared, {bad} differences")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
