package rules

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Loader reads rule files from one or more sources (the embedded defaults,
// then each --rules path) and compiles them into a Set. Within a source an
// id may appear once; a later source's rule replaces an earlier one's.
type Loader struct {
	rules    []*Rule
	byID     map[string]*Rule
	macros   map[string]macro
	lexicons map[string]*Lexicon
	disabled map[string]Pos
	errs     Errors
	source   int
	seen     map[string]int // id -> source that defined it
	readYAML bool           // read every file's YAML, none from parsed.json (tests)
}

type macro struct {
	text string
	pos  Pos
}

// NewLoader returns an empty loader.
func NewLoader() *Loader {
	return &Loader{
		byID:     map[string]*Rule{},
		macros:   map[string]macro{},
		lexicons: map[string]*Lexicon{},
		disabled: map[string]Pos{},
		seen:     map[string]int{},
	}
}

// AddFS loads every .yaml file of fsys, walked in name order, as one
// source. label names the source in messages.
func (l *Loader) AddFS(fsys fs.FS, label string) {
	l.source++
	var files []string
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && isYAML(name) {
			files = append(files, name)
		}
		return nil
	})
	if err != nil {
		l.errs = append(l.errs, &Error{Pos{File: label}, err.Error()})
		return
	}
	sort.Strings(files)
	for _, f := range files {
		l.addFile(fsys, f, label)
	}
}

// AddPath loads a rule file, or every .yaml file in a directory (walked in
// name order), as one source.
func (l *Loader) AddPath(p string) {
	info, err := os.Stat(p)
	if err != nil {
		l.source++
		l.errs = append(l.errs, &Error{Pos{File: p}, err.Error()})
		return
	}
	if !info.IsDir() {
		dir, name := filepath.Split(p)
		if dir == "" {
			dir = "."
		}
		l.source++
		l.addFile(os.DirFS(dir), name, dir)
		return
	}
	l.AddFS(os.DirFS(p), p)
}

func isYAML(name string) bool {
	return strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml")
}

var (
	yamlLine = regexp.MustCompile(`line (\d+):? ?`)
	// yaml.v3 says what it could not decode in Go's types: line 5: cannot
	// unmarshal !!str `figure` into []string.
	yamlType = regexp.MustCompile("^line (\\d+): cannot unmarshal (!!\\w+)(?: `([^`]*)`)? into (.+)$")
	yamlTags = map[string]string{"!!str": "text", "!!int": "a number", "!!float": "a number", "!!bool": "true or false",
		"!!seq": "a list", "!!map": "a mapping", "!!null": "nothing"}
	goTypes = map[string]string{"string": "text", "int": "a whole number", "bool": "true or false",
		"[]string": "a list", "map[string]string": "a mapping of names to text", "[]rules.Example": "a list of examples",
		"[]map[string]interface {}": "a list of entries (mappings)", "map[string]interface {}": "a mapping"}
)

// decodeErrors turns what yaml.v3 could not decode into messages in words,
// each at its line.
func decodeErrors(at Pos, err error) Errors {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return Errors{{at, "bad rule: " + strings.TrimPrefix(err.Error(), "yaml: ")}}
	}
	var out Errors
	for _, e := range te.Errors {
		m := yamlType.FindStringSubmatch(e)
		if m == nil {
			out = append(out, &Error{at, "bad rule: " + e})
			continue
		}
		line, _ := strconv.Atoi(m[1])
		got, want := yamlTags[m[2]], goTypes[m[4]]
		if got == "" {
			got = "a value"
		}
		if want == "" {
			want = "another kind of value"
		}
		what := got
		if m[3] != "" {
			what = fmt.Sprintf("%s (%s)", got, m[3])
		}
		out = append(out, &Error{Pos{File: at.File, Line: line}, fmt.Sprintf("%s where %s is wanted", what, want)})
	}
	return out
}

func (l *Loader) addFile(fsys fs.FS, name, label string) {
	pos := Pos{File: filepath.Join(label, name)}
	if label == "" || label == "." {
		pos.File = name
	}
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		l.errs = append(l.errs, &Error{pos, err.Error()})
		return
	}
	pf, known := knownParsed()[parsedKey(data)]
	if !known || l.readYAML {
		var errs Errors
		pf, errs = parseFile(data, pos)
		l.errs = append(l.errs, errs...)
	}
	l.apply(fsys, path.Dir(name), pf, pos.File)
}

// parseFile reads a rule file's YAML: its rules, macros, lexicons and the
// ids it disables, and what is wrong with them.
func parseFile(data []byte, pos Pos) (*parsedFile, Errors) {
	pf := &parsedFile{}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		p := pos
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			p.Line, _ = strconv.Atoi(m[1])
			msg = strings.Replace(msg, m[0], "", 1)
		}
		return pf, Errors{{p, "bad YAML: " + msg}}
	}
	if len(doc.Content) == 0 {
		return pf, nil // an empty file is allowed
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return pf, Errors{{at(pos, root), "a rule file is a mapping with rules, layout, macros, lexicons or disable"}}
	}
	var errs Errors
	for i := 0; i+1 < len(root.Content); i += 2 {
		key, val := root.Content[i], root.Content[i+1]
		switch key.Value {
		case "rules":
			errs = append(errs, pf.addRules(val, pos, ScopeSentence)...)
		case "layout":
			errs = append(errs, pf.addRules(val, pos, ScopeLine)...)
		case "macros":
			errs = append(errs, pf.addMacros(val, pos)...)
		case "lexicons":
			errs = append(errs, pf.addLexicons(val, pos)...)
		case "disable":
			var ids []string
			if err := val.Decode(&ids); err != nil {
				errs = append(errs, &Error{at(pos, val), "disable: a list of rule ids"})
			}
			for _, id := range ids {
				pf.Disable = append(pf.Disable, parsedName{Name: id, Line: val.Line})
			}
		default:
			errs = append(errs, &Error{at(pos, key), fmt.Sprintf("unknown section %q (want rules, layout, macros, lexicons or disable)", key.Value)})
		}
	}
	return pf, errs
}

// apply adds what a file holds to the loader, its places in the file
// named file (a lexicon's file read from dir of fsys).
func (l *Loader) apply(fsys fs.FS, dir string, pf *parsedFile, file string) {
	for _, r := range pf.Rules {
		r := *r // (the reading is shared: each load has rules of its own)
		r.Pos.File = file
		l.addRule(&r)
	}
	for _, m := range pf.Macros {
		l.macros[m.Name] = macro{text: m.Text, pos: Pos{File: file, Line: m.Line}}
	}
	for _, pl := range pf.Lexicons {
		p := Pos{File: file, Line: pl.Line}
		lex := &Lexicon{Name: pl.Name, Pos: p}
		if pl.File != "" {
			if err := readLexiconFile(fsys, path.Join(dir, pl.File), lex); err != nil {
				l.errs = append(l.errs, &Error{p, "lexicon file: " + err.Error()})
				continue
			}
		}
		for _, e := range pl.Entries {
			lex.add(e[0], e[1])
		}
		l.lexicons[pl.Name] = lex
	}
	for _, d := range pf.Disable {
		l.disabled[d.Name] = Pos{File: file, Line: d.Line}
	}
}

func at(p Pos, n *yaml.Node) Pos { return Pos{File: p.File, Line: n.Line} }

// The fields a rule of each section may have.
var (
	common   = []string{"id", "description", "pattern", "priority", "right_to_left", "keywords", "examples"}
	fieldsOf = map[string]map[string]bool{
		ScopeSentence: fieldSet(append(common, "kind", "set", "excludes", "requires")...),
		ScopeLine:     fieldSet(append(common, "class")...),
	}
	sectionOf = map[string]string{ScopeSentence: "rules", ScopeLine: "layout"}
)

func fieldSet(names ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m[n] = true
	}
	return m
}

func (pf *parsedFile) addRules(list *yaml.Node, pos Pos, scope string) (errs Errors) {
	if list.Kind != yaml.SequenceNode {
		return Errors{{at(pos, list), sectionOf[scope] + ": a list of rules"}}
	}
	ruleFields := fieldsOf[scope]
	for _, n := range list.Content {
		p := at(pos, n)
		if n.Kind != yaml.MappingNode {
			errs = append(errs, &Error{p, "a rule is a mapping with id, kind and pattern"})
			continue
		}
		bad := false
		for i := 0; i < len(n.Content); i += 2 {
			if k := n.Content[i]; !ruleFields[k.Value] {
				errs = append(errs, &Error{at(pos, k), unknownField(k.Value, scope)})
				bad = true
			}
		}
		r := &Rule{}
		if err := n.Decode(r); err != nil {
			errs = append(errs, decodeErrors(p, err)...)
			continue
		}
		r.Pos, r.Scope = p, scope
		for i := 0; i < len(n.Content); i += 2 {
			if n.Content[i].Value == "examples" && n.Content[i+1].Kind == yaml.SequenceNode {
				for j, ex := range n.Content[i+1].Content {
					if j < len(r.Examples.List()) {
						r.Examples.List()[j].Line = ex.Line
					}
				}
			}
		}
		for _, ex := range r.Examples.List() {
			for _, want := range ex.Expect {
				for k, v := range want {
					want[k] = plainValue(v)
				}
			}
		}
		if !bad {
			pf.Rules = append(pf.Rules, r)
		}
	}
	return errs
}

// plainValue is a value an example expects as JSON would give it back
// (parsed.json holds examples so): a number as a float64, and a date YAML
// reads as a time (an unquoted 2024-01-20) as the date the rule means.
func plainValue(v any) any {
	switch x := v.(type) {
	case int:
		return float64(x)
	case int64:
		return float64(x)
	case uint64:
		return float64(x)
	case time.Time:
		if x.Hour() != 0 || x.Minute() != 0 || x.Second() != 0 {
			return x.Format(time.RFC3339)
		}
		return x.Format("2006-01-02")
	case []any:
		for i := range x {
			x[i] = plainValue(x[i])
		}
	case map[string]any:
		for k := range x {
			x[k] = plainValue(x[k])
		}
	}
	return v
}

func (l *Loader) addRule(r *Rule) {
	switch {
	case r.ID == "":
		l.errs = append(l.errs, &Error{r.Pos, "rule without id"})
		return
	case r.Scope == ScopeSentence && r.Kind == "" && len(r.Excludes) == 0:
		l.errs = append(l.errs, &Error{r.Pos, fmt.Sprintf("rule %s has no kind (and excludes nothing)", r.ID)})
		return
	case r.Scope == ScopeLine && r.Class == "":
		l.errs = append(l.errs, &Error{r.Pos, fmt.Sprintf("layout rule %s has no class", r.ID)})
		return
	}
	if src, dup := l.seen[r.ID]; dup && src == l.source {
		l.errs = append(l.errs, &Error{r.Pos, fmt.Sprintf("duplicate rule id %s (first at %s)", r.ID, l.byID[r.ID].Pos)})
		return
	}
	l.seen[r.ID] = l.source
	if old, ok := l.byID[r.ID]; ok {
		// A later source replaces the rule in place, keeping its order.
		r.Order = old.Order
		l.rules[old.Order] = r
	} else {
		r.Order = len(l.rules)
		l.rules = append(l.rules, r)
	}
	l.byID[r.ID] = r
}

// unknownField says what is wrong with a field a rule of the section cannot
// have, pointing to the right place for the old ways of writing rules.
func unknownField(name, scope string) string {
	switch {
	case name == "scope":
		return "scope: a rule's section says where it runs (rules: sentences, layout: lines)"
	case name == "class" && scope == ScopeSentence:
		return "class: layout rules go in a layout: section"
	case name == "kind" && scope == ScopeLine:
		return "kind: layout rules have a class, not a kind"
	}
	return fmt.Sprintf("unknown rule field %q", name)
}

func (pf *parsedFile) addMacros(n *yaml.Node, pos Pos) (errs Errors) {
	if n.Kind != yaml.MappingNode {
		return Errors{{at(pos, n), "macros: a mapping of NAME: pattern"}}
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !macroName.MatchString(k.Value) {
			errs = append(errs, &Error{at(pos, k), fmt.Sprintf("macro name %q: use capitals, digits and _", k.Value)})
			continue
		}
		if e := definedTwice(seen, k, pos, "macro"); e != nil {
			errs = append(errs, e)
			continue
		}
		if v.Kind != yaml.ScalarNode {
			// (a list of words here would read as an empty pattern, which every text matches)
			errs = append(errs, &Error{at(pos, v), fmt.Sprintf("macro %s: a pattern is one string; a list of words goes in lexicons:", k.Value)})
			continue
		}
		pf.Macros = append(pf.Macros, parsedMacro{Name: k.Value, Text: v.Value, Line: k.Line})
	}
	return errs
}

// definedTwice reports a name a file's mapping defines a second time,
// which YAML would let the later silently win (a file may still redefine
// another file's).
func definedTwice(seen map[string]int, k *yaml.Node, pos Pos, what string) *Error {
	if line, ok := seen[k.Value]; ok {
		return &Error{at(pos, k), fmt.Sprintf("%s %s is defined twice in this file (first on line %d)", what, k.Value, line)}
	}
	seen[k.Value] = k.Line
	return nil
}

func (pf *parsedFile) addLexicons(n *yaml.Node, pos Pos) (errs Errors) {
	if n.Kind != yaml.MappingNode {
		return Errors{{at(pos, n), "lexicons: a mapping of NAME: list, mapping or {file: path}"}}
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		p := at(pos, k)
		if !macroName.MatchString(k.Value) {
			errs = append(errs, &Error{p, fmt.Sprintf("lexicon name %q: use capitals, digits and _", k.Value)})
			continue
		}
		if e := definedTwice(seen, k, pos, "lexicon"); e != nil {
			errs = append(errs, e)
			continue
		}
		lex := parsedLexicon{Name: k.Value, Line: k.Line}
		switch v.Kind {
		case yaml.SequenceNode:
			for _, e := range v.Content {
				lex.Entries = append(lex.Entries, [2]string{e.Value, ""})
			}
		case yaml.MappingNode:
			if len(v.Content) == 2 && v.Content[0].Value == "file" {
				lex.File = v.Content[1].Value
				break
			}
			for j := 0; j+1 < len(v.Content); j += 2 {
				lex.Entries = append(lex.Entries, [2]string{v.Content[j].Value, v.Content[j+1].Value})
			}
		default:
			errs = append(errs, &Error{p, "a lexicon is a list, a mapping word: value, or {file: path}"})
			continue
		}
		pf.Lexicons = append(pf.Lexicons, lex)
	}
	return errs
}
