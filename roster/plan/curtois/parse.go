// Package curtois reads, writes and independently evaluates the Curtois & Qu
// shift scheduling benchmark instances (schedulingbenchmarks.org, "Employee
// Shift Scheduling Benchmark Data Sets"; T. Curtois and R. Qu, Computational
// results on new staff scheduling benchmark instances, 2014), and adapts them
// to the generic planner core in package plan.
//
// The evaluator in eval.go is written separately from the planner's own
// incremental bookkeeping, so that it can verify the planner's claims.
package curtois

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// maxHorizon bounds the horizon so that malformed input cannot make the
// parser allocate without limit.
const maxHorizon = 10000

// Instance is one parsed benchmark instance. Days are 0-based; day 0 is a
// Monday.
type Instance struct {
	Horizon     int
	Shifts      []Shift
	Staff       []Staff
	DaysOff     [][]int // per staff index: days on which the employee must not work
	OnRequests  []Request
	OffRequests []Request
	Cover       []Cover

	shiftIndex map[string]int
	staffIndex map[string]int
}

// Shift is a shift type.
type Shift struct {
	ID           string
	Minutes      int
	CannotFollow []string // shifts that may not be worked the day after this one
}

// Staff is one employee with the per-employee hard limits.
type Staff struct {
	ID                    string
	MaxShifts             map[string]int // per shift ID; absent = unlimited
	MaxTotalMinutes       int
	MinTotalMinutes       int
	MaxConsecutiveShifts  int
	MinConsecutiveShifts  int
	MinConsecutiveDaysOff int
	MaxWeekends           int
}

// Request is a shift on or shift off request.
type Request struct {
	Employee string
	Day      int
	Shift    string
	Weight   int
}

// Cover is the requirement for one (day, shift).
type Cover struct {
	Day         int
	Shift       string
	Requirement int
	Under       int // weight per missing employee
	Over        int // weight per surplus employee
}

// ShiftIndex returns the index of shift id in Shifts.
func (in *Instance) ShiftIndex(id string) (int, bool) {
	i, ok := in.shiftIndex[id]
	return i, ok
}

// StaffIndex returns the index of employee id in Staff.
func (in *Instance) StaffIndex(id string) (int, bool) {
	i, ok := in.staffIndex[id]
	return i, ok
}

// parseError is a parse error with the line number, in Dutch and English.
func parseError(line int, nl, en string, args ...any) error {
	return fmt.Errorf("regel %d: %s / line %d: %s", line, fmt.Sprintf(nl, args...), line, fmt.Sprintf(en, args...))
}

type rawLine struct {
	no     int
	fields []string
}

// Parse reads an instance in the Curtois & Qu text format (CRLF or LF line
// endings, '#' comment lines, blank lines between sections) and validates
// all cross references.
func Parse(r io.Reader) (*Instance, error) {
	sections := map[string][]rawLine{}
	seen := map[string]int{}
	current := ""
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	no := 0
	for sc.Scan() {
		no++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "SECTION_") {
			if !knownSection[line] {
				return nil, parseError(no, "onbekende sectie %q", "unknown section %q", line)
			}
			if prev, dup := seen[line]; dup {
				return nil, parseError(no, "sectie %s staat er twee keer (eerder op regel %d)", "section %s appears twice (first on line %d)", line, prev)
			}
			seen[line] = no
			current = line
			continue
		}
		if current == "" {
			return nil, parseError(no, "gegevens voor de eerste sectie", "data before the first section")
		}
		fields := strings.Split(line, ",")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		sections[current] = append(sections[current], rawLine{no, fields})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lezen mislukt / read failed: %w", err)
	}
	for _, s := range []string{"SECTION_HORIZON", "SECTION_SHIFTS", "SECTION_STAFF"} {
		if _, ok := seen[s]; !ok {
			return nil, fmt.Errorf("sectie %s ontbreekt / section %s is missing", s, s)
		}
	}
	in := &Instance{shiftIndex: map[string]int{}, staffIndex: map[string]int{}}
	steps := []func(map[string][]rawLine) error{
		in.parseHorizon, in.parseShifts, in.parseStaff, in.parseDaysOff,
		in.parseRequests, in.parseCover,
	}
	for _, step := range steps {
		if err := step(sections); err != nil {
			return nil, err
		}
	}
	return in, nil
}

var knownSection = map[string]bool{
	"SECTION_HORIZON": true, "SECTION_SHIFTS": true, "SECTION_STAFF": true,
	"SECTION_DAYS_OFF": true, "SECTION_SHIFT_ON_REQUESTS": true,
	"SECTION_SHIFT_OFF_REQUESTS": true, "SECTION_COVER": true,
}

// Upper bounds of the numbers of an instance. They keep every sum the
// evaluator and the planner form (objective, minutes per employee) far from
// the int64 limit: a shift is at most a day long, a total of minutes at most
// the horizon in whole days, and a weight times a deviation at most 10^5 ×
// 10^4 per cover line, so even a 4 GB file of cover lines sums below 2^63.
// Without them a shift length near the limit wrapped around to a negative
// number and the planner reported a false "proven optimal".
const (
	maxShiftMinutes = 24 * 60
	maxTotalMinutes = maxHorizon * 24 * 60
	maxWeight       = 100_000
	maxCount        = 10_000 // requirements, shifts per employee, consecutive days, weekends
)

// atoi parses a non-negative integer field of at most limit.
func atoi(l rawLine, i int, what string, limit int) (int, error) {
	if i >= len(l.fields) {
		return 0, parseError(l.no, "veld %s ontbreekt", "field %s is missing", what)
	}
	v, err := strconv.Atoi(l.fields[i])
	if err != nil || v < 0 {
		return 0, parseError(l.no, "%s moet een geheel getal ≥ 0 zijn, niet %q", "%s must be an integer ≥ 0, not %q", what, l.fields[i])
	}
	if v > limit {
		return 0, parseError(l.no, "%s %d is te groot (hoogstens %d)", "%s %d is too large (at most %d)", what, v, limit)
	}
	return v, nil
}

// needFields checks the number of fields of a line.
func needFields(l rawLine, n int, section string) error {
	if len(l.fields) != n {
		return parseError(l.no, "%s verwacht %d velden, niet %d", "%s expects %d fields, not %d", section, n, len(l.fields))
	}
	return nil
}

func (in *Instance) day(l rawLine, i int) (int, error) {
	d, err := atoi(l, i, "dag/day", maxHorizon)
	if err != nil {
		return 0, err
	}
	if d >= in.Horizon {
		return 0, parseError(l.no, "dag %d valt buiten de horizon van %d dagen", "day %d is outside the horizon of %d days", d, in.Horizon)
	}
	return d, nil
}

func (in *Instance) shift(l rawLine, id string) error {
	if _, ok := in.shiftIndex[id]; !ok {
		return parseError(l.no, "onbekende dienst %q", "unknown shift %q", id)
	}
	return nil
}

func (in *Instance) staff(l rawLine, id string) (int, error) {
	e, ok := in.staffIndex[id]
	if !ok {
		return 0, parseError(l.no, "onbekende medewerker %q", "unknown employee %q", id)
	}
	return e, nil
}
