// Package graph is the network model of a family centre (perhekeskus) and
// everything computed from it: actors, ties, groups, services, vocabularies,
// views of the network as gonum graphs, and the measures defined in
// DESIGN.md. It knows nothing about files or widgets.
//
// Every measure is a pure function over a View. Where a measure has a
// networkx counterpart, the values are equal to networkx 2.8 on the same
// simple graph, so that users can check our numbers.
package graph
