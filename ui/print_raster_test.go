package ui

import (
	"bytes"
	"errors"
	"image/color"
	"testing"
)

func TestParsePPM(t *testing.T) {
	px := []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
	for _, tc := range []struct {
		name string
		in   []byte
		ok   bool
	}{
		{"plain", append([]byte("P6\n2 2\n255\n"), px...), true},
		{"comments and spaces", append([]byte("P6 # pdftoppm\n 2\t2 # size\n255\n"), px...), true},
		{"extra bytes", append([]byte("P6\n2 2\n255\n"), append(px, 0, 0)...), true},
		{"short", append([]byte("P6\n2 2\n255\n"), px[:11]...), false},
		{"ascii ppm", []byte("P3\n1 1\n255\n1 2 3\n"), false},
		{"16 bit", append([]byte("P6\n1 1\n65535\n"), px[:6]...), false},
		{"zero size", []byte("P6\n0 2\n255\n"), false},
		{"negative", []byte("P6\n-1 -1\n255\n"), false},
		{"huge", []byte("P6\n100000 100000\n255\n"), false},
		{"no space after max", []byte("P6\n1 1\n255"), false},
		{"empty", nil, false},
	} {
		img, err := parsePPM(tc.in)
		if (err == nil) != tc.ok {
			t.Errorf("%s: err = %v, want ok %v", tc.name, err, tc.ok)
			continue
		}
		if err != nil {
			if !errors.Is(err, errPPM) {
				t.Errorf("%s: err %v is no errPPM", tc.name, err)
			}
			continue
		}
		if got := img.At(1, 1); got != (color.NRGBA{10, 11, 12, 255}) {
			t.Errorf("%s: pixel (1,1) = %v", tc.name, got)
		}
		if got := img.At(1, 0); got != (color.NRGBA{4, 5, 6, 255}) {
			t.Errorf("%s: pixel (1,0) = %v", tc.name, got)
		}
	}
}

func FuzzParsePPM(f *testing.F) {
	f.Add([]byte("P6\n2 1\n255\n\x01\x02\x03\x04\x05\x06"))
	f.Add([]byte("P6 #c\n1 1 255 abc"))
	f.Fuzz(func(t *testing.T, b []byte) {
		img, err := parsePPM(b)
		if err != nil {
			return
		}
		r := img.Bounds()
		if r.Dx() <= 0 || r.Dy() <= 0 || r.Dx()*r.Dy()*3 > len(b) {
			t.Fatalf("image %v from %d bytes", r, len(b))
		}
		if _, _, _, a := img.At(r.Dx()-1, r.Dy()-1).RGBA(); a != 0xffff {
			t.Fatalf("transparent pixel from %q", b)
		}
		if !bytes.Contains(b, []byte("P6")) {
			t.Fatalf("image from %q without P6", b)
		}
	})
}
