package kinds

import (
	"fmt"
	"slices"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/places"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
)

// Article is one article being built. Its entries are merged as they come,
// sentence by sentence, so that an article that repeats one figure a
// million times holds one entry with a million mentions, not a million
// entries; once it is read, the kinds' article steps run in order.
type Article struct {
	Context
	Layout
	Place   *places.Place // the locality it is about, once the body step found it
	reg     *Registry
	lists   map[string][]*record.Entry
	byKind  map[string][]*record.Entry // distinct entries, by kind
	seen    map[string]*record.Entry   // by key: kind, text and the kind's key fields
	key     []byte                     // the key being built
	current *step                      // the article step running
	cached  []builtMatch               // what Builds built of the sentence's matches
}

// Layout is what the layout stage says of an article.
type Layout struct {
	Headline string       // as written
	Lines    []text.Range // its lines, headings included
	// Affiliations are lines that say where its authors work: their places
	// are none the article is about
	Affiliations []text.Range
	Lead         text.Range // the page before its first article: a site's name, a breadcrumb
	Site         string     // the site's name its page's head gives (滨州人大网)
	Source       text.Range // the outlet or office the page names as its source (来源:|某县融媒体中心)
	Owner        text.Range // the page's footer line naming who owns or runs the site (版权所有:某市政协办公室)
}

// NewArticle starts an article of the original text, read against its
// publication date.
func (reg *Registry) NewArticle(orig text.Original, published string, l Layout) *Article {
	byKind := map[string][]*record.Entry{}
	return &Article{
		Layout:  l,
		Context: Context{Original: orig, Published: published, anns: reg.annotators, found: byKind},
		reg:     reg,
		lists:   map[string][]*record.Entry{},
		byKind:  byKind,
		seen:    map[string]*record.Entry{},
	}
}

// Builds builds the entries of a sentence's match before its conflicts
// are settled, and says whether there are any: a match that builds
// nothing (a title with no name after it) then takes no other's place.
// AddSentence takes the entries built here.
func (a *Article) Builds(sentence text.Range, m *engine.Match) bool {
	k := a.reg.Of(m.Rule)
	if k == nil {
		return true
	}
	a.Sentence = sentence
	es := k.Build(&a.Context, m)
	a.cached = append(a.cached, builtMatch{m, es})
	if len(es) == 0 {
		return false
	}
	// The match takes part in conflicts with the text its entries hold: a
	// title and the name after it, not the words after the name.
	r := es[0].View
	for _, e := range es[1:] {
		r.Start, r.End = min(r.Start, e.View.Start), max(r.End, e.View.End)
	}
	if r.Len() > 0 && m.Overlaps(r) {
		m.Range = text.Range{Start: min(m.Start, r.Start), End: r.End}
	}
	return true
}

// AddSentence builds the entries of the matches a sentence's rules won
// (or takes those Builds built), lets each kind complete its own, and
// merges them into the article's.
func (a *Article) AddSentence(sentence text.Range, won []*engine.Match) {
	a.Sentence = sentence
	var entries []built
	for _, m := range won {
		if k := a.reg.Of(m.Rule); k != nil {
			i := slices.IndexFunc(a.cached, func(b builtMatch) bool { return b.m == m })
			var es []*record.Entry
			if i >= 0 {
				es = a.cached[i].es
			} else {
				es = k.Build(&a.Context, m)
			}
			for _, e := range es {
				entries = append(entries, built{k, e})
			}
		}
	}
	a.cached = a.cached[:0]
	a.Context.sentence = entries
	defer func() { a.Context.sentence = nil }()
	for _, r := range a.reg.sentence {
		var own []*record.Entry
		rest := entries[:0:0]
		for _, b := range entries {
			if b.kind == r.(Kind) {
				own = append(own, b.entry)
			} else {
				rest = append(rest, b)
			}
		}
		if len(own) > 0 {
			for _, e := range r.ResolveSentence(&a.Context, own) {
				rest = append(rest, built{r.(Kind), e})
			}
			entries = rest
		}
	}
	for _, b := range entries {
		a.add(b.kind, b.entry)
	}
}

// builtMatch is a match and the entries its kind built of it (a
// sentence has a few: a list is searched faster than a map).
type builtMatch struct {
	m  *engine.Match
	es []*record.Entry
}

// built is an entry and the kind that built it.
type built struct {
	kind  Kind
	entry *record.Entry
}

// add merges an entry into the article's: one found again (same kind, text
// and key fields) adds its mention to the first, unless its kind keeps the
// two apart (Merger).
func (a *Article) add(k Kind, e *record.Entry) {
	spec := k.Spec()
	first, dup := a.seen[string(a.keyOf(spec, e))]
	switch m, merges := k.(Merger); {
	case dup && !merges:
		first.Mentions = append(first.Mentions, e.Span)
		return
	case dup && m.Merge(first, e):
		return
	case !dup:
		a.seen[string(a.key)] = e
	}
	e.Mentions = []text.Span{e.Span}
	a.byKind[e.Kind] = append(a.byKind[e.Kind], e)
	a.lists[spec.List] = append(a.lists[spec.List], e)
}

// keyOf is what makes two entries one: kind, text and the kind's key fields.
// It is written in a buffer the next call reuses. The text's line breaks
// and spaces are no part of it: a name a page breaks across lines
// (区委\n\n九届五次全会) or a roster pads (孙　强) is the name written whole
// elsewhere, as is one a gateway glosses (吳(wú)德海).
func (a *Article) keyOf(spec *Spec, e *record.Entry) []byte {
	a.key = append(append(a.key[:0], e.Kind...), 0)
	for _, r := range text.Unglossed(e.Text()) {
		if !unicode.IsSpace(r) {
			a.key = utf8.AppendRune(a.key, r)
		}
	}
	for _, f := range spec.Key {
		v := e.Get(f)
		if s, ok := v.(string); ok {
			v = text.Unglossed(s)
		}
		a.key = appendKeyValue(append(a.key, 0), v)
	}
	return a.key
}

// appendKeyValue writes a field's value into an entry's key: the usual
// types directly, anything else as fmt prints it.
func appendKeyValue(b []byte, v any) []byte {
	switch v := v.(type) {
	case string:
		return append(b, v...)
	case float64:
		return strconv.AppendFloat(b, v, 'g', -1, 64)
	case int:
		return strconv.AppendInt(b, int64(v), 10)
	}
	return fmt.Append(b, v)
}

// Finish runs the article steps, each after those it needs, and returns the
// entries by list.
func (a *Article) Finish() map[string][]*record.Entry {
	for i := range a.reg.steps {
		s := &a.reg.steps[i]
		a.current = s
		s.resolve.ResolveArticle(a, a.byKind[s.kind.Spec().Name])
		a.remerge(s.kind)
	}
	a.current = nil
	a.dropInsideOpaque()
	return a.lists
}

// dropInsideOpaque takes out the mentions of entries that lie inside an
// opaque kind's (a date in a name), and the entries left with none.
func (a *Article) dropInsideOpaque() {
	var words []text.Span
	for _, k := range a.reg.kinds {
		if spec := k.Spec(); spec.Opaque {
			for _, e := range a.byKind[spec.Name] {
				words = append(words, e.Mentions...)
			}
		}
	}
	if len(words) == 0 {
		return
	}
	inside := func(m text.Span) bool {
		return slices.ContainsFunc(words, func(w text.Span) bool { return w[0] <= m[0] && m[1] <= w[1] && w != m })
	}
	for _, k := range a.reg.kinds {
		if k.Spec().Opaque {
			continue
		}
		for _, e := range a.byKind[k.Spec().Name] {
			if !slices.ContainsFunc(e.Mentions, inside) {
				continue
			}
			if e.Mentions = slices.DeleteFunc(e.Mentions, inside); len(e.Mentions) == 0 {
				a.drop(e)
			} else {
				e.Span = e.Mentions[0]
			}
		}
	}
}

// remerge merges the entries of a kind that its article step made the same
// (a date its sentence resolved and one the publication date resolved to
// the same value), mentions in text order.
func (a *Article) remerge(k Kind) {
	spec := k.Spec()
	own := a.byKind[spec.Name]
	if len(own) < 2 {
		return
	}
	first := map[string]*record.Entry{}
	kept := own[:0]
	merged := false
	for _, e := range own {
		key := a.keyOf(spec, e)
		if f, dup := first[string(key)]; dup {
			f.Mentions = append(f.Mentions, e.Mentions...)
			slices.SortFunc(f.Mentions, func(x, y text.Span) int { return x[0] - y[0] })
			merged = true
			continue
		}
		first[string(key)] = e
		kept = append(kept, e)
	}
	if !merged {
		return
	}
	a.byKind[spec.Name] = kept
	a.lists[spec.List] = slices.DeleteFunc(a.lists[spec.List], func(e *record.Entry) bool { return !slices.Contains(kept, e) })
}

// drop takes an entry out of the article's lists: one its kind's step used
// up (an author's note, whose roles went to the author).
func (a *Article) drop(e *record.Entry) {
	kind := a.byKind[e.Kind]
	a.byKind[e.Kind] = slices.DeleteFunc(kind, func(x *record.Entry) bool { return x == e })
	for list, es := range a.lists {
		a.lists[list] = slices.DeleteFunc(es, func(x *record.Entry) bool { return x == e })
	}
}

// Entries are the article's distinct entries of another kind, for an
// article step that declared it Needs them (whose step has then run).
func (a *Article) Entries(kind string) []*record.Entry {
	if a.current != nil && !a.current.reads[kind] {
		panic(fmt.Sprintf("the article step of kind %s reads kind %s without declaring it in Needs", a.current.kind.Spec().Name, kind))
	}
	return a.byKind[kind]
}
