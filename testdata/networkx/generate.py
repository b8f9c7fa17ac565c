#!/usr/bin/python3
"""Reference values for graph/ tests, computed with networkx (Debian's
python3-networkx 2.8). Regenerate with `/usr/bin/python3 testdata/networkx/generate.py`
from the repository root; the JSON files are committed so tests need no Python.

Each file holds one network (nodes, edges, directed) and the measures networkx
computes on it, keyed by measure name and then by node.
"""
import json
import random
import math
import os

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def clean(x):
    """JSON has no NaN: networkx's undefined values become null."""
    return None if isinstance(x, float) and math.isnan(x) else x


def measures(g, weighted):
    # Weighted views: "weight" is the strength of a pair; path measures use
    # "distance" = 1/weight, so that strong ties make short paths.
    w = "weight" if weighted else None
    d = "distance" if weighted else None
    m = {
        "degree": dict(g.degree()),
        "strength": dict(g.degree(weight=w)),
        "betweenness": nx.betweenness_centrality(g, normalized=True, weight=d),
        "closeness": nx.closeness_centrality(g, wf_improved=True, distance=d),
        "harmonic": nx.harmonic_centrality(g, distance=d),
        "eigenvector": nx.eigenvector_centrality(g, max_iter=1000, weight=w),
        "pagerank": nx.pagerank(g, alpha=0.85, weight=w),
        "constraint": nx.constraint(g, weight=w),
        "effective_size": nx.effective_size(g, weight=w),
        "core": nx.core_number(g),
    }
    if g.is_directed():
        m["in_degree"] = dict(g.in_degree())
        m["out_degree"] = dict(g.out_degree())
    return {k: {n: clean(v) for n, v in vals.items()} for k, vals in m.items()}


def network_measures(g):
    u = g.to_undirected(as_view=True) if g.is_directed() else g
    out = {
        "density": nx.density(g),
        # networkx defines these for undirected graphs only; a directed view
        # is measured on its undirected version.
        "transitivity": nx.transitivity(nx.Graph(u)),
        "components": nx.number_connected_components(nx.Graph(u)),
    }
    if g.is_directed():
        out["reciprocity"] = nx.overall_reciprocity(g)
        out["strong_components"] = nx.number_strongly_connected_components(g)
    return out


def dump(name, g, source, partition=None, weighted=False):
    u = g.to_undirected(as_view=True) if g.is_directed() else g
    nodes = [str(n) for n in g.nodes()]
    doc = {
        "name": name,
        "source": source,
        "networkx": nx.__version__,
        "directed": g.is_directed(),
        "weighted": weighted,
        "nodes": nodes,
        "edges": [[str(a), str(b), d.get("weight", 1)] for a, b, d in g.edges(data=True)],
        "measures": {k: {str(n): v for n, v in vals.items()} for k, vals in measures(g, weighted).items()},
        "network": network_measures(g),
        "cut_points": sorted(str(n) for n in nx.articulation_points(nx.Graph(u))),
        "bridges": sorted(sorted([str(a), str(b)]) for a, b in nx.bridges(nx.Graph(u))),
    }
    if partition:
        # Modularity of a known partition, to check our modularity formula.
        groups = {}
        for node, label in partition.items():
            groups.setdefault(label, set()).add(node)
        doc["partition"] = {str(n): str(c) for n, c in partition.items()}
        doc["network"]["modularity_of_partition"] = nx.community.modularity(g, groups.values(), weight="weight" if weighted else None)
    with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")


def main():
    karate = nx.Graph(nx.karate_club_graph().edges())  # unweighted
    clubs = {n: d["club"] for n, d in nx.karate_club_graph().nodes(data=True)}
    dump("karate", karate, "Zachary's karate club, networkx.karate_club_graph(), unweighted", clubs)
    dump("florentine", nx.florentine_families_graph(), "Padgett's Florentine families (marriage), networkx.florentine_families_graph()")
    # Disconnected: two components and an isolated node, for Wasserman-Faust closeness.
    g = nx.Graph()
    g.add_nodes_from("abcdefgh")
    g.add_edges_from([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("e", "f"), ("f", "g")])
    dump("disconnected", g, "hand-made: triangle with a tail, a path of three, an isolated node")
    # Directed: a small referral network with a cycle, a reciprocated pair and a sink.
    d = nx.DiGraph()
    d.add_nodes_from("pqrstu")
    d.add_edges_from([("p", "q"), ("q", "r"), ("r", "p"), ("r", "s"), ("s", "r"), ("s", "t"), ("p", "t"), ("u", "p")])
    dump("directed", d, "hand-made directed graph with a cycle, a reciprocated pair, a source and a sink")
    dump("random-directed", nx.gnp_random_graph(40, 0.08, seed=7, directed=True), "networkx.gnp_random_graph(40, 0.08, seed=7, directed=True)")
    dump("random-undirected", nx.gnm_random_graph(60, 110, seed=3), "networkx.gnm_random_graph(60, 110, seed=3)")

    # Weighted by tie strength 1-3, undirected and directed.
    rng = random.Random(11)
    for name, g in [("weighted-undirected", nx.gnm_random_graph(30, 60, seed=5)),
                    ("weighted-directed", nx.gnp_random_graph(25, 0.12, seed=9, directed=True))]:
        for a, b in g.edges():
            g[a][b]["weight"] = rng.choice([1, 2, 3])
            g[a][b]["distance"] = 1 / g[a][b]["weight"]
        part = {n: n % 3 for n in g.nodes()}
        dump(name, g, "random graph with strengths 1-3, seed fixed; see generate.py", part, weighted=True)


if __name__ == "__main__":
    main()
