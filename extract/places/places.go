// Package places is the gazetteer: China's administrative divisions down to
// townships (rules/lexicons/places.tsv, generated from the national
// statistics bureau's codes), with the short forms and aliases news uses.
// It answers look-ups by name and finds the places a text names; the
// bodies and the article's place are resolved with it. It is loaded once
// per process and shared read-only.
package places

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/zxtract/zxtract/extract/names"
	"github.com/zxtract/zxtract/rules"
)

// Level is a division's tier.
type Level int

// Levels, from the top.
const (
	Province   Level = iota + 1 // 省, 自治区, 直辖市
	Prefecture                  // 地级市, 自治州, 地区, 盟
	County                      // 县, 自治县, 县级市, 区, 旗
	Township                    // 乡, 镇, 街道
)

// String names the level as records do: provincial, prefectural, county,
// township.
func (l Level) String() string {
	switch l {
	case Province:
		return "provincial"
	case Prefecture:
		return "prefectural"
	case County:
		return "county"
	case Township:
		return "township"
	}
	return ""
}

// Place is one division.
type Place struct {
	Code    string // the statistics bureau's code: 2 digits a province, 4 a prefecture, 6 a county, 9 a township
	Name    string // as the list writes it: 天津市, 和平区, 迪庆藏族自治州
	Short   string // the short form news may use alone (渝中), where it names this place only
	Level   Level
	Parent  *Place   // nil for a province; the list's placeholders (市辖区) are skipped
	Aliases []string // other names: 天祝县, 津 …
	index   int      // its place in Gazetteer.Places
}

// FullName is the place with every division above it: 湖北省黄石市,
// 天津市和平区, 甘肃省张掖市民乐县 (an article's place).
func (p *Place) FullName() string {
	if p.Parent == nil {
		return p.Name
	}
	return p.Parent.FullName() + p.Name
}

// BodyName is the place as a body's name begins with it: the place alone
// (天津市, 黄石市, 桃源县, 神农架林区), but a district with its city (重庆市渝中区) and a
// township with its county as that begins a body's name (漳县三岔镇,
// 天津市和平区劝业场街道).
func (p *Place) BodyName() string {
	if p.Parent != nil && p.Level == Township {
		return p.Parent.BodyName() + p.Name // 漳县三岔镇, 天津市和平区劝业场街道: a district keeps its city
	}
	if p.Parent != nil && p.Level == County && strings.HasSuffix(p.Name, "区") && strings.HasSuffix(p.Parent.Name, "市") {
		return p.Parent.Name + p.Name // (not a province's own: 神农架林区)
	}
	return p.Name
}

// In says whether p is q or lies inside it.
func (p *Place) In(q *Place) bool {
	for x := p; x != nil; x = x.Parent {
		if x == q {
			return true
		}
	}
	return false
}

// Up is p or the division above it at the level given (nil if none).
func (p *Place) Up(l Level) *Place {
	for x := p; x != nil; x = x.Parent {
		if x.Level == l {
			return x
		}
	}
	return nil
}

// Gazetteer holds the places and the names they go by.
type Gazetteer struct {
	Places   []*Place            // in order of their codes
	byName   map[string]*Place   // the place a name means, or the largest of those it may
	more     map[string][]*Place // every place of a name that means more than one
	abbrevs  map[string]*Place   // one-character province abbreviations (津, 渝)
	suffixes map[string]bool     // the proper suffixes of every name, two runes and longer
	finals   runeSet             // the runes full names, aliases and the short forms of provinces and cities end with
	tails    pairSet             // the last two runes of every name
	longest  int                 // runes in the longest name
	// words are full names news also writes as ordinary words (老城区),
	// which a page's text names a place by only after its parent or
	// before an organ.
	words map[string]bool
	// word says whether runes make a common word (推广, 城镇), where a name
	// would begin on a word's second character (推|广州, 高于|城镇); nil:
	// never.
	word func(rs []rune) bool
	// ordinary says whether runes make a common word that names no place
	// (平安, not 济源, which gse tags a place's name: ns); nil: never.
	ordinary func(rs []rune) bool
}

// Default is the gazetteer of the embedded rules, loaded on first use.
var Default = sync.OnceValues(func() (*Gazetteer, error) {
	aliases, err := fs.ReadFile(rules.Defaults, "lexicons/place-aliases.tsv")
	if err != nil {
		return nil, err
	}
	g, err := Parse(rules.PlacesText, string(aliases), "lexicons/places.tsv", "lexicons/place-aliases.tsv")
	if err == nil {
		err = g.ReadWords(rules.Defaults, "lexicons/place-words.txt")
	}
	if g != nil {
		tagOf := func(rs []rune) (string, bool) {
			words, err := names.Default()
			if err != nil {
				return "", false
			}
			return words.Word(string(rs))
		}
		g.word = func(rs []rune) bool {
			_, ok := tagOf(rs)
			return ok
		}
		g.ordinary = func(rs []rune) bool {
			tag, ok := tagOf(rs)
			return ok && tag != "ns"
		}
	}
	return g, err
})

// Load reads a gazetteer: a file of code, name, short form and other name
// per line, and a file of aliases (alias, code).
func Load(fsys fs.FS, places, aliases string) (*Gazetteer, error) {
	tsv, err := fs.ReadFile(fsys, places)
	if err != nil {
		return nil, err
	}
	more, err := fs.ReadFile(fsys, aliases)
	if err != nil {
		return nil, err
	}
	return Parse(string(tsv), string(more), places, aliases)
}

// Parse reads a gazetteer as Load does from the texts of its two files,
// named places and aliases in errors; the gazetteer keeps parts of them.
func Parse(tsv, more, places, aliases string) (*Gazetteer, error) {
	n := strings.Count(tsv, "\n")
	g := &Gazetteer{Places: make([]*Place, 0, n), byName: make(map[string]*Place, n+n/8),
		more: map[string][]*Place{}, abbrevs: map[string]*Place{}, suffixes: make(map[string]bool, n),
		tails: newPairSet(), finals: newRuneSet()}
	all := make([]Place, 0, n) // one allocation for every place
	// The file lists the places in order of their codes, each after the
	// one above it: the last code read of each length is where the next
	// place's parent may be.
	var above [3]*Place // the last province, prefecture and county read (nil: a placeholder)
	prev := ""
	err := eachLine(tsv, places, func(f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want code and name")
		}
		if f[0] <= prev {
			return fmt.Errorf("code %s after %s: want the places in order of their codes", f[0], prev)
		}
		prev = f[0]
		if placeholder(f[1]) {
			if l := level(f[0]); l < Township {
				above[l-1] = nil
			}
			return nil
		}
		all = append(all, Place{Code: f[0], Name: f[1], Level: level(f[0])})
		p := &all[len(all)-1]
		if len(f) > 2 {
			p.Short = f[2]
		}
		if len(f) > 3 && f[3] != "" {
			p.Aliases = []string{f[3]}
		}
		for l := p.Level - 1; l >= Province && p.Parent == nil; l-- { // the nearest above, past placeholders
			if a := above[l-1]; a != nil && strings.HasPrefix(p.Code, a.Code) {
				p.Parent = a
			}
		}
		if p.Level < Township {
			above[p.Level-1] = p
		}
		p.index = len(g.Places)
		g.Places = append(g.Places, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine(more, aliases, func(f []string) error {
		var p *Place
		if len(f) >= 2 {
			p = g.Code(f[1])
		}
		if p == nil {
			return fmt.Errorf("want an alias and the code of a place")
		}
		p.Aliases = append(p.Aliases[:len(p.Aliases):len(p.Aliases)], f[0])
		return nil
	})
	if err != nil {
		return nil, err
	}
	formerCounties(g.Places)
	for _, p := range g.Places {
		g.final(p.Name)
		if p.Level <= Prefecture {
			g.final(p.Short) // 河北, 安庆: a text names them so
		}
		for _, a := range p.Aliases {
			g.final(a)
		}
		g.name(p.Name, p)
		if p.Short != "" {
			g.name(p.Short, p)
		}
		for _, a := range p.Aliases {
			if utf8.RuneCountInString(a) == 1 {
				g.abbrevs[a] = p
			} else {
				g.name(a, p)
			}
		}
	}
	for name, ps := range g.more {
		// The larger place first: 滨海新区 is Tianjin's district before it is
		// a township's name.
		slices.SortStableFunc(ps, func(a, b *Place) int { return int(a.Level) - int(b.Level) })
		g.byName[name] = ps[0]
	}
	return g, nil
}

// formerCounties gives each district and county-level city its name as
// the county it was before (溧水县 for 溧水区, 2013; 三河县 for 三河市,
// 1993), and each district its name as the county-level city it may have
// been (金坛市 for 金坛区, 2015), which news of those years writes: where
// no place bears that name, no other district or city of the same stem
// could have been it and no city's stem with 县 names the county around
// that city. A development zone's name was never a county's.
func formerCounties(all []*Place) {
	taken := map[string]bool{}
	stems := map[string][]*Place{}
	for _, p := range all {
		if p.Level != County {
			if p.Level < County { // (a name in 县 is a county's; 朝阳市, 思茅市 a city's)
				taken[p.Name] = true
				for _, a := range p.Aliases {
					taken[a] = true
				}
				// a city's stem with 县 was the county around it (大同县, Datong's
				// until 2018), not a district of the stem elsewhere (大庆市大同区)
				if stem, ok := strings.CutSuffix(p.Name, "市"); ok && p.Level == Prefecture {
					taken[stem+"县"] = true
				}
			}
			continue
		}
		taken[p.Name] = true
		for _, a := range p.Aliases {
			taken[a] = true // 河口县: 河口瑶族自治县's
		}
		rs := []rune(p.Name)
		if len(rs) < 3 || len(rs) > 5 || !strings.ContainsRune("区市", rs[len(rs)-1]) ||
			strings.ContainsAny(p.Name, "开发园港矿林") || strings.HasSuffix(p.Name, "新区") || strings.HasSuffix(p.Name, "城区") {
			continue
		}
		stem := string(rs[:len(rs)-1])
		stems[stem] = append(stems[stem], p)
	}
	for stem, ps := range stems {
		if len(ps) != 1 {
			continue
		}
		if former := stem + "县"; !taken[former] {
			ps[0].Aliases = append(ps[0].Aliases[:len(ps[0].Aliases):len(ps[0].Aliases)], former)
		}
		// a district was often a county-level city before (金坛市, 2015: 金坛区)
		if former := stem + "市"; strings.HasSuffix(ps[0].Name, "区") && !taken[former] {
			ps[0].Aliases = append(ps[0].Aliases[:len(ps[0].Aliases):len(ps[0].Aliases)], former)
		}
	}
}

// ReadWords reads the full names that are also ordinary words, one a
// line (# starts a comment); each must be a place's name.
func (g *Gazetteer) ReadWords(fsys fs.FS, name string) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return err
	}
	g.words = map[string]bool{}
	g.unitWords()
	return eachLine(string(data), name, func(f []string) error {
		if g.Lookup(f[0]) == nil {
			return fmt.Errorf("%s names no place", f[0])
		}
		g.words[f[0]] = true
		return nil
	})
}

// unitWords adds the names of the units the list counts as townships
// (development zones, farms, parks: codes 400-599 below a county) that do
// not begin with a county's or a larger place's name: news writes them as
// ordinary phrases (农产品加工园区, 综合保税区, 种畜场), not as the place of
// an article, unless after their parent. 天津经济技术开发区 begins with its
// city and stays a name.
func (g *Gazetteer) unitWords() {
	for _, p := range g.Places {
		if p.Level != Township || len(p.Code) != 9 || p.Code[6] != '4' && p.Code[6] != '5' {
			continue
		}
		named := false
		for end, n := 0, 0; end < len(p.Name) && n < 8 && !named; n++ {
			_, size := utf8.DecodeRuneInString(p.Name[end:])
			end += size
			for _, q := range lookup(g, p.Name[:end]) {
				named = named || n > 0 && q.Level < Township
			}
		}
		if !named {
			g.words[p.Name] = true
		}
	}
}

// final notes the rune a name ends with, for FullNames to look up from.
func (g *Gazetteer) final(n string) {
	if utf8.RuneCountInString(n) > 1 {
		last, _ := utf8.DecodeLastRuneInString(n)
		g.finals.add(last)
	}
}

func (g *Gazetteer) name(n string, p *Place) {
	g.suffixesOf(n)
	first, ok := g.byName[n]
	switch {
	case !ok:
		g.byName[n] = p
	case first == p:
	case g.more[n] == nil:
		g.more[n] = []*Place{first, p}
	case !slices.Contains(g.more[n], p):
		g.more[n] = append(g.more[n], p)
	}
}

// level is the level of a code by its length: 2 digits a province, 4 a
// prefecture, 6 a county, 9 a township.
func level(code string) Level {
	switch len(code) {
	case 2:
		return Province
	case 4:
		return Prefecture
	case 6:
		return County
	}
	return Township
}

// placeholder names are no places: the "districts under the city" and the
// like that the list puts between a province and its counties.
func placeholder(name string) bool {
	return name == "市辖区" || name == "县" || name == "街道" || strings.HasSuffix(name, "直辖县级行政区划")
}

func eachLine(data, name string, do func([]string) error) error {
	var fields [4]string
	for n := 1; data != ""; n++ {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		f := fields[:0]
		for len(f) < len(fields) {
			var field string
			var more bool
			field, line, more = strings.Cut(line, "\t")
			f = append(f, field)
			if !more {
				break
			}
		}
		if err := do(f); err != nil {
			return fmt.Errorf("%s:%d: %v", name, n, err)
		}
	}
	return nil
}

// Lookup returns the places a name may mean, larger places first: a full
// name (鼓楼区: four), a short form (渝中), an alias (天祝县); none for an
// unknown name.
func (g *Gazetteer) Lookup(name string) []*Place { return lookup(g, name) }

// lookup is Lookup of a name as a string or as UTF-8 bytes, which the maps
// are indexed by without a string made.
func lookup[S string | []byte](g *Gazetteer, name S) []*Place {
	p := g.byName[string(name)]
	if p == nil {
		return nil
	}
	if ps := g.more[string(name)]; ps != nil {
		return ps
	}
	return g.Places[p.index : p.index+1 : p.index+1] // the place alone, without a slice made for it
}

// Abbreviation is the province a one-character abbreviation stands for
// (津, 渝), or nil.
func (g *Gazetteer) Abbreviation(r rune) *Place { return g.abbrevs[string(r)] }

// Code is the place of a code, or nil.
func (g *Gazetteer) Code(code string) *Place {
	i, found := slices.BinarySearchFunc(g.Places, code, func(p *Place, code string) int { return strings.Compare(p.Code, code) })
	if !found {
		return nil
	}
	return g.Places[i]
}

// Townships: every place is a township.
func Townships(ps []*Place) bool {
	for _, p := range ps {
		if p.Level != Township {
			return false
		}
	}
	return len(ps) > 0
}
