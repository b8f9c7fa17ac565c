package export

import (
	"context"
	"os"
	"testing"
	"time"
)

func TestZZScratch(t *testing.T) {
	dot, _ := os.ReadFile("/tmp/s.dot")
	for _, s := range []Size{Projector, A4, {}} {
		t0 := time.Now()
		png, err := PNG(context.Background(), dot, s)
		if err != nil {
			t.Fatal(err)
		}
		t1 := time.Now()
		pdf, err := PDF(context.Background(), dot, s)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s png %v %d pdf %v %d", s.Name, t1.Sub(t0), len(png), time.Since(t1), len(pdf))
		os.WriteFile("/tmp/s-"+s.Name+".png", png, 0o644)
		os.WriteFile("/tmp/s-"+s.Name+".pdf", pdf, 0o644)
	}
}
