package extract

import (
	"math"
	"strconv"
	"strings"
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
//
// `set:` may fix the unit (unit: '%') or multiply the value (multiply: 10
// for 三成). The lexicons UNITS (unit → canonical unit), CURRENCIES and
// APPROX (marker → over, under or about) are the data; the metric is found
// afterwards from the sentence (see metric.go).
var figure = register(&Kind{
	Name:     "figure",
	Groups:   []string{"text", "num", "num2", "den", "scale", "approx", "unit", "sign"},
	Required: []string{"num"},
	Sets:     []string{"unit", "multiply"},
	List:     "figures",
	Key:      []string{"metric"},
	Build:    buildFigure,
})

func buildFigure(c *Context, m *Match) []*Entry {
	value, ok := c.figureNumber(m, "num")
	if !ok {
		return nil
	}
	if den, ok := c.figureNumber(m, "den"); ok {
		if den == 0 {
			return nil
		}
		value = value / den * 100
	}
	scale := c.scaleOf(m)
	value *= scale
	if _, neg := m.Group("sign"); neg {
		value = -value
	}
	if x, ok := m.Rule.Set["multiply"]; ok {
		if f, err := strconv.ParseFloat(x, 64); err == nil {
			value *= f
		}
	}
	unit := m.Rule.Set["unit"]
	currency := ""
	if u := c.capture(m, "unit"); u != "" {
		canon := c.engine.Lexicon("UNITS").Value(u)
		if canon == "" {
			canon = u
		}
		unit = canon
		if cur := c.engine.Lexicon("CURRENCIES").Value(u); cur != "" {
			currency = cur
		}
	}
	e := c.newEntry(m)
	e.Set("value", roundValue(value))
	if hi, ok := c.figureNumber(m, "num2"); ok {
		e.Set("value_max", roundValue(hi*scale))
	}
	e.Set("unit", unit)
	e.Set("metric", nil)
	e.Set("approx", c.approxOf(m))
	if currency != "" {
		e.Set("currency", currency)
	}
	num, _ := m.Group("num")
	e.figure = &figureInfo{numStart: num.Start, end: m.End, sentence: c.sentence}
	if first := m.Start; first < num.Start {
		e.figure.numStart = first // a marker before the number belongs to the figure
	}
	return []*Entry{e}
}

// figureInfo is what the metric finder needs to know of a figure.
type figureInfo struct {
	numStart int    // view position where the figure's text begins
	end      int    // view position after its unit and markers
	sentence [2]int // the sentence it is in
}

// figureNumber parses a number group, reading 百余's 百 as 一百 and 数十's
// 数 as "some".
func (c *Context) figureNumber(m *Match, group string) (float64, bool) {
	s := c.capture(m, group)
	if s == "" {
		return 0, false
	}
	s = strings.TrimLeft(s, "数几")
	if v, ok := ParseNumber(s); ok {
		return v, true
	}
	if r := []rune(s); len(r) > 0 && strings.ContainsRune("十百千万亿", r[0]) {
		return ParseNumber("一" + s)
	}
	return 0, false
}

var scaleWords = map[string]float64{"十": 10, "百": 100, "千": 1e3, "万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7, "亿": 1e8, "万亿": 1e12}

// scaleOf multiplies the scale words around a number and its 余: 3千余,
// 100余万.
func (c *Context) scaleOf(m *Match) float64 {
	scale := 1.0
	for _, cp := range m.All("scale") {
		if v, ok := scaleWords[c.viewText(cp.Start, cp.End)]; ok {
			scale *= v
		}
	}
	return scale
}

// approxOf reads every approx capture, and 数十 / 几百 as over.
func (c *Context) approxOf(m *Match) any {
	lex := c.engine.Lexicon("APPROX")
	for _, cp := range m.All("approx") {
		if v := lex.Value(c.viewText(cp.Start, cp.End)); v != "" {
			return v
		}
	}
	if n := c.capture(m, "num"); strings.HasPrefix(n, "数") || strings.HasPrefix(n, "几") {
		return "over"
	}
	return nil
}

// roundValue drops the noise of float arithmetic (112.6 × 1e8) and writes
// whole numbers as integers.
func roundValue(v float64) any {
	r := math.Round(v*1e6) / 1e6
	if r == math.Trunc(r) && math.Abs(r) < 1e15 {
		return int64(r)
	}
	return r
}
