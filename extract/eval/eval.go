// Package eval scores records against gold annotations with the fields and
// matching rules of ../shared/gold/score.py (a test holds the two to the
// same numbers).
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/zxtract/zxtract/extract/record"
)

// Fields are the fields scored, in the order score.py prints them.
var Fields = []string{"headline", "published", "person", "person+title", "person+title+body", "body",
	"body canonical", "date", "date+value", "figure", "figure+text", "figure+metric",
	"meeting", "meeting+numbers", "document", "document+kind"}

// Score is precision, recall and F1 of one field, with the counts behind
// them.
type Score struct {
	P    float64 `json:"p"`
	R    float64 `json:"r"`
	F1   float64 `json:"f1"`
	TP   int     `json:"tp"`
	Pred int     `json:"pred"`
	Gold int     `json:"gold"`
}

// Result holds the scores per field and what was missed.
type Result struct {
	Scores  map[string]Score
	Misses  map[string][]string // for person, body, date and figure+text
	Matched int                 // gold documents some record is of
}

// evalDoc is one document's annotations, in the gold files' shape; records
// of one source are merged into one.
type evalDoc map[string]any

// Evaluate scores the records in the JSONL file pred against the gold files
// (one <doc>.json per source text) in goldDir, with the same keys and
// matching rules as ../shared/gold/score.py: micro-averaged over documents,
// each field compared as a set of keys, whitespace ignored.
func Evaluate(goldDir, pred string) (*Result, error) {
	gold := map[string]evalDoc{}
	files, err := filepath.Glob(filepath.Join(goldDir, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no gold files (*.json) in %s", goldDir)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var d evalDoc
		if err := json.Unmarshal(data, &d); err != nil {
			return nil, fmt.Errorf("%s: %v", f, err)
		}
		gold[docKey(filepath.Base(f))] = d
	}
	preds, err := loadPred(pred)
	if err != nil {
		return nil, err
	}
	totals := map[string]*[3]int{}
	res := &Result{Scores: map[string]Score{}, Misses: map[string][]string{}}
	keys := make([]string, 0, len(gold))
	for k := range gold {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, f := range Fields {
		totals[f] = &[3]int{}
	}
	for _, key := range keys {
		g, p := gold[key], preds[key]
		if p == nil {
			p = evalDoc{}
		} else {
			res.Matched++
		}
		for _, field := range Fields {
			var tp, pn, gn int
			if field == "figure+metric" {
				tp, pn, gn = metricMatches(g, p)
			} else {
				gk, pk := evalKeys(g, field), evalKeys(p, field)
				for k := range gk {
					if pk[k] {
						tp++
					} else if field == "person" || field == "body" || field == "date" || field == "figure+text" {
						res.Misses[field] = append(res.Misses[field], key+": "+k)
					}
				}
				pn, gn = len(pk), len(gk)
			}
			t := totals[field]
			t[0] += tp
			t[1] += pn
			t[2] += gn
		}
	}
	for field, t := range totals {
		s := Score{TP: t[0], Pred: t[1], Gold: t[2]}
		if s.Pred > 0 {
			s.P = float64(s.TP) / float64(s.Pred)
		}
		if s.Gold > 0 {
			s.R = float64(s.TP) / float64(s.Gold)
		}
		if s.P+s.R > 0 {
			s.F1 = 2 * s.P * s.R / (s.P + s.R)
		}
		s.P, s.R, s.F1 = round3(s.P), round3(s.R), round3(s.F1)
		res.Scores[field] = s
	}
	return res, nil
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

var docSuffix = regexp.MustCompile(`\.(txt|html?|json)$`)

func docKey(source string) string {
	return docSuffix.ReplaceAllString(filepath.Base(source), "")
}

// loadPred merges the JSONL records of each source into one document.
func loadPred(path string) (map[string]evalDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]evalDoc{}
	br := bufio.NewReader(f)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if s := strings.TrimSpace(string(line)); s != "" {
			var rec map[string]any
			if e := json.Unmarshal([]byte(s), &rec); e != nil {
				return nil, fmt.Errorf("%s:%d: %v", path, n, e)
			}
			src, _ := rec["source"].(string)
			if src == "" {
				id, _ := rec["id"].(string)
				src, _, _ = strings.Cut(id, "#")
			}
			key := docKey(src)
			d := out[key]
			if d == nil {
				d = evalDoc{}
				out[key] = d
			}
			if h, _ := rec["headline"].(string); h != "" {
				d["articles"] = append(list(d, "articles"), map[string]any{"headline": h})
			}
			if p, _ := rec["published"].(string); p != "" && d["published"] == nil {
				d["published"] = p
			}
			for _, k := range record.StandardLists {
				if l, ok := rec[k].([]any); ok {
					d[k] = append(list(d, k), l...)
				}
			}
		}
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

func list(d evalDoc, k string) []any {
	l, _ := d[k].([]any)
	return l
}

func objects(d evalDoc, k string) []map[string]any {
	var out []map[string]any
	for _, x := range list(d, k) {
		if m, ok := x.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

// norm is the text with all white space removed, as score.py compares it.
func norm(v any) string {
	if v == nil {
		return ""
	}
	s, ok := v.(string)
	if !ok {
		s = fmt.Sprint(v)
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// num is a number rounded to four places, or "None" when it is none.
func num(v any) string {
	var f float64
	switch x := v.(type) {
	case float64:
		f = x
	case string:
		var err error
		if f, err = strconv.ParseFloat(strings.TrimSpace(x), 64); err != nil {
			return "None"
		}
	case bool:
		if x {
			f = 1
		}
	default:
		return "None"
	}
	return pyFloat(math.Round(f*10000) / 10000)
}

// pyFloat writes a float as Python's repr does, so that keys order alike.
func pyFloat(f float64) string {
	a := math.Abs(f)
	if a != 0 && (a >= 1e16 || a < 1e-4) {
		s := strconv.FormatFloat(f, 'e', -1, 64)
		mant, exp, _ := strings.Cut(s, "e")
		sign := exp[0]
		exp = strings.TrimLeft(exp[1:], "0")
		if len(exp) < 2 {
			exp = fmt.Sprintf("%02s", exp)
		}
		return mant + "e" + string(sign) + exp
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

func pyStr(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", `\'`) + "'"
}

func pyAny(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1e15 {
			return strconv.FormatInt(int64(x), 10)
		}
		return pyFloat(x)
	case string:
		return pyStr(x)
	case bool:
		if x {
			return "True"
		}
		return "False"
	}
	return fmt.Sprint(v)
}

// evalKeys is the set of comparable keys a document has for one field.
func evalKeys(d evalDoc, field string) map[string]bool {
	out := map[string]bool{}
	add := func(parts ...string) { out[strings.Join(parts, "\x00")] = true }
	switch field {
	case "headline":
		for _, a := range objects(d, "articles") {
			add(norm(a["headline"]))
		}
	case "published":
		if p, _ := d["published"].(string); p != "" {
			add(p)
		}
	case "person", "person+title", "person+title+body":
		for _, p := range objects(d, "people") {
			if field == "person" {
				add(norm(p["name"]))
				continue
			}
			for _, x := range list(evalDoc(p), "roles") {
				r, _ := x.(map[string]any)
				if field == "person+title" {
					add(norm(p["name"]), norm(r["title"]))
				} else {
					add(norm(p["name"]), norm(r["title"]), norm(r["body"]))
				}
			}
		}
	case "body":
		for _, b := range objects(d, "bodies") {
			add(norm(b["text"]))
		}
	case "body canonical":
		for _, b := range objects(d, "bodies") {
			c := b["canonical"]
			if c == nil || c == "" {
				c = b["text"]
			}
			add(norm(c))
		}
	case "date":
		for _, x := range objects(d, "dates") {
			add(norm(x["text"]))
		}
	case "date+value":
		for _, x := range objects(d, "dates") {
			add(norm(x["text"]), norm(x["value"]))
		}
	case "figure":
		for _, x := range objects(d, "figures") {
			add(num(x["value"]), norm(x["unit"]))
		}
	case "figure+text":
		for _, x := range objects(d, "figures") {
			add(norm(x["text"]), num(x["value"]), norm(x["unit"]))
		}
	case "meeting":
		for _, x := range objects(d, "meetings") {
			add(norm(x["text"]))
		}
	case "meeting+numbers":
		for _, x := range objects(d, "meetings") {
			add(norm(x["text"]), pyAny(x["term"]), pyAny(x["session"]))
		}
	case "document":
		for _, x := range objects(d, "documents") {
			add(strings.Trim(norm(x["text"]), "《》"))
		}
	case "document+kind":
		for _, x := range objects(d, "documents") {
			add(strings.Trim(norm(x["text"]), "《》"), pyAny(x["kind"]))
		}
	}
	return out
}

// metricMatches counts figures whose value, unit and metric agree, a metric
// matching when one label contains the other; each predicted figure is used
// once, in the order score.py tries them.
func metricMatches(gold, pred evalDoc) (tp, npred, ngold int) {
	type triple struct{ v, u, m string }
	triples := func(d evalDoc) []triple {
		seen := map[triple]bool{}
		var out []triple
		for _, f := range objects(d, "figures") {
			t := triple{num(f["value"]), norm(f["unit"]), norm(f["metric"])}
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
		repr := func(t triple) string {
			return "(" + t.v + ", " + pyStr(t.u) + ", " + pyStr(t.m) + ")"
		}
		sort.Slice(out, func(i, j int) bool { return repr(out[i]) < repr(out[j]) })
		return out
	}
	g, p := triples(gold), triples(pred)
	cands := map[[2]string][]string{}
	for _, t := range p {
		k := [2]string{t.v, t.u}
		cands[k] = append(cands[k], t.m)
	}
	for _, t := range g {
		k := [2]string{t.v, t.u}
		for i, m := range cands[k] {
			if m != "" && t.m != "" && (strings.Contains(t.m, m) || strings.Contains(m, t.m)) {
				tp++
				cands[k] = append(cands[k][:i:i], cands[k][i+1:]...)
				break
			}
		}
	}
	return tp, len(p), len(g)
}

// WriteTable prints the scores as score.py does.
func (r *Result) WriteTable(w io.Writer, misses bool) {
	fmt.Fprintf(w, "%-20s %6s %6s %6s %5s %5s %5s\n", "field", "P", "R", "F1", "tp", "pred", "gold")
	for _, f := range Fields {
		s := r.Scores[f]
		fmt.Fprintf(w, "%-20s %6.3f %6.3f %6.3f %5d %5d %5d\n", f, s.P, s.R, s.F1, s.TP, s.Pred, s.Gold)
	}
	if !misses {
		return
	}
	for _, f := range []string{"person", "body", "date", "figure+text"} {
		fmt.Fprintf(w, "\nmissed %s:\n", f)
		for i, m := range r.Misses[f] {
			if i == 60 {
				break
			}
			fmt.Fprintln(w, "  ", strings.ReplaceAll(m, "\x00", " | "))
		}
	}
}

// MarshalJSON writes the scores keyed by field, in score.py's order.
func (r *Result) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, f := range Fields {
		if i > 0 {
			b.WriteString(", ")
		}
		v, _ := json.Marshal(r.Scores[f])
		k, _ := json.Marshal(f)
		b.Write(k)
		b.WriteString(": ")
		b.Write(v)
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}
