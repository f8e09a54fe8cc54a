package fridge

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/huisrooster/huisrooster/assets"
	"github.com/huisrooster/huisrooster/roster"
)

// Render writes the fridge print of the ISO week that contains monday as a
// one-page A4 landscape PDF.
func Render(w io.Writer, h *roster.House, monday roster.Date) error {
	return RenderWeek(w, BuildWeek(h, monday))
}

// RenderWeek writes wk as a one-page A4 landscape PDF.
func RenderWeek(w io.Writer, wk *Week) error { return render(w, wk, time.Now()) }

// RenderAt is RenderWeek with created as the document's creation date.
func RenderAt(w io.Writer, wk *Week, created time.Time) error { return render(w, wk, created) }

// fontFamily is the name the embedded Noto Sans goes by in the PDF.
const fontFamily = "noto"

// render writes wk with created as the document's creation date (fixed in
// tests, so the output is byte for byte the same).
func render(w io.Writer, wk *Week, created time.Time) error {
	pdf := fpdf.New("L", "mm", "A4", "")
	pdf.SetCreationDate(created)
	pdf.SetModificationDate(created)
	pdf.SetCatalogSort(true)
	pdf.SetTitle(fmt.Sprintf("Wie is er deze week? %s, week %d", wk.House, wk.Number), true)
	pdf.SetCreator("Huisrooster", true)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.SetLineCapStyle("round")
	pdf.SetLineJoinStyle("round")
	pdf.AddUTF8FontFromBytes(fontFamily, "", assets.FontRegular())
	pdf.AddUTF8FontFromBytes(fontFamily, "B", assets.FontBold())
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("lettertype laden / load font: %w", err)
	}
	measure := func(s string, bold bool, size float64) float64 {
		pdf.SetFont(fontFamily, style(bold), size)
		return pdf.GetStringWidth(s)
	}
	photos := preparePhotos(wk)
	pg := layoutOn(wk, photos, measure, roster.DateOf(created.In(roster.Amsterdam)))

	pdf.AddPage()
	for _, id := range slices.Sorted(maps.Keys(photos)) { // in order: the same week gives the same bytes
		pdf.RegisterImageOptionsReader(photoName(id), fpdf.ImageOptions{ImageType: "JPG"}, bytes.NewReader(photos[id]))
	}
	for i := range pg.ops {
		drawOp(pdf, &pg.ops[i])
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("koelkastweek tekenen / draw fridge week: %w", err)
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("pdf schrijven / write pdf: %w", err)
	}
	return nil
}

// drawOp replays one drawing operation on pdf.
func drawOp(pdf *fpdf.Fpdf, o *op) {
	st := "F"
	switch {
	case o.filled && o.lineW > 0:
		st = "FD"
	case !o.filled:
		st = "D"
	}
	if o.filled {
		pdf.SetFillColor(int(o.fill.R), int(o.fill.G), int(o.fill.B))
	}
	if o.lineW > 0 {
		pdf.SetDrawColor(int(o.stroke.R), int(o.stroke.G), int(o.stroke.B))
		pdf.SetLineWidth(o.lineW)
	}
	switch o.kind {
	case opBox:
		pdf.RoundedRect(o.x, o.y, o.w, o.h, o.r, "1234", st)
	case opCircle:
		pdf.Circle(o.x, o.y, o.r, st)
	case opPolygon:
		pdf.Polygon(o.pts, st)
	case opLine:
		pdf.Line(o.x, o.y, o.x+o.w, o.y+o.h)
	case opText:
		pdf.SetFont(fontFamily, style(o.bold), o.size)
		pdf.SetTextColor(int(o.fill.R), int(o.fill.G), int(o.fill.B))
		pdf.Text(o.x, o.y, o.text)
	case opPhoto:
		pdf.ClipCircle(o.x, o.y, o.r, false)
		pdf.ImageOptions(photoName(o.photo), o.x-o.r, o.y-o.r, 2*o.r, 2*o.r, false,
			fpdf.ImageOptions{ImageType: "JPG"}, 0, "")
		pdf.ClipEnd()
	}
}

func style(bold bool) string {
	if bold {
		return "B"
	}
	return ""
}

func photoName(member int) string { return "photo" + strconv.Itoa(member) }
