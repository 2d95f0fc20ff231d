package kinds

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/names"
	"github.com/zxtract/zxtract/extract/number"
	"github.com/zxtract/zxtract/extract/places"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/rules"
)

// figure: a quantity with its value (scale words applied), unit, the metric
// it measures and whether it is approximate. Groups:
//
//	num     the number: 864, 112.6, 一千二百, 百 (百余)
//	num2    the upper end of a range (3至5个)
//	den     the denominator of a fraction (三分之一 has den 三, num 一)
//	scale   a scale word after the number or its 余/多: 万, 亿, 千, 百
//	approx  a marker of approximation, before or after: 约, 近, 余, 多, 以上 …
//	unit    the unit or measure word: 件, 人次, %, 个百分点, 万元 …
//	sign    a minus sign, - or 负, before the number
//	frac    digits after an unwritten decimal point (八五折 is 8.5 折), or 半
//	jiao, fen  tenths and hundredths of a yuan (5元3毛, 50元6角三分)
//	cursign a currency sign before the number: ￥, $, HK$ (CURRENCY_SIGNS)
//
// `set:` may fix the unit (unit: '%') or multiply the value (multiply: 10
// for 三成). The lexicons UNITS (unit → canonical unit), PER_UNITS (what a
// rate after a slash is per: 公斤/公顷), CURRENCIES (unit →
// ISO 4217 code) and APPROX (marker → over, under or about) are the data;
// the metric is found afterwards from the sentence (see metric.go).
type figure struct {
	units, per, currencies, approx, signs, before *rules.Lexicon
	scaleLinks                                    *rules.Lexicon // 达, 增至: a scale word alone after them is a figure (达千万元)
	metrics                                       metricWords
	gaz                                           *places.Gazetteer // place names a numeral begins (三棵树镇) count nothing
}

var figureSpec = Spec{
	Name:     "figure",
	List:     "figures",
	Groups:   []string{"text", "num", "num2", "den", "scale", "approx", "unit", "sign", "frac", "jiao", "fen", "cursign"},
	Required: []string{"num"},
	Sets:     []string{"unit", "multiply", "approx", "table", "list"},
	Lexicons: []string{"UNITS", "PER_UNITS", "CURRENCIES", "CURRENCY_SIGNS", "CURRENCY_BEFORE", "APPROX", "SCALE_LINKS", "METRIC_LINKS", "METRIC_PARTIES", "METRIC_LEADS", "METRIC_CONJUNCTIONS", "METRIC_FUNDS",
		"METRIC_STOPS", "METRIC_PACE", "METRIC_CUTS", "METRIC_BOUND_CUTS", "METRIC_JOIN_CUTS", "METRIC_CHANGES", "METRIC_TOTALS", "METRIC_FOR_ALL", "METRIC_NOUN_VERBS", "METRIC_PEOPLE_UNITS", "METRIC_PEOPLE_NOUNS", "METRIC_TIMES", "METRIC_LEVELS", "METRIC_DONE_OF", "SURNAMES", "METRIC_VERB_NOUNS", "METRIC_VAGUE", "METRIC_LEADER_CUTS", "METRIC_GROUPS",
		"METRIC_UNIT_NOUNS", "METRIC_ISSUE_UNITS", "METRIC_REVIEWS", "METRIC_ATTENDANCE", "METRIC_TALLIES", "METRIC_TOTAL_NOUNS", "METRIC_QUALIFIERS", "METRIC_NOTE_OPENS", "METRIC_NOUN_ENDS", "METRIC_MOMENTS", "METRIC_ABOUT_HEADS", "METRIC_UNIT_HEADS", "METRIC_DESTINATIONS", "METRIC_SINGLE_NOUNS", "METRIC_GIVES", "METRIC_BECOMES", "METRIC_APPOINTS", "METRIC_CHANGE_BASES", "METRIC_TERMS", "COMMON_SURNAMES"},
	Key:    []string{"metric"},
	Needs:  []string{"person"},
	Fields: []string{"text", "value", "value_max", "unit", "metric", "change_of", "approx", "currency"},
}

// ResolveArticle drops the figures that lie inside a person's name (何|三成:
// a given name's numeral, no share): the article's people are found by
// then.
func (*figure) ResolveArticle(a *Article, own []*record.Entry) {
	people := a.Entries("person")
	if len(people) == 0 {
		return
	}
	inName := func(m text.Span) bool {
		return slices.ContainsFunc(people, func(p *record.Entry) bool {
			return slices.ContainsFunc(p.Mentions, func(pm text.Span) bool { return pm[0] <= m[0] && m[1] <= pm[1] })
		})
	}
	var named []*record.Entry
	for _, e := range own {
		if !slices.ContainsFunc(e.Mentions, func(m text.Span) bool { return !inName(m) }) {
			named = append(named, e)
		}
	}
	for _, e := range named {
		a.drop(e) // after the loop: dropping changes own
	}
}

func (*figure) Spec() *Spec { return &figureSpec }

func (f *figure) Bind(lex func(string) *rules.Lexicon) {
	f.units, f.per, f.currencies, f.approx, f.signs, f.before = lex("UNITS"), lex("PER_UNITS"), lex("CURRENCIES"), lex("APPROX"), lex("CURRENCY_SIGNS"), lex("CURRENCY_BEFORE")
	f.scaleLinks = lex("SCALE_LINKS")
	f.metrics = metricWords{links: lex("METRIC_LINKS"), leads: lex("METRIC_LEADS"), stops: lex("METRIC_STOPS"), paces: lex("METRIC_PACE"),
		cuts: lex("METRIC_CUTS"), boundCuts: lex("METRIC_BOUND_CUTS"), joinCuts: lex("METRIC_JOIN_CUTS"), changes: lex("METRIC_CHANGES"), totals: lex("METRIC_TOTALS"), forAll: lex("METRIC_FOR_ALL"), nounVerbs: lex("METRIC_NOUN_VERBS"), peopleUnits: lex("METRIC_PEOPLE_UNITS"), peopleNouns: lex("METRIC_PEOPLE_NOUNS"), times: lex("METRIC_TIMES"), levels: lex("METRIC_LEVELS"), doneOf: lex("METRIC_DONE_OF"), verbNouns: lex("METRIC_VERB_NOUNS"), parties: lex("METRIC_PARTIES"), vague: lex("METRIC_VAGUE"), leaderCuts: lex("METRIC_LEADER_CUTS"), groups: lex("METRIC_GROUPS"), unitNouns: lex("METRIC_UNIT_NOUNS"), issueUnits: lex("METRIC_ISSUE_UNITS"), reviews: lex("METRIC_REVIEWS"), attendance: lex("METRIC_ATTENDANCE"), surnames: lex("COMMON_SURNAMES"), rarer: lex("SURNAMES"), conjunctions: lex("METRIC_CONJUNCTIONS"), funds: lex("METRIC_FUNDS"), tallies: lex("METRIC_TALLIES"), totalNouns: lex("METRIC_TOTAL_NOUNS"), qualifiers: lex("METRIC_QUALIFIERS"), noteOpens: lex("METRIC_NOTE_OPENS"), nounEnds: lex("METRIC_NOUN_ENDS"), moments: lex("METRIC_MOMENTS"), aboutHeads: lex("METRIC_ABOUT_HEADS"), unitHeads: lex("METRIC_UNIT_HEADS"), singleNouns: lex("METRIC_SINGLE_NOUNS"), gives: lex("METRIC_GIVES"), becomes: lex("METRIC_BECOMES"), appoints: lex("METRIC_APPOINTS"), bases: lex("METRIC_CHANGE_BASES"), terms: lex("METRIC_TERMS"), moneyBefore: lex("CURRENCY_BEFORE"), destinations: lex("METRIC_DESTINATIONS")}
	f.metrics.words, _ = names.Default() // an error shows when the tests load the dictionary
	f.gaz, _ = places.Default()          // (and the gazetteer)
}

// namesPlace: a place's name the gazetteer holds, its level word included,
// begins at start and runs past end (三棵树镇, 五里桥街道, 七台河市): the
// numeral names the place; it counts nothing.
func (f *figure) namesPlace(rs []rune, start, end int) bool {
	if f.gaz == nil {
		return false
	}
	for k := end; k < len(rs) && k < end+4 && text.IsHan(rs[k]); k++ {
		if !strings.ContainsRune("镇乡市县区州旗盟道", rs[k]) {
			continue
		}
		for _, n := range f.gaz.Ending(rs, k+1) {
			if n.Start == start {
				return true
			}
		}
	}
	return false
}

// minusBefore: a minus sign stands right before i, after a word, a colon
// or a bracket (净利润-2.3亿元), not after a number (300-500元, 2023-2024);
// or 负 after a verb that gives a value (财政赤字为负200万元; not 3胜2负, 身负3处伤).
func minusBefore(c *Context, i int) bool {
	rs := c.View.Runes
	if i < 2 || i-1 < c.Sentence.Start {
		return false
	}
	switch rs[i-1] {
	case '-', '−':
		return text.IsHan(rs[i-2]) || strings.ContainsRune(":(", rs[i-2])
	case '负':
		return strings.ContainsRune("为是至到达:(,", rs[i-2])
	}
	return false
}

// hundredPercent: the match is 百分之百, all of it.
func hundredPercent(c *Context, m *engine.Match) bool {
	return strings.HasSuffix(c.ViewText(m.Range), "百分之百")
}

func (f *figure) Build(c *Context, m *engine.Match) []*record.Entry {
	value, ok := figureNumber(c, m, "num")
	if !ok {
		return nil
	}
	if m.Rule.Set["table"] != "" {
		return f.tableFigure(c, m, value)
	}
	n, approx, rs := c.Capture(m, "num"), c.Capture(m, "approx"), c.View.Runes
	scaleAlone := n != "" && strings.Trim(n, "百千万亿") == "" && c.Capture(m, "scale") == "" && f.scaleLinks.LongestSuffix(rs[max(0, m.Start-3):m.Start]) == 0
	if scaleAlone && approx == "" && !hundredPercent(c, m) {
		return nil // 千户苗寨, 百家讲坛, a table's 亿元: a scale word alone, with no 余 or 多 after it, names; it counts nothing (but 产值达|千万元 counts)
	} else if scaleAlone && (approx == "以上" || approx == "以下") && strings.HasSuffix(c.ViewText(m.Range), approx) && m.End < len(rs) && text.IsHan(rs[m.End]) && rs[m.End] != '的' {
		return nil // 亿元以上|项目, 万人以上|企业: a scale alone and its bound before a noun name a class of it (not 突破千亿元|大关)
	} else if n == "零" || n == "〇" {
		return nil // 零点, 零距离: a word, no count of nothing
	} else if strings.Trim(n, "十百千万亿") == "" && m.Start > 0 && c.View.Runes[m.Start-1] == '个' {
		return nil // 两个|万亿元台阶: a scale alone after a measure word is the kind of what is counted
	}
	if f.namesPlace(c.View.Runes, m.Start, m.End) {
		return nil
	}
	if frac := c.Capture(m, "frac"); frac != "" {
		value += fraction(frac)
	}
	for group, part := range map[string]float64{"jiao": 0.1, "fen": 0.01} {
		if v, ok := figureNumber(c, m, group); ok {
			value += v * part
		}
	}
	if den, ok := figureNumber(c, m, "den"); ok {
		if den == 0 {
			return nil
		}
		value = value / den * 100
	}
	scale := scaleOf(c, m)
	value *= scale
	_, neg := m.Group("sign")
	signed := !neg && minusBefore(c, m.Start) // 净利润-2.3亿元, 气温-5℃: a minus after words, not a range's dash
	// A share in tenths (三成) is multiplied, and a range of them (三四成) at both bounds.
	multiply := 1.0
	if x, ok := m.Rule.Set["multiply"]; ok {
		if f, err := strconv.ParseFloat(x, 64); err == nil {
			multiply = f
		}
	}
	value *= multiply
	unit := m.Rule.Set["unit"]
	written := c.Capture(m, "unit")
	if written == "" {
		written = f.signs.Value(c.Capture(m, "cursign"))
	}
	if written != "" {
		unit = f.unit(written)
	}
	if unit == "元" && written == "元" || written == "" && unit == "" && c.Capture(m, "scale") != "" {
		if w := f.before.LongestSuffix(c.View.Runes[c.Sentence.Start:m.Start]); w > 0 {
			unit = f.before.Value(string(c.View.Runes[m.Start-w : m.Start])) // 港币3.5亿元: Hong Kong's; 港币300万: a sum the currency before names
			written = unit
		}
	}
	if rs, k := c.View.Runes, m.Start; unit != "" && !strings.Contains(unit, "/") && !isRateUnit(unit) {
		if w := f.per.LongestSuffix(rs[c.Sentence.Start:k]); w > 0 && k-w-1 >= c.Sentence.Start && rs[k-w-1] == '每' {
			if u := f.knownUnit(unit + "/" + string(rs[k-w:k])); u != "" {
				unit = u // 每斤|15元, 每平方米|8500元: a price per the unit 每 names right before it, as 15元/斤 is
			}
		}
	}
	currency := f.currencies.Value(written)
	if currency == "" {
		money, _, _ := strings.Cut(unit, "/") // 元/斤: a price is money too
		currency = f.currencies.Value(money)
	}
	dashed := false // 理论文章-|33篇: a dash between words and a count of things parts them
	if signed && currency == "" && !isRateUnit(unit) && unit != "℃" {
		signed, dashed = false, true // (what goes below zero is money, a rate or a temperature)
	}
	if neg || signed {
		value = -value
	}
	e := c.NewEntry(m)
	if signed {
		e = c.EntryAt(m, text.Range{Start: m.Start - 1, End: m.End})
	}
	e.Set("value", roundValue(value))
	e.Set("value_max", nil)
	if hi, ok := figureNumber(c, m, "num2"); ok {
		e.Set("value_max", roundValue(hi*scale*multiply))
	}
	if unit == "个" && sharesPoints(c.View.Runes, m.End) {
		unit = "个百分点" // 1.2个和0.8个百分点: the unit written once for both
	}
	e.Set("unit", orNil(unit)) // 人口约1400万 writes none
	e.Set("metric", nil)
	e.Set("change_of", nil)
	e.Set("approx", f.approxOf(c, m))
	e.Set("currency", orNil(currency))
	num, _ := m.Group("num")
	info := &figureInfo{numStart: num.Start, end: m.End, sentence: c.Sentence, sharesUnit: m.Rule.Set["list"] == "shared-unit"}
	if first := m.Start; first < num.Start {
		info.numStart = first // a marker before the number belongs to the figure
	}
	if signed || dashed {
		info.numStart = m.Start - 1 // (and its minus, or the dash before it: no word of what it counts)
	}
	if m.Start > 0 && c.View.Runes[m.Start-1] == '\t' {
		columnMetric(c, m, e, info)
	}
	e.Detail = info
	return []*record.Entry{e}
}

// unit is the unit a written one is reported as (knownUnit), else as written.
func (f *figure) unit(written string) string {
	if u := f.knownUnit(written); u != "" {
		return u
	}
	return written
}

// knownUnit is the unit UNITS reports a written one as, each side of a
// rate's slash on its own (公斤/公顷 → 千克/公顷; 天 stays 天), or "".
func (f *figure) knownUnit(written string) string {
	if u := f.units.Value(written); u != "" {
		return u
	}
	amount, per, ok := strings.Cut(written, "/")
	if amount = f.units.Value(amount); !ok || amount == "" || !f.per.Has(per) {
		return ""
	}
	if u := f.units.Value(per); u != "" {
		per = u
	}
	return amount + "/" + per
}

// columnMetric: a figure with its unit in a table's cell (承办单位 … 办复率 /
// 某局 … 100%) measures what its column's label says.
func columnMetric(c *Context, m *engine.Match, e *record.Entry, info *figureInfo) {
	if header, _, col, ok := tableCell(c.View.Runes, m.Start); ok && col > 0 && col < len(header) {
		label, _ := labelNote(c.View.Runes, header[col])
		e.Set("metric", orNil(c.ViewText(label)))
		info.measured = true
	}
}

// figureInfo is what the metric finder needs to know of a figure.
type figureInfo struct {
	numStart int        // view position where the figure's text begins
	end      int        // view position after its unit and markers
	sentence text.Range // the sentence it is in
	measured bool       // its metric is read already (a table's cell), not from its sentence
	// sharesUnit: its unit is the one the list's last number carries (7、|8个村)
	sharesUnit bool
}

// tableFigure is a number alone in a table's cell (地区生产总值 | 亿元 |
// 186.3): its unit is its column's, in brackets after the header's label
// (比上年增长(%)), or the row's cell under 单位; what it measures is the
// row's first cell of words, as written, and a column of changes (比上年增长) gives
// the change, of that. A number with no unit is none.
func (f *figure) tableFigure(c *Context, m *engine.Match, value float64) []*record.Entry {
	rs := c.View.Runes
	header, row, col, ok := tableCell(rs, m.Start)
	if !ok || col == 0 {
		return nil // (the first column names the rows)
	}
	label, written := labelNote(rs, header[col]) // 比上年增长(%)
	if written == "" {
		for u, h := range header {
			if name := c.ViewText(h); (name == "单位" || name == "计量单位") && u < len(row) {
				written = c.ViewText(row[u])
			}
		}
	}
	scale, ws := 1.0, []rune(written)
	for len(ws) > 1 && scaleWords[string(ws[0])] > 0 { // 亿元: 100000000 元
		scale, ws = scale*scaleWords[string(ws[0])], ws[1:]
	}
	written = string(ws)
	unit := f.knownUnit(written)
	if written == "%" || written == "‰" {
		unit = written // (the rules of rates set theirs)
	}
	if unit == "" {
		return nil
	}
	if _, neg := m.Group("sign"); neg {
		value = -value
	}
	e := c.NewEntry(m)
	e.Set("value", roundValue(value*scale))
	e.Set("value_max", nil)
	e.Set("unit", unit)
	metric := ""
	for _, cell := range row[:col] { // the row's label: its first cell of words (not 序号's 1)
		if text.HanCount(rs[cell.Start:cell.End]) > 0 {
			metric = strings.TrimSpace(c.At(cell))
			break
		}
	}
	if change := strings.TrimSpace(c.At(label)); (metrics{Context: c, metricWords: f.metrics}).comparedChange(c.ViewText(label)) || f.metrics.changes.Has(c.ViewText(label)) {
		e.Set("metric", change)
		e.Set("change_of", orNil(metric))
	} else {
		e.Set("metric", orNil(metric))
		e.Set("change_of", nil)
	}
	e.Set("approx", nil)
	e.Set("currency", orNil(f.currencies.Value(written)))
	e.Detail = &figureInfo{numStart: m.Start, end: m.End, sentence: c.Sentence, measured: true}
	return []*record.Entry{e}
}

// sharesPoints: the figure ending at i is one of a list joined whose
// unit, 个百分点, is written after the last (1.2个|和0.8个百分点,
// 1.3个|、0.9个、1.8个百分点).
func sharesPoints(rs []rune, i int) bool {
	for items := 0; items < 8; items++ {
		if i >= len(rs) || !strings.ContainsRune("和与及、", rs[i]) {
			return false
		}
		j := i + 1
		for j < len(rs) && j < i+8 && (rs[j] >= '0' && rs[j] <= '9' || rs[j] == '.' || strings.ContainsRune("零一二两三四五六七八九十点", rs[j])) {
			j++
		}
		if j == i+1 || j >= len(rs) || rs[j] != '个' {
			return false
		}
		if strings.HasPrefix(string(rs[j:min(len(rs), j+4)]), "个百分点") {
			return true
		}
		i = j + 1 // the next item's 个, written alone too
	}
	return false
}

// fraction reads digits after an unwritten decimal point (五 of 八五折 is
// 0.5), or 半.
func fraction(s string) float64 {
	if s == "半" {
		return 0.5
	}
	v, ok := number.ParseNumber("0点" + s)
	if !ok {
		return 0
	}
	return v
}

// figureNumber parses a number group, reading 百余's 百 as 一百 and 数十's
// 数 as "some", and 半 as a half.
func figureNumber(c *Context, m *engine.Match, group string) (float64, bool) {
	s := c.Capture(m, group)
	if s == "" {
		return 0, false
	}
	if s == "半" {
		return 0.5, true
	}
	s = strings.TrimLeft(s, "数几")
	if v, ok := number.ParseNumber(s); ok {
		return v, true
	}
	if r := []rune(s); len(r) > 0 && strings.ContainsRune("十百千万亿", r[0]) {
		return number.ParseNumber("一" + s)
	}
	return 0, false
}

var scaleWords = map[string]float64{"十": 10, "百": 100, "千": 1e3, "万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7, "亿": 1e8, "万亿": 1e12}

// scaleOf multiplies the scale words around a number and its 余: 3千余,
// 100余万.
func scaleOf(c *Context, m *engine.Match) float64 {
	scale := 1.0
	for _, cp := range m.All("scale") {
		if v, ok := scaleWords[c.ViewText(cp)]; ok {
			scale *= v
		}
	}
	return scale
}

// approxOf reads every approx capture, and 数十 / 几百 as over.
func (f *figure) approxOf(c *Context, m *engine.Match) any {
	for _, cp := range m.All("approx") {
		if v := f.approx.Value(c.ViewText(cp)); v != "" {
			return v
		}
	}
	if n := c.Capture(m, "num"); strings.HasPrefix(n, "数") || strings.HasPrefix(n, "几") {
		return "over"
	}
	if v := m.Rule.Set["approx"]; v != "" {
		return v // a rule's figures are all approximate (三四十人)
	}
	// 约|人民币|5000万元: a marker before the currency the figure is in
	rs := c.View.Runes[c.Sentence.Start:m.Start]
	if w := f.before.LongestSuffix(rs); w > 0 {
		if k := f.approx.LongestSuffix(rs[:len(rs)-w]); k > 0 {
			return f.approx.Value(string(rs[len(rs)-w-k : len(rs)-w]))
		}
	}
	return nil
}

// roundValue drops the noise of float arithmetic (156.8 × 1e8 is
// 15680000000.000002): a value keeps 15 significant digits, and below a
// billion no more than six decimals (三分之一: 33.333333). A value is always
// a float, so that readers give the field one type (864.0).
func roundValue(v float64) float64 {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if err != nil {
		return v
	}
	if math.Abs(r) < 1e9 {
		r = math.Round(r*1e6) / 1e6
	}
	return r
}
