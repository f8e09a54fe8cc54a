package publish

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/fridge"
	"github.com/huisrooster/huisrooster/roster/ical"
)

// Local record keys.
const (
	configKey = "publish/config"
	stateKey  = "publish/state"
)

// Weeks of the calendars: the last PastWeeks and the next FutureWeeks,
// counted from the Monday of this week (this week is the first of the
// next ones).
const (
	PastWeeks   = 2
	FutureWeeks = 8
)

// Config is the folder setting of an installation: off by default.
type Config struct {
	On   bool   `json:"on"`
	Dir  string `json:"dir"`
	Lang string `json:"lang,omitempty"` // language of index.html: "nl" (default) or "en"
}

// LoadConfig returns the folder setting (the zero Config when none was saved).
func LoadConfig(ls roster.LocalStore) (Config, error) {
	var c Config
	if _, err := ls.GetLocal(configKey, &c); err != nil {
		return Config{}, fmt.Errorf("publicatie-instelling / publish setting: %w", err)
	}
	return c, nil
}

// SaveConfig saves the folder setting. Turning it on needs a folder that
// exists.
func SaveConfig(ls roster.LocalStore, c Config) error {
	c.Dir = strings.TrimSpace(c.Dir)
	if c.On {
		if err := CheckDir(c.Dir); err != nil {
			return err
		}
	}
	if err := ls.PutLocal(configKey, c); err != nil {
		return fmt.Errorf("publicatie-instelling / publish setting: %w", err)
	}
	return nil
}

// CheckDir reports why dir cannot be published to: empty, missing or not a
// folder.
func CheckDir(dir string) error {
	if strings.TrimSpace(dir) == "" {
		return errors.New("kies een map / choose a folder")
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("map %s bestaat niet of is niet bereikbaar / folder %s does not exist or cannot be reached: %w", dir, dir, err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s is geen map / %s is not a folder", dir, dir)
	}
	return nil
}

// State is what was last published: per event UID what it held, and per
// file the key of its content.
type State struct {
	HouseID string                `json:"houseId"` // random once, then fixed: the root of every UID
	Events  map[string]EventState `json:"events"`
	Files   map[string]string     `json:"files"`   // file name → content key
	Changed time.Time             `json:"changed"` // when a file's content last changed
	// missing are files of Files that are gone from the folder (deleted by
	// hand or by a sync client): they are made again.
	missing map[string]bool
}

// EventState is a published event.
type EventState struct {
	Member    int         `json:"member"`
	Date      roster.Date `json:"date"`
	Start     time.Time   `json:"start"`
	End       time.Time   `json:"end"`
	Summary   string      `json:"summary"`
	Location  string      `json:"location,omitempty"`
	Hash      string      `json:"hash"`
	Sequence  int         `json:"sequence"`
	Stamp     time.Time   `json:"stamp"`
	Cancelled bool        `json:"cancelled,omitempty"`
}

// LoadState returns what was last published (an empty State, without a
// house ID, before the first publish).
func LoadState(ls roster.LocalStore) (State, error) {
	var s State
	if _, err := ls.GetLocal(stateKey, &s); err != nil {
		return State{}, fmt.Errorf("publicatiestatus / publish state: %w", err)
	}
	return s, nil
}

// File is one file of the folder.
type File struct {
	Name string
	Data []byte
	// Key identifies the content: the file is written again only when its
	// key changes (a PDF's bytes carry a time stamp; its key does not).
	Key string
}

// Unchanged reports whether f is what prev says was written (then Data
// may be nil: a fridge PDF is not rendered again).
func (f File) Unchanged(prev State) bool { return prev.Files[f.Name] == f.Key && !prev.missing[f.Name] }

// Window returns the dates the calendars cover from today: the last
// PastWeeks and the next FutureWeeks.
func Window(today roster.Date) roster.Window {
	m := today.Monday()
	return roster.Window{From: m - 7*PastWeeks, To: m + 7*FutureWeeks - 1}
}

// Printed returns the last printed version of the week of monday, or nil.
type Printed func(monday roster.Date) (*fridge.Printed, error)

// Build returns the files of the folder for h as of now, and the state to
// keep once they are written. prev is what was last published; printed
// gives the last printed version of a week for the fridge's change marks
// (nil: no marks); l is the language of index.html. A fridge PDF whose
// week is as prev recorded it is not rendered again (its Data is nil).
func Build(h *roster.House, prev State, today roster.Date, now time.Time, printed Printed, l roster.Lang) ([]File, State, error) {
	next := State{HouseID: prev.HouseID, Events: map[string]EventState{}, Files: map[string]string{}, Changed: prev.Changed}
	if next.HouseID == "" {
		id, err := newHouseID()
		if err != nil {
			return nil, State{}, err
		}
		next.HouseID = id
	}
	w := Window(today)
	var files []File
	var cals []calendarLink
	names := fileNames(h, w)
	for _, m := range h.Members {
		name, ok := names[m.ID]
		if !ok {
			continue
		}
		events := calendar(h, next.HouseID, m.ID, w, prev, next.Events, now)
		var b bytes.Buffer
		if err := ical.WriteEvents(&b, calendarName(h, firstName(m.Name)), events); err != nil {
			return nil, State{}, err
		}
		files = append(files, File{Name: name + ".ics", Data: b.Bytes(), Key: hash(b.Bytes())})
		cals = append(cals, calendarLink{name: firstName(m.Name), file: name + ".ics"})
	}
	var weeks []weekLink
	for i, f := range []string{"koelkast-deze-week.pdf", "koelkast-volgende-week.pdf"} {
		monday := today.Monday() + roster.Date(7*i)
		wk := fridge.BuildWeek(h, monday)
		if printed != nil {
			p, err := printed(monday)
			if err != nil {
				return nil, State{}, err
			}
			wk.MarkChanges(p)
		}
		model, err := json.Marshal(wk)
		if err != nil {
			return nil, State{}, fmt.Errorf("koelkastweek / fridge week: %w", err)
		}
		key := hash(model)
		var data []byte
		if prev.Files[f] != key || prev.missing[f] { // rendering takes most of a publish: only when needed
			var b bytes.Buffer
			if err := fridge.RenderAt(&b, wk, now); err != nil {
				return nil, State{}, err
			}
			data = b.Bytes()
		}
		files = append(files, File{Name: f, Data: data, Key: key})
		weeks = append(weeks, weekLink{monday: monday, file: f})
	}
	for _, f := range files {
		if prev.Files[f.Name] != f.Key {
			next.Changed = now.UTC().Truncate(time.Second)
		}
		next.Files[f.Name] = f.Key
	}
	for name := range prev.Files {
		if _, ok := next.Files[name]; !ok && name != indexName {
			next.Changed = now.UTC().Truncate(time.Second) // a file went away
		}
	}
	idx := indexHTML(h, cals, weeks, next.Changed, l)
	files = append(files, File{Name: indexName, Data: idx, Key: hash(idx)})
	next.Files[indexName] = hash(idx)
	return files, next, nil
}

const indexName = "index.html"

// calendar returns member's events in w: the current shifts with the
// sequence and stamp they keep or get (raised on change), and the shifts
// published before that are gone, cancelled. It records them in events.
func calendar(h *roster.House, houseID string, member int, w roster.Window, prev State, events map[string]EventState, now time.Time) []ical.Event {
	stamp := now.UTC().Truncate(time.Second)
	var out []ical.Event
	for _, e := range ical.MemberEvents(h, houseID, member, w) {
		st := EventState{Member: member, Date: e.Date, Start: e.Start, End: e.End, Summary: e.Summary,
			Location: e.Location, Hash: eventHash(e), Stamp: stamp}
		if p, ok := prev.Events[e.UID]; ok {
			st.Sequence, st.Stamp = p.Sequence, p.Stamp
			if p.Hash != st.Hash || p.Cancelled {
				st.Sequence, st.Stamp = p.Sequence+1, stamp
			}
		}
		events[e.UID] = st
		e.Sequence, e.Stamp = st.Sequence, st.Stamp
		out = append(out, e)
	}
	for _, uid := range slicesSorted(prev.Events) {
		p := prev.Events[uid]
		if p.Member != member || p.Date < w.From {
			continue // another member's, or out of the window: forgotten
		}
		if _, ok := events[uid]; ok {
			continue
		}
		if !p.Cancelled {
			p.Cancelled, p.Sequence, p.Stamp = true, p.Sequence+1, stamp
		}
		events[uid] = p
		out = append(out, ical.Event{UID: uid, Member: member, Date: p.Date, Start: p.Start, End: p.End,
			Summary: p.Summary, Location: p.Location, Sequence: p.Sequence, Stamp: p.Stamp, Cancelled: true})
	}
	slices.SortStableFunc(out, func(a, b ical.Event) int {
		if c := a.Start.Compare(b.Start); c != 0 {
			return c
		}
		return strings.Compare(a.UID, b.UID)
	})
	return out
}

// eventHash is the key of what an event shows.
func eventHash(e ical.Event) string {
	return hash([]byte(e.Start.UTC().Format(time.RFC3339) + "\x00" + e.End.UTC().Format(time.RFC3339) +
		"\x00" + e.Summary + "\x00" + e.Location))
}

func slicesSorted(m map[string]EventState) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func hash(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:16])
}

// newHouseID returns a random publish ID for a house.
func newHouseID() (string, error) {
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("publicatie-id / publish ID: %w", err)
	}
	return hex.EncodeToString(b[:]), nil
}

// calendarName is the calendar's name: "Rooster Anna (De Linde)".
func calendarName(h *roster.House, first string) string {
	if h.Name == "" {
		return "Rooster " + first
	}
	return "Rooster " + first + " (" + h.Name + ")"
}

// firstName is the first word of name.
func firstName(name string) string {
	if f := strings.Fields(name); len(f) > 0 {
		return f[0]
	}
	return "?"
}

// fileNames returns the calendar file name (without ".ics") of each member
// who is in the team during w: the first name, with the initial of the last
// name when two share it, as letters, digits and dashes only.
func fileNames(h *roster.House, w roster.Window) map[int]string {
	var ms []*roster.Member
	count := map[string]int{}
	for i := range h.Members {
		m := &h.Members[i]
		if m.ActiveFrom != nil && *m.ActiveFrom > w.To || m.ActiveTo != nil && *m.ActiveTo < w.From {
			continue
		}
		ms = append(ms, m)
		count[strings.ToLower(firstName(m.Name))]++
	}
	out := map[int]string{}
	used := map[string]bool{}
	for _, m := range ms {
		name := firstName(m.Name)
		if f := strings.Fields(m.Name); count[strings.ToLower(name)] > 1 && len(f) > 1 {
			r := []rune(f[len(f)-1])
			name += "-" + string(unicode.ToUpper(r[0]))
		}
		name = safeName(name)
		base := name
		for i := 2; used[strings.ToLower(name)]; i++ {
			name = fmt.Sprintf("%s-%d", base, i)
		}
		used[strings.ToLower(name)] = true
		out[m.ID] = name
	}
	return out
}

// safeName keeps letters and digits of s and turns the rest into dashes.
func safeName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	out := strings.Trim(b.String(), "-")
	if out == "" {
		return "teamlid"
	}
	return out
}

// Result says what a publish did.
type Result struct {
	Dir       string
	Written   []string // files written (new or changed)
	Unchanged []string // files left as they were
	Removed   []string // files of an earlier publish that are no longer wanted
}

// Publish writes the folder dir for h as of now: Build against the state
// kept in ls, then every changed file atomically (index.html last), then
// the removal of files this package wrote before that are not wanted any
// more, then the new state. A publish that fails part-way leaves every file
// whole (old or new) and the old state, so the next one repeats it.
func Publish(dir string, h *roster.House, ls roster.LocalStore, today roster.Date, now time.Time, l roster.Lang) (Result, error) {
	res := Result{Dir: dir}
	if err := CheckDir(dir); err != nil {
		return res, err
	}
	if err := CleanTemp(dir); err != nil {
		return res, err
	}
	prev, err := LoadState(ls)
	if err != nil {
		return res, err
	}
	// A file that is gone from the folder (deleted by hand, or by a sync
	// client) is made again, whatever the state says.
	prev.missing = map[string]bool{}
	for name := range prev.Files {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			prev.missing[name] = true
		}
	}
	printed := func(monday roster.Date) (*fridge.Printed, error) { return fridge.LastPrinted(ls, monday) }
	files, next, err := Build(h, prev, today, now, printed, l)
	if err != nil {
		return res, err
	}
	for _, f := range files {
		if f.Unchanged(prev) {
			res.Unchanged = append(res.Unchanged, f.Name)
			continue
		}
		if err := WriteFile(dir, f.Name, f.Data); err != nil {
			return res, err
		}
		res.Written = append(res.Written, f.Name)
	}
	for _, name := range slices.Sorted(maps.Keys(prev.Files)) {
		if _, ok := next.Files[name]; ok || name != filepath.Base(name) || IsTemp(name) {
			continue
		}
		if err := os.Remove(filepath.Join(dir, name)); err != nil && !os.IsNotExist(err) {
			return res, fmt.Errorf("%s verwijderen / remove %s: %w", name, name, err)
		}
		res.Removed = append(res.Removed, name)
	}
	if err := ls.PutLocal(stateKey, next); err != nil {
		return res, fmt.Errorf("publicatiestatus / publish state: %w", err)
	}
	return res, nil
}
