package workshop

import "testing"

// FuzzDecode: whatever the bytes, Decode returns a valid workspace or an
// error naming the file; it never panics, and what it accepts encodes and
// decodes again to the same document.
func FuzzDecode(f *testing.F) {
	sample, _ := Sample().Encode()
	f.Add(sample)
	f.Add(sample[:len(sample)/2])
	f.Add([]byte(`{"format": "verkostokartta-workspace", "version": 1, "actors": [{"id": "a", "name": "A", "sector": "ngo"}]}`))
	f.Add([]byte(`{"format": "verkostokartta-workspace", "version": 2}`))
	f.Add([]byte(`[[[[[[[[[[]]]]]]]]]]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ws, err := Decode(data, "fuzz.verkosto")
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		again, err := ws.Encode()
		if err != nil {
			t.Fatalf("an accepted workspace does not encode: %v", err)
		}
		if _, err := Decode(again, "again.verkosto"); err != nil {
			t.Fatalf("an accepted workspace does not decode again: %v", err)
		}
	})
}
