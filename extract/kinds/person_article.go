package kinds

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zxtract/zxtract/extract/places"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/rules"
)

// Merge joins a person found again into the first entry of the name: its
// mentions and the roles it was found with. Posts and an author's note are
// no person yet: each goes to whom its own clause names (某某,现任县政协委员。
// 某某,现任县政协委员: two people's), so they stay apart.
func (p *person) Merge(first, again *record.Entry) bool {
	d, o := first.Detail.(*personDetail), again.Detail.(*personDetail)
	if d.posts || d.note || o.posts || o.note {
		return false
	}
	if !slices.Contains(first.Mentions, again.Span) { // two rules may name one mention (市政协主席杨志远, 杨志远表示)
		first.Mentions = append(first.Mentions, again.Span)
	}
	d.roles = append(d.roles, o.roles...)
	return true
}

// ResolveArticle names each role's body as the bodies are named, gives an
// author's note to the article's author, joins later bare mentions of a
// name to its person, and gives posts to the person named before them.
func (p *person) ResolveArticle(a *Article, own []*record.Entry) {
	bodies, dates := a.Entries("body"), a.Entries("date")
	var notes, posts, people []*record.Entry
	for _, e := range own {
		switch d := e.Detail.(*personDetail); {
		case d.note:
			notes = append(notes, e)
		case d.posts:
			posts = append(posts, e)
		default:
			people = append(people, e)
		}
	}
	people = withoutOutlet(a, people)
	people = p.withoutBranchCut(a, bodies, people)
	people = p.withoutInner(a, people)
	people = p.withShortForms(a, people)
	people = runTogether(a, people)
	people = completed(a, people)
	people = p.overrun(a, people)
	people = joinedBefore(a, people)
	read := p.resolveRoles(a, bodies, people)
	for _, n := range notes {
		if author := p.author(a, people); author != nil {
			p.addRoles(a, bodies, author, n, read)
		}
		a.drop(n)
	}
	p.laterMentions(a, people)
	held := map[int]*record.Entry{} // by sentence: whom the last posts went to
	for _, n := range posts {
		d := n.Detail.(*personDetail)
		holder, ok := held[d.sentence]
		switch {
		case d.profile: // (感谢各位委员: a clause of a story ends in a title too)
			holder = profiled(people, d.sentence, n.Span[0])
			if holder == nil {
				if h := withMention(people, 0, d.sentence); h != nil && profileOf(a.Raw, h) {
					holder = h
				}
			}
		case d.pronoun:
			holder = lastNamed(people, lineStart(a.Raw, d.sentence), n.Span[0])
		case d.heldAt >= 0 && !dateEndsAt(dates, d.heldAt):
			holder = withMention(people, 1, d.heldAt)
		case !ok:
			holder = withMention(people, 0, d.sentence) // 某某,高级经济师,现任…: the sentence's subject
			if at := afterSource(a.Raw, d.sentence); holder == nil && at > 0 {
				holder = withMention(people, 0, at) // 据报道,某某…任…: the subject after whose word it is
			}
			if holder == nil {
				holder = leading(people, d.sentence) // 今年82岁的某某,曾任…
			}
			if holder == nil {
				holder = profiled(people, d.sentence, n.Span[0]) // 委员简介:某某,男,…,现任…
			}
			if holder == nil && d.opens {
				holder = onlyOne(people, lineStart(a.Raw, d.sentence), n.Span[0]) // 某某,男,…参加工作。曾任…
				if holder == nil {
					holder = lastNamed(people, 0, n.Span[0]) // a profile's later paragraphs: 某某,男,…\n\n2006年9月任…
				}
				if holder != nil && !profileOf(a.Raw, holder) {
					holder = nil // 某某不甘心放弃。曾任…: a story's, not a profile's
				}
			}
		}
		if holder == nil && !d.profile && !d.pronoun {
			holder = movedBefore(people, d.sentence, n.Span[0]) // 把某某从某乡调到某镇|任党委书记: the one the decision moved
		}
		if holder != nil {
			p.addRoles(a, bodies, holder, n, read)
			if d.heldAt >= 0 {
				for _, o := range listedWith(a.Raw, people, holder, d.heldAt) {
					p.addRoles(a, bodies, o, n, read) // 某某、某某|任副组长: every name of the list holds the posts
				}
			}
		}
		if holder != nil || !ok {
			held[d.sentence] = holder // (a clause no one holds, a profile's 市长 after the posts read whole, leaves the sentence's holder)
		}
		a.drop(n)
	}
}

// runTogether splits the names of two people run together into one of
// three (委员吴某|何某某, read as 吴某何): where its first two characters are
// another person's name, and a third person's name the article gives
// begins at its last character at every mention, it is those two.
func runTogether(a *Article, people []*record.Entry) []*record.Entry {
	byName := map[string]*record.Entry{}
	for _, e := range people {
		name, _ := e.Get("name").(string)
		byName[name] = e
	}
	var split []*record.Entry
	for _, e := range people {
		name, _ := e.Get("name").(string)
		rs := []rune(name)
		first := byName[string(rs[:min(2, len(rs))])]
		if len(rs) != 3 || first == nil || first == e {
			continue
		}
		var second *record.Entry
		for _, o := range people {
			on, _ := o.Get("name").(string)
			if o != e && o != first && strings.HasPrefix(on, string(rs[2])) && utf8.RuneCountInString(on) >= 2 && !slices.ContainsFunc(e.Mentions, func(m text.Span) bool {
				return !runesAt(a.Raw, m[1]-1, on)
			}) {
				second = o
				break
			}
		}
		if second == nil {
			continue
		}
		n := utf8.RuneCountInString(second.Get("name").(string))
		for _, m := range e.Mentions {
			first.Mentions = append(first.Mentions, text.Span{m[0], m[0] + 2})
			second.Mentions = append(second.Mentions, text.Span{m[1] - 1, m[1] - 1 + n})
		}
		inOrder(first)
		inOrder(second)
		split = append(split, e)
	}
	return without(a, people, split)
}

// completed joins a name cut short to the longer name of a person the
// article gives that the text completes at every mention (某全|國說: the
// cut took 全國 for a word; 某全國 is named before): its mentions are that
// person's, whole.
func completed(a *Article, people []*record.Entry) []*record.Entry {
	var cut []*record.Entry
	for _, e := range people {
		name, _ := e.Get("name").(string)
		for _, o := range people {
			whole, _ := o.Get("name").(string)
			rest, ok := strings.CutPrefix(whole, name)
			if o == e || !ok || rest == "" || slices.ContainsFunc(e.Mentions, func(m text.Span) bool {
				return !runesAt(a.Raw, m[1], rest)
			}) {
				continue
			}
			n := utf8.RuneCountInString(rest)
			for _, m := range e.Mentions {
				o.Mentions = append(o.Mentions, text.Span{m[0], m[1] + n})
			}
			inOrder(o)
			od, ed := o.Detail.(*personDetail), e.Detail.(*personDetail)
			od.roles = append(od.roles, ed.roles...) // (the roles it was found with are the person's)
			cut = append(cut, e)
			break
		}
	}
	return without(a, people, cut)
}

// overrun joins a name read with no role that is another person's name
// of three or more the article gives and one or two characters more, which
// open a word at every mention (某某·某某|希望: 希望, no name's end), to
// that person: its mentions are that person's, less those characters.
func (p *person) overrun(a *Article, people []*record.Entry) []*record.Entry {
	var cut []*record.Entry
	for _, e := range people {
		name, _ := e.Get("name").(string)
		if len(e.Detail.(*personDetail).roles) > 0 {
			continue
		}
		for _, o := range people {
			whole, _ := o.Get("name").(string)
			rest, ok := strings.CutPrefix(name, whole)
			n := utf8.RuneCountInString(rest)
			if o == e || !ok || n == 0 || n > 2 || utf8.RuneCountInString(whole) < 3 || slices.ContainsFunc(e.Mentions, func(m text.Span) bool {
				if m[1]-n+2 > len(a.Raw) {
					return true
				}
				_, word := p.cut.Word(text.Simplified(string(a.Raw[m[1]-n : m[1]-n+2])))
				return !word
			}) {
				continue
			}
			for _, m := range e.Mentions {
				o.Mentions = append(o.Mentions, text.Span{m[0], m[1] - n})
			}
			inOrder(o)
			cut = append(cut, e)
			break
		}
	}
	return without(a, people, cut)
}

// joinedBefore joins a name of three read with no role, whose last two
// are another person's name the article gives and whose first is a word
// that joins clauses (但|某某认为: 但 is a surname too), to that person: its
// mentions are that person's, less the joining word.
func joinedBefore(a *Article, people []*record.Entry) []*record.Entry {
	var joined []*record.Entry
	for _, e := range people {
		name, _ := e.Get("name").(string)
		rs := []rune(name)
		if len(rs) != 3 || !strings.ContainsRune("但而并也还又则却且就", rs[0]) || len(e.Detail.(*personDetail).roles) > 0 {
			continue
		}
		for _, o := range people {
			if whole, _ := o.Get("name").(string); o != e && whole == string(rs[1:]) {
				for _, m := range e.Mentions {
					o.Mentions = append(o.Mentions, text.Span{m[0] + 1, m[1]})
				}
				inOrder(o)
				joined = append(joined, e)
				break
			}
		}
	}
	return without(a, people, joined)
}

// without drops from the article and from people the entries now merged
// into others.
func without(a *Article, people, merged []*record.Entry) []*record.Entry {
	for _, e := range merged {
		a.drop(e)
	}
	return slices.DeleteFunc(people, func(e *record.Entry) bool { return slices.Contains(merged, e) })
}

// inOrder sorts an entry's mentions by where they begin, once each.
func inOrder(e *record.Entry) {
	slices.SortFunc(e.Mentions, func(u, v text.Span) int { return u[0] - v[0] })
	e.Mentions = slices.Compact(e.Mentions)
}

// withShortForms joins a name that is the last part of a longer name with
// a middle dot in the article to that person (阿卜杜拉·萨利姆 … 萨利姆总理):
// a foreign name's short form is its last part; a Japanese name's, its
// family name (高桥一郎 … 高桥议员).
func (p *person) withShortForms(a *Article, people []*record.Entry) []*record.Entry {
	byLast := map[string][]*record.Entry{}
	for _, e := range people {
		name, _ := e.Get("name").(string)
		if k := strings.LastIndex(name, "·"); k > 0 && utf8.RuneCountInString(name[k+len("·"):]) >= 2 {
			byLast[name[k+len("·"):]] = append(byLast[name[k+len("·"):]], e)
		}
		if rs := []rune(name); len(rs) >= 3 && len(rs) <= 4 && p.japanese.HasRunes(rs[:2]) {
			byLast[string(rs[:2])] = append(byLast[string(rs[:2])], e)
		}
	}
	var dotted []*record.Entry // (a minority's names go by their first part too: 某某委员 of 某某·某某)
	for _, e := range people {
		if name, _ := e.Get("name").(string); strings.Contains(name, "·") {
			dotted = append(dotted, e)
		}
	}
	return slices.DeleteFunc(people, func(e *record.Entry) bool {
		name, _ := e.Get("name").(string)
		full := byLast[name]
		if len(full) == 0 {
			full = firstPartOf(a.Raw, e, name, dotted)
		}
		if len(full) == 1 { // (two of that name: which one is unclear)
			p.Merge(full[0], e)
			a.drop(e)
			return true
		}
		return false
	})
}

// firstPartOf are the people of dotted whose name's first part is name, or
// ends with it where the text writes the rest of that part right before
// each of its mentions (克|尔克孜委员: a title's reading cut the part short).
func firstPartOf(raw []rune, e *record.Entry, name string, dotted []*record.Entry) []*record.Entry {
	var out []*record.Entry
	for _, d := range dotted {
		full, _ := d.Get("name").(string)
		first, _, _ := strings.Cut(full, "·")
		head, ok := strings.CutSuffix(first, name)
		if d == e || !ok || utf8.RuneCountInString(first) < 2 || strings.Contains(name, "·") {
			continue
		}
		h := []rune(head)
		if !slices.ContainsFunc(e.Mentions, func(m text.Span) bool { return m[0] < len(h) || string(raw[m[0]-len(h):m[0]]) != head }) {
			out = append(out, d)
		}
	}
	return out
}

// profiled is the person a profile names in the sentence from start
// before offset before, or nil.
func profiled(people []*record.Entry, start, before int) *record.Entry {
	for _, e := range people {
		for _, m := range e.Mentions {
			if e.Rule == "person.profile" && m[0] >= start && m[0] < before {
				return e
			}
		}
	}
	return nil
}

// lastNamed is the person named last from offset start before offset
// before, or nil.
func lastNamed(people []*record.Entry, start, before int) *record.Entry {
	var last *record.Entry
	at := start - 1
	for _, e := range people {
		for _, m := range e.Mentions {
			if m[0] < before && m[0] > at {
				last, at = e, m[0]
			}
		}
	}
	return last
}

// onlyOne is the one person named from start before offset before, or nil
// where none or several are.
func onlyOne(people []*record.Entry, start, before int) *record.Entry {
	var one *record.Entry
	for _, e := range people {
		for _, m := range e.Mentions {
			if m[0] >= start && m[0] < before {
				if one != nil && one != e {
					return nil
				}
				one = e
			}
		}
	}
	return one
}

// profileOf: the person is named as a profile or an obituary names its
// subject, before their sex or their birth (某某,男,; 某某:女,; 某某同志1938年3月出生),
// or in a form's field (姓名:某某).
func profileOf(raw []rune, e *record.Entry) bool {
	for _, m := range e.Mentions {
		k := m[0] - 1
		for k >= 0 && unicode.IsSpace(raw[k]) {
			k--
		}
		if k >= 2 && strings.ContainsRune(":：", raw[k]) && string(raw[k-2:k]) == "姓名" {
			return true
		}
		i := m[1]
		if i+2 <= len(raw) && string(raw[i:i+2]) == "同志" {
			i += 2
		}
		if i+2 <= len(raw) && (string(raw[i:i+2]) == "简历" || string(raw[i:i+2]) == "简介") {
			return true // 某某(同志)简历: a resume's heading, its lines the posts of the one it names
		}
		if i < len(raw) && strings.ContainsRune(",，:：", raw[i]) {
			i++
		}
		for range 2 { // 某某,曾用名某某,某地人,|1968年5月出生: a former name and a native place before the birth
			k := i
			for k < len(raw) && k < i+12 && !strings.ContainsRune(",，。;；\n", raw[k]) {
				k++
			}
			if k > i+1 && k < len(raw) && strings.ContainsRune(",，", raw[k]) && (string(raw[i:min(k, i+3)]) == "曾用名" || raw[k-1] == '人') {
				i = k + 1
			}
		}
		if i+1 < len(raw) && (raw[i] == '男' || raw[i] == '女') && i > m[1] {
			return true
		}
		if born(raw[i:min(len(raw), i+12)]) {
			return true
		}
	}
	return false
}

// born: the runes open with a year and month of birth (1938年3月出生, 1970年生).
func born(rs []rune) bool {
	i := 0
	for i < len(rs) && (rs[i] >= '0' && rs[i] <= '9' || strings.ContainsRune("〇一二三四五六七八九十年月", rs[i])) {
		i++
	}
	return i >= 5 && i < len(rs) && rs[i] == '生' || i >= 5 && i+1 < len(rs) && string(rs[i:i+2]) == "出生"
}

// lineStart is the offset where the line holding offset at begins.
func lineStart(raw []rune, at int) int {
	for at > 0 && raw[at-1] != '\n' {
		at--
	}
	return at
}

// dateEndsAt says whether a date ends at offset at: posts after it
// (某某,男,…,2010年至2015年任…) are the sentence's as posts after a comma are.
func dateEndsAt(dates []*record.Entry, at int) bool {
	for _, e := range dates {
		for _, m := range e.Mentions {
			if m[1] == at {
				return true
			}
		}
	}
	return false
}

// withoutBranchCut drops a name read inside a body's name whose last
// character begins the party branch that body ends with (…和王村党|总支书记:
// the village's branch, no 王村党), at every mention.
func (p *person) withoutBranchCut(a *Article, bodies, people []*record.Entry) []*record.Entry {
	cuts := func(m text.Span) bool {
		for _, b := range bodies {
			for _, bm := range b.Mentions {
				if bm[0] <= m[0] && m[1] < bm[1] {
					after := []rune(text.Simplified(string(a.Raw[m[1]-1 : bm[1]])))
					if p.branches.LongestPrefix(after) > 1 {
						return true
					}
				}
			}
		}
		return false
	}
	return slices.DeleteFunc(people, func(e *record.Entry) bool {
		if !slices.ContainsFunc(e.Mentions, func(m text.Span) bool { return !cuts(m) }) {
			a.drop(e)
			return true
		}
		return false
	})
}

// withoutOutlet drops a name the page also gives as its source (作者:某某云
// … 来源:某某云): an outlet a byline credits, no person.
func withoutOutlet(a *Article, people []*record.Entry) []*record.Entry {
	if a.Source.Len() == 0 {
		return people
	}
	source := strings.TrimSpace(a.View.String(a.Source))
	return slices.DeleteFunc(people, func(e *record.Entry) bool {
		if e.Get("name") == source {
			a.drop(e)
			return true
		}
		return false
	})
}

// withoutInner drops a person read only inside other people's names, the
// end of one another rule cut short (于建斌 and, from 于建斌先生, 建斌); its
// roles go to the longest name around it.
func (p *person) withoutInner(a *Article, people []*record.Entry) []*record.Entry {
	kept := people[:0:0]
	for _, e := range people {
		var outer *record.Entry
		for _, m := range e.Mentions {
			if outer = longestAround(people, e, m); outer == nil {
				outer = endingName(a.Raw, people, e, m)
			}
			if outer == nil {
				break
			}
		}
		if outer == nil {
			kept = append(kept, e)
			continue
		}
		d := outer.Detail.(*personDetail)
		d.roles = append(d.roles, e.Detail.(*personDetail).roles...)
		a.drop(e)
	}
	return kept
}

// longestAround is the person other than e with the longest mention that
// holds m and is longer, or nil.
func longestAround(people []*record.Entry, e *record.Entry, m text.Span) *record.Entry {
	var best *record.Entry
	bestLen := m[1] - m[0]
	for _, o := range people {
		for _, om := range o.Mentions {
			if o != e && om[0] <= m[0] && m[1] <= om[1] && om[1]-om[0] > bestLen {
				best, bestLen = o, om[1]-om[0]
			}
		}
	}
	return best
}

// endingName is the person other than e whose longer name the mention m
// ends, as written (次仁卓嘎强调, where a quote's rule read 仁卓嘎: a name
// with no surname, cut where one began), or nil.
func endingName(raw []rune, people []*record.Entry, e *record.Entry, m text.Span) *record.Entry {
	for _, o := range people {
		n, _ := o.Get("name").(string)
		name := []rune(n)
		if start := m[1] - len(name); o != e && len(name) > m[1]-m[0] && start >= 0 && slices.Equal(raw[start:m[1]], name) {
			return o
		}
	}
	return nil
}

// withMention is the person one of whose mentions begins (side 0) or ends
// (side 1) at offset at.
func withMention(people []*record.Entry, side, at int) *record.Entry {
	for _, e := range people {
		for _, m := range e.Mentions {
			if m[side] == at {
				return e
			}
		}
	}
	return nil
}

// afterSource is where a sentence's subject begins after the source it
// opens with (据报道,|某某…; 据了解, 另据某报消息,), or -1 where it opens
// with none.
func afterSource(raw []rune, start int) int {
	i := start
	if runesAt(raw, i, "另据") {
		i++
	}
	if i >= len(raw) || raw[i] != '据' {
		return -1
	}
	for j := i + 1; j < min(len(raw), i+16); j++ {
		switch raw[j] {
		case ',', '\uFF0C':
			for j++; j < len(raw) && unicode.IsSpace(raw[j]); j++ {
			}
			return j
		case '。', '\n', ';', '\uFF1B':
			return -1
		}
	}
	return -1
}

// listedWith are the people named in a list right before the holder's
// name that ends at at, each item's name ending at the 、 before the next
// (某某、某某、|某某任…), nearest first.
func listedWith(raw []rune, people []*record.Entry, holder *record.Entry, at int) []*record.Entry {
	var out []*record.Entry
	start := mentionEndingAt(holder, at)
	for start > 0 && raw[start-1] == '、' {
		o := withMention(people, 1, start-1)
		if o == nil || o == holder || slices.Contains(out, o) {
			break
		}
		out = append(out, o)
		start = mentionEndingAt(o, start-1)
	}
	return out
}

// movedBefore is the last person a decision moves (person.moved: 把某某调到…)
// named in the sentence from start before at, or nil.
func movedBefore(people []*record.Entry, start, at int) *record.Entry {
	var last *record.Entry
	lastAt := -1
	for _, e := range people {
		if e.Rule != "person.moved" {
			continue
		}
		for _, m := range e.Mentions {
			if m[0] >= start && m[0] < at && m[0] > lastAt {
				last, lastAt = e, m[0]
			}
		}
	}
	return last
}

// mentionEndingAt is where the entry's mention that ends at at begins, or -1.
func mentionEndingAt(e *record.Entry, at int) int {
	for _, m := range e.Mentions {
		if m[1] == at {
			return m[0]
		}
	}
	return -1
}

// leading is the person an introduction makes the subject of the sentence
// that begins at sentence (今年82岁的某某,…), or nil.
func leading(people []*record.Entry, sentence int) *record.Entry {
	for _, e := range people {
		if d, ok := e.Detail.(*personDetail); ok && d.leads && d.sentence == sentence {
			return e
		}
	}
	return nil
}

// resolved is a role with its body named.
type resolved struct {
	title, body, level, text string
}

// roles names the bodies of a person's roles, one role per title and body.
func (p *person) roles(a *Article, bodies []*record.Entry, drafts []role, last sentenceRoles) []record.Object {
	var prev *resolved
	all := make([]resolved, len(drafts))
	for i, r := range drafts {
		all[i] = p.bodyOf(a, bodies, r, prev, last)
		if r.sentence.Len() > 0 && !r.none {
			key := text.SentenceStart(a.View.Runes, r.sentence.Start)
			last[key] = append(last[key], readRole{at: r.at.Start, role: all[i]})
		}
		if all[i].body != "" || prev == nil {
			prev = &all[i] // (a title of no body the chain's next skips: …副检察长、检察委员会委员、检察员)
		}
	}
	return listRoles(drafts, all)
}

// resolveRoles sets the roles of the people, their bodies named in the
// order the titles are written, whoever holds them: a title that takes the
// body of the role before it in its sentence finds that role though its
// holder was named earlier in the article (…增补某甲为市政协委员。…选举
// 某乙为县人大常委会主任,某丙、某甲为副主任: 某甲's 副主任 is 县人大常委会's).
// It returns the roles read, by sentence.
func (p *person) resolveRoles(a *Article, bodies []*record.Entry, people []*record.Entry) sentenceRoles {
	type job struct{ person, draft, at int }
	var jobs []job
	drafts := make([][]role, len(people))
	all := make([][]resolved, len(people))
	for i, e := range people {
		drafts[i] = e.Detail.(*personDetail).roles
		all[i] = make([]resolved, len(drafts[i]))
		for j, r := range drafts[i] {
			at := r.sentence.Start
			if r.at.Len() > 0 {
				at = r.at.Start
			}
			jobs = append(jobs, job{i, j, at})
		}
	}
	slices.SortStableFunc(jobs, func(x, y job) int { return x.at - y.at })
	prev := make([]*resolved, len(people)) // each person's role read before
	last := sentenceRoles{}                // by sentence (past semicolons: …当选为省政协主席;某某当选为副主席): the roles read
	for _, j := range jobs {
		r := drafts[j.person][j.draft]
		x := &all[j.person][j.draft]
		*x = p.bodyOf(a, bodies, r, prev[j.person], last)
		if r.sentence.Len() > 0 && !r.none {
			key := text.SentenceStart(a.View.Runes, r.sentence.Start)
			last[key] = append(last[key], readRole{at: j.at, role: *x})
		}
		if x.body != "" || prev[j.person] == nil {
			prev[j.person] = x
		}
	}
	for i, e := range people {
		e.Set("roles", listRoles(drafts[i], all[i]))
	}
	return last
}

// sentenceRoles are the roles read in each sentence (by where it starts), in
// the order read.
type sentenceRoles map[int][]readRole

// readRole is a role with its body named and where its title is.
type readRole struct {
	at   int
	role resolved
}

// afterAdverb is the last two characters of words where an adverb of two
// comes right before them (代表们认真|听取, 仔细|审阅): a verb, how it is
// done, and whoever does it; else the words.
func (p *person) afterAdverb(words string) string {
	rs := []rune(words)
	if len(rs) < 4 {
		return words
	}
	if tag, ok := p.cut.Word(string(rs[len(rs)-4 : len(rs)-2])); ok && (tag == "d" || tag == "ad") {
		return string(rs[len(rs)-2:])
	}
	return words
}

// before is each sentence's roles read before offset at.
func (s sentenceRoles) before(at int) sentenceRoles {
	out := sentenceRoles{}
	for k, rs := range s {
		for _, r := range rs {
			if r.at < at {
				out[k] = append(out[k], r)
			}
		}
	}
	return out
}

// headBefore is the role of the head a deputy's title is under (主席 of
// 副主席) read last in the sentence before the one at key, in its paragraph:
// …县政协主席某某出席开班仪式。当天下午,副主席某某…: the same 政协's.
func headBefore(rs []rune, last sentenceRoles, key int, title string) resolved {
	if key == 0 || rs[key-1] == '\n' {
		return resolved{}
	}
	roles := last[text.SentenceStart(rs, key-1)]
	for i := len(roles) - 1; i >= 0; i-- {
		if r := roles[i].role; deputyOf(title, r.title) && r.body != "" {
			return r
		}
	}
	return resolved{}
}

// listRoles is the record of a person's roles, one per title and body.
func listRoles(drafts []role, all []resolved) []record.Object {
	out := []record.Object{}
	seen := map[[2]string]bool{}
	written := map[string]bool{} // titles written with their body somewhere (全国政协委员)
	bodied := map[string]bool{}  // titles of a body somewhere
	for _, x := range all {
		if bodyWritten(x) {
			written[x.title] = true
		}
		if x.body != "" {
			bodied[x.title] = true
		}
	}
	for i, x := range all {
		key := [2]string{x.title, x.body}
		if x.title == "" || seen[key] || written[x.title] && !bodyWritten(x) && !drafts[i].chained && drafts[i].from == drafts[i].at.Start {
			continue // and a title after the name alone (某某委员) where the person's same title is written whole
		}
		if x.body == "" && heldWithBody(bodied, x.title) {
			continue // 大会秘书长:某某(县政协秘书长): the title of no body is the one of a body; 某某书记, the 党组书记's
		}
		if x.body != "" && slices.ContainsFunc(all, func(y resolved) bool {
			return y.title == x.title && len(y.body) > len(x.body) && strings.HasSuffix(y.body, x.body)
		}) {
			continue // 众议院 of a mention with its country cut short (美众议院), 美国众议院 of another: one role, the body named whole
		}
		seen[key] = true
		out = append(out, record.Object{{Key: "title", Value: x.title}, {Key: "body", Value: orNil(x.body)},
			{Key: "text", Value: x.text}, {Key: "level", Value: orNil(x.level)}})
	}
	return out
}

// heldWithBody: the person holds the title, or one it shortens (书记 of
// 党组书记: 某某书记 later in the text), of a body. (Not a deputy's: 主席
// after a 副主席's name may be of a body the text names nowhere.)
func heldWithBody(bodied map[string]bool, title string) bool {
	for t := range bodied {
		if strings.HasSuffix(t, title) && !strings.HasSuffix(t, "副"+title) {
			return true
		}
	}
	return false
}

// bodyWritten: the role's text holds more than its title (全国政协委员, not
// 委员; 記者 is its title written in traditional characters).
func bodyWritten(x resolved) bool {
	return utf8.RuneCountInString(x.text) > utf8.RuneCountInString(x.title)
}

// bodyOf names a role's body: the body written in its segment of the chain,
// nearest the title (县人民政府 of 县人民政府县长); 政协 alone, the article's
// 政协, else the 政协 named before it (政协委员); else the body of the title before it in
// its chain (市政协主席、党组书记), or, for a title that takes it
// (TITLES_INHERIT), of the role read before it in the sentence
// (…副主席罗其珍、许宁,秘书长朱良利); else a body its kind names (委员 of a list:
// the 政协 named before it), or the one the title implies (总书记: 中共中央).
func (p *person) bodyOf(a *Article, bodies []*record.Entry, r role, prev *resolved, last sentenceRoles) resolved {
	x := resolved{title: r.title, text: r.title}
	if r.at.Len() > 0 {
		x.text = a.Readable(r.at)
	}
	if r.none {
		return x
	}
	key := text.SentenceStart(a.View.Runes, r.sentence.Start)
	var before resolved // the sentence's role before
	if read := last[key]; len(read) > 0 {
		before = read[len(read)-1].role
	}
	// The body is written before the title, or ends on its first
	// character (国防部|部长).
	var seg text.Span
	if r.at.Len() > 0 {
		seg = a.View.Orig(text.Range{Start: r.from, End: r.at.Start + 1})
	}
	if r.names.Len() > 0 { // (县政协孙某|主席: over the names, to a body right before them)
		seg[0] = a.View.Orig(text.Range{Start: max(r.sentence.Start, r.names.Start-16), End: r.names.Start})[0]
	}
	// A party group's title may open on the group a body's name ends with
	// (省政协机关党组|书记, read as 机关|党组书记): the group is the body's.
	reach := seg[1]
	if r.at.Len() > 2 && strings.HasPrefix(r.title, "党组") {
		reach = a.View.Orig(text.Range{Start: r.at.Start + 2, End: r.at.Start + 2})[0]
	}
	var best *record.Entry
	bestEnd := -1
	for _, b := range bodies {
		for _, m := range b.Mentions {
			// (a long name whole, though it began before the segment
			// could reach: 政协第十三届某某区委员会|常务委员)
			within := m[0] >= seg[0] || m[1] == seg[1]-1
			if r.names.Len() > 0 && m[1] != a.View.Orig(text.Range{Start: r.names.Start, End: r.names.Start})[0] {
				continue // 县政协孙某|主席: a body before the names ends where they begin
			}
			if seg[1] > seg[0] && within && (m[1] <= seg[1] || m[1] == reach) && m[1] > bestEnd {
				best, bestEnd = b, m[1]
			}
		}
	}
	if b, end := p.bodyBeforeAlias(a, bodies, r, seg); b != nil {
		best, bestEnd = b, end // 某市工商业联合会(市总商会)|主席: of the name before its other in brackets
	}
	group := best != nil && bestEnd > seg[1] // (机关党组|书记)
	if best != nil && !group && bestEnd < seg[1] {
		// 某某银行近日已把|前总统, 市政协主席某某所作的说明及|副市长: a clause lies between the body and the title;
		// 县人大…会议上|县长: the body's meeting is where the title's holder speaks
		// (not a roster's lines under its heading: (按姓氏笔画为序))
		if between := string(a.Raw[bestEnd:a.View.Orig(r.at)[0]]); (strings.ContainsAny(between, "把将被对向给在从由了是为及") || atMeeting(between)) && !strings.Contains(between, "\n") {
			best = nil
		}
	}
	if at := a.View.Orig(r.at)[0]; best != nil && !group && r.host == "cppcc" && bestEnd <= at && (sector(string(a.Raw[bestEnd:at])) || runesAt(a.Raw[bestEnd:at], 0, "政协") && at-bestEnd == 2) { // (a body may end on the title's first character: 提案委|员)
		best = nil // 民革|界别委员: the body names a 政协's sector, of the 政协 the article names; 某开发区|政协委员: where its members are
	}
	if best != nil && strings.HasSuffix(r.title, "主委") && best.Get("kind") == "party" && bestEnd >= 2 && strings.ContainsRune("省市县区州旗", a.Raw[bestEnd-2]) && a.Raw[bestEnd-1] == '委' {
		if h := hostBefore(a.View.Orig(r.at)[0], "democratic_party", bodies); h != nil {
			best = h // 致公党某市委…。市委|副主委: a head only a democratic party's committee has, of the party's named before
		}
	}
	written := ""
	if r.at.Len() > 0 {
		written = a.View.String(text.Range{Start: r.from, End: r.at.Start})
	}
	if l, ok := strings.CutPrefix(strings.TrimSpace(written), "该"); ok && utf8.RuneCountInString(l) == 1 && strings.Contains(r.title, l) {
		written = "" // 该镇|镇长, 该县|副县长: the place the article is about, as 镇长 alone
	}
	if headCount(strings.TrimSpace(written)) {
		written = "" // 某某、某某两位|副主席: how many hold it, no body, as the title alone
	}
	if best == nil && r.at.Len() > 0 {
		best = referent(bodies, written, a.View.Orig(r.at)[0], p.orgEnds) // 该会|会长, 合作社|负责人: the association, the cooperative named before
	}
	if best == nil && r.at.Len() > 0 && written == "" {
		best = founded(a, bodies, a.View.Orig(r.at)[0]) // 某某领导小组成立后,某某担任|组长: the body just founded
	}
	if best == nil && r.at.Len() > 0 && written == "" && !(r.chained && prev != nil && prev.body != "") && !(before.body != "" && deputyOf(r.title, before.title)) {
		// 受某人大常委会主任委托,|副主任某某…: the head's body, its head named by title alone (not a title its chain's body serves:
		// 县政协党组书记、|副主席; nor a deputy's after a deputy of one rank, 某部常务副部长某某、|副部长某某: that body's)
		best = headedBefore(a, bodies, r.title, r.at)
	}
	if w := strings.TrimSpace(written); best == nil && (w == "党委" || w == "党工委") {
		best = committeeBefore(a, bodies, a.View.Orig(r.at)[0], w[len("党"):]) // 某镇党委书记某某,党委|副书记, 街道党工委…,党工委|副书记: the committee just named
		if best != nil && p.placeNamedAfter(a, best, r.at.Start) {
			best = nil // 县委决定把某某调到某镇|任|党委书记: the town's committee, which the text does not name, not the county's
		}
	}
	if best == nil && (r.title == "执行主席" || r.title == "常务主席") && (strings.HasSuffix(written, "会的") || strings.HasSuffix(written, "会议的")) {
		written = "大会" // 开幕会的|执行主席: a sitting's chair is the session's, as 大会执行主席 is
	}
	alone := strings.Trim(written, " 、") // what is written before the title, less the marks of a list
	if w, ok := strings.CutPrefix(alone, "同志"); ok {
		alone = w // 某某|同志的|副县长: the name's honorific, no body
	}
	alone = strings.TrimPrefix(alone, "的") // (某某|的|副县长: no body begins with 的)
	if best == nil && strings.HasSuffix(alone, "的") && !strings.ContainsAny(alone, "、,") {
		alone = "" // (新当选的|副镇长: words of the holder, no body)
	}
	if alone == "由" || alone == "并由" || alone == "分别由" {
		alone = "" // (市政协分组调研,由|副主席某某带队: who leads it, no body written)
	}
	if v := p.afterAdverb(strings.TrimLeft(alone, "在并还又也")); utf8.RuneCountInString(v) == 2 && best == nil {
		if tag, ok := p.cut.Word(v); ok && strings.HasPrefix(tag, "v") {
			alone = "" // (在听取|副县长某某…的汇报后, 认真听取|镇长某某…: a verb whose object the holder is, no body written)
		}
	}
	if before.title == "" && alone == "" && best == nil && r.names.Len() == 0 {
		before = headBefore(a.View.Runes, last, key, r.title) // (a deputy opening its sentence: of the head's body named just before)
	}
	// a title after another in a chain, nothing written between, holds the
	// same body (民盟某省委委员、常委: the party's 常委, not the 政协's)
	chainsBody := r.host != "any" && r.chained && prev != nil && prev.body != "" && writesNoBody(written) && !p.ownBody.Has(prev.title)
	ofSector := strings.HasSuffix(strings.TrimSpace(written), "界别") // (民建界别|召集人: a sector's post, the 政协's, whatever the title)
	// a ministry's organ written alone before the title (办公厅|主任): the ministry named before
	var ministry *record.Entry
	if !r.chained && r.at.Len() > 0 && ministryOrgan(alone) != "" {
		ministry = ministryBefore(a.Raw, bodies, a.View.Orig(r.at)[0])
	}
	switch {
	case best == nil && (r.title == "主席" || r.title == "副主席" || r.title == "常务副主席") && strings.HasSuffix(strings.TrimSpace(written), "自治区"):
		// 自治区|副主席: the region's government's, where the article names it
		// (a region's 主席 heads its government; its 政协's is 自治区政协主席)
		x.body, x.level = onlyBody(bodies, func(b *record.Entry) bool {
			return b.Get("kind") == "government" && strings.HasSuffix(b.Get("canonical").(string), "自治区政府")
		})
	case r.fixed != "" && (best == nil && (written == "" || strings.HasSuffix(written, "的")) || best != nil && best.Get("kind") != "other" && best.Get("kind") != "democratic_party"):
		// 总书记: 中共中央, unless another party is named, as a body
		// (朝鲜劳动党总书记, 民革党员) or as a name no rule knows (某某劳工阵线总书记)
		x.body, x.level = r.fixed, "national"
		at := a.View.Orig(r.at)[0]
		if h := hostBefore(at, "democratic_party", bodies); h != nil && r.fixed == "中国共产党" && written == "" && a.View.String(r.at) == "党员" &&
			sentenceEnds(a.Raw, mentionBefore(h, at), at) && !strings.ContainsRune(string(a.Raw[mentionBefore(h, at):at]), '\n') {
			// 致公党某支部12名党员参加…。|党员某某: a member of the party the paragraph named
			// before (not in its own sentence, where 民革党员、…和|党员某某 sets the two apart)
			x.body, x.level = h.Get("canonical").(string), levelOf(h)
		}
	case best == nil && before.body != "" && r.title == before.title && strings.HasPrefix(alone, "原") && strings.HasSuffix(before.body, strings.TrimPrefix(alone, "原")):
		// 某校党委书记某某和原|党委书记某某: a former holder of the post listed after its holder, of its body
		x.body, x.level = before.body, before.level
	case best != nil:
		x.body, x.level = best.Get("canonical").(string), levelOf(best)
		if r.elected && best.Get("kind") == "party" && p.levelCommittee(strings.TrimSpace(written)) {
			// 选举产生民进某市委员会,某某当选为|市委|委员: the committee the election produced, a democratic party's
			if b, level := electedAt(a, bodies, a.View.Orig(r.at)[0]); kindOf(bodies, b) == "democratic_party" && level == x.level {
				x.body = b
			}
		}
		if group {
			x.body = strings.TrimSuffix(x.body, "党组") // the group's body: 省政协机关 of 省政协机关党组
		}
		if bs := viewStart(a.View, bestStart(best, bestEnd), r.at.Start); bs >= 0 && r.names.Len() == 0 && !strings.Contains(a.View.String(text.Range{Start: bs, End: r.at.Start}), "\n") {
			x.text = a.Readable(text.Range{Start: bs, End: r.at.End}) // (not over the names, 县政协|孙某|主席, nor from a heading above)
		}
	case alone == "" && best == nil && !r.chained && r.host == "cppcc" && (r.title == "委员" || r.title == "常委") && before.body != "" && kindOf(bodies, before.body) == "democratic_party":
		// 民进某市委会副主委某某、某某,|委员某某: a member of the party's committee
		// whose posts the sentence lists, no 政协's
		x.body, x.level = before.body, before.level
	case strings.HasSuffix(written, "政协") || ofSector || r.host != "" && ownBody(written) && !chainsBody || r.host == "cppcc" && (sector(written) || counted(written)) || r.host == "congress" && (counted(written) || written == "人大"):
		kind := r.host
		if strings.HasSuffix(written, "政协") || ofSector {
			kind = "cppcc"
		}
		at := a.View.Orig(r.at)[0]
		if r.at.Len() == 0 {
			break
		}
		if prev != nil && prev.title == r.title && prev.body != "" && !r.chained && alone == "" {
			x.body, x.level = prev.body, prev.level // 会议由某某主委主持: the 主委 the person was named before, not of the party named nearest
			break
		}
		if o := sameTitleRead(last[key], r.title, key); kind == "association" && alone == "" && o != nil {
			x.body, x.level = o.body, o.level // 副会长、某联常委某某,|副会长某某: the same post's, as its sentence read it, not the 某联 named last
			break
		}
		var h *record.Entry
		switch {
		case kind == "association":
			h = p.associationBefore(a, bodies, at) // (本会会长; hostAt knows only the hosts of 政协 and 人大 titles)
		case alone == "大会":
			// 大会执行主席: the session's: the plenary the article names first,
			// else the host it opens with (not a 人大 named in the seats before it)
			if h = plenaryHost(a, bodies); h == nil {
				h = hostAt(-1, kind, bodies)
			}
		default:
			h = hostAt(at, kind, bodies)
			if home := homeHost(a.Raw, at, kind, h, bodies, a.Place); home != nil {
				h = home // 县政协委员和住县的市政协委员出席。…某某等3名|委员: the article's, not another place's named once in a sentence before
			}
			if party, ok := memberParty[r.title]; ok && h != nil && !strings.HasPrefix(h.Get("canonical").(string), party) {
				if o := p.associationBefore(a, bodies, at); o != nil {
					h = o // 某联合会秘书长某某,|会员某某: an association's member, the party named before not that of its 会员 (民进's)
				}
			}
		}
		if ours := placedAt(bodies, "cppcc", a.Place); written == "政协" && ours != nil {
			h = ours // 政协委员: the article's 政协 (GUIDELINES.md), not the one named nearest before (…省政协委员某某和|政协委员某某)
		}
		if ours := placedAt(bodies, "congress", a.Place); written == "人大" && kind == "congress" && ours != nil {
			h = ours // 人大代表, as 政协委员: the article's 人大, which it names
		}
		if h != nil {
			hd := h.Detail.(*bodyDetail)
			x.body, x.level = hd.home, levelOf(h)
			if hd.home == "" || kind == "association" {
				x.body = h.Get("canonical").(string) // (an association of a 政协's members is itself: 省政协委员联谊会, not 省政协)
			}
			if strings.HasSuffix(r.title, "委员长") && strings.HasSuffix(x.body, "人大") {
				x.body += "常委会" // the standing committee's head
			}
		}
	case r.chained && prev != nil && prev.body != "" && prev.level == "national" && kindOf(bodies, prev.body) == "government" && ministryDept(alone):
		x.body, x.level = prev.body+alone, prev.level // 某部总经济师、规划计划司|司长: the ministry's department
	case ministry != nil:
		// 某部发布会上,|办公厅|主任某某…, 某部…。|综合司|司长某某: the ministry's, named
		// before in its paragraph
		x.body, x.level = ministry.Get("canonical").(string)+ministryOrgan(alone), levelOf(ministry)
	case r.chained && prev != nil && prev.body != "" && p.organs.Has(alone):
		// 省政协副秘书长、办公厅主任: an organ of the body before in the chain,
		// of the body itself where that is an organ too (市政协研究室副主任、机关党组成员)
		host := prev.body
		if h := hostOf(bodies, prev.body); h != "" {
			host = h
		}
		x.body, x.level = host+p.organs.Value(alone), prev.level
	case p.listedOrgan(written, before.body) != "":
		x.body, x.level = p.listedOrgan(written, before.body), before.level
	case r.chained && prev != nil && p.branches.Has(alone) && kindOf(bodies, prev.body) == "other":
		// 某某公司董事长、党委书记: the company's, as 某某公司党委书记 is (not a
		// township's: 镇长、党委书记 is the party committee's, no government's)
		x.body, x.level = prev.body, prev.level
	case r.chained && prev != nil && (writesNoBody(written) || p.inherit.Has(strings.Trim(written, " 、"))) && !p.ownBody.Has(prev.title) && !p.stateTitles.Has(r.title) && !(p.professions.Has(r.title) && !workplace(prev.body, kindOf(bodies, prev.body))) &&
		!(p.homes.Has(r.title) && !p.homes.Has(prev.title) && councilKind(kindOf(bodies, prev.body))):
		// (not a school's or a factory's head after a member's post: 省政协委员、|副校长 heads no 政协; nor
		// the state's post after the party's: 中共中央总书记、|国家主席); a post written before the
		// title, one that takes the chain's body, writes none (党组成员、|副主席|候选人: the 政协's)
		x.body, x.level = prev.body, prev.level
		if owner := p.branchOwner(prev.body); owner != "" && (p.homes.Has(r.title) || headsCommittee(owner, r.title)) {
			x.body, x.level = owner, fieldOf(bodies, owner, "level") // 某某学校党委书记、校长: the school's head, not its committee's
			if utf8.RuneCountInString(owner) == 1 {
				x.body, x.level = "", "" // (校党委书记、校长: 校 alone names no school)
			}
		}
		if k := kindOf(bodies, prev.body); headsGovernment(r.title) && (k == "party" || k == "cppcc") {
			// 县委副书记、县长: the county's government, where the article names it
			// (not another township's: 某镇党委书记…,另一镇党委副书记、镇长); so
			// after a 政协's party group (县政协党组成员、副县长)
			x.body, x.level = governmentOf(r.title, bodies)
			if x.body != "" && fieldOf(bodies, x.body, "place") != fieldOf(bodies, prev.body, "place") {
				x.body, x.level = "", ""
			}
		}
	case (p.inherit.Has(r.title) || deputyOf(r.title, before.title)) && before.body != "" && !organEnd(written) && strings.TrimSpace(written) != "大会" && !p.levels.Has(strings.Trim(written, " 、,")):
		// (not after an organ's name no body rule reads: 地委|副书记; nor after
		// 大会: 大会秘书长 is the session's, no organisation's; nor after a level
		// word alone, a body of its own: 自治区|副主席, the region's government's)
		// (not from a member's role: 常务副会长、某联委员某某,|常务副会长: the association's, not that 某联's)
		if o := sameTitleRead(last[key], r.title, r.sentence.Start); o != nil && alone == "" && o.body != before.body && !deputyOf(r.title, before.title) {
			// 副主席、书画院院长某某,|副主席某某: the post its sentence read before, not
			// the organ named last; but a head's deputy next to it is of the head's
			// body (省政协副主席某某…,市政协主席某某、|副主席某某: the city's)
			x.body, x.level = o.body, o.level
		} else if before.title != "" && !p.listTitles.Has(before.title) && (r.host != "association" || association(before.body)) && !noSuchPost(r.title, before.body, kindOf(bodies, before.body)) {
			x.body, x.level = before.body, before.level
		}
	case (r.title == "书记" || r.title == "副书记") && alone == "" && written == "" && !r.chained:
		// 某某书记 alone, as 县长 is: the party committee the article names, where it names one
		// (中共某县委, not a department's or a branch's), none where it names two
		x.body, x.level = onlyBody(bodies, func(b *record.Entry) bool {
			d := b.Detail.(*bodyDetail)
			return d.kind == "party" && d.sub == "" && (d.organ == "委" || d.organ == "党委" || d.organ == "党工委")
		})
	case headsGovernment(r.title):
		// 副市长 alone: the article's 市政府, where it names one; after its
		// place, that place's (澳门特别行政区|行政长官, 特区政府 named)
		if body, level := governmentOf(r.title, bodies); alone == "" || atMeeting(alone) || alone == "政府" || alone == "人民政府" || strings.HasSuffix(body, written+"政府") { // (任命某某为|政府|副县长: the county's)
			if place := congressPlace(a, bodies, r.at.Start); place == "" || place == fieldOf(bodies, body, "place") {
				x.body, x.level = body, level // (not 某省人大…会议…,某某当选副省长, where the text names another province's government: the congress's province's, which it does not name)
			}
		}
	case p.homes.Has(r.title) && (alone == "" || slices.Contains(strings.Split(p.homeEnds.Value(p.homes.Value(r.title)), "|"), alone)):
		// 校长 alone, or after its kind alone (军分区|司令员): the one school, or
		// sub-district, the article names (not where the writer's own is
		// another: 我校与某学院…, 校长某某 is the writer's school's)
		home := p.homes.Value(r.title)
		if x.body, x.level = homeOf(p.homeEnds.Value(home), bodies); x.body != "" && ownPaired(a.View.Runes, home) {
			x.body, x.level = "", ""
		}
	}
	if x.body == "" && r.elected && r.at.Len() > 0 && !headsGovernment(r.title) && !p.homes.Has(r.title) && !teamWritten(alone) {
		// (not a head of a government or of an organisation of one kind:
		// 选举某某为|县长 is the government's, whatever meeting is named;
		// nor a team's post, 担任某某督导组|组长: the team's, no meeting's)
		x.body, x.level = electedAt(a, bodies, a.View.Orig(r.at)[0])
	}
	if x.body == "" && r.host == "association" && r.at.Len() > 0 && (!strings.HasSuffix(strings.TrimRight(alone, "前原"), "会") || ownBoard(alone)) { // (not 护士会|前|会长: an association the text names, though no rule reads it; but 第三届理事会|会长 is the association's own board)
		if h := p.associationBefore(a, bodies, a.View.Orig(r.at)[0]); h != nil {
			x.body, x.level = h.Get("canonical").(string), levelOf(h)
		}
	}
	if x.body == "" && alone == "" && r.at.Start > 0 && a.View.Runes[r.at.Start-1] == '、' && before.body != "" && p.associationTitles.Has(before.title) {
		x.body, x.level = before.body, before.level // 该会首席会长某某、|主席某某: the next item's title, of the association the list's first names
	}
	if x.body == "" && alone == "" && r.at.Len() > 0 && cppccPost(r.title) {
		if h := p.convenerOf(a, bodies, r, hostsCPPCC); h != nil {
			x.body, x.level = h.Detail.(*bodyDetail).home, levelOf(h) // 区政协在…召开会议,|副主席某某出席: the 政协 its sentence opens with
		} else if h := chairedAfter(a, bodies, r); h != nil {
			x.body, x.level = h.Detail.(*bodyDetail).home, levelOf(h) // 某某主席|主持召开了|区政协…常委会议: the 政协 whose meeting the post's holder chairs
		} else if h := meetingBefore(a, bodies, r); h != nil {
			x.body, x.level = h.Detail.(*bodyDetail).home, levelOf(h) // 县政协某届某次会议…开幕。|会议由某某|主席…主持: the 政协 whose meeting its sentence is about
		} else if h := articleHost(bodies, "cppcc", a.Place); h != nil && onlyHost(bodies, "cppcc") && runningText(a.View.Runes, r.sentence) && !p.abroad(a.View.Runes[r.sentence.Start:r.sentence.End]) {
			// 某某副主席|代表…作报告: the article's 政协, the one it names (in running
			// text, not a page's list of some 政协's heads, 副主席 某某 某某)
			x.body, x.level = h.Detail.(*bodyDetail).home, levelOf(h)
		}
	}
	if x.body == "" && alone == "" && r.at.Len() > 0 && !r.chained && committeeHead(r.title) {
		if h := p.convenerOf(a, bodies, r, headedCommittee); h != nil {
			x.body, x.level = h.Get("canonical").(string), levelOf(h) // 县人大某委员会召开会议,|主任委员某某主持: the committee its sentence opens with
		}
	}
	return x
}

// abroad: a sentence names a country other than China, or a head of
// state's or a government's title (总统, 总理, 首相, 国王): its bare 主席 or
// 副主席 may be a state's or a foreign assembly's (某某总统与某某主席会谈,
// 某国议会主席某某、副主席某某), no 政协's the article names.
func (p *person) abroad(rs []rune) bool {
	for i := range rs {
		if n := p.countries.LongestPrefix(rs[i:]); n > 0 && string(rs[i:i+n]) != "中国" || p.stateHeads.LongestPrefix(rs[i:]) > 0 {
			return true
		}
	}
	return false
}

// runningText: a sentence of prose, with a mark in it or after it, not a
// line of a list (副主席 某某 某某).
func runningText(rs []rune, sentence text.Range) bool {
	end := min(len(rs), sentence.End+1)
	return strings.ContainsAny(string(rs[sentence.Start:end]), ",。;!?")
}

// onlyHost: the bodies name one host of the kind (its organs with it).
func onlyHost(bodies []*record.Entry, kind string) bool {
	home := ""
	for _, b := range bodies {
		if hd := b.Detail.(*bodyDetail); hosts(hd, kind) {
			if home != "" && hd.home != home {
				return false
			}
			home = hd.home
		}
	}
	return home != ""
}

// sameTitleRead is the role of the title given that its sentence read
// last, from since on (the unit a semicolon opens: 某部秘书长某某;某部副部长
// 某某、|秘书长某某, no post of the unit before), if any.
func sameTitleRead(read []readRole, title string, since int) *resolved {
	for _, o := range slices.Backward(read) {
		if o.at >= since && o.role.title == title && o.role.body != "" {
			return &o.role
		}
	}
	return nil
}

// bodyBeforeAlias is the body named right before a bracket that closes
// just before the title (某市工商业联合会(市总商会)|主席): the bracket holds the
// body's other name, the title is of the body; and where its mention ends.
func (p *person) bodyBeforeAlias(a *Article, bodies []*record.Entry, r role, seg text.Span) (*record.Entry, int) {
	rs := a.View.Runes
	if r.at.Start < 4 || rs[r.at.Start-1] != ')' || r.names.Len() > 0 {
		return nil, 0 // (not a name's note before its title: 某某(音)|主任)
	}
	from := max(r.from, r.at.Start-12)
	if from >= r.at.Start-1 {
		return nil, 0
	}
	o := lastIndex(rs[from:r.at.Start-1], '(')
	if o < 0 {
		return nil, 0
	}
	open := a.View.Orig(text.Range{Start: from + o, End: from + o})[0]
	for _, b := range bodies {
		for _, m := range b.Mentions {
			if m[1] == open && m[0] >= seg[0] {
				return b, m[1]
			}
		}
	}
	return nil, 0
}

// atMeeting: words before a title end at a meeting (…会议上|县长), or say
// it opened or closed (…会议上午闭幕后|某特区行政长官): where or when the
// title's holder is, no body of the title.
func atMeeting(written string) bool {
	return strings.HasSuffix(written, "会上") || strings.HasSuffix(written, "会议上") || strings.Contains(written, "开幕") || strings.Contains(written, "闭幕")
}

// cppccPost: the title is one only a 政协 has, of those a report of its
// meeting names alone (副主席, 秘书长).
func cppccPost(title string) bool {
	return title == "主席" || title == "副主席" || title == "秘书长" || title == "副秘书长"
}

// committeeHead: the title heads a committee, a commission or an office
// (主任, 副主任委员 …).
func committeeHead(title string) bool {
	switch title {
	case "主任", "副主任", "常务副主任", "主任委员", "副主任委员":
		return true
	}
	return false
}

// hostsCPPCC: the body is a 政协, or names one as its host.
func hostsCPPCC(b *record.Entry) bool { return hosts(b.Detail.(*bodyDetail), "cppcc") }

// headedCommittee: the body is a committee, a commission or an office,
// which a 主任 heads (某某委员会, 县发改委, 县政府办).
func headedCommittee(b *record.Entry) bool {
	name, _ := b.Get("canonical").(string)
	for _, end := range []string{"委员会", "委", "办公室", "办"} {
		if strings.HasSuffix(name, end) {
			return b.Get("kind") != "party" // (not a party committee, 县委: its head is a 书记)
		}
	}
	return false
}

// convenerOf is the body that opens the sentence of a role as the subject
// of what it holds or leads (2016年3月4日,区政协在…召开…, 县政协组织…,
// 市政协赴…: CONVENER_VERBS), with no body named between it and the title,
// where it is one that may hold the post (fits); else nil.
func (p *person) convenerOf(a *Article, bodies []*record.Entry, r role, fits func(*record.Entry) bool) *record.Entry {
	start := a.View.Orig(text.Range{Start: r.sentence.Start, End: r.sentence.Start})[0]
	at := a.View.Orig(r.at)[0]
	var first *record.Entry
	firstAt, end := at, at
	for _, b := range bodies {
		for _, m := range b.Mentions {
			if m[0] >= start && m[0] < firstAt {
				first, firstAt, end = b, m[0], m[1]
			}
		}
	}
	if first == nil || !fits(first) {
		return nil
	}
	for _, r := range a.Raw[start:firstAt] {
		if text.IsHan(r) && !strings.ContainsRune("年月日上下午晚", r) {
			return nil // (the sentence opens with words of its own, not a date and the body)
		}
	}
	for _, b := range bodies {
		for _, m := range b.Mentions {
			if m[0] > firstAt && m[0] < at {
				return nil // (another body named before the title)
			}
		}
	}
	if p.conveners.LongestPrefix(a.Raw[end:min(len(a.Raw), end+4)]) > 0 {
		return first
	}
	return nil
}

// chairedAfter is the 政协 whose meeting a role's holder chairs right
// after the title (某某主席|主持召开了|区政协五届…常委会议), else nil.
func chairedAfter(a *Article, bodies []*record.Entry, r role) *record.Entry {
	end := a.View.Orig(r.at)[1]
	rest := string(a.Raw[end:min(len(a.Raw), end+8)])
	for _, verb := range []string{"主持召开了", "主持召开", "主持了", "主持"} {
		if after, ok := strings.CutPrefix(rest, verb); ok {
			at := end + utf8.RuneCountInString(rest) - utf8.RuneCountInString(after)
			for _, b := range bodies {
				for _, m := range b.Mentions {
					if m[0] == at && hosts(b.Detail.(*bodyDetail), "cppcc") {
						return b
					}
				}
			}
			return nil
		}
	}
	return nil
}

// meetingBefore is the 政协 of the meeting the sentence before names, where
// the role's sentence opens with that meeting (会议由…, 大会审议了…), or
// nil.
func meetingBefore(a *Article, bodies []*record.Entry, r role) *record.Entry {
	opening := strings.TrimLeft(string(a.View.Runes[r.sentence.Start:min(r.sentence.End, r.sentence.Start+4)]), " \t")
	if !strings.HasPrefix(opening, "会议") && !strings.HasPrefix(opening, "大会") {
		return nil
	}
	start := a.View.Orig(r.sentence)[0]
	last, span := meetingNamedBefore(a, start)
	if last == nil || start-span[1] > 80 {
		return nil
	}
	b, _ := last.Get("body").(string)
	for _, e := range bodies {
		if e.Get("canonical") == b && hosts(e.Detail.(*bodyDetail), "cppcc") {
			return e
		}
	}
	return nil
}

// meetingNamedBefore is the meeting with a body named last before at, and
// that mention, or nil (五届一次全会 after 民建某市第五次代表大会, no body
// of its own, is passed over for the congress before it).
func meetingNamedBefore(a *Article, at int) (*record.Entry, text.Span) {
	var last *record.Entry
	span := text.Span{-1, -1}
	for _, m := range a.Entries("meeting") {
		if m.Get("body") == nil {
			continue
		}
		for _, mm := range m.Mentions {
			if mm[0] < at && mm[0] > span[0] {
				last, span = m, mm
			}
		}
	}
	return last, span
}

// electedAt is the body, and its level, of the meeting with a body named
// last before at, or of the body an election produced after it, where that
// body elects its own officers (a 政协's, a
// democratic party's, an association's: 会议选举某某为|主席), or none: a
// congress elects others' (人大…选举某某为县长: the government's), a
// party's plenum is named apart from the committee it elects.
func electedAt(a *Article, bodies []*record.Entry, at int) (body, level string) {
	last, span := meetingNamedBefore(a, at)
	lastAt := span[0]
	b := ""
	if last != nil {
		b, _ = last.Get("body").(string)
	}
	// a body an election produced, named after the meeting before at
	// (选举产生某党某市第一届委员会,某某为主任委员: that committee's)
	for _, e := range bodies {
		for _, m := range e.Mentions {
			if m[0] < at && m[0] > lastAt && m[1] <= at && (at-m[1] <= 40 || !strings.ContainsAny(string(a.Raw[m[1]:at]), "。!?;\n")) && producedAt(a.Raw, m[0]) {
				b, lastAt = e.Get("canonical").(string), m[0]
			}
		}
	}
	if k := kindOf(bodies, b); b != "" && (k == "cppcc" || k == "democratic_party" || k == "other") {
		return b, fieldOf(bodies, b, "level")
	}
	return "", ""
}

// teamWritten: what is written before a title names a team or a group
// set up for a task (督导组, 领导小组, 工作专班), no body a meeting elects
// to (a party group, 党组, is one).
func teamWritten(w string) bool {
	return (strings.HasSuffix(w, "组") || strings.HasSuffix(w, "专班")) && !strings.HasSuffix(w, "党组")
}

// plenaryHost is the body, a 政协 or a 人大, of the plenary session the
// article names first, or nil.
func plenaryHost(a *Article, bodies []*record.Entry) *record.Entry {
	var first *record.Entry
	firstAt := -1
	for _, m := range a.Entries("meeting") {
		if m.Get("kind") != "全体会议" || len(m.Mentions) == 0 || firstAt >= 0 && m.Mentions[0][0] > firstAt {
			continue
		}
		b, _ := m.Get("body").(string)
		for _, e := range bodies {
			if k := e.Get("kind"); e.Get("canonical") == b && (k == "cppcc" || k == "congress") {
				first, firstAt = e, m.Mentions[0][0]
				break
			}
		}
	}
	return first
}

// producedAt: an election's 产生 (or 产生了) ends right before offset at.
func producedAt(raw []rune, at int) bool {
	if at >= 1 && raw[at-1] == '了' {
		at--
	}
	return at >= 2 && string(raw[at-2:at]) == "产生"
}

// levelCommittee: the words are a committee by its level word alone (市委, 县委).
func (p *person) levelCommittee(w string) bool {
	rs := []rune(w)
	return len(rs) == 2 && rs[1] == '委' && p.levels.HasRunes(rs[:1])
}

// branchOwner is the body the party organ a canonical name ends with
// (PARTY_BRANCH_ENDS: 党委, 党总支, 纪委) belongs to (某某大学 of 某某大学党委),
// or "": none for a place's party organs (中共某市纪委), which no
// institution owns.
func (p *person) branchOwner(canonical string) string {
	rs := []rune(canonical)
	if w := p.branches.LongestSuffix(rs); w > 0 && w < len(rs) && !strings.HasPrefix(canonical, "中共") {
		return string(rs[:len(rs)-w])
	}
	return ""
}

// headsCommittee: the title is a committee's head's (主任, 副主任) and the
// body a committee (某某管理委员会党委书记、主任: the committee's, not its
// party committee's).
func headsCommittee(body, title string) bool {
	return strings.HasSuffix(title, "主任") && (strings.HasSuffix(body, "委员会") || strings.HasSuffix(body, "管委会"))
}

// ministryBefore is the national government's ministry or agency (某部,
// 某局, 某委) named nearest before at in its paragraph, or nil.
func ministryBefore(raw []rune, bodies []*record.Entry, at int) *record.Entry {
	return lastMentionedBefore(bodies, at, func(name string) bool {
		last, _ := utf8.DecodeLastRuneInString(name)
		return strings.ContainsRune("部局委署", last) && fieldOf(bodies, name, "kind") == "government" && fieldOf(bodies, name, "level") == "national"
	}, func(m text.Span) bool { return !slices.Contains(raw[m[1]:at], '\n') })
}

// ministryOrgan is the organ of a ministry written before a title, its
// general office or a department (办公厅, 综合司), after the words that list
// who holds the posts (分别为|办公厅), or "".
func ministryOrgan(written string) string {
	for _, lead := range []string{"分别为", "分别是", "为", "是", "由"} {
		if w, ok := strings.CutPrefix(written, lead); ok {
			written = w
			break
		}
	}
	if written == "办公厅" || ministryDept(written) {
		return written
	}
	return ""
}

// ministryDept: the words before a title name a ministry's department (规划计划司),
// no company (某某公司).
func ministryDept(w string) bool {
	return utf8.RuneCountInString(w) >= 3 && strings.HasSuffix(w, "司") && !strings.HasSuffix(w, "公司") && !strings.HasSuffix(w, "上司")
}

// listedOrgan is the body of an organ named alone in a list of a 政协's or
// a 人大's officers, of the 政协 or 人大 of the role before (…办公厅主任某某、
// 研究室主任某某; …主任某某、财政经济委员会副主任委员某某), or "".
func (p *person) listedOrgan(written, before string) string {
	w := strings.Trim(written, " 、,")
	if w == "办公室" {
		return ""
	}
	for _, o := range []struct {
		organs *rules.Lexicon
		body   string
	}{{p.organs, "政协"}, {p.congressOrgans, "人大"}} {
		if i := strings.Index(before, o.body); i >= 0 && o.organs.Has(w) {
			return before[:i+len(o.body)] + o.organs.Value(w)
		}
	}
	return ""
}

// deputyOf: a title is the deputy's of the head's title before it, or
// that deputy's again in a list (院长某某,副院长某某、某某; 局长…、常务副局长;
// 常务副部长某某、副部长某某): of the same body.
func deputyOf(title, head string) bool {
	deputy := strings.TrimPrefix(head, "常务")
	return head != "" && (title == "副"+head || title == "常务副"+head || strings.HasPrefix(deputy, "副") && (title == head || title == deputy))
}

// ownBoard: the words before a title name an association's own board
// alone, with its term maybe (第三届理事会, 执行委员会): the association's.
func ownBoard(alone string) bool {
	rs := []rune(alone)
	if k := slices.Index(rs, '届'); k >= 0 && numberAlone(rs[:k]) {
		rs = rs[k+1:]
	}
	switch string(rs) {
	case "理事会", "执行委员会", "执委会":
		return true
	}
	return false
}

// association: a body's name is an association's (某某商会, 某某联谊会,
// 工商联, 科协), which elects a 会长; not a 政协's or a committee's.
func association(name string) bool {
	switch {
	case strings.HasSuffix(name, "会"):
		return !strings.HasSuffix(name, "委员会") && !strings.HasSuffix(name, "常委会") && !strings.HasSuffix(name, "大会") &&
			!strings.HasSuffix(name, "立法会") && !strings.HasSuffix(name, "议会") // (a legislature, no association)
	case strings.HasSuffix(name, "协"):
		return !strings.HasSuffix(name, "政协")
	}
	return strings.HasSuffix(name, "联")
}

// associationBefore is the association the article names last before at,
// whose 会长 a title with no body is (某某商会第三届会员大会召开…当选会长);
// one named before a title in a sentence before (某联谊会|副会长某某),
// another's post's body, is passed over where another association is
// named on its own.
func (p *person) associationBefore(a *Article, bodies []*record.Entry, at int) *record.Entry {
	own := func(m text.Span) bool { return !(sentenceEnds(a.Raw, m[1], at) && p.titleAfter(a.Raw, m[1])) }
	if b := lastMentionedBefore(bodies, at, association, own); b != nil {
		return b
	}
	return lastNamedBefore(bodies, at, association)
}

// referent is the body a title's words point back to (该会, 该校, 该局, and
// a bare 委员会, and a kind of organisation named alone, 合作社: the last
// body named before at whose name ends so), or nil.
func referent(bodies []*record.Entry, written string, at int, orgKinds *rules.Lexicon) *record.Entry {
	if k := strings.LastIndex(written, "该"); k > 0 && !strings.ContainsAny(written[k:], ",。;:、 ") {
		written = written[k:] // 某某及|该会|副主席: the pointing word right before the title
	}
	kind, ok := strings.CutPrefix(strings.TrimSpace(written), "该")
	if w := strings.TrimSpace(written); w == "委员会" || w == "专委会" {
		kind, ok = "委员会", true // 委员会|副主任: the committee named before, as 该委员会 would be
	} else if w == "工委" || w == "支部" || w == "总支" || w == "支社" || w == "党支部" || w == "党总支" {
		kind, ok = w, true // 某党某区工委…,工委|委员: the working committee named before; 某村党支部…,支部|书记: the branch
	} else if !ok && utf8.RuneCountInString(w) >= 2 && orgKinds.Has(w) {
		kind, ok = w, true // 合作社|负责人: the cooperative named before, as 该合作社 would be
	}
	if !ok || kind == "" || utf8.RuneCountInString(kind) > 3 {
		return nil
	}
	ends := []string{kind}
	if kind == "校" {
		ends = append(ends, "学", "学院") // 该校: a 大学's, a 中学's
	}
	return lastNamedBefore(bodies, at, func(name string) bool {
		if kind == "会" && (strings.HasSuffix(name, "委员会") || strings.HasSuffix(name, "常委会")) {
			return false // 该会: an association, no committee (该委员会 is one)
		}
		return slices.ContainsFunc(ends, func(e string) bool { return strings.HasSuffix(name, e) })
	})
}

// committeeBefore is the party committee (no department of one) named last
// before at in its paragraph, whose name ends with end (委, 工委), that a
// bare 党委 or 党工委 before a title refers back to, or nil.
func committeeBefore(a *Article, bodies []*record.Entry, at int, end string) *record.Entry {
	b := lastNamedBefore(bodies, at, func(string) bool { return true })
	if b == nil || b.Get("kind") != "party" || b.Detail.(*bodyDetail).sub != "" || !strings.HasSuffix(b.Get("canonical").(string), end) {
		return nil
	}
	for _, m := range b.Mentions {
		if m[1] <= at && !strings.Contains(string(a.Raw[m[1]:at]), "\n") && at-m[1] <= 80 {
			return b
		}
	}
	return nil
}

// placeNamedAfter: a place other than the body's is named after the body's
// last mention before at (in the view), in the same clause: the title at
// at is that place's.
func (p *person) placeNamedAfter(a *Article, b *record.Entry, at int) bool {
	if p.gaz == nil {
		return false
	}
	from := -1
	for _, m := range b.Mentions {
		if v := viewStart(a.View, m[1], at); v >= 0 && v < at {
			from = max(from, v)
		}
	}
	if from < 0 {
		return false
	}
	own := b.Detail.(*bodyDetail).places
	for _, n := range p.gaz.FullNames(a.View.Runes[from:at]) {
		if !slices.ContainsFunc(n.Places, func(pl *places.Place) bool { return slices.Contains(own, pl) }) {
			return true
		}
	}
	return false
}

// headedBefore is the body its sentence names before a deputy's title at
// with its head's title right after it and no one named (受某人大常委会主任
// 委托,副主任某某主持: the committee's deputy), or nil.
func headedBefore(a *Article, bodies []*record.Entry, title string, at text.Range) *record.Entry {
	head := strings.TrimPrefix(strings.TrimPrefix(title, "常务"), "副")
	if head == title || head == "" {
		return nil
	}
	start := a.View.Orig(text.Range{Start: text.SentenceStart(a.View.Runes, at.Start), End: at.Start})[0]
	end := a.View.Orig(at)[0]
	n := utf8.RuneCountInString(head)
	var best *record.Entry
	bestEnd := -1
	for _, b := range bodies {
		for _, m := range b.Mentions {
			if m[0] >= start && m[1] > bestEnd && m[1]+n < end && runesAt(a.Raw, m[1], head) && !strings.ContainsRune(string(a.Raw[m[1]:end]), '\n') {
				best, bestEnd = b, m[1]
			}
		}
	}
	return best
}

// founded is the body whose founding the clause before a post tells, the
// post given in the next (某某领导小组成立后,某某担任|组长: its head), or nil:
// the body ends right before 成立 (or 成立时, 成立后), and a comma, a name
// and 任 or 担任 stand between.
func founded(a *Article, bodies []*record.Entry, at int) *record.Entry {
	var best *record.Entry
	bestEnd := -1
	for _, b := range bodies {
		for _, m := range b.Mentions {
			if m[1] <= bestEnd || m[1]+3 > at || at-m[1] > 16 || !runesAt(a.Raw, m[1], "成立") {
				continue
			}
			between := strings.TrimLeft(string(a.Raw[m[1]+2:at]), "时后時")
			between, ok := strings.CutPrefix(between, ",")
			if !ok {
				between, ok = strings.CutPrefix(between, "，") // (the raw text's comma, as most pages write it)
			}
			name, verb := strings.CutSuffix(between, "任")
			name = strings.TrimSuffix(name, "担")
			if n := utf8.RuneCountInString(name); ok && verb && n >= 2 && n <= 4 && text.HanCount([]rune(name)) == n && !strings.ContainsAny(name, "曾现又也再还将拟") {
				best, bestEnd = b, m[1] // (not …,某某曾任县长: what one held before)
			}
		}
	}
	return best
}

// titleAfter: a title, maybe a former one (原会长), follows i.
func (p *person) titleAfter(raw []rune, i int) bool {
	after := []rune(text.Simplified(string(raw[i:min(len(raw), i+8)])))
	if len(after) > 0 && (after[0] == '原' || after[0] == '前') {
		after = after[1:]
	}
	return p.titles.LongestPrefix(after) > 0
}

// lastNamedBefore is the body mentioned last before at whose canonical
// name (simplified, as the view is) is of the kind wanted, or nil.
func lastNamedBefore(bodies []*record.Entry, at int, wanted func(name string) bool) *record.Entry {
	return lastMentionedBefore(bodies, at, wanted, func(text.Span) bool { return true })
}

// lastMentionedBefore is lastNamedBefore counting only the mentions that
// counts.
func lastMentionedBefore(bodies []*record.Entry, at int, wanted func(name string) bool, counts func(text.Span) bool) *record.Entry {
	var last *record.Entry
	lastAt := -1
	for _, b := range bodies {
		if name, _ := b.Get("canonical").(string); !wanted(name) {
			continue
		}
		for _, m := range b.Mentions {
			if m[1] <= at && m[0] > lastAt && counts(m) {
				last, lastAt = b, m[0]
			}
		}
	}
	return last
}

// bestStart is where the mention of a body that ends at end begins.
// viewStart is the view position, at or before before, of an offset of
// the original, or -1.
func viewStart(v *text.View, orig, before int) int {
	for k := before; orig >= 0 && k >= 0 && k >= before-64; k-- {
		s := v.Orig(text.Range{Start: k, End: k + 1})[0]
		if s <= orig {
			if s == orig {
				return k
			}
			break
		}
	}
	return -1
}

func bestStart(b *record.Entry, end int) int {
	for _, m := range b.Mentions {
		if m[1] == end {
			return m[0]
		}
	}
	return -1
}

func levelOf(b *record.Entry) string {
	l, _ := b.Get("level").(string)
	return l
}

// author is the article's author, whom an author's note (作者系渝中区政协
// 主席) is of: nil where there is none, or two. Where no one is credited,
// a name alone on a line before anyone else is named is its byline
// (让协商更接地气 / 吴某某 / …).
func (p *person) author(a *Article, people []*record.Entry) *record.Entry {
	var author, first *record.Entry
	for _, e := range people {
		for _, r := range e.Get("roles").([]record.Object) {
			if r.Get("title") == "作者" {
				if author != nil && author != e {
					return nil // two authors: whose the note is, is not certain
				}
				author = e
			}
		}
		if first == nil || e.Mentions[0][0] < first.Mentions[0][0] {
			first = e
		}
	}
	if author == nil && first != nil && len(first.Get("roles").([]record.Object)) == 0 && lineAlone(a.Raw, first.Mentions[0]) {
		author = first
	}
	return author
}

// lineAlone: the span is all its line holds, but spaces.
func lineAlone(raw []rune, span text.Span) bool {
	for i := span[0] - 1; i >= 0 && raw[i] != '\n'; i-- {
		if !unicode.IsSpace(raw[i]) {
			return false
		}
	}
	for i := span[1]; i < len(raw) && raw[i] != '\n'; i++ {
		if !unicode.IsSpace(raw[i]) {
			return false
		}
	}
	return true
}

// addRoles gives a person the roles of a note or of posts they hold, those
// they have not already.
func (p *person) addRoles(a *Article, bodies []*record.Entry, to, note *record.Entry, read sentenceRoles) {
	roles := to.Get("roles").([]record.Object)
	seen := map[[2]any]bool{}
	bodied := map[any]bool{} // titles the person holds with a body
	for _, r := range roles {
		seen[[2]any{r.Get("title"), r.Get("body")}] = true
		bodied[r.Get("title")] = bodied[r.Get("title")] || r.Get("body") != nil
	}
	var drafts []role
	for _, d := range note.Detail.(*personDetail).roles {
		if d.at.Len() == 0 || !slices.ContainsFunc(to.Detail.(*personDetail).roles, func(h role) bool { return h.at == d.at }) {
			drafts = append(drafts, d) // (a title the person's own rule read, 某某当选|会长, is that role already)
		}
	}
	at := len(a.View.Runes)
	for _, d := range drafts {
		if d.at.Len() > 0 {
			at = min(at, d.at.Start)
		}
	}
	for _, r := range p.roles(a, bodies, drafts, read.before(at)) {
		if k := [2]any{r.Get("title"), r.Get("body")}; !seen[k] && !(r.Get("body") == nil && bodied[r.Get("title")]) {
			seen[k] = true // (a post with no body the person holds with one is that one: 某某当选为|副主席)
			roles = append(roles, r)
			bodied[r.Get("title")] = bodied[r.Get("title")] || r.Get("body") != nil
		}
	}
	roles = slices.DeleteFunc(roles, func(r record.Object) bool {
		return r.Get("body") == nil && bodied[r.Get("title")] // (某某副主席是|全国政协副主席: the post with no body is the one with)
	})
	to.Set("roles", roles)
}

// laterMentions joins each later bare mention of a person's name (王毅强调)
// to the person.
func (p *person) laterMentions(a *Article, people []*record.Entry) {
	taken := map[int]bool{}
	for _, e := range people {
		for _, m := range e.Mentions {
			taken[m[0]] = true
		}
	}
	for _, e := range people {
		name := []rune(nameOf(a.View.String(e.View)))
		if len(name) < 2 {
			continue
		}
		added := false
		for _, l := range a.Lines {
			rs := a.View.Runes[l.Start:l.End]
			for i := 0; i+len(name) <= len(rs); i++ {
				if rs[i] != name[0] || !slices.Equal(rs[i:i+len(name)], name) { // (its first rune alone first: this runs at every rune of the article)
					continue
				}
				sp := a.View.Orig(text.Range{Start: l.Start + i, End: l.Start + i + len(name)})
				if !taken[sp[0]] {
					taken[sp[0]] = true
					e.Mentions = append(e.Mentions, sp)
					added = true
				}
				i += len(name) - 1
			}
		}
		if added {
			inOrder(e)
		}
	}
}

// workplace: a body a calling (PROFESSIONS) works in: a school, a company
// or another organisation, or a party's or a government's school (市委党校,
// 行政学院), which the kinds file with their owners.
func workplace(body, kind string) bool {
	return kind == "other" || strings.HasSuffix(body, "党校") || strings.HasSuffix(body, "学院")
}

// ownBody: the words before a title name no other body than the one the
// article is about: none, 本会 (本会名誉主委, 本会会员: of the party
// committee the article names), or where its members come from (特邀香港委员).
func ownBody(written string) bool {
	switch strings.TrimPrefix(strings.TrimSpace(written), "特邀") {
	case "", "本会", "我会", "本社", "本盟", "专职", "驻会", "兼职", "大会", // (专职副主委: a qualifier, no body; 大会执行主席: the session's)
		"现任", "时任", "曾任", "历任", "担任", "兼任", "出任", "任", "现为", "系", // (现任主委: a verb of posts, no body)
		"港澳", "香港", "澳门", "港区", "澳区": // (特邀香港委员: the 政协's members from Hong Kong)
		return true
	}
	return false
}

// counted: the words before a title are a count's and an honour
// (某某等10名|优秀|委员): the members are of the 政协 or 人大 the article
// names (not a democratic party's members, whose unit the list may name
// nearer: 某某总支等先进集体和某某等30名优秀盟员).
func counted(written string) bool {
	w := strings.TrimSpace(written)
	c := strings.TrimLeft(w, "名位")
	return c != w && strings.TrimPrefix(strings.TrimPrefix(c, "优秀"), "先进") == ""
}

// sector: the words before a title name a 政协's sector (经济界别委员,
// 科技界委员): the member is of the 政协 the article names.
func sector(written string) bool {
	w := strings.TrimSpace(written)
	return strings.HasSuffix(w, "界别") || strings.HasSuffix(w, "界") && !strings.HasSuffix(w, "各界")
}

// organEnd: the words before a title end as an organ's name does (地委,
// 行署): the title is that organ's, whether a rule reads it or not.
func organEnd(written string) bool {
	rs := []rune(written)
	return len(rs) >= 2 && (strings.ContainsRune("委署局厅办部处室科", rs[len(rs)-1]) || strings.HasSuffix(written, "中心"))
}

// organLast: a body's name may end with the rune (市委|会, 某工委|三届…): a
// name of a person or a meeting's does not begin with it.
func organLast(r rune) bool {
	return strings.ContainsRune("委会部局厅办处科室院所站队社司", r)
}

// headsGovernment: the title heads a place's government (县长, 副市长,
// 行政长官), a party committee's never.
func headsGovernment(title string) bool { return governmentTier(title) != "" }

// governmentTier is the level word of the government a title heads (市 of
// 副市长, 特别行政区 of 行政长官), or "".
func governmentTier(title string) string {
	if title == "行政长官" {
		return "特别行政区"
	}
	rs := []rune(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(title, "常务"), "副"), "代")) // (代市长: acting)
	if len(rs) == 2 && rs[1] == '长' && strings.ContainsRune("省市县区州镇乡旗盟", rs[0]) {
		return string(rs[0])
	}
	return ""
}

// congressPlace is the place of a people's congress the sentence named
// before at names, or "": whose government a head elected at its session
// heads.
func congressPlace(a *Article, bodies []*record.Entry, at int) string {
	span := a.View.Orig(text.Range{Start: text.SentenceStart(a.View.Runes, at), End: at})
	for _, b := range bodies {
		if b.Get("kind") != "congress" {
			continue
		}
		for _, m := range b.Mentions {
			if m[0] >= span[0] && m[1] <= span[1] {
				place, _ := b.Get("place").(string)
				return place
			}
		}
	}
	return ""
}

// governmentOf is the one government the article names of the tier a title
// heads (市长, 副市长: a 市政府), or none where it names none or several;
// where none's full name is of that tier, the one the article writes so
// (县政府 of a county the gazetteer has since made a city: 某某市政府).
func governmentOf(title string, bodies []*record.Entry) (body, level string) {
	tier := governmentTier(title) + "政府"
	if body, level = homeOf(tier, bodies); body != "" {
		return body, level
	}
	return onlyBody(bodies, func(b *record.Entry) bool {
		return strings.HasSuffix(b.Text(), tier) && strings.HasSuffix(b.Get("canonical").(string), "政府")
	})
}

// homeOf is the one body the article names whose name ends as an
// organisation's of a kind do (HOMES: 大学|学院|…|!科学院 for 校), or
// none where it names several or none.
func homeOf(endings string, bodies []*record.Entry) (body, level string) {
	ends := func(c string) bool {
		home := false
		for e := range strings.SplitSeq(endings, "|") {
			if not, ok := strings.CutPrefix(e, "!"); ok && strings.HasSuffix(c, not) {
				return false
			}
			home = home || strings.HasSuffix(c, e)
		}
		return home
	}
	return onlyBody(bodies, func(b *record.Entry) bool { return ends(b.Get("canonical").(string)) })
}

// onlyBody is the one body, by its canonical name, of those ok takes, and
// its level, or none where ok takes none or several.
func onlyBody(bodies []*record.Entry, ok func(*record.Entry) bool) (body, level string) {
	for _, b := range bodies {
		c := b.Get("canonical").(string)
		if c == body || !ok(b) {
			continue
		}
		if body != "" {
			return "", ""
		}
		body, level = c, levelOf(b)
	}
	return body, level
}

// noSuchPost: a body of its kind has no such post, so a title does not
// take it from the role before (县委书记某某,副主席某某: no 县委 副主席; 宣传部
// 部长某某,秘书长某某: no 宣传部 秘书长); an autonomous region's government
// has its chairs.
func noSuchPost(title, body, kind string) bool {
	switch {
	case strings.HasSuffix(title, "主席"):
		return kind == "party" || kind == "government" && !strings.Contains(body, "自治区")
	case strings.HasSuffix(title, "秘书长"):
		rs := []rune(body)
		return len(rs) > 0 && strings.ContainsRune("部局厅处室", rs[len(rs)-1]) || strings.HasSuffix(body, "机关党委") // (an organ's party committee has none)
	}
	return false
}

// memberParty is the democratic party whose members a title names (民进's
// are its 会员, 九三学社's its 社员): another's party is no host of them.
var memberParty = map[string]string{"会员": "民进", "社员": "九三学社"}

// councilKind: bodies of that kind seat members and hold no school, firm
// or station a head of one could head (政协, 人大, a democratic party's
// committees; not a party committee, which a firm or a school has).
func councilKind(kind string) bool {
	return kind == "cppcc" || kind == "congress" || kind == "democratic_party"
}

// kindOf is the kind of the body of that canonical name, or "".
func kindOf(bodies []*record.Entry, canonical string) string {
	return fieldOf(bodies, canonical, "kind")
}

// hostOf is the body itself that the body whose canonical name is given is
// an organ of (省政协 of 省政协研究室), or "".
func hostOf(bodies []*record.Entry, canonical string) string {
	for _, b := range bodies {
		if b.Get("canonical") == canonical {
			if d := b.Detail.(*bodyDetail); d.sub != "" && d.home != canonical {
				return d.home
			}
			return ""
		}
	}
	return ""
}

// fieldOf is a field of the body whose canonical name is given.
func fieldOf(bodies []*record.Entry, canonical, field string) string {
	for _, b := range bodies {
		if b.Get("canonical") == canonical {
			v, _ := b.Get(field).(string)
			return v
		}
	}
	return ""
}

// headCount: the words count the people a title after them names (两位,
// 三名, 2位).
func headCount(w string) bool {
	rs := []rune(w)
	k := numeralRun(rs)
	return k > 0 && k == len(rs)-1 && (rs[k] == '位' || rs[k] == '名')
}

// writesNoBody: what is written between two titles of a chain names no
// body: nothing, the marks of a list, a word of time (主席、|原|党组书记) or a term.
func writesNoBody(written string) bool {
	w := strings.Trim(written, " 、兼")
	switch w {
	case "", "原", "前", "时任", "现任", "曾任":
		return true
	}
	// a term alone (某省委主委,|第四届|名誉主委; 第四、五届): the chain's body's
	terms, ok := strings.CutSuffix(w, "届")
	return ok && terms != "" && strings.Trim(terms, "第、"+termNumerals) == ""
}
