package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Without field names given, a line's text, id, date, title and site are read
// from the names corpora commonly give them; a name given is the only one
// looked at.
func TestJSONLCommonFields(t *testing.T) {
	line := []byte(`{"url": "http://example.org/1", "title": "县政协调研", "pub_date": "2022/6/20", "content": "6月18日,县政协调研。", "media": "桃源日报"}`)
	doc := FromJSONLine("in.jsonl", 1, line, Options{})
	if doc.Err != nil || doc.Source != "http://example.org/1" || doc.Title != "县政协调研" || doc.Published != "2022-06-20" || doc.Text != "6月18日,县政协调研。" || doc.Site != "桃源日报" {
		t.Errorf("got %+v", doc)
	}
	if doc = FromJSONLine("in.jsonl", 1, line, Options{SiteField: "outlet"}); doc.Site != "" {
		t.Errorf("a site field named and absent: %+v", doc)
	}
	doc = FromJSONLine("in.jsonl", 1, line, Options{TextField: "text"})
	if doc.Err == nil || !strings.Contains(doc.Err.Error(), `no text in field "text"`) {
		t.Errorf("a named field absent: %+v", doc)
	}
	// names written in another case or with _ and - (a feed's pubDate, a scraper's pub_time)
	for _, l := range []string{`{"pubDate": "2024-08-23", "Content": "县政协调研。"}`, `{"pub_time": "2024-08-23 09:15:00", "full-text": "县政协调研。"}`} {
		if doc = FromJSONLine("in.jsonl", 1, []byte(l), Options{}); doc.Published != "2024-08-23" || doc.Text != "县政协调研。" {
			t.Errorf("%s: got %+v", l, doc)
		}
	}
	// a Unix time as a JSON number, a feed's date as text
	for _, l := range []string{`{"pubtime": 1709251200000, "text": "县政协调研。"}`, `{"pubDate": "Fri, 01 Mar 2024 09:00:00 +0800", "text": "县政协调研。"}`} {
		if doc = FromJSONLine("in.jsonl", 1, []byte(l), Options{}); doc.Published != "2024-03-01" || len(doc.Warnings) > 0 {
			t.Errorf("%s: got %+v", l, doc)
		}
	}
	// the page's address dates it where no field does
	doc = FromJSONLine("in.jsonl", 1, []byte(`{"url": "http://www.example.cn/2024-05/06/content_1.htm", "text": "县政协调研。"}`), Options{})
	if doc.Published != "" || doc.HeadDate != "2024-05-06" {
		t.Errorf("a dated address: got %+v", doc)
	}
	// news-please's fields, and a scraper's page in a field of HTML
	doc = FromJSONLine("in.jsonl", 1, []byte(`{"maintext": "县政协调研。", "date_publish": "2024-08-23 09:15:00", "source_domain": "example.org"}`), Options{})
	if doc.Text != "县政协调研。" || doc.Published != "2024-08-23" || doc.Site != "example.org" {
		t.Errorf("news-please: got %+v", doc)
	}
	// a WeChat scraper's time it was sent, in seconds (in Beijing: 2024-06-18 00:00)
	doc = FromJSONLine("in.jsonl", 1, []byte(`{"content": "县政协调研。", "create_time": "1718640000"}`), Options{})
	if doc.Published != "2024-06-18" {
		t.Errorf("create_time: got %+v", doc)
	}
	doc = FromJSONLine("in.jsonl", 1, []byte(`{"title": "县政协调研", "content_html": "<div><p>县政协调研。</p></div>"}`), Options{})
	if !doc.HTML || doc.Title != "县政协调研" {
		t.Errorf("content_html: got %+v", doc)
	}
	// a field named by its path inside objects; a name with a dot of its own first
	doc = FromJSONLine("in.jsonl", 1, []byte(`{"doc": {"body": {"text": "县政协调研。"}, "meta.date": "x"}, "meta": {"date": "2024-08-23"}}`), Options{TextField: "doc.body.text", DateField: "meta.date"})
	if doc.Err != nil || doc.Text != "县政协调研。" || doc.Published != "2024-08-23" {
		t.Errorf("paths: got %+v", doc)
	}
	// fields asked for that the line lacks: a warning each, and what reading does without them
	doc = FromJSONLine("in.jsonl", 1, []byte(`{"text": "县政协调研。", "pub": "2024-08-23", "doc_id": "a1"}`), Options{DateField: "pubdate", IDField: "docid", TitleField: "head", SiteField: "outlet"})
	if doc.Err != nil || doc.Published != "" || doc.Source != "in.jsonl:1" || len(doc.Warnings) != 4 || !strings.Contains(doc.Warnings[0], `"docid"`) || !strings.Contains(doc.Warnings[1], `"pubdate"`) {
		t.Errorf("missing fields: got %+v", doc)
	}
	doc = FromJSONLine("in.jsonl", 2, []byte(`{"id": 7, "words": "县政协调研。"}`), Options{})
	if doc.Err == nil || !strings.Contains(doc.Err.Error(), "--text-field") || doc.Source != "7" {
		t.Errorf("no text field: %+v", doc)
	}
}

// A .txt file of JSON lines is read as JSONL, one document a line; a text
// that merely opens with a brace stays a text.
func TestJSONLinesInTxt(t *testing.T) {
	dir := t.TempDir()
	lines := `{"id": "a", "text": "县政协调研。"}` + "\n" + `{"id": "b", "text": "市政协协商。"}` + "\n"
	os.WriteFile(filepath.Join(dir, "lines.txt"), []byte(lines), 0o644)
	os.WriteFile(filepath.Join(dir, "plain.txt"), []byte("{编者按}\n县政协调研。\n"), 0o644)
	var got []string
	ReadPaths([]string{dir}, Options{}, nil, func(d *Document) error { got = append(got, d.Source); return nil })
	if strings.Join(got, " ") != "a b plain.txt" {
		t.Errorf("documents %q", got)
	}
}

// A .txt file that opens as a web page is read as HTML; one that only
// mentions markup stays a text.
func TestPageInTxt(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "page.txt"), []byte("\n<!DOCTYPE html><html><body><h1>县政协调研</h1><p>正文。</p></body></html>"), 0o644)
	os.WriteFile(filepath.Join(dir, "plain.txt"), []byte("网页用<p>标签分段。\n县政协调研。\n"), 0o644)
	html := map[string]bool{}
	ReadPaths([]string{dir}, Options{}, nil, func(d *Document) error { html[d.Source] = d.HTML; return nil })
	if !html["page.txt"] || html["plain.txt"] {
		t.Errorf("read as HTML: %v", html)
	}
}

// An HTML page's head gives a headline, a date and the site's name: the
// government sites' <meta> first, then Open Graph's, then the <title>'s parts.
func TestPageHead(t *testing.T) {
	cases := []struct {
		page string
		want head
	}{
		{`<head><meta name="ArticleTitle" content="县政协视察"><meta name="PubDate" content="2023-05-18 09:30"><title>县政协视察-某某县人民政府</title></head><body>`,
			head{"县政协视察", false, "2023-05-18", "某某县人民政府"}},
		{`<head><meta property="og:title" content="市政协协商"><meta property="article:published_time" content="2024-01-02T08:00:00+08:00"></head>`,
			head{"市政协协商", false, "2024-01-02", ""}},
		{`<html><head><title>某某网 - 县政协召开常委会议</title></head><body><p>正文</p></body></html>`, head{"县政协召开常委会议", true, "", "某某网"}},
		{`<head><meta name="SiteName" content="青禾县人民政府"><title>县政协召开会议</title></head>`, head{"县政协召开会议", true, "", "青禾县人民政府"}},
		// an address that files the page under its date, where no <meta> dates it
		{`<head><link rel="canonical" href="http://www.example.cn/202405/t20240506_1.html"><title>县政协召开会议</title></head>`, head{"县政协召开会议", true, "2024-05-06", ""}},
		// a WeChat article, dated by its script: the day it gives, else the time it was sent (in Beijing: 2024-06-18 16:40)
		{`<head><title>委员之声</title></head><body><em id="publish_time"></em><script>var ct = "1718700000"; var publish_time = "2024-06-18" || "";</script></body>`,
			head{"委员之声", true, "2024-06-18", ""}},
		{`<head><title>委员之声</title></head><body><script>var ct = "1718640000";</script></body>`, head{"委员之声", true, "2024-06-18", ""}},
		{`<p>no head</p>`, head{}},
	}
	for _, c := range cases {
		if got := pageHead(c.page); got != c.want {
			t.Errorf("%.40q: %+v, want %+v", c.page, got, c.want)
		}
	}
}
