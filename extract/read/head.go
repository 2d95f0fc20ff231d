package read

import (
	"regexp"
	"strconv"
	"strings"
	"time"

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
	metaSites = []string{"sitename", "og:site_name", "site_name", "application-name"}
)

// head is what an HTML page's head says of it.
type head struct {
	title string // the headline, or the <title> less the site's name
	tag   bool   // title is the <title>'s, which may name the site alone
	date  string // the publication date, YYYY-MM-DD
	site  string // the site's name (滨州人大网), which often names its place
}

// headElements may stand in a page's head; any other start tag (<body>,
// or a <div> of a page that writes none) ends it.
var headElements = map[atom.Atom]bool{atom.Html: true, atom.Head: true, atom.Title: true, atom.Meta: true,
	atom.Link: true, atom.Script: true, atom.Style: true, atom.Base: true, atom.Noscript: true}

// pageHead reads the headline, the publication date and the site's name
// an HTML page's head gives: a <meta> of metaTitles, else the <title> less
// the site's name (某某会议召开_某某网: the longest of its parts; tag says
// so, as it may be the site's name alone); a <meta> of metaSites, else the
// <title>'s other parts; "" where it gives none. It reads no further than
// the head.
func pageHead(page string) head {
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
			case atom.Link: // <link rel="canonical" href="…/2024-05/06/…">: an address that may date the page
				var rel, href string
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					switch string(k) {
					case "rel":
						rel = strings.ToLower(string(v))
					case "href":
						href = string(v)
					}
				}
				if rel == "canonical" && metas["canonical"] == "" {
					metas["canonical"] = href
				}
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
	h := head{date: headDate(metas)}
	if h.date == "" {
		h.date = scriptDate(page)
	}
	// 某某会议召开_某某网, 某某网 - 某某会议召开: the longest part is the
	// headline, the others the site's name.
	var parts []string
	best := -1
	for _, part := range strings.FieldsFunc(titleText.String(), func(r rune) bool { return strings.ContainsRune("_|–—-", r) }) {
		if part = strings.TrimSpace(part); part != "" {
			parts = append(parts, part)
			if best < 0 || len([]rune(part)) > len([]rune(parts[best])) {
				best = len(parts) - 1
			}
		}
	}
	if best >= 0 {
		h.title, h.tag = parts[best], true
		h.site = strings.Join(append(parts[:best:best], parts[best+1:]...), " ")
	}
	if t := firstMeta(metas, metaTitles); t != "" {
		h.title, h.tag = t, false
		var others []string // the <title> less the headline the <meta> gives
		for _, part := range parts {
			if part != t {
				others = append(others, part)
			}
		}
		h.site = strings.Join(others, " ")
	}
	if s := firstMeta(metas, metaSites); s != "" {
		h.site = s
	}
	return h
}

// The variables a WeChat article's script dates it by, its head giving no
// date and its <em id="publish_time"> filled in by the script: the time
// it was sent (var ct = "1718700000", seconds) and the day.
var (
	sentAt  = regexp.MustCompile(`\bvar ct\s*=\s*"([0-9]{10})"`)
	sentDay = regexp.MustCompile(`\bpublish_time\s*=\s*"([0-9]{4}-[0-9]{2}-[0-9]{2})"`)
	beijing = time.FixedZone("CST", 8*3600)
)

// scriptDate is the publication date a page's script gives, YYYY-MM-DD, or "".
// The patterns run only on a page that holds the variables' names (a page
// of another site is passed over by strings.Contains, not by a pattern).
func scriptDate(page string) string {
	if strings.Contains(page, "publish_time") {
		if m := sentDay.FindStringSubmatch(page); m != nil {
			return timex.Parse(m[1])
		}
	}
	if strings.Contains(page, "var ct") {
		if m := sentAt.FindStringSubmatch(page); m != nil {
			if secs, err := strconv.ParseInt(m[1], 10, 64); err == nil {
				return time.Unix(secs, 0).In(beijing).Format("2006-01-02")
			}
		}
	}
	return ""
}

// firstMeta is the content of the first of the <meta> names the head gives.
func firstMeta(metas map[string]string, names []string) string {
	for _, k := range names {
		if v := strings.TrimSpace(metas[k]); v != "" {
			return v
		}
	}
	return ""
}

func headDate(metas map[string]string) string {
	for _, k := range metaDates {
		if v := metas[k]; v != "" {
			if d := timex.Parse(v); d != "" {
				return d
			}
		}
	}
	for _, k := range []string{"og:url", "canonical"} { // the page's address, as its site files it
		if d := timex.FromURL(metas[k]); d != "" {
			return d
		}
	}
	return ""
}
