package read

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zxtract/zxtract/extract/timex"
)

// jsonl reads one document per line of a JSONL stream. A line that is not
// a JSON object, or lacks the text field, still yields a document, with
// Err set; an id given before gets its line number (x1:5), and a notice.
func (r *reader) jsonl(source string, br *bufio.Reader) error {
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			doc := FromJSONLine(source, n, line, r.opt)
			if !r.names.take(doc.Source) {
				unique := r.names.file(fmt.Sprintf("%s:%d", doc.Source, n), fmt.Sprintf("%s:%d", source, n))
				r.opt.Notice(fmt.Sprintf("%s:%d: id %q was given before; this record's id is %q", source, n, doc.Source, unique))
				doc.Source = unique
			}
			if e := r.emit(doc); e != nil {
				return e
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return r.emit(&Document{Source: fmt.Sprintf("%s:%d", source, n+1), Err: fmt.Errorf("cannot read %s after line %d: %v", source, n, err)})
		}
	}
}

// The fields a JSONL line's text, id, date, headline and site are looked for in,
// in order, where the options name none: the names corpora, scrapers and feeds
// commonly give them, matched regardless of case, _ and - (pub_time, pubDate,
// datePublished; news-please's maintext and date_publish, a scraper's content_html;
// a WeChat scraper's create_time, in seconds).
var (
	TextFields  = []string{"text", "content", "body", "article", "fulltext", "maintext", "articlebody", "contenthtml", "html", "bodyhtml", "rawhtml", "正文", "内容"}
	IDFields    = []string{"id", "docid", "url", "link"}
	DateFields  = []string{"date", "published", "pubdate", "publishdate", "datepublished", "publishedat", "publishtime", "pubtime", "datepublish", "releasedate", "releasetime", "time", "datetime", "createtime", "createdat", "created", "发布时间", "发布日期", "发表时间", "日期", "时间"}
	TitleFields = []string{"title", "headline", "标题"}
	SiteFields  = []string{"site", "sitename", "website", "media", "source", "sourcedomain", "hostname", "网站", "来源"}
	URLFields   = []string{"url", "link", "href", "pageurl", "sourceurl", "网址"} // whose path may date the page
)

// field is the field of obj that name names, or where name is "" the
// first of the fields given that obj has, with its value (nil: none). A
// name with dots names a field inside objects (meta.date), where obj has
// no field of that name itself.
func field(obj map[string]any, name string, common []string) (string, any) {
	if name != "" {
		v, ok := obj[name]
		for path, at := name, obj; !ok && strings.Contains(path, "."); {
			first, rest, _ := strings.Cut(path, ".")
			inner, isObj := at[first].(map[string]any)
			if !isObj {
				break
			}
			v, ok = inner[rest]
			path, at = rest, inner
		}
		return name, v
	}
	for _, c := range common {
		for k, v := range obj {
			if v != nil && fieldName(k) == c {
				return k, v
			}
		}
	}
	return "", nil
}

// fieldName is a field's name as the common names are written: lower
// case, without _ and -.
func fieldName(k string) string {
	return strings.ToLower(strings.NewReplacer("_", "", "-", "").Replace(k))
}

// FromJSONLine is the document of line n of a JSONL input named source: its
// text, id and date from the fields opt names (decoded from opt.Encoding, or
// the encoding its bytes show where they are not UTF-8). A line that is not
// a JSON object, or lacks the text field, yields a document with Err set.
func FromJSONLine(source string, n int, line []byte, opt Options) *Document {
	opt.defaults()
	where := fmt.Sprintf("%s:%d", source, n)
	enc := EncUTF8
	if opt.Encoding != "" || !utf8.Valid(line) {
		text, e, err := DecodeAs(line, opt.Encoding)
		if err != nil {
			return &Document{Source: where, Err: fmt.Errorf("%s: %v", where, err)}
		}
		line, enc = []byte(text), e
	}
	if !isJSONObject(line) {
		return &Document{Source: where, Encoding: enc, Err: fmt.Errorf("%s: not a JSON object", where)}
	}
	var obj map[string]any
	if err := json.Unmarshal(line, &obj); err != nil {
		return &Document{Source: where, Encoding: enc, Err: fmt.Errorf("%s: not a JSON object", where)}
	}
	doc := &Document{Source: where, Encoding: enc}
	if _, id := field(obj, opt.IDField, IDFields); id != nil {
		doc.Source = fmt.Sprint(id)
	} else if opt.IDField != "" {
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("no field %q: the record is named by its file and line", opt.IDField))
	}
	textField, t := field(obj, opt.TextField, TextFields)
	text, ok := t.(string)
	if !ok {
		if opt.TextField != "" {
			doc.Err = fmt.Errorf("%s: no text in field %q", where, opt.TextField)
		} else {
			doc.Err = fmt.Errorf("%s: no text in any of the fields %s; name the one that holds it with --text-field", where, strings.Join(TextFields, ", "))
		}
		return doc
	}
	doc.Text = text
	doc.HTML = sniff([]byte(text)) == FormatHTML
	if doc.HTML {
		h := pageHead(text)
		doc.Title, doc.TitleTag, doc.HeadDate, doc.Site = h.title, h.tag, h.date, h.site
	}
	if name, d := field(obj, opt.DateField, DateFields); d != nil {
		s := fmt.Sprint(d)
		if n, ok := d.(float64); ok {
			s = strconv.FormatFloat(n, 'f', -1, 64) // a Unix time as a JSON number, not 1.7092512e+09
		}
		if doc.Published = timex.Parse(s); doc.Published == "" && strings.TrimSpace(s) != "" { // (an empty field dates nothing, and says so)
			doc.Warnings = append(doc.Warnings, fmt.Sprintf("field %q holds %q, which is no date (2024-03-05, 2024/3/5, 2024年3月5日, a feed's date, a Unix time); the publication date is taken from the text", name, s))
		}
	} else if opt.DateField != "" {
		// the field asked for is not there (a typo, or a line without it): say so, as for the text's
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("no field %q: the publication date is taken from the text", opt.DateField))
	}
	if doc.HeadDate == "" {
		if _, u := field(obj, "", URLFields); u != nil {
			doc.HeadDate = timex.FromURL(fmt.Sprint(u)) // where neither a field nor the text dates it
		}
	}
	if _, t := field(obj, opt.TitleField, TitleFields); t != nil {
		if title, ok := t.(string); ok {
			doc.Title, doc.TitleTag = strings.TrimSpace(title), false
		}
	} else if opt.TitleField != "" {
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("no field %q: the headline is read from the text", opt.TitleField))
	}
	if _, v := field(obj, opt.SiteField, SiteFields); v != nil {
		if site, ok := v.(string); ok && strings.TrimSpace(site) != "" {
			doc.Site = strings.TrimSpace(site) // (滨州日报: where the text's bodies go by a level word alone)
		}
	} else if opt.SiteField != "" {
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("no field %q: no site places the bodies", opt.SiteField))
	}
	if opt.KeepFields {
		for k, v := range obj {
			if k == textField {
				continue
			}
			if doc.Fields == nil {
				doc.Fields = map[string]any{}
			}
			doc.Fields[k] = v
		}
	}
	return doc
}
