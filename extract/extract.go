// Package extract turns Chinese news about 政协 and government work into
// records: one per article, with the people, bodies, dates, figures,
// meetings and documents it names. It is the small front of a pipeline
// whose stages are its packages, each importing only those before it:
//
//	read     files, directories, stdin and JSONL into Documents, decoded
//	text     the view rules match on (normalised), mapped back to the original
//	layout   lines classified; articles, headlines, the publication date
//	engine   keyword prefilter, rule matching, one conflict policy
//	kinds    entries built from matches, resolved by sentence and article
//	record   records and their JSON
//	eval     scores against gold annotations
//
// (number and timex read numbers and dates for the stages that need them.)
// Load compiles the rules, Process runs the pipeline on one document, and
// Run runs it on many with a pool of workers.
package extract

import (
	"fmt"
	"io/fs"
	"iter"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/kinds"
	"github.com/zxtract/zxtract/extract/layout"
	"github.com/zxtract/zxtract/extract/names"
	"github.com/zxtract/zxtract/extract/places"
	"github.com/zxtract/zxtract/extract/read"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/rules"
)

// Options say which rules and kinds an Extractor runs.
type Options struct {
	RulePaths  []string      // user rule files or directories, after the defaults
	RuleFS     []fs.FS       // user rule files in file systems (every .yaml file in each), after the paths
	NoDefaults bool          // start without the embedded default rules (their macros and lexicons stay)
	Timeout    time.Duration // per regexp2 match; rules.DefaultTimeout when zero
	// Kinds are kinds a program adds to the built-in ones; Annotators the
	// per-sentence annotations their builders may ask for.
	Kinds      []kinds.Kind
	Annotators []kinds.Annotator
}

// Extractor runs the pipeline with one compiled rule set. It is safe for
// concurrent use, but workers that each hold a Clone run faster (regexp2
// locks a pattern on every match); Run does that.
type Extractor struct {
	Set      *rules.Set
	engine   *engine.Engine
	kinds    *kinds.Registry
	opt      Options
	parallel int // the cores a big document's articles may be read on (Run sets it)
}

// bigDocument is the length (in characters) from which a document's
// articles are read on several cores: a newspaper dump of thousands of
// articles in one file would otherwise keep one core busy and the others
// idle.
const bigDocument = 1 << 20

// Load compiles the embedded default rules and the user's, checks every rule
// against its kind, and returns the extractor with every problem found. The
// extractor runs the rules that compiled even when others did not.
func Load(opt Options) (*Extractor, rules.Errors) {
	go places.Default() // the body kind's gazetteer and the name cutter's dictionary load while the rules compile
	go names.Default()
	l := rules.NewLoader()
	l.AddFS(rules.Defaults, "rules")
	for _, p := range opt.RulePaths {
		l.AddPath(p)
	}
	for i, fsys := range opt.RuleFS {
		l.AddFS(fsys, fmt.Sprintf("rule fs %d", i+1))
	}
	reg := kinds.NewRegistry(append(kinds.Builtin(), opt.Kinds...), opt.Annotators)
	check := func(r *rules.Rule) []string {
		if r.Scope == rules.ScopeLine {
			return layout.Check(r)
		}
		return reg.Check(r)
	}
	set, errs := l.Compile(rules.Options{Timeout: opt.Timeout, Check: check, NoDefaults: opt.NoDefaults})
	errs = append(errs, reg.Bind(set)...)
	return &Extractor{Set: set, engine: engine.New(set, reg), kinds: reg, opt: opt}, errs
}

// Clone returns an extractor of the same rules that shares no matcher with
// this one.
func (x *Extractor) Clone() *Extractor {
	c := *x
	c.engine = x.engine.Clone()
	c.Set = c.engine.Set
	return &c
}

// Process runs the pipeline on one document (normalise, split into
// articles, find sentences, match rules, settle conflicts, build and
// resolve entries, assemble records) and returns one record per article; a
// document that holds no article, or could not be read, yields one record.
func (x *Extractor) Process(doc *read.Document) []*record.Record {
	recs, _ := x.process(doc, nil)
	return recs
}

// Records is Process as a sequence: the records are handed on in order as
// they are made, so that a big document's need not all be held at once.
func (x *Extractor) Records(doc *read.Document) iter.Seq[*record.Record] {
	return func(yield func(*record.Record) bool) { x.each(doc, nil, yield) }
}

// process is Process; with ex set it also keeps every match, and it returns
// the view it matched on.
func (x *Extractor) process(doc *read.Document, ex *Explanation) ([]*record.Record, *text.View) {
	var out []*record.Record
	view := x.each(doc, ex, func(r *record.Record) bool { out = append(out, r); return true })
	return out, view
}

// safely runs f, and turns a panic in it (a bug) into an error, so that one
// document's bug costs its own record, not the run.
func safely(f func()) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error, a bug in zxtract (please report it with the text): %v", p)
		}
	}()
	f()
	return nil
}

// each runs the pipeline on one document and yields its records in order,
// until yield returns false.
func (x *Extractor) each(doc *read.Document, ex *Explanation, yield func(*record.Record) bool) *text.View {
	if doc.Err != nil {
		r := x.emptyRecord(doc, 1)
		r.Error = doc.Err.Error()
		yield(r)
		return nil
	}
	raw := []rune(doc.Text)
	orig := text.Original{Raw: raw, View: text.Normalise(raw, doc.HTML)}
	// The document's warnings (reading it, its layout) go on its first
	// record; an article's (a rule that timed out) on the article's.
	var warnings []record.Warning
	for _, w := range doc.Warnings {
		warnings = append(warnings, record.Warning{Span: text.Span{0, 0}, Msg: w})
	}
	if note := text.ScriptNote(orig.View.Runes); note != "" {
		warnings = append(warnings, record.Warning{Span: text.Span{0, 0}, Msg: note})
	}
	warn := func(w record.Warning) { warnings = append(warnings, w) }
	var layoutTrace, sentenceTrace *[]*engine.Match
	if ex != nil {
		layoutTrace, sentenceTrace = &ex.Layout, &ex.Sentences
	}
	var articles []*layout.Article
	var published string
	if err := safely(func() { articles, published = layout.Split(x.engine, orig, warn, layoutTrace) }); err != nil {
		r := x.emptyRecord(doc, 1)
		r.Error = err.Error()
		yield(r)
		return orig.View
	}
	if doc.Published != "" {
		published = doc.Published
	} else if published == "" {
		published = doc.HeadDate // a page's head, where its text gives no stamp
	}
	if len(articles) == 0 {
		r := x.emptyRecord(doc, 1)
		r.Published = published
		r.Span = text.Span{0, len(raw)}
		r.Warnings = warnings
		yield(r)
		return orig.View
	}
	recordOf := func(x *Extractor, i int) *record.Record {
		a := articles[i]
		r := x.emptyRecord(doc, i+1)
		pub := published
		if a.Published != "" && doc.Published == "" {
			pub = a.Published // (several articles of a page, each under its own stamp)
		}
		r.Headline, r.Subtitle, r.Published = a.Headline, a.Subtitle, pub
		if len(articles) == 1 && titleApart(r.Headline, doc, orig.View) {
			r.Headline = doc.Title
		} else if len(articles) == 1 && doc.Title != "" && r.Subtitle == "" && slices.Contains(a.Kickers, doc.Title) {
			r.Headline, r.Subtitle = doc.Title, a.Headline // the page's title names its main heading: the line under it is a subtitle, no headline with a kicker
		}
		r.Span = orig.View.Orig(a.Range)
		if i == 0 {
			r.Warnings = warnings
		}
		l := kinds.Layout{Headline: a.Headline, Lines: a.Body, Affiliations: a.Affiliations, Lead: text.Range{End: articles[0].Start}, Site: doc.Site, Source: a.Source, Owner: a.Owner}
		warn := func(w record.Warning) { r.Warnings = append(r.Warnings, w) }
		var lists map[string][]*record.Entry
		var place string
		if err := safely(func() { lists, place = x.article(orig, pub, l, warn, sentenceTrace) }); err != nil {
			r.Error = fmt.Sprintf("article %d: %v", i+1, err) // its record stays, empty: the others are read
			return r
		}
		for list, entries := range lists {
			r.Lists[list] = entries
		}
		r.Place = place
		return r
	}
	if x.parallel <= 1 || ex != nil || len(raw) < bigDocument || len(articles) == 1 {
		for i := range articles {
			if !yield(recordOf(x, i)) {
				break
			}
		}
		return orig.View
	}
	// A big document's articles are read side by side, each worker with
	// a matcher of its own (regexp2 locks a pattern while it runs); the
	// records are yielded in order as they come.
	made := make([]chan *record.Record, len(articles))
	for i := range made {
		made[i] = make(chan *record.Record, 1)
	}
	var next atomic.Int64
	var stop atomic.Bool
	var wg sync.WaitGroup
	for k := range min(x.parallel, len(articles)) {
		w := x
		if k > 0 {
			w = x.Clone()
		}
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(articles) && !stop.Load(); i = int(next.Add(1) - 1) {
				made[i] <- recordOf(w, i)
			}
		})
	}
	for i := range articles {
		if !yield(<-made[i]) {
			break
		}
		made[i] = nil
	}
	stop.Store(true)
	wg.Wait()
	return orig.View
}

// article runs the sentence rules over an article's content lines and
// returns its entries by list, and the place it is about.
func (x *Extractor) article(orig text.Original, published string, l kinds.Layout, warn engine.Warn, trace *[]*engine.Match) (map[string][]*record.Entry, string) {
	units := text.Sentences(orig.View, l.Lines)
	a := x.kinds.NewArticle(orig, published, l)
	keep := func(u int, m *engine.Match) bool { return a.Builds(units[u], m) }
	x.engine.MatchUnits(rules.ScopeSentence, orig.View, units, warn, trace, keep, func(u int, won []*engine.Match) {
		a.AddSentence(units[u], won)
	})
	lists := a.Finish()
	place := ""
	if a.Place != nil {
		place = a.Place.FullName()
	}
	return lists, place
}

func (x *Extractor) emptyRecord(doc *read.Document, n int) *record.Record {
	r := &record.Record{
		ID:       fmt.Sprintf("%s#%d", doc.Source, n),
		Source:   doc.Source,
		Article:  n,
		Encoding: doc.Encoding,
		Lists:    map[string][]*record.Entry{},
		Fields:   doc.Fields,
	}
	for _, l := range x.kinds.Lists() {
		r.Lists[l] = []*record.Entry{}
	}
	return r
}

// Lists are the lists every record of the extractor holds: the standard
// ones, then those of user kinds by name.
func (x *Extractor) Lists() []string {
	r := x.emptyRecord(&read.Document{}, 1)
	return r.ListNames()
}

// RecordFields are the fields of every record the extractor writes, in
// order (those --fields may keep).
func (x *Extractor) RecordFields() []string {
	r := x.emptyRecord(&read.Document{}, 1)
	return r.FieldNames()
}

// titleApart: a document's one article takes the title its input gives
// apart from the text (a JSONL line's, an HTML page's head) where the text
// has no headline, or where the one read from it is no part of that title
// and the title is nowhere in the text (a navigation line read for a
// headline the page shows only in its head); a page's <title>, which may
// name the site alone, only where the text has none.
func titleApart(headline string, doc *read.Document, v *text.View) bool {
	title := doc.Title
	if title == "" || headline == title {
		return false
	}
	if headline == "" {
		return true
	}
	if doc.TitleTag {
		return false // a <title> may name the site alone
	}
	folded := string(text.Fold([]rune(title)))
	return !strings.Contains(title, headline) && !strings.Contains(string(v.Runes), folded)
}

// Fields are the fields of the entries of a list, in order (then span,
// mentions and rule); nil for a list the extractor does not fill.
func (x *Extractor) Fields(list string) []string { return x.kinds.Fields(list) }

// ItemFields are the fields of the objects an entry of a list holds in one
// of its fields (people's roles: title, body, text, level), as the record's
// schema gives them, or nil.
func (x *Extractor) ItemFields(list, field string) []string {
	return record.ItemFields(x.kinds.KindOf(list), field)
}

// Default is an extractor of the embedded default rules alone, loaded once
// per process and shared (give each worker a Clone).
var Default = sync.OnceValues(func() (*Extractor, error) {
	x, errs := Load(Options{})
	return x, errs.Err()
})
