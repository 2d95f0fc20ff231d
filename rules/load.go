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
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		p := pos
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			p.Line, _ = strconv.Atoi(m[1])
			msg = strings.Replace(msg, m[0], "", 1)
		}
		l.errs = append(l.errs, &Error{p, "bad YAML: " + msg})
		return
	}
	if len(doc.Content) == 0 {
		return // an empty file is allowed
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		l.errs = append(l.errs, &Error{at(pos, root), "a rule file is a mapping with rules, layout, macros, lexicons or disable"})
		return
	}
	dir := path.Dir(name)
	for i := 0; i+1 < len(root.Content); i += 2 {
		key, val := root.Content[i], root.Content[i+1]
		switch key.Value {
		case "rules":
			l.addRules(val, pos, ScopeSentence)
		case "layout":
			l.addRules(val, pos, ScopeLine)
		case "macros":
			l.addMacros(val, pos)
		case "lexicons":
			l.addLexicons(fsys, dir, val, pos)
		case "disable":
			var ids []string
			if err := val.Decode(&ids); err != nil {
				l.errs = append(l.errs, &Error{at(pos, val), "disable: a list of rule ids"})
			}
			for _, id := range ids {
				l.disabled[id] = at(pos, val)
			}
		default:
			l.errs = append(l.errs, &Error{at(pos, key), fmt.Sprintf("unknown section %q (want rules, layout, macros, lexicons or disable)", key.Value)})
		}
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

func (l *Loader) addRules(list *yaml.Node, pos Pos, scope string) {
	if list.Kind != yaml.SequenceNode {
		l.errs = append(l.errs, &Error{at(pos, list), sectionOf[scope] + ": a list of rules"})
		return
	}
	ruleFields := fieldsOf[scope]
	for _, n := range list.Content {
		p := at(pos, n)
		if n.Kind != yaml.MappingNode {
			l.errs = append(l.errs, &Error{p, "a rule is a mapping with id, kind and pattern"})
			continue
		}
		bad := false
		for i := 0; i < len(n.Content); i += 2 {
			if k := n.Content[i]; !ruleFields[k.Value] {
				l.errs = append(l.errs, &Error{at(pos, k), unknownField(k.Value, scope)})
				bad = true
			}
		}
		r := &Rule{}
		if err := n.Decode(r); err != nil {
			l.errs = append(l.errs, decodeErrors(p, err)...)
			continue
		}
		r.Pos, r.Scope = p, scope
		for i := 0; i < len(n.Content); i += 2 {
			if n.Content[i].Value == "examples" && n.Content[i+1].Kind == yaml.SequenceNode {
				for j, ex := range n.Content[i+1].Content {
					if j < len(r.Examples) {
						r.Examples[j].Pos = at(pos, ex)
					}
				}
			}
		}
		if bad {
			continue
		}
		l.addRule(r)
	}
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

func (l *Loader) addMacros(n *yaml.Node, pos Pos) {
	if n.Kind != yaml.MappingNode {
		l.errs = append(l.errs, &Error{at(pos, n), "macros: a mapping of NAME: pattern"})
		return
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !macroName.MatchString(k.Value) {
			l.errs = append(l.errs, &Error{at(pos, k), fmt.Sprintf("macro name %q: use capitals, digits and _", k.Value)})
			continue
		}
		if l.definedTwice(seen, k, pos, "macro") {
			continue
		}
		l.macros[k.Value] = macro{text: v.Value, pos: at(pos, k)}
	}
}

// definedTwice reports a name a file's mapping defines a second time,
// which YAML would let the later silently win (a file may still redefine
// another file's).
func (l *Loader) definedTwice(seen map[string]int, k *yaml.Node, pos Pos, what string) bool {
	if line, ok := seen[k.Value]; ok {
		l.errs = append(l.errs, &Error{at(pos, k), fmt.Sprintf("%s %s is defined twice in this file (first on line %d)", what, k.Value, line)})
		return true
	}
	seen[k.Value] = k.Line
	return false
}

func (l *Loader) addLexicons(fsys fs.FS, dir string, n *yaml.Node, pos Pos) {
	if n.Kind != yaml.MappingNode {
		l.errs = append(l.errs, &Error{at(pos, n), "lexicons: a mapping of NAME: list, mapping or {file: path}"})
		return
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		p := at(pos, k)
		if !macroName.MatchString(k.Value) {
			l.errs = append(l.errs, &Error{p, fmt.Sprintf("lexicon name %q: use capitals, digits and _", k.Value)})
			continue
		}
		if l.definedTwice(seen, k, pos, "lexicon") {
			continue
		}
		lex := &Lexicon{Name: k.Value, Pos: p}
		switch v.Kind {
		case yaml.SequenceNode:
			for _, e := range v.Content {
				lex.add(e.Value, "")
			}
		case yaml.MappingNode:
			if len(v.Content) == 2 && v.Content[0].Value == "file" {
				if err := readLexiconFile(fsys, path.Join(dir, v.Content[1].Value), lex); err != nil {
					l.errs = append(l.errs, &Error{p, "lexicon file: " + err.Error()})
					continue
				}
				break
			}
			for j := 0; j+1 < len(v.Content); j += 2 {
				lex.add(v.Content[j].Value, v.Content[j+1].Value)
			}
		default:
			l.errs = append(l.errs, &Error{p, "a lexicon is a list, a mapping word: value, or {file: path}"})
			continue
		}
		l.lexicons[k.Value] = lex
	}
}
