// Package export holds every foreign format of Verkostokartta: Graphviz DOT
// and the images rendered from it, and the tables and graph formats that
// other tools read and write. Readers and writers of a format live side by
// side. It depends on graph only.
package export
