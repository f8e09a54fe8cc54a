package roster

import (
	"bytes"
	"encoding"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// fieldProblems walks the raw JSON of a house along the Go type of House and
// returns every value the strict decoder would stop at, each with its field
// path as Validate writes it ("members[2].contract[0].from"): a clock time or
// date that does not parse, a value of the wrong JSON kind, a number out of
// range and a field the house does not know. It also returns the house JSON
// with each such value replaced by a harmless one (or removed), so that the
// rest of the file can still be decoded and validated. It returns no
// problems when it finds nothing wrong, or when raw is not a JSON object.
func fieldProblems(raw []byte) ([]Problem, []byte, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var tree any
	if err := dec.Decode(&tree); err != nil {
		return nil, nil, fmt.Errorf("huisbestand lezen / read house file: %w", err)
	}
	w := fieldWalker{}
	tree = w.walk(tree, reflect.TypeFor[House](), "")
	if len(w.out) == 0 {
		return nil, nil, nil
	}
	clean, err := json.Marshal(tree)
	if err != nil {
		return nil, nil, fmt.Errorf("huisbestand lezen / read house file: %w", err)
	}
	return w.out, clean, nil
}

// fieldWalker collects the problems of one walk.
type fieldWalker struct {
	out []Problem
}

var (
	clockType     = reflect.TypeFor[Clock]()
	dateType      = reflect.TypeFor[Date]()
	unmarshalType = reflect.TypeFor[json.Unmarshaler]()
	textType      = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// add records a problem at path.
func (w *fieldWalker) add(path, nl, en string) {
	w.out = append(w.out, Problem{Field: path, NL: nl, EN: en})
}

// walk checks v (a decoded JSON value, numbers as json.Number) against t and
// returns v, or its replacement when it is wrong.
func (w *fieldWalker) walk(v any, t reflect.Type, path string) any {
	if v == nil { // null leaves the zero value, as encoding/json does
		return nil
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t {
	case clockType:
		s, ok := v.(string)
		if _, err := ParseClock(s); !ok || err != nil {
			w.add(path, fmt.Sprintf("ongeldige tijd %s (verwacht UU:MM, bv. 07:00)", jsonText(v)),
				fmt.Sprintf("invalid time %s (expected HH:MM, e.g. 07:00)", jsonText(v)))
			return "00:00"
		}
		return v
	case dateType:
		s, ok := v.(string)
		if _, err := ParseDate(s); !ok || err != nil {
			w.add(path, fmt.Sprintf("ongeldige datum %s (verwacht JJJJ-MM-DD, bv. 2026-12-07)", jsonText(v)),
				fmt.Sprintf("invalid date %s (expected YYYY-MM-DD, e.g. 2026-12-07)", jsonText(v)))
			return "2000-01-01"
		}
		return v
	}
	if reflect.PointerTo(t).Implements(unmarshalType) || reflect.PointerTo(t).Implements(textType) {
		return v // a type with its own decoding: left to the decoder
	}
	switch t.Kind() {
	case reflect.Struct:
		obj, ok := v.(map[string]any)
		if !ok {
			w.kind(path, "een object", "an object", v)
			return nil
		}
		w.walkStruct(obj, t, path)
		return obj
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 && t.Kind() == reflect.Slice {
			s, ok := v.(string)
			if _, err := base64.StdEncoding.DecodeString(s); !ok || err != nil {
				w.kind(path, "base64-tekst", "base64 text", v)
				return nil
			}
			return v
		}
		arr, ok := v.([]any)
		if !ok {
			w.kind(path, "een lijst", "a list", v)
			return nil
		}
		for i := range arr {
			arr[i] = w.walk(arr[i], t.Elem(), fmt.Sprintf("%s[%d]", path, i))
		}
		return arr
	case reflect.Map:
		obj, ok := v.(map[string]any)
		if !ok {
			w.kind(path, "een object", "an object", v)
			return nil
		}
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			obj[k] = w.walk(obj[k], t.Elem(), fmt.Sprintf("%s[%q]", path, k))
		}
		return obj
	case reflect.String:
		if _, ok := v.(string); !ok {
			w.kind(path, "tekst", "text", v)
			return ""
		}
	case reflect.Bool:
		if _, ok := v.(bool); !ok {
			w.kind(path, "true of false", "true or false", v)
			return false
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := v.(json.Number)
		if !ok {
			w.kind(path, "een geheel getal", "a whole number", v)
			return 0
		}
		if _, err := strconv.ParseInt(string(n), 10, t.Bits()); err != nil {
			w.add(path, fmt.Sprintf("%s is geen geheel getal binnen het bereik", n), fmt.Sprintf("%s is not a whole number in range", n))
			return 0
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, ok := v.(json.Number)
		if !ok {
			w.kind(path, "een geheel getal", "a whole number", v)
			return 0
		}
		if _, err := strconv.ParseUint(string(n), 10, t.Bits()); err != nil {
			w.add(path, fmt.Sprintf("%s is geen geheel getal binnen het bereik", n), fmt.Sprintf("%s is not a whole number in range", n))
			return 0
		}
	case reflect.Float32, reflect.Float64:
		n, ok := v.(json.Number)
		if !ok {
			w.kind(path, "een getal", "a number", v)
			return 0
		}
		if _, err := strconv.ParseFloat(string(n), t.Bits()); err != nil {
			w.add(path, fmt.Sprintf("getal %s is te groot", n), fmt.Sprintf("number %s is too large", n))
			return 0
		}
	}
	return v
}

// walkStruct checks the members of obj against the fields of struct type t,
// in the order of the fields (the order the house file is written in), and
// removes the members t does not know.
func (w *fieldWalker) walkStruct(obj map[string]any, t reflect.Type, path string) {
	seen := map[string]bool{}
	var visit func(t reflect.Type)
	visit = func(t reflect.Type) {
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" || (!f.IsExported() && !f.Anonymous) {
				continue
			}
			if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
				visit(f.Type)
				continue
			}
			if name == "" {
				name = f.Name
			}
			key, ok := "", false
			if _, exact := obj[name]; exact {
				key, ok = name, true
			} else {
				for k := range obj {
					if !seen[k] && strings.EqualFold(k, name) {
						key, ok = k, true
						break
					}
				}
			}
			if !ok {
				continue
			}
			seen[key] = true
			obj[key] = w.walk(obj[key], f.Type, joinPath(path, name))
		}
	}
	visit(t)
	var unknown []string
	for k := range obj {
		if !seen[k] {
			unknown = append(unknown, k)
		}
	}
	slices.Sort(unknown)
	for _, k := range unknown {
		w.add(joinPath(path, k), fmt.Sprintf("onbekend veld %q", k), fmt.Sprintf("unknown field %q", k))
		delete(obj, k)
	}
}

// kind records a value of the wrong JSON kind.
func (w *fieldWalker) kind(path, nl, en string, v any) {
	w.add(path, fmt.Sprintf("verwacht %s, niet %s", nl, jsonText(v)), fmt.Sprintf("expected %s, not %s", en, jsonText(v)))
}

// joinPath appends a field name to a path.
func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// jsonText shows a decoded JSON value as it stood in the file, shortened.
func jsonText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "?"
	}
	s := string(b)
	if r := []rune(s); len(r) > 40 {
		s = string(r[:37]) + "…"
	}
	return s
}

// problemObject returns the list element a field path lies in
// ("plan.absences[0]" for "plan.absences[0].from"), or the path itself.
func problemObject(path string) string {
	if i := strings.LastIndex(path, "]"); i >= 0 {
		return path[:i+1]
	}
	return path
}

// mergeProblems returns the field problems followed by the validation
// problems that are not about an object a field problem is in: once a value
// is replaced, what Validate says about its object is noise.
func mergeProblems(fields, valid []Problem) []Problem {
	out := slices.Clone(fields)
	for _, p := range valid {
		noise := false
		for _, f := range fields {
			obj := problemObject(f.Field)
			within := p.Field == obj || strings.HasPrefix(p.Field, obj+".") || strings.HasPrefix(p.Field, obj+"[")
			if p.Field == f.Field || obj != f.Field && within {
				noise = true
				break
			}
		}
		if !noise {
			out = append(out, p)
		}
	}
	return out
}
