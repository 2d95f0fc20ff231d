package places

import (
	"slices"
	"testing"
	"testing/fstest"

	"github.com/zxtract/zxtract/rules"
)

func gaz(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestEveryProvince resolves by its name and its short form to one place
// of the top level.
func TestEveryProvince(t *testing.T) {
	g := gaz(t)
	n := 0
	for _, p := range g.Places {
		if p.Level != Province {
			continue
		}
		n++
		if got := g.Lookup(p.Name); len(got) != 1 || got[0] != p {
			t.Errorf("%s: %v", p.Name, got)
		}
		// 吉林 is a city as well, 海南 a prefecture: no short form then.
		if p.Short == "" && p.Name != "吉林省" && p.Name != "海南省" {
			t.Errorf("%s has no short form", p.Name)
		} else if got := g.Lookup(p.Short); p.Short != "" && (len(got) != 1 || got[0] != p) {
			t.Errorf("%s (%s): %v", p.Short, p.Name, got)
		}
	}
	if n != 34 { // the package's 31, and 台湾省, 香港特别行政区 and 澳门特别行政区 the generator adds
		t.Errorf("%d provinces, want 34", n)
	}
	for _, abbr := range "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新台港澳" {
		if g.Abbreviation(abbr) == nil {
			t.Errorf("%c: no province", abbr)
		}
	}
	if p := g.Abbreviation('渝'); p == nil || p.Name != "重庆市" {
		t.Errorf("渝: %v", p)
	}
}

// TestNames: full names as bodies and articles write them, the ambiguous
// and the traps.
func TestNames(t *testing.T) {
	g := gaz(t)
	one := func(name, full, body string, level Level) {
		t.Helper()
		got := g.Lookup(name)
		if len(got) == 0 {
			t.Errorf("%s: no place", name)
			return
		}
		p := got[0]
		if p.FullName() != full || p.BodyName() != body || p.Level != level {
			t.Errorf("%s: %s, %s, %v; want %s, %s, %v", name, p.FullName(), p.BodyName(), p.Level, full, body, level)
		}
	}
	one("天津市", "天津市", "天津市", Province)
	one("黄石市", "湖北省黄石市", "黄石市", Prefecture)
	one("嘉峪关市", "甘肃省嘉峪关市", "嘉峪关市", Prefecture)
	one("渝中区", "重庆市渝中区", "重庆市渝中区", County)
	one("渝中", "重庆市渝中区", "重庆市渝中区", County)
	one("神农架林区", "湖北省神农架林区", "神农架林区", County) // a province's own forest district: no city before it
	one("巫溪县", "重庆市巫溪县", "巫溪县", County)
	one("天祝县", "甘肃省武威市天祝藏族自治县", "天祝藏族自治县", County)
	one("甘南州", "甘肃省甘南藏族自治州", "甘南藏族自治州", Prefecture)
	one("迪庆州", "云南省迪庆藏族自治州", "迪庆藏族自治州", Prefecture)
	one("达旗", "内蒙古自治区鄂尔多斯市达拉特旗", "达拉特旗", County)
	one("海南", "海南省", "海南省", Province) // (not 海南州, not 乌海市海南区)
	one("济源示范区", "河南省济源市", "济源市", County)
	one("绍兴县", "浙江省绍兴市柯桥区", "绍兴市柯桥区", County) // renamed in 2013, not a stem of its new name
	one("滨海新区", "天津市滨海新区", "天津市滨海新区", County)
	// a district or a county-level city by the county it was (溧水县, 三河县), not where another bears that name
	one("溧水县", "江苏省南京市溧水区", "南京市溧水区", County)
	one("三河县", "河北省廊坊市三河市", "三河市", County)
	one("朝阳县", "辽宁省朝阳市朝阳县", "朝阳县", County)
	// a county renamed (户县 in 2016) or made a district of another name, by the division it became; where a
	// city's stem with 县 named the county around it (大同县, 2018), that county's district, not one elsewhere sharing the stem
	one("户县", "陕西省西安市鄠邑区", "西安市鄠邑区", County)
	one("开封县", "河南省开封市祥符区", "开封市祥符区", County)
	one("大同县", "山西省大同市云州区", "大同市云州区", County)
	one("胶南市", "山东省青岛市黄岛区", "青岛市黄岛区", County)
	// a district by the county-level city it was (金坛市), not where a city bears that name (朝阳市)
	one("金坛市", "江苏省常州市金坛区", "常州市金坛区", County)
	one("朝阳市", "辽宁省朝阳市", "朝阳市", Prefecture)
	if got := g.Lookup("鼓楼区"); len(got) != 4 {
		t.Errorf("鼓楼区: %d places, want the four cities'", len(got))
	}
	// a township of a city a province governs directly, which the source names with the city's name
	// before its own, is named by its own, as Beijing's of that name is
	if got := g.Lookup("天坛街道"); len(got) != 2 {
		t.Errorf("天坛街道: %d places, want Beijing's and Jiyuan's", len(got))
	}
	one("甘南", "甘肃省甘南藏族自治州", "甘南藏族自治州", Prefecture) // the prefecture, not 甘南县
	one("长沙", "湖南省长沙市", "长沙市", Prefecture)
	one("大连", "辽宁省大连市", "大连市", Prefecture)
	for _, word := range []string{"和平", "鼓楼", "通道", "吉林", "来宾", "长治"} {
		if got := g.Lookup(word); len(got) != 0 {
			t.Errorf("%s names %v: an ordinary word or an ambiguous one", word, got[0].FullName())
		}
	}
	var names []string
	rs := []rune("江阴市长泾镇召开会议")
	for _, n := range g.Names(rs) {
		names = append(names, string(rs[n.Start:n.End]))
	}
	if len(names) != 2 || names[0] != "江阴市" || names[1] != "长泾镇" {
		t.Errorf("江阴市长泾镇: %q", names)
	}
	mentions := func(s string) (out []string) {
		for _, m := range g.Mentions([]rune(s)) {
			out = append(out, m.Places[0].FullName())
		}
		return out
	}
	for _, c := range []struct {
		text string
		want []string
	}{
		{"湖南通道县政协", []string{"湖南省怀化市通道侗族自治县"}},
		{"江阴市长泾镇召开会议", []string{"江苏省无锡市江阴市长泾镇"}},
		// the 长 of a title (副县长) opens no place's short name (长沙), but a full one after a place (湖南省长沙县)
		{"副县长沙马拉毅介绍,局长春风满面,湖南省长沙县召开会议", []string{"湖南省长沙市长沙县"}},
		{"漳县三岔镇:协商议事", []string{"甘肃省定西市漳县三岔镇"}},
		// a township named after a county it does not lie in (the gazetteer's 塘下镇 is 瑞安市's): the county alone
		{"永嘉县塘下镇召开会议", []string{"浙江省温州市永嘉县"}},
		{"形成县委和县政协合力", nil}, // 成县, 和县: the end of a word
		// a former name of one character and its level word (户县) likewise: no place after a word of three it ends (贫困户|县级)
		{"贫困户县级结对全覆盖,委员们出席户县政协会议", []string{"陕西省西安市鄠邑区"}},
		// but one after a word of two it makes no word with (出席|岷县); not before a level's noun (加快|新县城)
		{"委员们出席岷县政协会议,加快新县城建设", []string{"甘肃省定西市岷县"}},
		// a conjunction after a closing mark (《…》和|县政协); a 政协's short name before its term is a place
		{"审议《工作报告》和县政协有关事项", nil},
		{"政协歙县九届五次常委会议", []string{"安徽省黄山市歙县"}},
		// a banner by the short name its news gives it (莫旗, 科左中旗)
		{"莫旗政协和科左中旗政协召开会议", []string{"内蒙古自治区呼伦贝尔市莫力达瓦达斡尔族自治旗", "内蒙古自治区通辽市科尔沁左翼中旗"}},
		// a 长 after one character and its level word makes a title (代县长, 新县长), no 代县's or 新县's
		{"代县长主持会议,新县长到任,新县县委召开会议", []string{"河南省信阳市新县"}},
		// a city's short form in 州 has no level word: a place, unless its first character ends a word
		{"会议在兰州召开,推广州级经验", []string{"甘肃省兰州市"}},
		// a name whose first character ends a word and whose rest is one (高于|城镇, 位于|城镇) is none
		{"收入高于城镇居民,位于城镇中心,来到于城镇", []string{"浙江省嘉兴市海盐县于城镇"}},
		// a level word that ends a name the gazetteer lacks, before a word (某某市|同乡会), opens no township's
		{"青禾市同乡会召开年会,行唐县市同乡召开会议", []string{"河北省石家庄市行唐县市同乡"}},
		{"福州市鼓楼区和大连金州区", []string{"福建省福州市鼓楼区", "辽宁省大连市金州区"}},
		// a street named after a place names none (中山路, 北京东路, 南京大街), a street office of a place's name does
		{"中山路和北京东路路口,南京大街,广州巷", nil},
		{"洛阳市涧西区湖北路街道", []string{"河南省洛阳市涧西区湖北路街道"}},
		// a place the dictionary holds as a place's name before a level's noun (济源|市区) is the place; an ordinary word's is none
		{"委员们走访济源市区的企业,打造平安县城", []string{"河南省济源市"}},
		// a township the source names with its county's name before its own (济源市天坛街道) is named by its own
		{"济源市天坛街道召开会议", []string{"河南省济源市天坛街道"}},
	} {
		if got := mentions(c.text); !slices.Equal(got, c.want) {
			t.Errorf("mentions of %s: %q, want %q", c.text, got, c.want)
		}
	}
	// a name that is an ordinary word names a place in a page's text only after its parent or before an organ
	for text, want := range map[string][]string{
		"委员们来到老城区改造现场": nil, "洛阳市老城区改造": {"河南省洛阳市老城区"}, "老城区政协组织委员": {"河南省洛阳市老城区"},
		// a preposition before a word (快于|城镇, 同|老乡)
		"增速快于城镇居民,同老乡们交谈": nil, "海盐县于城镇": {"浙江省嘉兴市海盐县于城镇"},
		// a development zone's or a farm's name not opening with its place's (综合保税区) is a phrase
		"察看农产品加工园区,推进综合保税区建设": nil, "天津港保税区": {"天津市滨海新区天津港保税区"},
		"东丽区综合保税区": {"天津市东丽区综合保税区"},
		// a county's short form before the development a place's news wishes it names the county
		"委员们表示要为永嘉经济社会高质量发展多作贡献": {"浙江省温州市永嘉县"},
	} {
		var got []string
		for _, n := range g.FullNames([]rune(text)) {
			got = append(got, n.Places[0].FullName())
		}
		if !slices.Equal(got, want) {
			t.Errorf("full names of %s: %q, want %q", text, got, want)
		}
	}
	rs = []rune("湖南省怀化市通道县政协")
	var ending []string
	for _, n := range g.Ending(rs, 9) {
		ending = append(ending, string(rs[n.Start:n.End]))
	}
	if len(ending) == 0 || ending[0] != "通道县" {
		t.Errorf("names ending before 政协: %q", ending)
	}
}

// TestAliasesResolve: every curated alias of two characters or more names
// one place.
func TestAliasesResolve(t *testing.T) {
	g := gaz(t)
	for _, p := range g.Places {
		for _, a := range p.Aliases {
			if len([]rune(a)) > 1 {
				if got := g.Lookup(a); len(got) != 1 {
					t.Errorf("alias %s: %d places", a, len(got))
				}
			}
		}
	}
}

// TestParents: each place's parent is the place of the longest code its own
// begins with, past the list's placeholders (市辖区), and a code finds its
// place.
func TestParents(t *testing.T) {
	g := gaz(t)
	byCode := map[string]*Place{}
	for _, p := range g.Places {
		byCode[p.Code] = p
	}
	for _, p := range g.Places {
		var want *Place
		for _, n := range []int{6, 4, 2} {
			if want == nil && n < len(p.Code) {
				want = byCode[p.Code[:n]]
			}
		}
		if p.Parent != want {
			t.Fatalf("%s %s: parent %v, want %v", p.Code, p.Name, p.Parent, want)
		}
		if g.Code(p.Code) != p {
			t.Fatalf("code %s: %v", p.Code, g.Code(p.Code))
		}
	}
	if g.Code("1101") != nil || g.Code("99") != nil {
		t.Error("a placeholder's or an unknown code has a place")
	}
	small := "11\t北京市\n1101\t市辖区\n110101\t东城区\n110101001\t东华门街道\n"
	g, err := Load(fstest.MapFS{"p.tsv": {Data: []byte(small)}, "a.tsv": {Data: []byte("京城\t11\n")}}, "p.tsv", "a.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if p := g.Code("110101001"); p == nil || p.FullName() != "北京市东城区东华门街道" {
		t.Errorf("东华门街道: %v", p)
	}
	if got := g.Lookup("京城"); len(got) != 1 || got[0].Name != "北京市" {
		t.Errorf("京城: %v", got)
	}
	for _, bad := range []string{"11\t北京市\n1101\t市辖区\n110101\t东城区\n110100\t西城区\n", "11\t北京市\n11\t北京市\n"} {
		if _, err := Load(fstest.MapFS{"p.tsv": {Data: []byte(bad)}, "a.tsv": {}}, "p.tsv", "a.tsv"); err == nil {
			t.Errorf("%q: loaded out of order", bad)
		}
	}
	if _, err := Load(fstest.MapFS{"p.tsv": {Data: []byte(small)}, "a.tsv": {Data: []byte("京城\n")}}, "p.tsv", "a.tsv"); err == nil {
		t.Error("an alias without a code loaded")
	}
}

// TestLookupShares: a name of one place is answered without a slice made
// for it, and what a caller appends to the answer changes no other place's.
func TestLookupShares(t *testing.T) {
	g := gaz(t)
	if n := testing.AllocsPerRun(100, func() { g.Lookup("天津市") }); n != 0 {
		t.Errorf("Lookup allocates %v times", n)
	}
	got := g.Lookup("天津市")
	next := g.Places[got[0].index+1]
	_ = append(got, nil)
	if g.Places[got[0].index+1] != next {
		t.Fatal("appending to an answer overwrote the gazetteer")
	}
	rs := []rune("天津市和平区政协")
	if names := g.Ending(rs, 6); len(names) != 1 || names[0].Start != 3 || len(names[0].Places) < 2 || names[0].Places[0].Name != "和平区" {
		t.Errorf("names ending 天津市和平区: %+v", names) // 和平区, of Tianjin and of Shenyang
	}
	if names := g.Ending(rs, 3); len(names) != 2 || names[0].Start != 0 || names[0].Places[0].Name != "天津市" || names[1].Start != 1 {
		t.Errorf("names ending 天津市: %+v", names) // 天津市, and 津市 (津市市, Hunan)
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(rules.Defaults, "lexicons/places.tsv", "lexicons/place-aliases.tsv"); err != nil {
			b.Fatal(err)
		}
	}
}
