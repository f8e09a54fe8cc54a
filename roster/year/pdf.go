package year

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/huisrooster/huisrooster/assets"
	"github.com/huisrooster/huisrooster/roster"
)

// pdfFont is the name the embedded Noto Sans goes by in the PDF (the fonts
// of the fridge print).
const pdfFont = "noto"

var monthsNL = [...]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}

// hexRGB parses "#rrggbb"; ok is false for anything else.
func hexRGB(s string) (r, g, b int, ok bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(s) != 6 {
		return 0, 0, 0, false
	}
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil {
		return 0, 0, 0, false
	}
	return int(v >> 16 & 0xff), int(v >> 8 & 0xff), int(v & 0xff), true
}

// light mixes a colour towards white, so black text stays readable on it.
func light(c int) int { return c + (255-c)*55/100 }

// WritePDF writes the provisional roster as A4 portrait pages, one per
// quarter: a calendar of its weeks with the member's shifts, leave, public
// and school holidays, marked "VOORLOPIG" on every page. created is the
// document's date (fixed in tests, so the same roster gives the same bytes).
func (pr *ProvisionalRoster) WritePDF(w io.Writer, created time.Time) error {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCreationDate(created)
	pdf.SetModificationDate(created)
	pdf.SetCatalogSort(true)
	pdf.SetTitle(fmt.Sprintf("Voorlopig jaarrooster %d, %s", pr.Year, pr.Name), true)
	pdf.SetCreator("Huisrooster", true)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.AddUTF8FontFromBytes(pdfFont, "", assets.FontRegular())
	pdf.AddUTF8FontFromBytes(pdfFont, "B", assets.FontBold())
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("lettertype laden / load font: %w", err)
	}
	byDate := map[roster.Date]*ProvisionalDay{}
	for i := range pr.Days {
		byDate[pr.Days[i].Date] = &pr.Days[i]
	}
	for q := 0; q < 4; q++ {
		pr.quarterPage(pdf, q, byDate, created)
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("jaarrooster tekenen / draw year roster: %w", err)
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("pdf schrijven / write pdf: %w", err)
	}
	return nil
}

// quarterPage draws quarter q (0–3) on a new page.
func (pr *ProvisionalRoster) quarterPage(pdf *fpdf.Fpdf, q int, byDate map[roster.Date]*ProvisionalDay, created time.Time) {
	const left, top, width = 12.0, 12.0, 186.0
	pdf.AddPage()
	first := roster.NewDate(pr.Year, time.Month(3*q+1), 1)
	last := roster.NewDate(pr.Year, time.Month(3*q+4), 1) - 1 // NewDate normalises month 13 to January

	// The mark: a band across the top and a pale word across the page.
	pdf.SetFillColor(198, 40, 40)
	pdf.Rect(0, 0, 210, 7, "F")
	pdf.SetTextColor(255, 255, 255)
	pdf.SetFont(pdfFont, "B", 10)
	pdf.SetXY(0, 0.8)
	pdf.CellFormat(210, 5.5, "VOORLOPIG — kan nog veranderen", "", 0, "C", false, 0, "")

	pdf.SetTextColor(20, 20, 20)
	pdf.SetFont(pdfFont, "B", 16)
	pdf.Text(left, top+8, fmt.Sprintf("Voorlopig jaarrooster %d — %s", pr.Year, pr.Name))
	pdf.SetFont(pdfFont, "", 10)
	pdf.Text(left, top+14, fmt.Sprintf("%s · kwartaal %d: %s – %s %d", pr.HouseName, q+1, monthsNL[3*q], monthsNL[3*q+2], pr.Year))
	pdf.SetFont(pdfFont, "", 8)
	pdf.SetTextColor(90, 90, 90)
	pdf.Text(left, top+19, fmt.Sprintf("Het basisrooster over het jaar, met wat al gepland is, afgesproken verlof en feestdagen. Gemaakt op %s.", created.Format("02-01-2006")))

	// The calendar: a week column and seven days.
	y0 := top + 24
	colW := []float64{14}
	for i := 0; i < 7; i++ {
		colW = append(colW, (width-14)/7)
	}
	pdf.SetFont(pdfFont, "B", 8)
	pdf.SetTextColor(20, 20, 20)
	x := left
	for i, hd := range []string{"week", "ma", "di", "wo", "do", "vr", "za", "zo"} {
		pdf.SetXY(x, y0)
		pdf.CellFormat(colW[i], 5, hd, "", 0, "C", false, 0, "")
		x += colW[i]
	}
	y := y0 + 6
	rows := int(last.Monday()-first.Monday())/7 + 1
	rowH := min(17.5, (280-y-12)/float64(rows))
	for mon := first.Monday(); mon <= last; mon += 7 {
		_, wk := mon.ISOWeek()
		x = left
		pdf.SetDrawColor(180, 180, 180)
		pdf.SetLineWidth(0.2)
		pdf.SetFont(pdfFont, "B", 9)
		pdf.SetTextColor(60, 60, 60)
		pdf.SetXY(x, y)
		pdf.CellFormat(colW[0], rowH, strconv.Itoa(wk), "1", 0, "C", false, 0, "")
		x += colW[0]
		for i := 0; i < 7; i++ {
			d := mon + roster.Date(i)
			cw := colW[i+1]
			day := byDate[d]
			in := d >= first && d <= last && day != nil
			switch {
			case !in:
				pdf.SetFillColor(240, 240, 240)
			case day.Absence == roster.AbsLeave || day.Absence == roster.AbsSpecial:
				pdf.SetFillColor(200, 230, 201)
			case day.Absence != "":
				pdf.SetFillColor(225, 215, 210)
			case day.Holiday != "":
				pdf.SetFillColor(250, 220, 205)
			case day.School:
				pdf.SetFillColor(222, 236, 250)
			default:
				pdf.SetFillColor(255, 255, 255)
			}
			pdf.Rect(x, y, cw, rowH, "FD")
			if in {
				_, mo, dd := d.YMD()
				pdf.SetFont(pdfFont, "", 7)
				pdf.SetTextColor(90, 90, 90)
				label := strconv.Itoa(dd)
				if dd == 1 {
					label += " " + monthsNL[mo-1][:3]
				}
				pdf.Text(x+1, y+3, label)
				ty := y + 4
				if day.Holiday != "" {
					pdf.SetFont(pdfFont, "", 5.5)
					pdf.SetTextColor(160, 60, 30)
					pdf.Text(x+1, y+rowH-1.2, truncate(pdf, day.Holiday, cw-2))
				}
				switch day.Absence {
				case roster.AbsLeave:
					pr.centre(pdf, x, ty, cw, "verlof", 8, true)
				case roster.AbsSpecial:
					pr.centre(pdf, x, ty, cw, "bijzonder verlof", 6.5, true)
				case roster.AbsTraining:
					pr.centre(pdf, x, ty, cw, "opleiding", 7, true)
				case roster.AbsSick:
					pr.centre(pdf, x, ty, cw, "afwezig", 7, true)
				}
				for k, s := range day.Shifts {
					if k == 2 {
						break
					}
					sy := ty + float64(k)*5.5
					r, g, b, ok := hexRGB(s.Colour)
					if !ok {
						r, g, b = 144, 164, 174
					}
					pdf.SetFillColor(light(r), light(g), light(b))
					pdf.Rect(x+1, sy, cw-2, 5, "F")
					pdf.SetFont(pdfFont, "B", 7)
					pdf.SetTextColor(20, 20, 20)
					pdf.SetXY(x+1, sy)
					pdf.CellFormat(cw-2, 5, fmt.Sprintf("%s %s–%s", s.Code, s.Start, s.End), "", 0, "C", false, 0, "")
				}
			}
			x += cw
		}
		y += rowH
	}
	// The legend and the quarter's hours.
	pdf.SetFont(pdfFont, "", 7.5)
	pdf.SetTextColor(60, 60, 60)
	legend := "Groen: verlof · oranje: feestdag · blauw: schoolvakantie · grijs-bruin: opleiding of afwezig."
	pdf.Text(left, y+5, legend)
	planned := 0.0
	for d := first; d <= last; d++ {
		if day := byDate[d]; day != nil {
			for _, s := range day.Shifts {
				planned += shiftHours(s)
			}
		}
	}
	pdf.Text(left, y+9.5, fmt.Sprintf("Diensten dit kwartaal: %s u klokuren · het hele jaar: %s u gepland tegen %s u contract.",
		hours(planned, roster.Dutch), hours(pr.Planned, roster.Dutch), hours(pr.Contract, roster.Dutch)))
	pdf.SetFont(pdfFont, "", 7)
	pdf.Text(left, 290, fmt.Sprintf("Huisrooster · %s · voorlopig jaarrooster %d · pagina %d van 4", pr.HouseName, pr.Year, q+1))
	// The word across the page, over the calendar and see-through.
	pdf.SetAlpha(0.13, "Normal")
	pdf.SetTextColor(198, 40, 40)
	pdf.SetFont(pdfFont, "B", 90)
	pdf.TransformBegin()
	pdf.TransformRotate(55, 105, 160)
	pdf.Text(105-pdf.GetStringWidth("VOORLOPIG")/2, 175, "VOORLOPIG")
	pdf.TransformEnd()
	pdf.SetAlpha(1, "Normal")
}

// centre writes s centred in a cell of width cw at y.
func (pr *ProvisionalRoster) centre(pdf *fpdf.Fpdf, x, y, cw float64, s string, size float64, bold bool) {
	st := ""
	if bold {
		st = "B"
	}
	pdf.SetFont(pdfFont, st, size)
	pdf.SetTextColor(40, 90, 40)
	pdf.SetXY(x, y)
	pdf.CellFormat(cw, 5, s, "", 0, "C", false, 0, "")
}

// shiftHours returns the clock hours of a shift (an end at or before the
// start is the next day).
func shiftHours(s ProvisionalShift) float64 {
	d := int(s.End) - int(s.Start)
	if d <= 0 {
		d += 1440
	}
	return float64(d) / 60
}

// truncate shortens s to fit width w in the current font.
func truncate(pdf *fpdf.Fpdf, s string, w float64) string {
	if pdf.GetStringWidth(s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && pdf.GetStringWidth(string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}
