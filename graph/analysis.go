package graph

import "slices"

// AnalysisOptions choose the view and the settings of a full analysis.
type AnalysisOptions struct {
	View  ViewOptions
	Rules RuleSettings
	// ForumThreshold is the Jaccard similarity from which two forums count
	// as duplicates; 0 means the default 0.75.
	ForumThreshold float64
	// ExpectedSectors are the sectors a family-centre network is expected
	// to have (THL: sote, education, NGOs and parishes, Kela); nil means
	// that default.
	ExpectedSectors []string
}

// DefaultExpectedSectors are the sectors THL names as the core of a family
// centre's network.
var DefaultExpectedSectors = []string{"sote", "education", "ngo", "parish", "kela"}

// Analysis is everything computed from one view of a network: the measures
// of DESIGN.md and the findings people act on. Per-actor slices are indexed
// like View.Actors.
type Analysis struct {
	View *View

	Degree, InDegree, OutDegree []int
	Strength                    []float64
	Betweenness, Closeness      []float64
	Harmonic, Eigenvector       []float64
	PageRank                    []float64
	Constraint, EffectiveSize   []float64 // NaN where undefined
	Core                        []int
	Community                   []int
	Modularity                  float64

	Density, Transitivity float64
	Reciprocity           float64 // NaN when undefined
	Components            [][]int
	StrongComponents      int

	CutPoints  []int
	Bridges    [][2]int
	Departures []Departure

	Brokerage []BrokerageCounts
	SectorMix []SectorMix

	SinglePersonTies   []SinglePersonTie
	FragileSectorLinks []SectorLink

	Overlaps        []Overlap
	DuplicateForums []DuplicateForum

	Coverage       *Coverage
	EmptyCells     []CoverageGap
	SingleCells    []CoverageGap
	Isolated       []int
	MissingSectors []string
	Rules          []RuleResult
}

// Analyze computes the full analysis of n in the chosen view.
func Analyze(n *Network, opt AnalysisOptions) *Analysis {
	v := NewView(n, opt.View)
	a := &Analysis{View: v}
	a.Degree, a.InDegree, a.OutDegree = Degree(v), InDegree(v), OutDegree(v)
	a.Strength = Strength(v)
	a.Betweenness, a.Closeness, a.Harmonic = PathMeasures(v)
	a.Eigenvector = Eigenvector(v)
	a.PageRank = PageRank(v, 0.85)
	a.Constraint, a.EffectiveSize = Constraint(v), EffectiveSize(v)
	a.Core = CoreNumber(v)
	a.Community, a.Modularity = Communities(v)
	a.Density, a.Transitivity, a.Reciprocity = Density(v), Transitivity(v), Reciprocity(v)
	a.Components = Components(v)
	a.StrongComponents = StrongComponents(v)
	a.CutPoints, a.Bridges = cutsAndBridges(v)
	a.Departures = Departures(v)
	a.Brokerage = Brokerage(v)
	a.SectorMix = SectorMixing(v, n.Vocab.Sectors)
	a.SinglePersonTies = SinglePersonTies(v)
	a.FragileSectorLinks = FragileSectorLinks(v)
	a.Overlaps = Overlaps(v, n, opt.View.At)
	threshold := opt.ForumThreshold
	if threshold == 0 {
		threshold = 0.75
	}
	a.DuplicateForums = DuplicateForums(n, opt.View.At, threshold)
	a.Coverage = CoverageMatrix(n, opt.View.At, "")
	a.EmptyCells, a.SingleCells = a.Coverage.Gaps()
	for i, d := range a.Degree {
		if d == 0 {
			a.Isolated = append(a.Isolated, i)
		}
	}
	expected := opt.ExpectedSectors
	if expected == nil {
		expected = DefaultExpectedSectors
	}
	for _, s := range expected {
		if !slices.ContainsFunc(n.Actors, func(x *Actor) bool {
			return x.Sector == s && x.Status != StatusOutside && Within(opt.View.At, x.Since, x.Until)
		}) {
			a.MissingSectors = append(a.MissingSectors, s)
		}
	}
	a.Rules = CheckRules(n, opt.View.At, opt.Rules)
	return a
}
