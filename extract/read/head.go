package read

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/zxtract/zxtract/extract/timex"
)

// The <meta> names an HTML page's head gives its headline and its
// publication date under: the government websites' standard (ArticleTitle,
// PubDate), Open Graph and the common CMS ones, most trusted first.
var (
	metaTitles = []string{"articletitle", "og:title", "title", "headline"}
	metaDates  = []string{"pubdate", "article:published_time", "publishdate", "publish_date", "publishtime",
		"og:release_date", "date", "dc.date", "dcterms.created", "firstpublishedtime"}
)

// headElements may stand in a page's head; any other start tag (<body>,
// or a <div> of a page that writes none) ends it.
var headElements = map[atom.Atom]bool{atom.Html: true, atom.Head: true, atom.Title: true, atom.Meta: true,
	atom.Link: true, atom.Script: true, atom.Style: true, atom.Base: true, atom.Noscript: true}

// pageHead reads the headline and the publication date (YYYY-MM-DD) an
// HTML page's head gives: a <meta> of metaTitles, else the <title> less
// the site's name (某某会议召开_某某网: the longest of its parts; tag says
// so, as it may be the site's name alone); "" where it gives none. It
// reads no further than the head.
func pageHead(page string) (title string, tag bool, date string) {
	z := html.NewTokenizer(strings.NewReader(page))
	metas := map[string]string{}
	var inTitle bool
	var titleText strings.Builder
read:
	for {
		switch z.Next() {
		case html.ErrorToken:
			break read
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if !headElements[a] {
				break read
			}
			switch a {
			case atom.Title:
				inTitle = true
			case atom.Meta:
				var key, content string
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					switch string(k) {
					case "name", "property", "itemprop":
						key = strings.ToLower(string(v))
					case "content":
						content = strings.TrimSpace(string(v))
					}
				}
				if key != "" && content != "" && metas[key] == "" {
					metas[key] = content
				}
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); atom.Lookup(name) == atom.Title {
				inTitle = false
			}
		case html.TextToken:
			if inTitle {
				titleText.Write(z.Text())
			}
		}
	}
	title, tag = headTitle(metas, titleText.String())
	return title, tag, headDate(metas)
}

func headTitle(metas map[string]string, title string) (string, bool) {
	for _, k := range metaTitles {
		if t := strings.TrimSpace(metas[k]); t != "" {
			return t, false
		}
	}
	// 某某会议召开_某某网, 某某网 - 某某会议召开: the longest part is the headline.
	best := ""
	for _, part := range strings.FieldsFunc(title, func(r rune) bool { return strings.ContainsRune("_|–—-", r) }) {
		if part = strings.TrimSpace(part); len([]rune(part)) > len([]rune(best)) {
			best = part
		}
	}
	return best, best != ""
}

func headDate(metas map[string]string) string {
	for _, k := range metaDates {
		if v := metas[k]; v != "" {
			if d := timex.Parse(v); d != "" {
				return d
			}
		}
	}
	return ""
}
