package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Elements whose content is never text of the page.
var skipElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Svg: true, atom.Iframe: true, atom.Object: true, atom.Select: true,
}

// Elements that start a new line of text.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Tr: true, atom.Table: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Nav: true, atom.Aside: true, atom.Blockquote: true, atom.Pre: true,
	atom.Dd: true, atom.Dt: true, atom.Dl: true, atom.Hr: true, atom.Figure: true,
	atom.Figcaption: true, atom.Main: true, atom.Form: true, atom.Title: true, atom.Center: true,
}

// Elements a page sets side by side as fields of one line (来源 … 作者 …
// 时间 …, a menu's links): two of them that meet with no text between part
// their texts with a space, as the page shows them apart.
var fieldElements = map[atom.Atom]bool{
	atom.Span: true, atom.A: true, atom.Label: true, atom.Time: true, atom.Em: true, atom.Small: true, atom.Font: true,
}

// htmlView is the text of an HTML page with tags, scripts and styles removed
// and entities decoded; each rune keeps the span of the markup it came from
// (an entity maps to the whole entity), so spans index the HTML source.
func htmlView(raw string) *View {
	v := &View{total: utf8.RuneCountInString(raw)}
	offsets := NewRuneOffsets(raw)
	z := html.NewTokenizer(strings.NewReader(raw))
	pos := 0          // byte offset of the current token in raw
	skip := 0         // depth inside elements that hold no text
	fieldEnd := false // the last token closed a field (</span>)
	emit := func(r rune, start, end int) {
		v.Runes = append(v.Runes, r)
		v.start = append(v.start, int32(start))
		v.end = append(v.end, int32(end))
	}
	newline := func(at int) {
		if n := len(v.Runes); n > 0 && v.Runes[n-1] != '\n' {
			emit('\n', at, at)
		}
	}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		rawTok := z.Raw()
		tokStart := pos
		pos += len(rawTok)
		switch tt {
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipElements[a] {
				switch {
				case tt == html.StartTagToken:
					skip++
				case tt == html.EndTagToken && skip > 0:
					skip--
				}
				continue
			}
			if blockElements[a] && skip == 0 {
				newline(offsets.At(tokStart))
			}
			if fieldElements[a] && tt == html.StartTagToken && fieldEnd && skip == 0 {
				if n := len(v.Runes); n > 0 && !unicode.IsSpace(v.Runes[n-1]) {
					at := offsets.At(tokStart)
					emit(' ', at, at)
				}
			}
			fieldEnd = fieldElements[a] && tt == html.EndTagToken
			if (a == atom.Td || a == atom.Th) && tt == html.StartTagToken && skip == 0 {
				// Cells of a row part their texts with a tab, as a plain
				// text's table does (孙某|市水利局, not 孙某市水利局).
				if n := len(v.Runes); n > 0 && v.Runes[n-1] != '\n' && v.Runes[n-1] != '\t' {
					at := offsets.At(tokStart)
					emit('\t', at, at)
				}
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			fieldEnd = fieldEnd && strings.TrimSpace(string(rawTok)) == "" // (white space between fields keeps them apart)
			textRunes(raw[tokStart:pos], tokStart, offsets, emit)
		}
	}
	return v
}

// textRunes emits the runes of a raw text token, decoding entities and
// turning layout white space into spaces (HTML lines are not text lines).
func textRunes(s string, base int, offsets *RuneOffsets, emit func(rune, int, int)) {
	for i := 0; i < len(s); {
		if s[i] == '&' {
			if end := strings.IndexByte(s[i:min(len(s), i+40)], ';'); end > 0 {
				ent := s[i : i+end+1]
				if dec := html.UnescapeString(ent); dec != ent {
					a, b := offsets.At(base+i), offsets.At(base+i+end+1)
					for _, r := range dec {
						emit(space(r), a, b)
					}
					i += end + 1
					continue
				}
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		a := offsets.At(base + i)
		emit(space(r), a, a+1)
		i += n
	}
}

func space(r rune) rune {
	switch r {
	case '\n', '\r', '\t', '\f', 0xA0:
		return ' '
	}
	return r
}
