package mapview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"github.com/verkostokartta/verkostokartta/graph"
)

// TieSample is a short line drawn as the map draws a tie of the kind and
// status, for legends.
func TieSample(kind, status string, directed bool) fyne.CanvasObject {
	const w, h = 56, 18
	var d drawing
	d.styledLine(fyne.NewPos(2, h/2), fyne.NewPos(w-2, h/2), &graph.Tie{Kind: kind, Status: status, Directed: directed, Strength: 2}, false)
	space := canvas.NewRectangle(color.Transparent)
	space.SetMinSize(fyne.NewSize(w, h))
	return container.NewCenter(container.NewStack(space, container.NewWithoutLayout(d.objects...)))
}

// SectorSample is a small box in the sector colour hex ("#rrggbb"), as
// the map draws actors; meetingPlace adds the inner frame.
func SectorSample(hex string, meetingPlace bool) fyne.CanvasObject {
	fill := parseColour(hex)
	box := canvas.NewRectangle(fill)
	box.CornerRadius, box.StrokeWidth, box.StrokeColor = 4, 1, darker(fill)
	box.SetMinSize(fyne.NewSize(32, 20))
	objects := []fyne.CanvasObject{box}
	if meetingPlace {
		inner := canvas.NewRectangle(color.Transparent)
		inner.CornerRadius, inner.StrokeWidth, inner.StrokeColor = 3, 1.5, color.Black
		objects = append(objects, container.New(&insetLayout{3}, inner))
	}
	return container.NewCenter(container.NewStack(objects...))
}

// insetLayout fills its container but for a margin.
type insetLayout struct{ margin float32 }

func (l *insetLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(l.margin, l.margin))
		o.Resize(fyne.NewSize(size.Width-2*l.margin, size.Height-2*l.margin))
	}
}

func (l *insetLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(2*l.margin, 2*l.margin)
}
