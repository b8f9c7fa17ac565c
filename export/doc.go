// Package export holds every foreign format of Verkostokartta: the
// Graphviz DOT document of a map (DOT) and the layouts and images Graphviz
// makes from it (Layout, SVG), and the tables and graph formats that other
// tools read and write. The reader and the writer of a format live side by
// side, one format per file.
//
// Graphviz is go-graphviz: Graphviz compiled to wasm, pure Go. One shared
// instance does all the work behind a mutex. Its own PNG output draws no
// edges and it has no PDF, so those images are painted from its "json"
// output.
//
// The package depends on graph only; the user interface and the command
// line call it, never the reverse.
package export
