package export

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"

	"github.com/verkostokartta/verkostokartta/graph"
)

// GEXF 1.2draft, the namespace networkx and Gephi read and write.
const (
	gexfNS    = "http://www.gexf.net/1.2draft"
	gexfVizNS = "http://www.gexf.net/1.2draft/viz"
)

type gexfDoc struct {
	XMLName xml.Name  `xml:"gexf"`
	Xmlns   string    `xml:"xmlns,attr,omitempty"`
	Viz     string    `xml:"xmlns:viz,attr,omitempty"`
	Version string    `xml:"version,attr,omitempty"`
	Meta    *gexfMeta `xml:"meta,omitempty"`
	Graph   gexfGraph `xml:"graph"`
}

type gexfMeta struct {
	Creator     string `xml:"creator,omitempty"`
	Description string `xml:"description,omitempty"`
}

type gexfGraph struct {
	DefaultEdgeType string           `xml:"defaultedgetype,attr,omitempty"`
	Mode            string           `xml:"mode,attr,omitempty"`
	Attributes      []gexfAttributes `xml:"attributes"`
	Nodes           []gexfNode       `xml:"nodes>node"`
	Edges           []gexfEdge       `xml:"edges>edge"`
}

type gexfAttributes struct {
	Class string          `xml:"class,attr"`
	Attrs []gexfAttribute `xml:"attribute"`
}

type gexfAttribute struct {
	ID    string `xml:"id,attr"`
	Title string `xml:"title,attr"`
	Type  string `xml:"type,attr"`
}

type gexfValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

type gexfNode struct {
	ID       string        `xml:"id,attr"`
	Label    string        `xml:"label,attr,omitempty"`
	Values   []gexfValue   `xml:"attvalues>attvalue"`
	Position *gexfPosition `xml:"http://www.gexf.net/1.2draft/viz position,omitempty"`
	Colour   *gexfColour   `xml:"http://www.gexf.net/1.2draft/viz color,omitempty"`
}

type gexfPosition struct {
	X float64 `xml:"x,attr"`
	Y float64 `xml:"y,attr"`
	Z float64 `xml:"z,attr"`
}

type gexfColour struct {
	R int `xml:"r,attr"`
	G int `xml:"g,attr"`
	B int `xml:"b,attr"`
}

type gexfEdge struct {
	ID     string      `xml:"id,attr,omitempty"`
	Source string      `xml:"source,attr"`
	Target string      `xml:"target,attr"`
	Label  string      `xml:"label,attr,omitempty"`
	Weight string      `xml:"weight,attr,omitempty"`
	Values []gexfValue `xml:"attvalues>attvalue"`
}

func gexfType(t string) string {
	if t == "int" {
		return "integer"
	}
	return t
}

// GEXF returns the network as GEXF 1.2 (see elements.go for the mapping),
// with map positions and sector colours for Gephi, and the tie strength as
// the edge weight.
func GEXF(n *graph.Network, name string) []byte {
	nodes, edges := networkToElements(n)
	doc := gexfDoc{Xmlns: gexfNS, Viz: gexfVizNS, Version: "1.2", Meta: &gexfMeta{Creator: "Verkostokartta", Description: name},
		Graph: gexfGraph{DefaultEdgeType: "undirected", Mode: "static"}}
	na, ea := gexfAttributes{Class: "node"}, gexfAttributes{Class: "edge"}
	for _, a := range nodeAttrs {
		if a.name != "x" && a.name != "y" {
			na.Attrs = append(na.Attrs, gexfAttribute{ID: a.name, Title: a.name, Type: gexfType(a.typ)})
		}
	}
	for _, a := range edgeAttrs {
		ea.Attrs = append(ea.Attrs, gexfAttribute{ID: a.name, Title: a.name, Type: gexfType(a.typ)})
	}
	doc.Graph.Attributes = []gexfAttributes{na, ea}
	values := func(specs []attrSpec, attrs map[string]string) []gexfValue {
		var out []gexfValue
		for _, a := range specs {
			if v := attrs[a.name]; v != "" && a.name != "x" && a.name != "y" {
				out = append(out, gexfValue{For: a.name, Value: v})
			}
		}
		return out
	}
	for _, e := range nodes {
		node := gexfNode{ID: e.id, Label: e.label, Values: values(nodeAttrs, e.attrs)}
		if e.attrs["element"] == elemActor {
			x, _ := strconv.ParseFloat(e.attrs["x"], 64)
			y, _ := strconv.ParseFloat(e.attrs["y"], 64)
			// Gephi's y grows upwards.
			node.Position = &gexfPosition{X: x, Y: -y}
			if r, g, b, ok := parseHex(n.Vocab.SectorColour(e.attrs["sector"])); ok {
				node.Colour = &gexfColour{int(r), int(g), int(b)}
			}
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, node)
	}
	for _, e := range edges {
		edge := gexfEdge{ID: e.id, Source: e.source, Target: e.target, Label: e.label, Values: values(edgeAttrs, e.attrs)}
		if s := e.attrs["strength"]; s != "" {
			edge.Weight = s
		}
		doc.Graph.Edges = append(doc.Graph.Edges, edge)
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	enc.Encode(doc)
	buf.WriteByte('\n')
	return buf.Bytes()
}

// ReadGEXF reads GEXF 1.1–1.3 written by us, Gephi or networkx. It returns
// the network and the description, if any.
func ReadGEXF(r io.Reader, name string) (*graph.Network, string, error) {
	data, err := readXML(r, name)
	if err != nil {
		return nil, "", err
	}
	var doc gexfDoc
	if err := xml.Unmarshal(data, &doc); err != nil {
		return nil, "", xmlError(name, data, err)
	}
	if doc.XMLName.Local != "gexf" {
		return nil, "", fmt.Errorf("%s: not a GEXF file", name)
	}
	titles := map[string]string{}
	for _, as := range doc.Graph.Attributes {
		for _, a := range as.Attrs {
			titles[as.Class+"/"+a.ID] = a.Title
		}
	}
	attrs := func(class string, vs []gexfValue) map[string]string {
		m := map[string]string{}
		for _, v := range vs {
			key := titles[class+"/"+v.For]
			if key == "" {
				key = v.For
			}
			m[key] = v.Value
		}
		return m
	}
	var nodes, edges []element
	for _, nd := range doc.Graph.Nodes {
		at := attrs("node", nd.Values)
		if nd.Position != nil && at["x"] == "" {
			at["x"], at["y"] = numText(nd.Position.X), numText(-nd.Position.Y)
		}
		nodes = append(nodes, element{id: nd.ID, label: nd.Label, attrs: at})
	}
	for _, ed := range doc.Graph.Edges {
		at := attrs("edge", ed.Values)
		if at["strength"] == "" && ed.Weight != "" {
			at["weight"] = ed.Weight
		}
		edges = append(edges, element{id: ed.ID, source: ed.Source, target: ed.Target, label: ed.Label, attrs: at})
	}
	description := ""
	if doc.Meta != nil {
		description = doc.Meta.Description
	}
	n, err := elementsToNetwork(name, nodes, edges, doc.Graph.DefaultEdgeType == "directed")
	return n, description, err
}
