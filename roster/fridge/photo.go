package fridge

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	_ "image/png" // member photos may be PNG
)

// photoPx is the size photos are scaled down to: a tag's avatar is at most
// about 11 mm wide, so 160 px prints at over 300 dpi.
const photoPx = 160

// preparePhotos returns, per member on the week who has a usable photo, the
// photo as a square JPEG on white. A photo that does not decode is left out
// (the tag shows the initial instead): a bad photo must not stop the print.
func preparePhotos(wk *Week) map[int][]byte {
	out := map[int][]byte{}
	tried := map[int]bool{}
	for _, d := range wk.Days {
		for _, people := range d.Slots {
			for _, p := range people {
				if tried[p.Member] || len(p.Photo) == 0 {
					continue
				}
				tried[p.Member] = true
				if b, err := squareJPEG(p.Photo); err == nil {
					out[p.Member] = b
				}
			}
		}
	}
	return out
}

// squareJPEG decodes a PNG or JPEG photo, crops its centre square, scales it
// to at most photoPx (averaging pixels), flattens it on white and encodes it
// as JPEG.
func squareJPEG(b []byte) ([]byte, error) {
	src, _, err := image.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	bb := src.Bounds()
	side := min(bb.Dx(), bb.Dy())
	if side == 0 {
		return nil, image.ErrFormat
	}
	x0, y0 := bb.Min.X+(bb.Dx()-side)/2, bb.Min.Y+(bb.Dy()-side)/2
	n := min(side, photoPx)
	dst := image.NewRGBA(image.Rect(0, 0, n, n))
	for y := range n {
		sy0, sy1 := y0+y*side/n, y0+(y+1)*side/n
		for x := range n {
			sx0, sx1 := x0+x*side/n, x0+(x+1)*side/n
			var r, g, bl, a, cnt uint64
			for sy := sy0; sy < sy1; sy++ {
				for sx := sx0; sx < sx1; sx++ {
					cr, cg, cb, ca := src.At(sx, sy).RGBA()
					r, g, bl, a, cnt = r+uint64(cr), g+uint64(cg), bl+uint64(cb), a+uint64(ca), cnt+1
				}
			}
			// Premultiplied colours over white: c + (1 − a).
			wt := 0xffff*cnt - a
			dst.SetRGBA(x, y, color.RGBA{
				R: uint8((r + wt) / cnt >> 8), G: uint8((g + wt) / cnt >> 8),
				B: uint8((bl + wt) / cnt >> 8), A: 0xff})
		}
	}
	var out bytes.Buffer
	if err := jpeg.Encode(&out, dst, &jpeg.Options{Quality: 88}); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
