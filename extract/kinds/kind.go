// Package kinds is the building stage: what each kind of rule produces. A
// Kind declares what it reads and writes (its Spec), builds entries from
// the matches its rules win, and may resolve them further once its sentence
// or its whole article is read. A Registry holds the kinds of one rule set:
// it checks every rule against its kind when the rules load, and runs an
// article's steps in the order the kinds' declarations give.
package kinds

import (
	"fmt"
	"slices"
	"strings"

	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/rules"
)

// A Kind is what rules of one kind produce. The built-in kinds are Go values
// of their own; a rule of any other kind makes a user kind, whose named
// groups become the fields of its entries.
type Kind interface {
	Spec() *Spec
	// Build makes entries from a match that won its conflicts.
	Build(c *Context, m *engine.Match) []*record.Entry
}

// Spec is what a kind declares of itself; rules are checked against it when
// they load, and the registry orders article steps by it.
type Spec struct {
	Name string // what rules write as kind:
	List string // the record's list its entries go to
	// Groups are the named groups the kind reads; a rule may use no others
	// (nil: any, for user kinds). Required must be present.
	Groups, Required []string
	// Sets are the keys a rule may fix with `set:`.
	Sets []string
	// Lexicons are the lexicons it reads; each must be defined by the rule
	// files, and it gets them through Bind.
	Lexicons []string
	// Annotations are the per-sentence annotations its builder asks for.
	Annotations []string
	// Key are the fields that, with text, make two entries one (its
	// mentions are merged).
	Key []string
	// Nests: a match may lie inside another of the same kind (a title
	// quoted in a title); for other kinds the longer wins.
	Nests bool
	// OpensOn are the kinds on whose match's last character a match of
	// this kind may begin without a conflict (a title that contracts the
	// organ it heads: 国防部长 is 国防部 and its 部长).
	OpensOn []string
	// Opaque: its entries' texts are words no other kind's entry lies
	// inside (a name: 县领导孙|年初 holds no date), wherever they occur.
	Opaque bool
	// Needs are what its article step reads besides its own entries: the
	// names of other kinds, whose steps run first.
	Needs []string
	// Fields are the fields of its entries, in order: each entry has every
	// one (null where it has no value), then span, mentions and rule.
	Fields []string
}

// Binder is a kind that reads lexicons: it gets them, each one it declares,
// once the rules are loaded.
type Binder interface {
	Bind(lexicon func(name string) *rules.Lexicon)
}

// SentenceResolver is a kind that completes its entries once their
// sentence is read (a figure's metric); it may add entries.
type SentenceResolver interface {
	ResolveSentence(c *Context, own []*record.Entry) []*record.Entry
}

// ArticleResolver is a kind that completes its entries once the whole
// article is read (a date's year). It runs after the steps of the kinds it
// Needs, whose entries it reads through the Article.
type ArticleResolver interface {
	ResolveArticle(a *Article, own []*record.Entry)
}

// Merger is a kind that merges an entry found again into the first one
// itself; the others add its mentions. It returns false where the two are
// apart though their keys are one (two clauses that each give posts to the
// person named before them), and again is added as an entry of its own.
type Merger interface {
	Merge(first, again *record.Entry) bool
}

// Builtin returns new values of the built-in kinds.
func Builtin() []Kind {
	return []Kind{&body{}, &person{}, &figure{}, &date{}, &meeting{}, &document{}}
}

// Registry holds the kinds of one rule set.
type Registry struct {
	kinds      []Kind
	byName     map[string]Kind
	byRule     []Kind             // per rule order; nil for rules that only exclude
	sentence   []SentenceResolver // the kinds that complete their entries by sentence
	steps      []step             // article steps, what each needs first
	annotators annotators         // per-sentence annotations, by name
}

type step struct {
	kind    Kind
	resolve ArticleResolver
	reads   map[string]bool
}

// NewRegistry starts a registry of the kinds given (Builtin, and any a
// program adds) and the annotators their builders may ask for.
func NewRegistry(kinds []Kind, anns []Annotator) *Registry {
	reg := &Registry{byName: map[string]Kind{}, annotators: annotators{}}
	for _, k := range kinds {
		reg.add(k)
	}
	for _, a := range anns {
		reg.annotators[a.Name()] = a
	}
	return reg
}

func (reg *Registry) add(k Kind) {
	reg.kinds = append(reg.kinds, k)
	reg.byName[k.Spec().Name] = k
}

// Nests says of a kind whether its matches may nest.
func (reg *Registry) Nests(kind string) bool {
	k := reg.byName[kind]
	return k != nil && k.Spec().Nests
}

// OpensOn says whether a match of a kind may begin on the last character of
// a match of the other.
func (reg *Registry) OpensOn(kind, other string) bool {
	k := reg.byName[kind]
	return k != nil && slices.Contains(k.Spec().OpensOn, other)
}

// Check reports what a rule's kind cannot take; the loader calls it for
// every rule, and each message becomes an error at the rule's file and line.
func (reg *Registry) Check(r *rules.Rule) []string {
	var msgs []string
	for _, x := range r.Excludes {
		if !validListName(x) {
			msgs = append(msgs, fmt.Sprintf("excludes %q: not the name of a kind", x))
		}
	}
	if r.Kind == "" {
		if len(r.Set) > 0 {
			msgs = append(msgs, "set: a rule that only excludes produces no entries to set fields of")
		}
		return msgs
	}
	k, builtin := reg.byName[r.Kind]
	if !builtin {
		if !validListName(r.Kind) {
			msgs = append(msgs, fmt.Sprintf("kind %q: a new kind's name is lower case letters, digits, - and _", r.Kind))
		}
		if reserved[r.Kind] {
			msgs = append(msgs, fmt.Sprintf("kind %q is a field of every record, not a kind", r.Kind))
		}
		return msgs
	}
	spec := k.Spec()
	if spec.Groups != nil {
		for _, g := range r.Groups {
			if g != "text" && g != "before" && !slices.Contains(spec.Groups, g) {
				msgs = append(msgs, fmt.Sprintf("group %q: kind %s takes %s", g, spec.Name, orNone(spec.Groups)))
			}
		}
	}
	for _, g := range spec.Required {
		if !r.HasGroup(g) {
			msgs = append(msgs, fmt.Sprintf("kind %s needs a group named %q", spec.Name, g))
		}
	}
	for key := range r.Set {
		if !slices.Contains(spec.Sets, key) {
			msgs = append(msgs, fmt.Sprintf("set %q: kind %s takes %s", key, spec.Name, orNone(spec.Sets)))
		}
	}
	return msgs
}

// Bind gives every rule its kind (a user kind for names no kind has), hands
// each kind its lexicons, and orders the article steps. A lexicon a kind
// reads that the rule files do not define, an annotation no annotator
// gives, or steps that need each other are errors, at the rules of the kind.
func (reg *Registry) Bind(set *rules.Set) rules.Errors {
	var errs rules.Errors
	reg.byRule = make([]Kind, len(set.Rules))
	firstRule := map[string]*rules.Rule{}
	for _, r := range set.Rules {
		if r.Scope != rules.ScopeSentence || r.Kind == "" {
			continue
		}
		k := reg.byName[r.Kind]
		if k == nil {
			k = &userKind{spec: Spec{Name: r.Kind, List: r.Kind, Fields: []string{"text"}}}
			reg.add(k)
		}
		if u, ok := k.(*userKind); ok {
			u.declare(r)
		}
		reg.byRule[r.Order] = k
		for _, name := range setLexicons(r) {
			if !slices.Contains(k.Spec().Lexicons, name) {
				errs = append(errs, &rules.Error{Pos: r.Pos, Msg: fmt.Sprintf("rule %s: a set value maps through lexicon %s, which kind %s does not read", r.ID, name, r.Kind)})
			}
		}
		if firstRule[r.Kind] == nil {
			firstRule[r.Kind] = r
		}
	}
	for _, k := range reg.kinds {
		spec := k.Spec()
		at := firstRule[spec.Name]
		fail := func(msg string) {
			pos := rules.Pos{File: "kind " + spec.Name}
			if at != nil {
				pos = at.Pos
				msg = fmt.Sprintf("rule %s: %s", at.ID, msg)
			}
			errs = append(errs, &rules.Error{Pos: pos, Msg: msg})
		}
		missing := false
		for _, name := range spec.Lexicons {
			if set.Lexicon(name) == nil {
				fail(fmt.Sprintf("kind %s reads lexicon %s, which no rule file defines", spec.Name, name))
				missing = true
			}
		}
		for _, name := range spec.Annotations {
			if reg.annotators[name] == nil {
				fail(fmt.Sprintf("kind %s asks for annotation %q, which no annotator gives", spec.Name, name))
			}
		}
		if b, ok := k.(Binder); ok && !missing {
			b.Bind(func(name string) *rules.Lexicon {
				if !slices.Contains(spec.Lexicons, name) {
					panic(fmt.Sprintf("kind %s reads lexicon %s without declaring it", spec.Name, name))
				}
				return set.Lexicon(name)
			})
		}
	}
	for _, k := range reg.kinds {
		if r, ok := k.(SentenceResolver); ok {
			reg.sentence = append(reg.sentence, r)
		}
	}
	steps, err := orderSteps(reg.kinds)
	if err != nil {
		errs = append(errs, &rules.Error{Pos: rules.Pos{File: "kinds"}, Msg: err.Error()})
	}
	reg.steps = steps
	return errs
}

// orderSteps puts the article steps of the kinds in an order where every
// step runs after those of the kinds it needs; otherwise kinds keep their
// order.
func orderSteps(kinds []Kind) ([]step, error) {
	byName := map[string]Kind{}
	for _, k := range kinds {
		byName[k.Spec().Name] = k
	}
	var out []step
	state := map[string]int{} // 1: visiting, 2: done
	var visit func(k Kind, path []string) error
	visit = func(k Kind, path []string) error {
		spec := k.Spec()
		switch state[spec.Name] {
		case 1:
			return fmt.Errorf("the article steps of kinds %s need each other", strings.Join(append(path, spec.Name), " → "))
		case 2:
			return nil
		}
		state[spec.Name] = 1
		for _, n := range spec.Needs {
			if dep := byName[n]; dep != nil {
				if err := visit(dep, append(path, spec.Name)); err != nil {
					return err
				}
			}
		}
		state[spec.Name] = 2
		if r, ok := k.(ArticleResolver); ok {
			reads := map[string]bool{}
			for _, n := range spec.Needs {
				reads[n] = true
			}
			out = append(out, step{kind: k, resolve: r, reads: reads})
		}
		return nil
	}
	for _, k := range kinds {
		if err := visit(k, nil); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Of is the kind of a rule (nil for one that only excludes).
func (reg *Registry) Of(r *rules.Rule) Kind { return reg.byRule[r.Order] }

// Fields are the fields of the entries of a list, in order.
func (reg *Registry) Fields(list string) []string {
	for _, k := range reg.kinds {
		if k.Spec().List == list {
			return k.Spec().Fields
		}
	}
	return nil
}

// KindOf is the name of the kind that fills a record list, or "".
func (reg *Registry) KindOf(list string) string {
	for _, k := range reg.kinds {
		if k.Spec().List == list {
			return k.Spec().Name
		}
	}
	return ""
}

// Lists are the record lists of the registry's kinds.
func (reg *Registry) Lists() []string {
	var out []string
	for _, k := range reg.kinds {
		out = append(out, k.Spec().List)
	}
	return out
}

func orNone(list []string) string {
	if len(list) == 0 {
		return "none"
	}
	return strings.Join(list, ", ")
}

var reserved = map[string]bool{"id": true, "source": true, "article": true, "headline": true,
	"subtitle": true, "published": true, "place": true, "encoding": true, "span": true,
	"error": true, "warnings": true, "fields": true}

func validListName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r == '_' || r == '-' && i > 0, r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}
