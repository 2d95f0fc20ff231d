// Package rules loads zxtract's YAML rule files: rules (matched on
// sentences), layout rules (matched on lines), the macros and lexicons they
// share, and the examples every rule carries. It compiles patterns and
// derives their keywords; it knows the syntax of rules, not what a kind of
// rule produces: that is the kinds package's business (extract/kinds), which
// checks every rule through Options.Check.
package rules

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dlclark/regexp2/v2"
	"gopkg.in/yaml.v3"
)

// Scopes say what span of text a rule is matched against: the section of
// the rule file it is written in decides.
const (
	ScopeSentence = "sentence" // rules: one sentence of an article
	ScopeLine     = "line"     // layout: one line of the input
)

// DefaultTimeout bounds each regexp2 match so that a pathological pattern
// slows one sentence instead of hanging the run.
const DefaultTimeout = 250 * time.Millisecond

// Rule is one rule as written in a YAML file, plus what loading makes of it.
type Rule struct {
	ID          string            `yaml:"id" json:"id"`
	Kind        string            `yaml:"kind,omitempty" json:"kind,omitempty"`   // what its matches become; none for a rule that only excludes
	Class       string            `yaml:"class,omitempty" json:"class,omitempty"` // layout rules: the class of the lines they match
	Description string            `yaml:"description,omitempty" json:"description,omitempty"`
	Pattern     string            `yaml:"pattern" json:"pattern"`
	Priority    int               `yaml:"priority,omitempty" json:"priority,omitempty"`
	RightToLeft bool              `yaml:"right_to_left,omitempty" json:"right_to_left,omitempty"` // match from the end: fast when the selective part ends the pattern
	Keywords    []string          `yaml:"keywords,omitempty" json:"keywords,omitempty"`           // strings one of which every unit it matches in holds: a set with those the pattern implies
	Set         map[string]string `yaml:"set,omitempty" json:"set,omitempty"`                     // constant fields of every entry
	Excludes    []string          `yaml:"excludes,omitempty" json:"excludes,omitempty"`           // kinds whose overlapping matches its matches remove
	Requires    []string          `yaml:"requires,omitempty" json:"requires,omitempty"`           // rule ids: run only where one of them matched
	Examples    Examples          `yaml:"examples,omitempty" json:"examples,omitzero"`

	Scope       string     `yaml:"-" json:"scope"` // ScopeSentence or ScopeLine, from its section
	Pos         Pos        `yaml:"-" json:"pos"`   // where the rule is written
	KeywordSets [][]string `yaml:"-" json:"-"`     // the rule runs where a string of each set occurs
	UnitMin     int        `yaml:"-" json:"-"`     // and on units no shorter than what it consumes at least
	UnitMax     int        `yaml:"-" json:"-"`     // nor longer than this (0: any), where it matches ^…$
	// re is the compiled pattern, compiled on first use: a run compiles
	// only the rules the prefilter picks, and each worker's clone its own.
	re *lazyRegexp
	// Starts are strings one of which every match begins with (what it
	// consumes: a lookbehind reads before it); Anchored is the pattern
	// anchored (\G) where it starts, compiled on first use: the engine
	// matches from each place a unit holds one of them, instead of
	// scanning the whole unit.
	Starts     []string `yaml:"-" json:"-"`
	anchor     *lazyRegexp
	Groups     []string `yaml:"-" json:"-"` // named groups of the pattern
	GroupNums  []int    `yaml:"-" json:"-"` // their numbers in the compiled pattern
	Recaptures bool     `yaml:"-" json:"-"` // a group may capture twice in one match (see recaptures)
	Order      int      `yaml:"-" json:"-"` // position in the rule set, for stable ties
}

// Example is a text a rule is tested on. Expect lists the entries the rule
// must produce from it (each a set of fields that must match); an empty
// Expect means nothing of the rule's kind may be extracted from the text.
type Example struct {
	Text      string           `yaml:"text" json:"text"`
	Expect    []map[string]any `yaml:"expect" json:"expect"`
	Published string           `yaml:"published,omitempty" json:"published,omitempty"` // publication date the text is read against
	Line      int              `yaml:"-" json:"line"`                                  // where it is written in its rule's file
}

// Examples are a rule's examples. A rule file's reading kept in
// parsed.json keeps them undecoded until they are first asked for (List):
// a run of the rules never reads them (rules test and lint do), and their
// maps were a third of what decoding parsed.json cost at every start.
type Examples struct{ *examples }

type examples struct {
	once sync.Once
	raw  []byte // their JSON, still to decode
	list []Example
}

// ExamplesOf are the examples of a list.
func ExamplesOf(list []Example) Examples { return Examples{&examples{list: list}} }

// List is the examples in their order.
func (e Examples) List() []Example {
	if e.examples == nil {
		return nil
	}
	e.once.Do(func() {
		if e.raw != nil && json.Unmarshal(e.raw, &e.list) != nil {
			e.list = nil // (a broken parsed.json: TestParsedKnown fails on it)
		}
		e.raw = nil
	})
	return e.list
}

// IsZero says there are none to write.
func (e Examples) IsZero() bool { return len(e.List()) == 0 }

func (e Examples) MarshalJSON() ([]byte, error) { return json.Marshal(e.List()) }

func (e *Examples) UnmarshalJSON(b []byte) error {
	e.examples = &examples{raw: bytes.Clone(b)}
	return nil
}

func (e *Examples) UnmarshalYAML(n *yaml.Node) error {
	var list []Example
	if err := n.Decode(&list); err != nil {
		return err
	}
	*e = ExamplesOf(list)
	return nil
}

// Pos is a place in a rule file.
type Pos struct {
	File string `json:"-"` // (a file's reading kept in parsed.json is of any place: loading names it)
	Line int    `json:"line"`
}

func (p Pos) String() string {
	if p.Line == 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d", p.File, p.Line)
}

// Error is a problem found while loading rules, at a place in a file.
type Error struct {
	Pos Pos
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Errors collects every problem of a load, so that lint reports them all.
type Errors []*Error

func (es Errors) Error() string {
	s := ""
	for i, e := range es {
		if i > 0 {
			s += "\n"
		}
		s += e.Error()
	}
	return s
}

// Err returns nil for no errors, so callers can test `err != nil`.
func (es Errors) Err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}

// Regexp is the rule's compiled pattern, compiled on first use.
func (r *Rule) Regexp() *regexp2.Regexp { return r.re.get() }

// Timeout is the time limit of one match of the rule.
func (r *Rule) Timeout() time.Duration { return r.re.timeout }

// Anchored is the rule's pattern anchored where a match starts (nil for a
// rule without Starts), compiled on first use.
func (r *Rule) Anchored() *regexp2.Regexp {
	if r.anchor == nil {
		return nil
	}
	return r.anchor.get()
}

// Expanded is the pattern with its macros expanded, its lexicons written as
// tries.
func (r *Rule) Expanded() string {
	expanded, _ := r.re.src.get()
	return expanded
}

// source is a rule's pattern expanded, as it compiles and as it compiles
// anchored. A default rule's facts are known (facts.jsonl) without it, so
// it is expanded when the pattern first compiles; a user's as it loads.
type source struct {
	once               sync.Once
	expand             func() (expanded, anchored string) // nil once done
	expanded, anchored string
}

func (s *source) get() (expanded, anchored string) {
	s.once.Do(func() {
		if s.expand != nil {
			s.expanded, s.anchored = s.expand()
			s.expand = nil
		}
	})
	return s.expanded, s.anchored
}

// Compiled says whether the pattern has compiled, and its anchored form.
func (r *Rule) Compiled() (plain, anchored bool) {
	return r.re.compiled.Load(), r.anchor != nil && r.anchor.compiled.Load()
}

// lazyRegexp is a pattern compiled the first time it is asked for.
type lazyRegexp struct {
	once     sync.Once
	compiled atomic.Bool
	src      *source
	anchored bool   // the anchored form, where a match starts (\G)
	guard    string // what the plain form tests first (guardBefore)
	opts     regexp2.RegexOptions
	timeout  time.Duration
	re       *regexp2.Regexp
}

// pattern is what compiles: the expansion with its leading guard dropped
// (regexp2 finds a pattern's first characters itself) or anchored, and its
// categories spelled as ranges (spellClasses), the same sets.
func (l *lazyRegexp) pattern() string {
	expanded, anchored := l.src.get()
	if l.anchored {
		return `\G(?:` + spellClasses(anchored) + `)`
	}
	if l.guard != "" {
		return l.guard + `(?:` + spellClasses(unguarded(expanded)) + `)`
	}
	return spellClasses(unguarded(expanded))
}

// get compiles the pattern the first time. It parsed before (as it loaded,
// or as facts.jsonl was written), and regexp2 fails after a parse only on
// an internal error.
func (l *lazyRegexp) get() *regexp2.Regexp {
	l.once.Do(func() {
		l.re = regexp2.MustCompile(l.pattern(), l.opts)
		l.re.MatchTimeout = l.timeout
		l.compiled.Store(true)
	})
	return l.re
}

// fresh is a lazy pattern of the same source, not yet compiled.
func (l *lazyRegexp) fresh() *lazyRegexp {
	if l == nil {
		return nil
	}
	return &lazyRegexp{src: l.src, anchored: l.anchored, guard: l.guard, opts: l.opts, timeout: l.timeout}
}
