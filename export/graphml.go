package export

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"

	"github.com/verkostokartta/verkostokartta/graph"
)

const maxXMLBytes = 64 << 20

type graphmlDoc struct {
	XMLName xml.Name     `xml:"graphml"`
	Xmlns   string       `xml:"xmlns,attr,omitempty"`
	Keys    []graphmlKey `xml:"key"`
	Graph   graphmlGraph `xml:"graph"`
}

type graphmlKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type graphmlGraph struct {
	ID          string        `xml:"id,attr,omitempty"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Data        []graphmlData `xml:"data"`
	Nodes       []graphmlNode `xml:"node"`
	Edges       []graphmlEdge `xml:"edge"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type graphmlNode struct {
	ID   string        `xml:"id,attr"`
	Data []graphmlData `xml:"data"`
}

type graphmlEdge struct {
	ID     string        `xml:"id,attr,omitempty"`
	Source string        `xml:"source,attr"`
	Target string        `xml:"target,attr"`
	Data   []graphmlData `xml:"data"`
}

// GraphML returns the network as GraphML: actors, groups and services as
// nodes, ties, memberships and providers as edges, every field an
// attribute (see elements.go); the workspace's name is a graph attribute.
func GraphML(n *graph.Network, name string) []byte {
	nodes, edges := networkToElements(n)
	doc := graphmlDoc{Xmlns: "http://graphml.graphdrawing.org/xmlns",
		Graph: graphmlGraph{ID: "G", EdgeDefault: "undirected", Data: []graphmlData{{Key: "g_name", Value: name}}}}
	doc.Keys = append(doc.Keys, graphmlKey{ID: "g_name", For: "graph", Name: "name", Type: "string"})
	for _, a := range nodeAttrs {
		doc.Keys = append(doc.Keys, graphmlKey{ID: "n_" + a.name, For: "node", Name: a.name, Type: a.typ})
	}
	for _, a := range edgeAttrs {
		doc.Keys = append(doc.Keys, graphmlKey{ID: "e_" + a.name, For: "edge", Name: a.name, Type: a.typ})
	}
	data := func(prefix string, specs []attrSpec, attrs map[string]string) []graphmlData {
		var out []graphmlData
		for _, a := range specs {
			if v := attrs[a.name]; v != "" {
				out = append(out, graphmlData{Key: prefix + a.name, Value: v})
			}
		}
		return out
	}
	for _, e := range nodes {
		doc.Graph.Nodes = append(doc.Graph.Nodes, graphmlNode{ID: e.id, Data: data("n_", nodeAttrs, e.attrs)})
	}
	for _, e := range edges {
		doc.Graph.Edges = append(doc.Graph.Edges, graphmlEdge{ID: e.id, Source: e.source, Target: e.target, Data: data("e_", edgeAttrs, e.attrs)})
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	enc.Encode(doc)
	buf.WriteByte('\n')
	return buf.Bytes()
}

// ReadGraphML reads GraphML written by us or by Gephi, Cytoscape, yEd or
// networkx. Attributes are matched by their names; unknown ones are
// ignored. It returns the network and the graph's name, if any.
func ReadGraphML(r io.Reader, name string) (*graph.Network, string, error) {
	data, err := readXML(r, name)
	if err != nil {
		return nil, "", err
	}
	var doc graphmlDoc
	if err := xml.Unmarshal(data, &doc); err != nil {
		return nil, "", xmlError(name, data, err)
	}
	if doc.XMLName.Local != "graphml" {
		return nil, "", fmt.Errorf("%s: not a GraphML file", name)
	}
	keys := map[string]string{}
	for _, k := range doc.Keys {
		keys[k.ID] = k.Name
		if k.Name == "" {
			keys[k.ID] = k.ID
		}
	}
	attrs := func(ds []graphmlData) map[string]string {
		m := map[string]string{}
		for _, d := range ds {
			m[keys[d.Key]] = d.Value
		}
		return m
	}
	var nodes, edges []element
	for _, nd := range doc.Graph.Nodes {
		nodes = append(nodes, element{id: nd.ID, attrs: attrs(nd.Data)})
	}
	for _, ed := range doc.Graph.Edges {
		edges = append(edges, element{id: ed.ID, source: ed.Source, target: ed.Target, attrs: attrs(ed.Data)})
	}
	n, err := elementsToNetwork(name, nodes, edges, doc.Graph.EdgeDefault == "directed")
	return n, attrs(doc.Graph.Data)["name"], err
}

func readXML(r io.Reader, name string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxXMLBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > maxXMLBytes {
		return nil, fmt.Errorf("%s: file is larger than %d MiB", name, maxXMLBytes>>20)
	}
	return data, nil
}

// xmlError names the line of an XML syntax error. encoding/xml expands no
// entities but the five predefined ones, so entity bombs fail here.
func xmlError(name string, data []byte, err error) error {
	if se, ok := err.(*xml.SyntaxError); ok {
		return fmt.Errorf("%s:%d: invalid XML: %s", name, se.Line, se.Msg)
	}
	return fmt.Errorf("%s: invalid XML: %w", name, err)
}
