package workshop

import (
	"path/filepath"
	"testing"
)

// Saving and loading a 10,000-actor workspace (bigWorkspace, no ties):
// a save is atomic with fsync, so it measures the disk too.
func BenchmarkSave10000(b *testing.B) {
	ws := bigWorkspace("iso", 10000)
	path := filepath.Join(b.TempDir(), "iso.verkosto")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := ws.Save(path); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoad10000(b *testing.B) {
	path := filepath.Join(b.TempDir(), "iso.verkosto")
	if err := bigWorkspace("iso", 10000).Save(path); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Load(path); err != nil {
			b.Fatal(err)
		}
	}
}
