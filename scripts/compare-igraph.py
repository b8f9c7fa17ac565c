#!/usr/bin/python3
"""Times `verkostokartta analyze --json` as a whole process against igraph
(Debian's python3-igraph) and networkx computing the same measures on the
same generated graph, in one run, and prints the ratios.

  scripts/compare-igraph.py BIN [ACTORS TIES] [--networkx]
      BIN: the verkostokartta binary (make build writes bin/verkostokartta)
      ACTORS TIES: the graph's size (default 10000 50000)
      --networkx: time networkx too (minutes at 10,000 actors)

The graph: a preferential-attachment backbone topped up with random ties,
seed fixed, written as a ties CSV that both sides read. The measure set is
the one DESIGN.md lists: betweenness, closeness, harmonic, pagerank,
eigenvector, constraint, core, cut points, bridges, transitivity,
components, Louvain. igraph runs single-threaded (it has no parallel
betweenness); ours uses every core, as the app does.
"""
import os
import random
import subprocess
import sys
import tempfile
import time

import igraph as ig


def generate(n, m, seed=7):
    rng = random.Random(seed)
    edges, seen, ends = [], set(), []

    def add(a, b):
        if a == b:
            return
        k = (min(a, b), max(a, b))
        if k in seen:
            return
        seen.add(k)
        edges.append(k)
        ends.extend(k)

    for i in range(1, n):
        add(i, ends[rng.randrange(len(ends))] if ends and rng.random() < 0.5 else rng.randrange(i))
    while len(edges) < m:
        add(rng.randrange(n), rng.randrange(n))
    return edges


def time_ours(binary, csv):
    t = time.perf_counter()
    subprocess.run([binary, "analyze", "--json", csv], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def time_igraph(n, edges):
    t = time.perf_counter()
    g = ig.Graph(n=n, edges=edges)
    g.betweenness()
    g.closeness()
    g.harmonic_centrality()
    g.pagerank()
    g.eigenvector_centrality()
    g.constraint()
    g.coreness()
    g.articulation_points()
    g.bridges()
    g.transitivity_undirected()
    g.connected_components()
    g.community_multilevel()
    return time.perf_counter() - t


def time_networkx(n, edges):
    import networkx as nx
    t = time.perf_counter()
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    nx.betweenness_centrality(g)
    nx.closeness_centrality(g)
    nx.harmonic_centrality(g)
    nx.pagerank(g)
    nx.eigenvector_centrality(g, max_iter=1000)
    nx.constraint(g)
    nx.core_number(g)
    list(nx.articulation_points(g))
    list(nx.bridges(g))
    nx.transitivity(g)
    nx.number_connected_components(g)
    nx.community.louvain_communities(g, seed=1)
    return time.perf_counter() - t


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    binary = args[0]
    n, m = (int(args[1]), int(args[2])) if len(args) >= 3 else (10000, 50000)
    edges = generate(n, m)
    with tempfile.TemporaryDirectory() as tmp:
        csv = os.path.join(tmp, "ties.csv")
        with open(csv, "w") as f:
            f.write("from,to\n")
            f.writelines(f"a{a},a{b}\n" for a, b in edges)
        ours = time_ours(binary, csv)
        theirs = time_igraph(n, edges)
        print(f"{n} actors, {len(edges)} ties, {os.cpu_count()} cores")
        print(f"verkostokartta analyze --json (whole process): {ours:.2f} s")
        print(f"igraph {ig.__version__} (in Python, same measures):   {theirs:.2f} s")
        print(f"ratio ours/igraph: {ours / theirs:.2f}")
        if "--networkx" in argv:
            nxt = time_networkx(n, edges)
            print(f"networkx: {nxt:.2f} s; ratio ours/networkx: {ours / nxt:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
