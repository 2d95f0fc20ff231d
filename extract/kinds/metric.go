package kinds

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zxtract/zxtract/extract/names"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/rules"
)

// The metric of a figure is the noun phrase it measures, read from its
// sentence by a few general rules rather than a list of known sentences:
//
//   - a measure word followed by a noun counts that noun: 9个示范点 → 示范点;
//   - otherwise the phrase before the number, back to the clause's start
//     or the previous figure, less linking words: 满意率达到98% → 满意率,
//     提交提案639件 → 提交提案;
//   - 占25.1% with nothing before 占 measures the previous figure's share;
//   - 办复率和委员满意率均为100% gives one figure per metric, and
//     甲和乙分别为99.8%和98.5% pairs metrics and figures in order.
//
// The lexicons METRIC_LINKS (words between a metric and its number),
// METRIC_LEADS (words that open a clause but are no part of a metric) and
// METRIC_STOPS (words that end a noun after a measure word) are the data.

const (
	maxMetricBefore = 24
	maxMetricAfter  = 14
)

// metricWords are the lexicons the metric finder reads.
type metricWords struct {
	links, leads, stops, cuts, joinCuts, changes, totals, forAll, nounVerbs, times, levels, doneOf, verbNouns, parties, vague *rules.Lexicon
	leaderCuts, groups, unitNouns, issueUnits, reviews                                                                        *rules.Lexicon
	paces                                                                                                                     *rules.Lexicon // 快速, 大幅: how fast a change went, written before it
	peopleUnits                                                                                                               *rules.Lexicon // 位, 名: a verb news names things by is a verb after the people they count
	boundCuts                                                                                                                 *rules.Lexicon // 设: a cut where it ends no word
	bases                                                                                                                     *rules.Lexicon // 同比, 同口径: what a change is reckoned against, before it
	peopleNouns                                                                                                               *rules.Lexicon // 代表, 群众: who a count of people right after them counts
	attendance                                                                                                                *rules.Lexicon // 应到, 实到: a meeting's attendance, whose meeting is named before
	surnames                                                                                                                  *rules.Lexicon // common surnames: a list of names before 等 counts people, it names no metric
	rarer                                                                                                                     *rules.Lexicon // every surname: a list's item may open with a rarer one where it opens no word
	conjunctions                                                                                                              *rules.Lexicon // 但, 而: leads that begin no word but those the dictionary holds
	funds                                                                                                                     *rules.Lexicon // 资金, 经费: funds a verb before them names (慰问资金), where another verb gives them
	tallies                                                                                                                   *rules.Lexicon // 共, 累计: after a subject, what follows is counted
	totalNouns                                                                                                                *rules.Lexicon // 总数: the total of what the figure before counts
	qualifiers                                                                                                                *rules.Lexicon // 规上, 省级以上: words that open a noun though a stop word ends them
	noteOpens                                                                                                                 *rules.Lexicon // 不含, 现价, 下同: what opens a note in brackets within a metric's phrase
	nounEnds                                                                                                                  *rules.Lexicon // 库, 站: a place's or a thing's last character, which makes a verb before it a noun (停车库)
	moments                                                                                                                   *rules.Lexicon // 时, 之初: the words that make a comparison's term a moment before (较成立时)
	aboutHeads                                                                                                                *rules.Lexicon // 通报, 答复: a text about what is counted (3起…问题|的|通报)
	unitHeads                                                                                                                 *rules.Lexicon // 负责人: who heads the units counted (25个有关部门|负责人)
	singleNouns                                                                                                               *rules.Lexicon // 村, 户: nouns of one character, counted before 的 (3个村|的出行难题)
	gives                                                                                                                     *rules.Lexicon // 发放, 给予: verbs that give a sum, whose object follows it (发放|500元的|慰问金)
	becomes                                                                                                                   *rules.Lexicon // 当选为, 担任: verbs after people counted that say what they became (某某等30人|当选为|常务委员)
	appoints                                                                                                                  *rules.Lexicon // 聘请, 选举产生: verbs before people counted that make them what 为 then says (聘请|132人|为顾问)
	terms                                                                                                                     *rules.Lexicon // 房地产开发投资: indicators whose names hold a verb that would cut them
	moneyBefore                                                                                                               *rules.Lexicon // 港币, 美元: the currency a sum is in, written before its number, no part of what it measures
	destinations                                                                                                              *rules.Lexicon // 赴, 前往: verbs of going to the places counted after them (赴|6个县|调研)
	words                                                                                                                     *names.Cutter  // the dictionary: a stop of one character inside a word (工|作事项) stops nothing
}

// metrics finds the metrics of the figures of one sentence.
type metrics struct {
	*Context
	metricWords
	starts []int // where the sentence's figures begin, in order
	ends   []int // and where each ends
}

// ResolveSentence fills the metric of every figure of a sentence;
// coordinated metrics add entries.
func (f *figure) ResolveSentence(c *Context, own []*record.Entry) []*record.Entry {
	return metrics{Context: c, metricWords: f.metrics}.assign(own)
}

func info(e *record.Entry) *figureInfo { return e.Detail.(*figureInfo) }

func (c metrics) assign(entries []*record.Entry) []*record.Entry {
	figs := append([]*record.Entry(nil), entries...)
	sort.SliceStable(figs, func(i, j int) bool { return info(figs[i]).numStart < info(figs[j]).numStart })
	for _, f := range figs {
		c.starts = append(c.starts, info(f).numStart)
		c.ends = append(c.ends, info(f).end)
	}
	var extra []*record.Entry
	starts := make([]int, len(figs)) // where each figure's clause begins
	for i := 0; i < len(figs); i++ {
		f := figs[i]
		var prev *record.Entry
		if i > 0 && info(figs[i-1]).sentence == info(f).sentence {
			prev = figs[i-1]
		}
		start := c.clauseStart(f, prev)
		wordsEnd := c.noteBefore(f, start) // (A类(问题已解决)|216件: the words before the note)
		rawBefore := c.ViewText(text.Range{Start: start, End: wordsEnd})
		if prev != nil && strings.HasPrefix(strings.TrimSpace(rawBefore), "的") && c.linkOf(rawBefore) == "" {
			// 年营收超亿元的|达600余家: the figure before qualifies what this one
			// counts, which is named with it (年营收超亿元)
			start = starts[i-1]
			rawBefore = c.ViewText(text.Range{Start: start, End: wordsEnd})
		}
		if p := c.pace([]rune(rawBefore)); prev != nil && p > 0 {
			start += p // 由70多元|快速|增长到…: how fast it changed, no part of the link to the figure before
			rawBefore = c.ViewText(text.Range{Start: start, End: wordsEnd})
		}
		if k := slices.Index(c.View.Runes[start:wordsEnd], '、'); prev != nil && k > 0 && prev.Get("metric") == c.asWritten(start, start+k) {
			start += k + 1 // 1200支甲疫苗|、乙疫苗800支: the item the figure before counts is none of this one's
			rawBefore = c.ViewText(text.Range{Start: start, End: wordsEnd})
		}
		starts[i] = start
		if info(f).measured {
			continue
		}
		if c.excepted(f) {
			continue // 除上述3人外: those an exception leaves out, counted again, measure nothing of their own
		}
		if s, e := c.workTitleAfter(info(f).end); e > s {
			f.Set("metric", c.asWritten(s, e)) // 35万字的《某某》: the work it measures, not the words before
			continue
		}
		if s, e := c.titleCounted(f); e > s {
			f.Set("metric", c.asWritten(s, e)) // 编印《某某》|108期: the work's issues
			continue
		}
		// 甲和乙分别为 N1、N2: pair the list with the metrics in order.
		if k := strings.LastIndex(rawBefore, "分别"); k >= 0 {
			list := c.figureList(figs, i)
			names := c.splitCoordination(start, start+len([]rune(rawBefore[:k])))
			change := c.changes.Has(strings.Replace(c.linkOf(rawBefore), "分别", "", 1)) // (年均分别增长)
			if len(list) > 1 && len(names) == 0 && !change && strings.TrimSpace(rawBefore[:k]) == "" {
				names = c.subjectsBefore(f, prev, start, len(list))
			}
			if len(list) > 1 && len(names) > 1 && prev != nil && (strings.HasPrefix(names[0], "比") || strings.HasPrefix(names[0], "较")) {
				// …增长9.1%,比甲和乙分别高1.5、2.6个百分点: what it is compared
				// against is listed, not what is measured; the change as
				// written, of what the figure before counts (as 比甲高 alone)
				written := c.written(start, rawBefore, c.linkOf(rawBefore))
				changeOf, _ := prev.Get("metric").(string)
				for _, g := range list {
					g.Set("metric", written)
					if changeOf != "" {
						g.Set("change_of", changeOf)
					}
				}
				i += len(list) - 1
				continue
			}
			if len(list) > 1 && len(names) == 1 && !change {
				// 第一、二、三产业增加值分别为…: one stretch names them all (GUIDELINES.md: the
				// text as written, never a label made of its parts, 第一产业增加值)
				names = slices.Repeat(names, len(list))
			}
			if len(list) > 1 && len(names) == len(list) {
				for j, g := range list {
					g.Set("metric", names[j])
				}
				i += len(list) - 1
				continue
			}
			// 甲N1,乙N2,分别增长 M1 和 M2: each change is of the figure
			// before it in turn (甲增长, 乙增长).
			if len(names) == 1 && change {
				names = nil // 年均分别增长: a change's own word before 分别, no name
			}
			if len(list) > 1 && len(names) == 0 && i >= len(list) {
				earlier := figs[i-len(list) : i]
				if info(earlier[0]).sentence == info(f).sentence && allMeasured(earlier) {
					// each is its change, as written (同比分别增长), of what the figure before
					// it in turn counts; a share measures what it is the share of (甲N1,乙N2,
					// 分别占 M1 和 M2), and a level reached (or no link at all) what reached it
					// (甲、乙分别增长 M1 和 M2,分别达 N1 和 N2)
					link := c.linkOf(rawBefore)
					share, written := isShare(link) || link == "" || c.levels.Has(link), c.written(start, rawBefore, link)
					for j, g := range list {
						m, _ := earlier[j].Get("metric").(string)
						if share {
							g.Set("metric", m)
						} else {
							g.Set("metric", written)
							g.Set("change_of", m)
						}
					}
					i += len(list) - 1
					continue
				}
			}
		}
		before, bStart, bEnd := c.metricBefore(start, wordsEnd)
		after := c.metricAfter(f, false)
		unit, _ := f.Get("unit").(string)
		sum := f.Get("currency") != nil // money
		opens, said := strings.TrimSpace(rawBefore) == "", after
		if opens && said == "" {
			said = c.metricAfter(f, true)
		}
		label := ""
		if opens && said == "" {
			label = c.labelBefore(f)
		}
		prevMetric, changeOf := "", ""
		if prev == nil && i == 0 && strings.HasPrefix(strings.TrimSpace(rawBefore), "占") && start == c.Sentence.Start {
			prev = c.EndingLineBefore("figure") // …办结的120件|占40%: the share on the line under its count
		}
		if prev != nil {
			prevMetric, _ = prev.Get("metric").(string)
			if changeOf, _ = prev.Get("change_of").(string); changeOf == "" {
				changeOf = prevMetric // (…同比增长6.1%,环比下降0.5%: both of what the first figure counts)
			}
		}
		switch {
		case prev != nil && c.restates(f, prev):
			// 13.6万吨(2.7亿斤): the figure before in another unit, in brackets right after it
			f.Set("metric", prev.Get("metric"))
			f.Set("change_of", prev.Get("change_of"))
		case prevMetric != "" && start == info(prev).end && rawBefore == "" && !sum && prev.Get("currency") == nil && !isRateUnit(unit) && !isRateUnit(unitOf(prev)) && unitOf(prev) != unit && c.peopleUnits.Has(unit):
			f.Set("metric", prevMetric) // 未脱贫的120户|450人: the same people counted by heads, right after their households (not 3大类|12项…)
		case c.unitNouns.Has(unit):
			f.Set("metric", unit) // 省某厅等17部门: the unit names what it counts
		case prevMetric != "" && isShare(rawBefore) && !c.changeOfShare(rawBefore):
			// 经济方面的14件,占12.1%: a share measures what it is a share of
			// (of what changed, where the figure before is a change: 同比增长两成,占全市的近三成).
			f.Set("metric", changeOf)
		case after != "" && !(c.vague.Has(after) && (isRateUnit(unit) || sum || c.peopleUnits.Has(unit) || c.of(f))) && (!isRateUnit(unit) || c.of(f)) && !(sum && c.of(f) && before != "" && !c.givenBy(start, wordsEnd)) && !c.peopleBefore(f, before, bEnd):
			// (a rate before 的 is of what follows, 92%以上的|就业; not 65%的|水平;
			// a sum before 的 says what a thing named before it amounts to: 收入超过|50万元的村,
			// but not what a verb gives: 发放|500元的|慰问金)
			f.Set("metric", after)
		case prevMetric != "" && c.totalNouns.Has(before) && sameMeasure(f, prev):
			f.Set("metric", prevMetric) // 新增委员工作室8个,总数达到26个: the total of what the figure before counts (not 项目12个,总金额|30亿元)
		case prevMetric != "" && (before == "" || converted(before)) && converted(rawBefore):
			f.Set("metric", changeOf) // …146302元(按年平均汇率折算为|20634美元): the same, in another unit (not …12个,捐赠物资折合人民币|30万元)
		case prev != nil && c.comparedChange(c.linkOf(rawBefore)):
			// …提案623件,比上次会议增加35件: the change as written (GUIDELINES.md: never a
			// label made of parts), of what the figure before counts, where that is named
			f.Set("metric", c.written(start, rawBefore, c.linkOf(rawBefore)))
			if changeOf != "" {
				f.Set("change_of", changeOf)
			}
		case before != "" && c.madeAs(f, unit, start, bEnd):
			// 聘请|132人|为顾问, 选举产生|53人|为委员: a verb that makes people something, what they are made
			f.Set("metric", c.metricAfter(f, true))
		case before != "":
			parts := []string{before}
			if c.linksAll(rawBefore) {
				if ps := c.splitCoordination(bStart, bEnd); len(ps) > 1 {
					parts = ps
				}
			}
			f.Set("metric", parts[0])
			for _, p := range parts[1:] {
				g := f.Copy()
				g.Set("metric", p)
				extra = append(extra, g)
			}
		case opens && said == "" && label != "":
			// 提案总数:|120件, a form's field: its label names what is counted
			f.Set("metric", label)
		case opens && said != "":
			// A figure that opens its clause counts what follows it, or is
			// what is said of it (…捐款,三成以上|委员参与; …,两三千人|参加),
			// not what the clause before counted.
			f.Set("metric", said)
		case prevMetric != "" && c.measuresPrevious(rawBefore):
			// Only linking words before it: the figure measures the previous
			// one's share (占), its change (同比增长), or, in a list, the same.
			link := c.linkOf(rawBefore)
			if strings.Contains(link, "占") {
				f.Set("metric", changeOf) // a share: of what the figure before counts (or of what it changes)
			} else if c.totals.Has(link) && f.Get("unit") != prev.Get("unit") {
				// 捐款300万元,共计|500人: a total in another unit is of something the text does not name
			} else if c.totals.Has(link) || c.levels.Has(c.withoutTime(link)) || c.levels.Has(strings.TrimSpace(rawBefore)) || link != "" && c.timeOnly(link) {
				f.Set("metric", prevMetric) // …意见42件,合共57件: the total of the same; 由…提高到(目前的)…: its new level; 是2012年的|4倍: of a time before
			} else if link == "" {
				if !(opens && otherCount(f, prev, start)) {
					f.Set("metric", prevMetric) // a list's next item: what the one before measures
					f.Set("change_of", prev.Get("change_of"))
				}
			} else {
				f.Set("metric", c.written(start, rawBefore, link)) // a change, as written
				f.Set("change_of", changeOf)
			}
		case after != "":
			f.Set("metric", after)
		default:
			// Nothing counts it: what is said of it (2篇被吸纳进规划), or,
			// after linking words alone, the object of the clause before
			// (收受巨额财物,共计折合人民币1865.3万元: 巨额财物).
			if a := c.metricAfter(f, true); a != "" {
				f.Set("metric", a)
			} else if m := c.clauseBefore(f, start, prev); m != "" && !opens {
				f.Set("metric", m)
			}
		}
	}
	for i := len(figs) - 2; i >= 0; i-- {
		if f, next := figs[i], figs[i+1]; info(f).sharesUnit && f.Get("metric") == nil && info(next).sentence == info(f).sentence {
			f.Set("metric", next.Get("metric")) // 7、8个村: the number whose unit the last carries counts what it does
		}
	}
	return append(entries, extra...)
}

// givenBy: the words in [start, end) end with a verb that gives a sum
// (发放了, 给予), maybe with a basis after it (每户), whose object the
// figure and what follows it are.
func (c metrics) givenBy(start, end int) bool {
	rs := c.View.Runes
	for end > start && (unicode.IsSpace(rs[end-1]) || rs[end-1] == '了') {
		end--
	}
	if b := basisStart(rs[start:end]); b > 0 {
		end = start + b // 给予|每户|3000元的补助: the verb before the basis
	}
	return c.gives.LongestSuffix(rs[start:end]) > 0
}

// sameMeasure: a figure measures in the unit of the one before it, or both
// in money, or the one before is a rate (增长12%,总额达|56亿元: the sum that
// changed): a total of what the one before counts.
func sameMeasure(f, prev *record.Entry) bool {
	u, _ := f.Get("unit").(string)
	pu, _ := prev.Get("unit").(string)
	return u == pu || f.Get("currency") != nil && prev.Get("currency") != nil || isRateUnit(pu)
}

// allMeasured: every figure has a metric.
func allMeasured(figs []*record.Entry) bool {
	for _, f := range figs {
		if m, _ := f.Get("metric").(string); m == "" {
			return false
		}
	}
	return true
}

// isShare: the words before a figure open with 占 (占总数的, 占比) or 相当于, or
// say what it is reckoned against (为调整预算的, 完成年度目标的): it is a
// share of what the figure before it counts.
func isShare(before string) bool {
	b := strings.TrimLeft(before, " 、,")
	return strings.HasPrefix(b, "占") || strings.HasPrefix(b, "相当于") || // (…8.6万元,相当于全国平均水平的1.1倍)
		(strings.HasPrefix(b, "为") || strings.HasPrefix(b, "完成")) && strings.HasSuffix(b, "的") && utf8.RuneCountInString(b) <= 12 // (收入12.36亿元,为调整预算的101.2%)
}

// changeOfShare: the words are a share's change (占比提高了|2.3个百分点,
// 占全省总装机的比重提高|4.2个百分点), which measures the share named, not
// the figure before.
func (c metrics) changeOfShare(before string) bool {
	rs := []rune(strings.TrimSuffix(strings.TrimSpace(before), "了"))
	n := c.changes.LongestSuffix(rs)
	if n == 0 || !strings.HasPrefix(strings.TrimLeft(before, " 、,"), "占") {
		return false
	}
	share := strings.TrimRight(string(rs[:len(rs)-n]), "有所")
	return strings.HasPrefix(strings.TrimLeft(before, " 、,"), "占比") || strings.HasSuffix(share, "比重") || strings.HasSuffix(share, "比例") || strings.HasSuffix(share, "份额")
}

// measuresPrevious: the words before a figure say it is the previous
// figure's share, change or total, or there are none (a list: 62人次、54项).
func (c metrics) measuresPrevious(before string) bool {
	link := c.linkOf(before)
	return link == "" || strings.Contains(link, "占") || c.changes.Has(link) || c.totals.Has(link) || c.levels.Has(c.withoutTime(link)) || c.levels.Has(strings.TrimSpace(before)) || c.comparedChange(link) || c.timeOnly(link)
}

// labelBefore is the label a field's figure follows right after its colon,
// a line's whole opening of two to twelve Han characters (提案总数:|120件,
// 办结率:|100%), or "".
func (c metrics) labelBefore(f *record.Entry) string {
	rs, n := c.View.Runes, info(f).numStart
	if n < 3 || rs[n-1] != ':' {
		return ""
	}
	s := n - 1
	for s > 0 && text.IsHan(rs[s-1]) && n-1-s < 12 {
		s--
	}
	if n-1-s < 2 || s > 0 && rs[s-1] != '\n' {
		return ""
	}
	return c.asWritten(s, n-1)
}

// restates: the figure stands alone in brackets right after the figure
// before (367公斤/亩(5506公斤/公顷)): the same quantity in another unit.
func (c metrics) restates(f, prev *record.Entry) bool {
	rs, n, e := c.View.Runes, info(f).numStart, info(f).end
	return info(prev).end == n-1 && rs[n-1] == '(' && e < len(rs) && rs[e] == ')'
}

// converted: the words before a figure say it is the one before in another
// unit, however reckoned (按年平均汇率折算为|20634美元, 折合人民币|32亿元).
func converted(link string) bool {
	link = strings.TrimSpace(link)
	l := strings.TrimRight(strings.TrimSuffix(link, "人民币"), "为成约")
	return strings.HasSuffix(l, "折算") || strings.HasSuffix(l, "折合") || strings.HasSuffix(link, "合人民币")
}

// timeOnly: the link is a time, after a linking word or before one, or
// none (2012年, 约为|2019年同期, 2023年|突破).
func (c metrics) timeOnly(link string) bool {
	w := c.withoutTime(link)
	if rs := []rune(w); datePrefix(rs) > 0 {
		w = string(rs[datePrefix(rs):]) // 2023年|突破: a time, then a link
	}
	return w == "" || w != link && c.links.Has(w)
}

// withoutTime is a link less the time it ends with (提高到|目前,
// 提高到|2023年, 约为|2019年同期).
func (c metrics) withoutTime(link string) string {
	rs := []rune(link)
	n := len(rs) - c.times.LongestSuffix(rs)
	if n > 0 && n < len(rs) && rs[n] == '年' && isDigit(rs[n-1]) {
		n++ // 降至2018|年底: the time's 年 is the year's too
	}
	rs = rs[:n]
	for k := range rs {
		if isDigit(rs[k]) && (k == 0 || !isDigit(rs[k-1])) && datePrefix(rs[k:]) == len(rs)-k {
			return string(rs[:k])
		}
	}
	for k := range rs {
		if yearsAgo(rs[k:]) == len(rs)-k || termSession(rs[k:]) == len(rs)-k || planPeriod(rs[k:]) == len(rs)-k {
			return string(rs[:k])
		}
	}
	return string(rs)
}

// consecutive is the length of a run of time that opens the runes
// (连续三年, 连续5个月, 连续三届), or 0: how long, not what is measured.
func consecutive(rs []rune) int {
	if len(rs) < 4 || !runesAt(rs, 0, "连续") {
		return 0
	}
	k := 2 + numeralRun(rs[2:])
	if k == 2 {
		return 0
	}
	for _, u := range []string{"年", "个月", "季度", "周", "天", "届"} {
		if runesAt(rs, k, u) {
			return k + utf8.RuneCountInString(u)
		}
	}
	return 0
}

// yearsCount is the length of a count of years that opens the runes (五年,
// 十多年, 三年多), or 0.
func yearsCount(rs []rune) int {
	k := numeralRun(rs)
	if k > 0 && runesAt(rs, k, "多") {
		k++
	}
	if k == 0 || !runesAt(rs, k, "年") {
		return 0
	}
	if k++; runesAt(rs, k, "多") {
		k++
	}
	return k
}

// yearsSince is the length of a span of years up to now that opens the
// runes (五年来, 三年以来, 10年间, 十多年来), or 0.
func yearsSince(rs []rune) int {
	k := yearsCount(rs)
	for _, u := range []string{"以来", "来", "间"} {
		if k > 0 && runesAt(rs, k, u) {
			return k + utf8.RuneCountInString(u)
		}
	}
	return 0
}

// yearsAgo is the length of a count of years before now that opens the
// runes (五年前, 10年前), or 0.
func yearsAgo(rs []rune) int {
	k := numeralRun(rs)
	if k > 0 && k+2 <= len(rs) && string(rs[k:k+2]) == "年前" {
		return k + 2
	}
	return 0
}

// afterSameBelow is where the words go on after the last editorial note in
// brackets that closes with 下同 (as below), or 0.
func afterSameBelow(rs []rune) int {
	for k := len(rs) - 3; k >= 0; k-- {
		if rs[k] == '下' && rs[k+1] == '同' && rs[k+2] == ')' {
			return k + 3
		}
	}
	return 0
}

// planPeriod is the length of a five-year plan's period that opens the
// runes (“十五”末, 十三五时期, “十二五”以来), or 0: a time, as a year is
// (生产总值由|“十五”末的|12.8亿元增加到…).
func planPeriod(rs []rune) int {
	i := 0
	if i < len(rs) && (rs[i] == '“' || rs[i] == '"') {
		i++
	}
	if i+1 >= len(rs) || rs[i] != '十' {
		return 0
	}
	i++
	if i+1 < len(rs) && strings.ContainsRune("一二三四五", rs[i]) && rs[i+1] == '五' {
		i++
	}
	if rs[i] != '五' {
		return 0
	}
	i++
	if i < len(rs) && (rs[i] == '”' || rs[i] == '"') {
		i++
	}
	for _, w := range planPeriodEnds {
		if runesAt(rs, i, w) {
			return i + len([]rune(w))
		}
	}
	return 0
}

var planPeriodEnds = []string{"末期", "末", "初期", "初", "期间", "期間", "时期", "時期", "以来", "以來"}

// comparedChange: the link is a change against a time before, 比去年提高,
// 较上届同期增加 (比 or 较, a few characters, a word of change).
func (c metrics) comparedChange(link string) bool {
	rs := []rune(strings.TrimSuffix(link, "了"))
	n := c.changes.LongestSuffix(rs)
	if n == 0 {
		return false
	}
	cmp := rs[:len(rs)-n]
	if p := c.paces.LongestSuffix(cmp); p > 0 && p < len(cmp) {
		cmp = cmp[:len(cmp)-p] // 同比|大幅|增长: how fast, after what it is reckoned against
	}
	if c.bases.Has(string(cmp)) {
		return true // 同比提高, 环比下降, 同口径下降: against the same time before, as reckoned
	}
	if len(cmp) < 2 || len(cmp) > 9 && !(len(cmp) <= 16 && strings.HasSuffix(string(cmp), "会议")) || cmp[0] != '比' && cmp[0] != '较' { // (比某届某次会议: the session before)
		return false
	}
	for _, r := range cmp { // a time: 比上届同期, 比2022年, 比“十三五”末, 比1—8月份
		if !text.IsHan(r) && !isDigit(r) && !strings.ContainsRune("“”—-–~", r) {
			return false
		}
	}
	return true
}

// linkOf is the words between a figure and the one before it, less the
// marks and joining words around them, 分别 (分别增长: 增长) and a clause's
// opening words of two characters or more (扣除价格因素|实际增长).
func (c metrics) linkOf(before string) string {
	link := strings.TrimPrefix(strings.Trim(strings.TrimSpace(c.withoutNotes(before)), "、,的了为是达到和及与"), "分别")
	if rs := []rune(link); len(rs) > 2 {
		if w := c.leads.LongestPrefix(rs); w >= 2 && w < len(rs) {
			return string(rs[w:])
		}
		for w := 2; w < len(rs); w++ {
			if yearsSpan(rs[:w]) && c.changes.HasRunes(rs[w:]) {
				return string(rs[w:]) // 五年|年均增长: over how long, then the change (not 五年|前: a time)
			}
		}
	}
	return link
}

// withoutNotes is the words less the notes in brackets of how a figure is
// reckoned (同比|(下同)|增长: METRIC_NOTE_OPENS).
func (c metrics) withoutNotes(words string) string {
	for open := strings.Index(words, "("); open >= 0; {
		n := strings.Index(words[open:], ")")
		if n < 0 || c.noteOpens.LongestPrefix([]rune(words[open+len("("):open+n])) == 0 {
			return words
		}
		words = words[:open] + words[open+n+len(")"):]
		open = strings.Index(words, "(")
	}
	return words
}

// pace is the length of the words that say how fast a change went and open
// the runes before the change (快速|增长到, 大幅|下降, 逐步|减少到: METRIC_PACE),
// or 0.
func (c metrics) pace(rs []rune) int {
	p := c.paces.LongestPrefix(rs)
	if p > 0 && p < len(rs) && (c.changes.LongestPrefix(rs[p:]) > 0 || c.levels.LongestPrefix(rs[p:]) > 0) {
		return p
	}
	return 0
}

func isRateUnit(u string) bool { return u == "%" || u == "个百分点" || u == "倍" }

// clauseStart is where the phrase before a figure may begin: after the last
// clause mark, the previous figure, or the sentence's start.
func (c metrics) clauseStart(f, prev *record.Entry) int {
	start := info(f).sentence.Start
	rs := c.View.Runes
	if prev != nil && info(prev).end > start && info(prev).end <= info(f).numStart {
		start = info(prev).end
		if m, _ := prev.Get("metric").(string); m != "" && runesAt(rs[:info(f).numStart], start, m) && perHead(rs[start+len([]rune(m)):info(f).numStart]) {
			start += len([]rune(m)) // 带动723户|农户|户均增收8600元: those the figure before counts, read after it, are none of what each of them gained
		}
		if k := slices.IndexFunc(rs[start:info(f).numStart], func(r rune) bool { return r == '和' || r == '及' || r == '与' }); rs[start] == '的' && k > 1 && start+k+1 < info(f).numStart {
			start += k + 1 // 总投资10.6亿元|的某项目和|总投资13亿元…: what the figure before totals is none of this one's words
		}
	}
	for i := c.noteBefore(f, start) - 1; i >= start; i-- {
		// A quoted name inside the phrase (“经济建设”提案), or ending it
		// right before the number (“委员之家”15个), is part of it.
		if rs[i] == '”' && (i+1 < info(f).numStart && text.IsHan(rs[i+1]) || i+1 == info(f).numStart) {
			if open := lastIndex(rs[start:i], '“'); open >= 0 {
				i = start + open
				continue
			}
		}
		if k := c.noteOpen(rs, start, i); k > 0 {
			i = k // 地区生产总值|(GDP)|实现, 总产值|(不含军工)|同比增长: a note in brackets is within the phrase
			continue
		}
		if isClauseMark(rs[i]) || unicode.IsSpace(rs[i]) && i > start && text.IsHan(rs[i-1]) && text.IsHan(rs[i+1]) {
			if rs[i] == ':' || rs[i] == ';' {
				return i + 1 + text.Enumerator(rs[i+1:info(f).numStart]) // 如下:一、|播种面积: a list run into its lead-in, its number naming nothing
			}
			return i + 1 // (a headline's space parts its phrases: …会议开幕 五年提案|4348件)
		}
	}
	if start == info(f).sentence.Start {
		start += text.Enumerator(rs[start:info(f).numStart]) // 一、|播种面积: a list's number names nothing
	}
	return start
}

// noteOpen is where the bracket opens that closes at i around an
// abbreviation in capitals (地区生产总值(GDP)) or a note of what is counted
// in or left out (规上工业总产值(不含军工)) right after a Han word, or 0: the
// note is within the phrase, and no part of what is measured.
func (c metrics) noteOpen(rs []rune, start, i int) int {
	if rs[i] != ')' {
		return 0
	}
	for k := i - 1; k > start && k >= i-13; k-- {
		switch rs[k] {
		case '(':
			if text.IsHan(rs[k-1]) && (acronym(rs[k+1:i]) || c.noteOpens.LongestPrefix(rs[k+1:i]) > 0) {
				return k
			}
			return 0
		case ')', ',', '。', ';':
			return 0 // (a note may list with 、: 乡镇数(含镇、乡))
		}
	}
	return 0
}

// noteBefore is where a note in brackets right before the figure's number
// opens (A类(问题已解决)|216件), or where the bracket around the figure
// opens (民革界|(2人)), or the number's start where none is: what is
// counted is named before the note or the bracket.
func (c metrics) noteBefore(f *record.Entry, start int) int {
	rs, n := c.View.Runes, info(f).numStart
	if e := info(f).end; n-1 > start && rs[n-1] == '(' && e < len(rs) && (rs[e] == ')' || rs[e] == ',' && closes(rs[e:])) && text.IsHan(rs[n-2]) {
		return n - 1 // 民革界(2人), 优秀提案(20件), 常务委员(48人,按姓氏笔画排序): a count in brackets after what it counts
	}
	closed := n - 1 // where a note right before the number closes
	if n-2 > start && rs[n-2] == ')' && strings.ContainsRune("有共计", rs[n-1]) {
		closed = n - 2 // (A类)|有|64件: a link after the note
	}
	if closed <= start || rs[closed] != ')' {
		return n
	}
	for i := closed - 1; i > start && i >= closed-31; i-- {
		switch rs[i] {
		case '(':
			if text.IsHan(rs[i-1]) || isLatinLetter(rs[i-1]) {
				return i
			}
			return n
		case ')', '。', ';': // (a comma may part a note's words: (预计数,下同))
			return n
		}
	}
	return n
}

// closes: a round bracket closes in the runes' line before another opens.
func closes(rs []rune) bool {
	for _, r := range rs[:min(len(rs), 32)] {
		switch r {
		case ')':
			return true
		case '(', '\n', '。':
			return false
		}
	}
	return false
}

// clauseBefore is the metric the clause before start names, read as the
// phrase before a figure is, where it is of the figure's sentence, ends in
// a noun and holds no figure.
func (c metrics) clauseBefore(f *record.Entry, start int, prev *record.Entry) string {
	from, e := c.clauseSubject(f, prev, start-1)
	if e < 0 {
		return "" // 数额特别巨大, 翻了一番: the clause ends in no noun
	}
	m, _, _ := c.metricBefore(from, e)
	return m
}

// clauseSubject is the clause of the figure's sentence that ends at the
// comma or semicolon at end, from its start, and where the noun it names
// ends (subjectEnd); -1 for that where it names none or holds the figure
// before.
func (c metrics) clauseSubject(f, prev *record.Entry, end int) (from, e int) {
	rs := c.View.Runes
	first := info(f).sentence.Start
	if end <= first || rs[end] != ',' && rs[end] != ';' {
		return end, -1
	}
	from = end
	for from > first && !isClauseMark(rs[from-1]) {
		from--
	}
	if prev != nil && info(prev).end > from {
		return from, -1
	}
	return from, c.subjectEnd(rs, from, end)
}

// subjectEnd is where the noun the clause in [from, end) names ends: its
// end, or where a change said of it begins (收入|持续增长, 产值|同比提高),
// or -1 where the clause ends in no noun.
func (c metrics) subjectEnd(rs []rune, from, end int) int {
	if c.endsInNoun(rs, from, end) {
		return end
	}
	w := c.changes.LongestSuffix(rs[from:end])
	if w < 2 {
		return -1 // (多, 高: a change of one character ends many words)
	}
	k := end - w
	k -= c.bases.LongestSuffix(rs[from:k])
	for k-2 > from {
		if tag := c.tagAt(rs, k-2, k); tag != "d" && tag != "ad" && tag != "vd" {
			break
		}
		k -= 2 // 持续|增长, 稳步|提高
	}
	if c.endsInNoun(rs, from, k) {
		return k
	}
	return -1
}

// endsInNoun: a noun of two to four characters of the dictionary, or a verb
// news names things by, ends the runes in [from, end) (人均收入, 旅游收入).
func (c metrics) endsInNoun(rs []rune, from, end int) bool {
	if end-from >= 2 && c.nounVerbs.HasRunes(rs[end-2:end]) {
		return true
	}
	for n := min(4, end-from); n >= 2; n-- {
		if c.nounOf(rs, end-n, end, n) {
			return true
		}
	}
	return false
}

// subjectsBefore are the n metrics the clauses right before start name,
// in order, where a figures' 分别 clause names none (甲和乙稳步提高,|分别达到
// N1和N2; 甲持续增长,乙稳步提高,|分别…); nil where they name other than n.
func (c metrics) subjectsBefore(f, prev *record.Entry, start, n int) []string {
	var names []string
	for end := start - 1; len(names) < n; {
		from, e := c.clauseSubject(f, prev, end)
		if e < 0 {
			break
		}
		parts := c.splitCoordination(from, e)
		if len(parts) == 0 {
			break
		}
		names = append(parts, names...)
		end = from - 1
	}
	if len(names) != n {
		return nil
	}
	return names
}

func lastIndex(rs []rune, r rune) int {
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i] == r {
			return i
		}
	}
	return -1
}

func isClauseMark(r rune) bool {
	switch r {
	case ',', '。', ';', ':', '!', '?', '(', ')', '“', '”', '"', '\n', '\t', '【', '】', '|': // (a tab parts a table's cells)
		return true
	}
	return false
}

// quotedInside is where a short name quoted at e ends, the closing mark
// after it, where words go on after it (“十四五”规划), or 0.
func quotedInside(rs []rune, e, end int) int {
	if rs[e] != '“' {
		return 0
	}
	for j := e + 1; j < end && j <= e+9; j++ {
		if rs[j] == '”' {
			if j > e+1 && j+1 < end && text.IsHan(rs[j+1]) {
				return j + 1
			}
			return 0
		}
		if isClauseMark(rs[j]) || unicode.IsSpace(rs[j]) {
			return 0
		}
	}
	return 0
}

// footnoteMark is the length of the footnote's mark that ends rs, a
// number in square brackets ([2]) or a circled one (①), or 0.
func footnoteMark(rs []rune) int {
	n := len(rs)
	if n > 0 && rs[n-1] >= '①' && rs[n-1] <= '⑳' {
		return 1
	}
	if n < 3 || rs[n-1] != ']' {
		return 0
	}
	k := n - 2
	for k > 0 && rs[k] >= '0' && rs[k] <= '9' {
		k--
	}
	if rs[k] != '[' || k == n-2 {
		return 0
	}
	return n - k
}

// afterLeader is where a group's name begins in [start, end): after the
// last person the sentence names there whose name the group's word follows
// (主任某某|考察组), else start.
func (c metrics) afterLeader(start, end int) int {
	from := start
	for _, p := range c.InSentence("person") {
		if v := p.View; v.End > from && v.End < end && v.Start >= start {
			from = v.End
		}
	}
	return from
}

// personJoinedBefore is where the words in [start, end) go on after a
// person the sentence names and the 和 or 及 that joins a class of people
// to them, with two characters or more after it; -1 where there is none.
func (c metrics) personJoinedBefore(start, end int) int {
	rs := c.View.Runes
	for _, p := range c.InSentence("person") {
		if k := p.View.End; k > start && k+3 <= end && (rs[k] == '和' || rs[k] == '及') && text.HanCount(rs[k+1:end]) >= 2 {
			return k + 1
		}
	}
	return -1
}

// personEndingAt is where the one person the sentence names after start
// begins, whose mention ends at end; -1 where none does, or others are
// named before it (a list of titled names: what the words name is unclear).
func (c metrics) personEndingAt(start, end int) int {
	at, others := -1, 0
	for _, p := range c.InSentence("person") {
		if v := p.View; v.End == end && v.Start > start {
			at = v.Start
		} else if v.Start >= start && v.End < end {
			others++
		}
	}
	if others > 0 {
		return -1
	}
	return at
}

// metricBefore is the phrase in [start, end) less leading and linking words,
// with the view range it now covers; "" when nothing is left.
func (c metrics) metricBefore(start, end int) (string, int, int) {
	leads := c.leads
	rs := c.View.Runes
	end -= footnoteMark(rs[start:end]) // 地区生产总值|[2]|88.2亿元: a footnote's mark, no part of the name
	if w := c.moneyBefore.LongestSuffix(rs[start:end]); w > 0 {
		end -= w // 资助|港币|300万: the currency, no part of what the sum is
	}
	written := end // (with the links: 参加过培训的|不到三分之一)
	end = c.withoutLinks(start, end)
	if written > start && rs[written-1] == '的' {
		for i := end - 1; i > start+1; i-- {
			if w := c.doneOf.LongestSuffix(rs[start:i]); w >= 2 && i-w-start >= 2 {
				end = c.withoutLinks(start, i-w) // 投资完成|年度计划的|72%: a part done of a whole measures what is done, not the whole
				break
			}
		}
	}
	// The party a person leads (某某一行|6人), or what it did (某某一行|驱车|300公里), not the
	// leader's name and posts; a group's party keeps the group's name (调研组一行|6人), and 一行
	// read across words (统一|行动) parts nothing.
	for k := end - 2; k > start; k-- {
		if rs[k] != '一' || rs[k+1] != '行' || c.wordAt(rs, k+1, end) {
			continue
		}
		if k == end-2 && !strings.ContainsRune("组团队会部处委室站", rs[k-1]) {
			start = k
		} else if k <= end-4 && text.HanCount(rs[k+2:end]) == end-k-2 {
			start = k + 2
		}
		break
	}
	// A short basis after a link that ends the words is no part of what is
	// measured (床位数仅为|每千名老年人|18张; not 为每户村民发放慰问品), nor one of
	// every unit of a measure that ends them (补贴|每人每月|300元).
	if k := lastIndex(rs[start:end], '每'); k > 0 && end-start-k <= 6 {
		if e := c.withoutLinks(start, start+k); e < start+k && text.HanCount(rs[start:e]) >= 2 {
			end = e
		} else if b := basisStart(rs[start:end]); b > 0 && text.HanCount(rs[start:start+b]) >= 2 && rs[start+b-1] != '均' {
			// (平均|每个村: an average governs its basis)
			end = c.withoutLinks(start, start+b)
		}
	}
	// The object of a verb is the metric: 共收到提案 → 提案, 对提案答复的满意率.
	// A verb of joining in (参加, 参与) cuts only after its subject and
	// before an object with no 的: opening the clause or before 的 it says
	// which are counted (参与委员, 参与调研的委员). Nor does one that names a
	// party to the work (承办|单位).
	group := c.groups.LongestSuffix(rs[start:end]) // the words end with a group led (调研组一行)
	if group > 0 {
		start = c.afterLeader(start, end-group) // 主任某某|考察组一行: the leader's name and posts are none of the group's
	}
	people := 0
	if group == 0 {
		people = c.peopleNouns.LongestSuffix(rs[start:end]) // or people led (某某率|…部分委员)
	}
	for i := end - 1; i > start; i-- {
		if k := c.noteOpen(rs, start, i); k > 0 {
			i = k // 企业数|(包括个体户)|达到: no cut inside a note in brackets
			continue
		}
		w := c.cuts.LongestSuffix(rs[start:i])
		if w == 0 && !c.splitsWord(rs, i-1) {
			w = c.boundCuts.LongestSuffix(rs[start:i]) // 联络站设|站长: a verb of one character that ends no word (not 建设|项目)
		}
		if w == 0 && !relative(rs[i:written]) {
			if j := c.joinCuts.LongestSuffix(rs[start:i]); j > 0 && i-j > start {
				w = j
			}
		}
		if w == 0 && group > 0 && end-i >= group {
			w = c.leaderCuts.LongestSuffix(rs[start:i])
		}
		if w == 0 && people > 0 && end-i >= people && rs[i-1] == '率' {
			w = 1
		}
		if w > 1 && c.funds.HasRunes(rs[i:end]) && c.cuts.LongestSuffix(rs[start:i-w]) > 0 {
			continue // 发放|慰问资金, 安排|培训经费: a verb before a fund that another verb gives names the fund
		}
		if w > 1 && c.gives.HasRunes(rs[i-w:i]) && c.verbNouns.HasRunes(rs[i:end]) && i-w > start {
			start = i - w // 某某还|捐赠价值|2万元: a giving's sum, value or goods, the verb with them, not who gave
			break
		}
		if w > 0 && text.HanCount(rs[i:end]) >= 2 && !(w == 1 && c.splitsWord(rs, i)) && !(w > 1 && c.acrossWords(rs, start, i-w, i, end)) && !(w > 1 && c.nounOf(rs, i-w, end, w+1)) && !c.inTerm(rs, start, i-w, end) && !strings.ContainsRune("、或和及与", rs[i]) && (c.verbNouns.LongestPrefix(rs[i:end]) == 0 || c.qualifiers.LongestPrefix(rs[i:end]) > 0) {
			start = i // (but not at a character that begins a word: 对|象所送礼金, nor inside a noun: 慰问品, 培训班, 建成区; nor in a list: 调研、走访、座谈活动, 部分落实或计划落实; nor a verb read across two words: 发展|示范; but a qualifier opening the noun is none of the verb's: 完成|规模以上工业增加值)
			if end-start > 2 && strings.ContainsRune("到出完", rs[start]) && !c.wordAt(rs, start, end) && rs[i-1] != '有' {
				start++ // the verb's complement of result (征集|到|意见建议), no word of the noun (到户资金; nor after 共有, which takes none: 共有|到会委员)
			}
			break
		}
	}
	// An adverb of a total after a subject (区政协|共|立案提案, 全县|累计|
	// 化解矛盾): what follows it is what it counts, unless it is part of a
	// word (公共, 共建).
	for i := end - 3; i > start+1; i-- {
		if w := c.tallies.LongestPrefix(rs[i:end]); w > 0 && text.HanCount(rs[start:i]) >= 2 && text.HanCount(rs[i+w:end]) >= 2 && !c.splitsWord(rs, i) && !c.wordFrom(rs, i, end, w+1) {
			start = i + w
			break
		}
	}
	// A meeting named before its attendance says whose it is, not what is
	// counted (某某政协十届三次会议|应出席委员, 大会|应到委员).
	for i := end - 2; i >= start+2; i-- {
		if meetingEndsAt(rs, start, i) && c.attendance.LongestPrefix(rs[i:end]) > 0 {
			start = i
			break
		}
	}
	// An editorial note that the figures after it are reckoned so (预计(下同)|某市工业增加值,
	// (按可比价计算,下同)): what follows it is the metric.
	if k := afterSameBelow(rs[start:end]); k > 0 && text.HanCount(rs[start+k:end]) >= 2 {
		start += k
	}
	// A time inside the words says when: what follows it is the metric
	// (某区今年1至9月|实际使用外资), or, where nothing does or it is compared
	// against, what went before (普及率由|2019年的).
	if ts, te := c.lastTime(start, end); te > ts {
		if r := rs[ts-1]; r == '较' || r == '比' {
			end = c.withoutLinks(start, ts-1) // 数量|较去年增多: a change against a time before
		} else if wordy(rs[te:end]) {
			start = c.afterMoment(te, end)
		} else {
			end = c.withoutLinks(start, ts)
		}
	}
	// A share of a whole named after 占 (县域人口|约占全国的|52.5%): what the
	// share is of goes before it, the whole is no part of it (but 占比 is:
	// 提案占比|超40%).
	if k := lastIndex(rs[start:end], '占'); k > 0 && start+k+1 < end && rs[start+k+1] != '比' && text.HanCount(rs[start:start+k]) >= 2 {
		end = c.withoutLinks(start, start+k)
	}
	// A comparison against a moment no date names (数量|较成立时|增长, 比建区之初):
	// what is compared goes before it.
	if k := c.comparedMoment(rs, start, end); k >= start {
		end = c.withoutLinks(start, k)
	}
	// A new level reckoned as a part of another's (收入提高到|城镇居民的|60%):
	// what rises is measured, not what it is reckoned against.
	if written > start && rs[written-1] == '的' {
		for i := end - 2; i > start+3; i-- {
			if w := c.levels.LongestSuffix(rs[start:i]); w >= 2 && i-w-start >= 2 {
				end = c.withoutLinks(start, i-w)
				break
			}
		}
	}
	// Names listed before 及 and a class of people (某某、某某及常委会委员共24人):
	// the class is counted.
	if k := c.namesJoinedBefore(start, end); k >= 0 {
		start = k
	} else if k := c.personJoinedBefore(start, end); k >= 0 {
		start = k // 副主任某某、某某及|委员, 监事长某某和|候任领导层代表共十人: names a title anchors, joined to a class
	}
	// Names listed before 等 (某某、某某等9人), or alone before the figure
	// (某某、某某2人), say who is counted, not what: the metric is what comes
	// before them, if anything.
	k := c.namesCounted(start, end)
	if k < 0 && end-start >= 3 && rs[end-1] == '等' {
		k = c.personEndingAt(start, end-1) // 党组成员|某某等44人: one name a title anchors
	}
	if k >= 0 {
		end = c.withoutLinks(start, k)
		if end-start >= 2 && c.tagAt(rs, end-2, end) == "v" {
			start = end // 大会选举|某某等9人|为副会长: what the verb makes them, after the figure
		}
	}
	// Those that the words before 的有 say (年内开工的有|总投资…, 出席会议的有|市领导…):
	// what follows is counted, where it names something.
	for k := end - 4; k > start; k-- {
		if rs[k] == '的' && rs[k+1] == '有' && text.HanCount(rs[k+2:end]) >= 2 {
			start = k + 2
			break
		}
	}
	// A list's items before 等 exemplify what follows it, the thing counted
	// (解决贷款、就业和服务等|民生问题|100余项), where that names it on its own
	// (not 调研、考察等|活动, nor …等|方面的提案); so does a title in 《》
	// before 等 (《关于…的提案》等|提案|9件).
	if k := lastIndex(rs[start:end], '等'); k > 0 && (lastIndex(rs[start:start+k], '、') >= 0 && text.HanCount(rs[start+k+1:end]) >= 4 || rs[start+k-1] == '》' && text.HanCount(rs[start+k+1:end]) >= 2) && !strings.HasPrefix(string(rs[start+k+1:end]), "方面") {
		start += k + 1
	}
	if end-start > maxMetricBefore {
		start = end - maxMetricBefore
		if k := slices.Index(rs[start:end], '、'); start > 0 && text.IsHan(rs[start-1]) && k > 0 && organLast(rs[start+k-1]) && !slices.Contains(rs[start:start+k], '》') && end-start-k-1 >= 4 {
			start += k + 1 // the limit fell inside a body's name listed: the items after it, whole (某外事侨|务局、|某某委员会部分委员)
		} else if start > 0 && text.IsHan(rs[start-1]) && c.wordAt(rs, start-1, end) {
			start-- // the limit fell inside a word: 有|关民族、…
		}
	}
	for changed := true; changed && end > start; {
		changed = false
		for start < end && (unicode.IsSpace(rs[start]) || strings.ContainsRune("、,]】", rs[start]) || rs[start] == '的' && end-start >= 2) {
			start++ // and the 的 of a verb's object: 收到的|意见; and a bracket another opened (某某]|委员总数)
		}
		if start < end && (rs[start] == '[' || rs[start] == '【') {
			if k := slices.IndexFunc(rs[start:end], func(r rune) bool { return r == ']' || r == '】' }); k > 0 {
				start += k + 1 // a label in square brackets ([某某]|委员总数: who speaks) is none of it
				changed = true
			}
		}
		if w := c.reviewedBy(rs, start, end); w > 0 {
			start += w // 经某委初审|立案某件: who reviewed them says how they came to be counted, not what
			changed = true
		}
		if w := leads.LongestPrefix(rs[start:end]); w > 0 && !(w == 1 && c.keepsLead(rs[start:end])) {
			start += w     // and where it is all there is (其中|3件), nothing is left;
			changed = true // but a character of a word stays (共|青团员, 有|效投资)
			if c.times.HasRunes(rs[start-w : start]) {
				start = c.afterMoment(start, end) // 年底|前|新建…
			}
		}
		if w := text.ListNumber(rs[start:end]); w > 0 {
			start += w // 2.|重点提案12件: a list's ordinal
			changed = true
		}
		if w := max(datePrefix(rs[start:end]), consecutive(rs[start:end]), yearsSince(rs[start:end]), sessionPrefix(rs[start:end])); w > 0 {
			start += w // 2023年|全国…入市面积, 连续8年|稳定在, 五年来|提案, 三届四次会议|提案: a date, a run of time or a session says when, not what (and alone, nothing is measured)
			start = c.afterMoment(start, end)
			if c.links.HasRunes(rs[start:end]) {
				start = end // 2023年|达到: a link alone after the date names nothing
			}
			changed = true
		}
	}
	if end-start > 3 && rs[end-1] == ')' {
		if k := c.noteOpen(rs, start, end-1); k > start {
			end = k // 地区生产总值|(GDP): what is measured, by its name
			if w := c.bases.LongestSuffix(rs[start:end]); w > 0 && w < end-start {
				end -= w // 生产总值|同比|(下同)|增长: the change's base, not what changed
			}
		}
	}
	if end-start < 1 || text.HanCount(rs[start:end]) == 0 && !acronym(rs[start:end]) || yearsSpan(rs[start:end]) {
		return "", start, end // (五年|年均增长5.2%: a span of years alone measures nothing)
	}
	return c.asWritten(start, end), start, end
}

// yearsSpan: the words are a count of years alone (五年, 十多年, 3年).
func yearsSpan(rs []rune) bool {
	return len(rs) > 0 && yearsCount(rs) == len(rs)
}

// afterMoment is start past a moment's word after a time (2025年底|前|新建,
// 年底|前), where words are left after it: the moment before or at which
// something is done is no part of what is measured.
func (c metrics) afterMoment(start, end int) int {
	rs := c.View.Runes
	if start < end && strings.ContainsRune("底末初", rs[start]) && wordy(rs[start+1:end]) {
		start++ // (2025年|底: a date read to its year)
	}
	if w := c.moments.LongestPrefix(rs[start:end]); w > 0 && wordy(rs[start+w:end]) {
		start += w
	}
	return start
}

// comparedMoment is where 较 or 比 opens a comparison against a moment
// before the words' end (较成立时, 比建区之初, 较改革前), followed by at most
// a verb of change; -1 for none.
func (c metrics) comparedMoment(rs []rune, start, end int) int {
	from := max(start, end-13)
	if !slices.ContainsFunc(rs[from:end], func(r rune) bool { return r == '较' || r == '比' || r == '較' }) {
		return -1 // (most words compare nothing: no folding)
	}
	w := text.Fold(rs[from:end]) // (較…時: traditional characters as simplified)
	for k := len(w) - 2; k >= 0 && from+k >= end-12; k-- {
		if w[k] != '较' && w[k] != '比' || k > 0 && (w[k-1] == '比' || w[k-1] == '相') {
			continue
		}
		for i := k + 2; i < len(w); i++ { // (a moment's word after a word of what it was: 较|成立|时)
			if n := c.moments.LongestPrefix(w[i:]); n > 0 && len(w)-i-n <= 2 {
				return from + k
			}
		}
	}
	return -1
}

// unitOf is a figure's unit, or "".
func unitOf(f *record.Entry) string {
	u, _ := f.Get("unit").(string)
	return u
}

// otherCount: the figure, whose clause from start holds nothing else, counts
// in another unit than the figure before it and apart from it, so it
// measures something else (图片120余幅,约30万字; not 农户326户1200余人, nor a
// sum or a rate after a count).
func otherCount(f, prev *record.Entry, start int) bool {
	unit, _ := f.Get("unit").(string)
	return f.Get("currency") == nil && !isRateUnit(unit) && prev.Get("unit") != unit && start != info(prev).end
}

// peopleBefore: a count of people right after a noun naming them, where no
// noun follows it, counts them, not what they did after (村民代表12人|面对面协商).
func (c metrics) peopleBefore(f *record.Entry, before string, bEnd int) bool {
	unit, _ := f.Get("unit").(string)
	n := info(f).numStart
	rs := c.View.Runes
	if before == "" || !c.peopleUnits.Has(unit) || bEnd != n {
		return false
	}
	return c.peopleNouns.LongestSuffix(rs[:n]) > 0 && !c.nounAt(rs, info(f).end, info(f).sentence.End)
}

// namesCounted is where a list of two names or more that ends the words
// in [start, end) with 等 begins (出席的还有|某某、某某等), each of two or
// three characters opening with a common surname, or a name of three after
// a verb (增补|某某等), or where such a list without 等 that opens the
// words does (某某、某某|2人); -1 where there is none.
func (c metrics) namesCounted(start, end int) int {
	rs := c.View.Runes
	if c.surnames == nil || end-start < 3 {
		return -1
	}
	deng := rs[end-1] == '等'
	last := end // where the names end: at 等, or at the figure (某某、某某|2人)
	if deng {
		last = end - 1
	}
	if n := last - start; deng && n >= 2 && n <= 3 && c.surnames.HasRunes(rs[start:start+1]) && text.HanCount(rs[start:last]) == n && !c.plainWordAt(rs, start, end) {
		return start // 某某等30人|当选为…: the clause opens with the one it names (its first two may be a name the dictionary has, 孙文)
	}
	if last-start < 5 {
		return -1
	}
	k, items := last, 0
	for {
		j := k
		for j > start && text.IsHan(rs[j-1]) && k-j < 3 {
			j--
		}
		if k-j == 3 && j > start && c.wordAt(rs, j-1, j+1) && c.surnames.HasRunes(rs[j+1:j+2]) {
			j++ // 副主任|吴荣、…: a word the title before ends holds the third character back (主任), no name's
		}
		if n := k - j; n < 2 || !c.surnames.HasRunes(rs[j:j+1]) && !(c.rarer != nil && c.rarer.HasRunes(rs[j:j+1]) && !c.wordAt(rs, j, k)) { // (a rarer surname's where no word opens the item: 洪某某, not 计划)
			if items >= 2 && k < last && rs[k] == '、' {
				return -1 // (an item that is no name: a list of things)
			}
			break
		}
		items++
		if j == start || rs[j-1] != '、' {
			k = j // (the first after a title: 委员|某某、某某等)
			break
		}
		k = j - 1
	}
	if deng && items == 1 && k-2 >= start && c.tagAt(rs, k-2, k) == "v" && !c.wordAt(rs, k, end) {
		return k // one name after a verb (增补|某某等5人): whom it names
	}
	if items < 2 || !deng && (k != start || c.plainWordAt(rs, start, start+2)) {
		return -1 // (without 等, names that open the clause: 某某、某某|2人当选, not 资金、项目|2个)
	}
	return k
}

// namesJoinedBefore is where the words in [start, end) go on after a list
// of two names or more and the 及 or 和 that joins a class of people to
// it (副主任某某、某某及|常委会委员|共24人): what follows is counted; -1 where
// there is none.
func (c metrics) namesJoinedBefore(start, end int) int {
	rs := c.View.Runes
	if c.surnames == nil {
		return -1
	}
	for k := end - 3; k >= start+5; k-- {
		if (rs[k] == '及' || rs[k] == '和') && c.namedItemsBefore(start, k) >= 2 {
			return k + 1
		}
	}
	return -1
}

// namedItemsBefore counts the items of two or three characters parted by
// 、 that end at k, where two or more open with a common surname (the list
// may run back past start: the words before a figure are cut at a length),
// or 0 where fewer do.
func (c metrics) namedItemsBefore(start, k int) int {
	rs := c.View.Runes
	items, named := 0, 0
	for {
		j := k
		for j > 0 && text.IsHan(rs[j-1]) && k-j < 4 {
			j--
		}
		if n := k - j; n < 2 || n > 3 || j > 0 && rs[j-1] != '、' && items == 0 {
			break
		}
		items++
		if c.surnames.HasRunes(rs[j : j+1]) {
			named++
		}
		if j == 0 || rs[j-1] != '、' || j <= start-12 {
			break
		}
		k = j - 1
	}
	if named < 2 {
		return 0
	}
	return items
}

// basisStart is where a run of bases of one to three characters each that
// ends the runes begins (补贴|每人每月, 收入|每亩, 房价|每平方米), or -1.
func basisStart(rs []rune) int {
	i, found := len(rs), -1
	for {
		n := 0 // the shortest base that ends at i (每人|每月: two of one character)
		for l := 1; l <= 3 && n == 0; l++ {
			if i > l && rs[i-l-1] == '每' && text.HanCount(rs[i-l:i]) == l && !slices.Contains(rs[i-l:i], '每') {
				n = l + 1
			}
		}
		if n == 0 {
			return found
		}
		i -= n
		found = i
	}
}

// withoutLinks is the end of the words in [start, end) less the marks and
// linking words they end with.
func (c metrics) withoutLinks(start, end int) int {
	rs := c.View.Runes
	for changed := true; changed && end > start; {
		changed = false
		for end > start && (unicode.IsSpace(rs[end-1]) || rs[end-1] == '、') {
			end--
		}
		if k := c.noteOpen(rs, start, end-1); k > 0 && end-1 > start {
			end, changed = k, true // 同比|(下同)|增长: a note of how it is reckoned, between links
			continue
		}
		if w := c.links.LongestSuffix(rs[start:end]); w > 0 && text.HanCount(rs[start:end-w]) != 1 && !c.meetingAttendance(start, end) && !(w == 1 && end-start >= 2 && c.plainWordAt(rs, end-2, end) && !(end-start >= 3 && (c.wordAt(rs, end-3, end) || c.verbNouns.HasRunes(rs[end-3:end-1])))) {
			end -= w // but not to one character (实到|468名 is what is counted), nor an attendance's verb (会议应到|27人), nor a word's end (不文明行为; but 企业|已: 企业 holds the 业 of 业已; 占比|达, whose 比达 is a name; 占比|为, a noun of METRIC_VERB_NOUNS before it)
			changed = true
			if p := c.paces.LongestSuffix(rs[start:end]); p > 0 && c.pace(rs[end-p:end+w]) == p {
				end -= p // the pace of the change (收入|快速|增长到): no part of what changed
			}
		}
	}
	return end
}

// meetingAttendance: the words end with a meeting's attendance, after the
// meeting or alone (会议|应到, 应出席), whose verb is what is counted, no
// link to strip.
func (c metrics) meetingAttendance(start, end int) bool {
	rs := c.View.Runes
	w := c.attendance.LongestSuffix(rs[start:end])
	at := end - w
	return w > 0 && (at == start || meetingEndsAt(rs, start, at))
}

// meetingEndsAt: a meeting's word (会, 会议) ends at at, within the words
// from start (大会|应到, 会议|应出席).
func meetingEndsAt(rs []rune, start, at int) bool {
	return at > start && (rs[at-1] == '会' || at-2 >= start && runesAt(rs, at-2, "会议"))
}

// lastTime is the last time inside the words in (start, end), a date in
// digits, a word of METRIC_TIMES, a count of years ago (五年前) or a run of
// time (连续三年), with
// those right before it, as [ts, te);
// te == ts where there is none. One that opens the words is a lead's to drop.
func (c metrics) lastTime(start, end int) (ts, te int) {
	rs := c.View.Runes
	from := start + max(1, c.times.LongestPrefix(rs[start:end])) // (not inside one that opens them: 第|三季度)
	for i := from; i < end; i++ {
		if isDigit(rs[i-1]) {
			continue
		}
		w := datePrefix(rs[i:end])
		if w == 0 {
			w = c.times.LongestPrefix(rs[i:end])
		}
		if w == 0 {
			w = yearsAgo(rs[i:end])
		}
		if w == 0 {
			w = consecutive(rs[i:end])
		}
		if w == 0 {
			w = planPeriod(rs[i:end])
		}
		if w == 0 {
			w = termSession(rs[i:end])
		}
		if w > 0 {
			if i != te || te == ts {
				ts = i // (times in a row are one: 今年|第二季)
				if ts-2 >= start && (runesAt(rs, ts-2, "截至") || runesAt(rs, ts-2, "截止")) {
					ts -= 2 // 截至|9月底: up to when, the time's
				}
			}
			te = i + w
			i += w - 1
		}
	}
	return ts, te
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// wordy: the runes hold words enough to name what is measured, two Han
// characters or a Latin abbreviation (GDP, CPI).
func wordy(rs []rune) bool {
	latin := 0
	for _, r := range rs {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' {
			latin++
		}
	}
	return text.HanCount(rs) >= 2 || latin >= 2
}

// relative: the words run on to a 的, and a noun or nothing (提案的委员;
// 参加过培训的, those who did).
func relative(rs []rune) bool {
	return lastIndex(rs, '的') > 0
}

// datePrefix is the length of a date in digits that opens the runes, a
// year (in numerals too) or its end, a month, a day, a part of a month or a span of months (2023年,
// 2023年6月, 1-6月, 6月30日, 4月底), or 0.
func datePrefix(rs []rune) int {
	digits := func(i int) int {
		j := i
		for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
			j++
		}
		return j - i
	}
	i := 0
	year := digits(i)
	if year == 0 {
		for year < len(rs) && strings.ContainsRune("〇零一二三四五六七八九", rs[year]) {
			year++ // (a year in numerals: 二〇〇七年)
		}
	}
	if n := year; n == 4 && i+n < len(rs) && rs[i+n] == '年' {
		i += n + 1
		if i < len(rs) && (rs[i] == '度' || rs[i] == '末' || rs[i] == '底' || rs[i] == '初' && (i+1 == len(rs) || rs[i+1] != '步')) {
			i++ // 2023年度, 2019年末, 2020年初 (not 2023年|初步核算)
		}
	}
	if n := digits(i); n >= 1 && n <= 2 && i+n+1 < len(rs) && (rs[i+n] == '-' || rs[i+n] == '—' || rs[i+n] == '至') {
		if m := digits(i + n + 1); m >= 1 && m <= 2 && i+n+1+m < len(rs) && rs[i+n+1+m] == '月' {
			i += n + 1 + m + 1
			if i < len(rs) && rs[i] == '份' { // 1-10月份
				i++
			}
		}
	} else if n >= 1 && n <= 2 && i+n < len(rs) && rs[i+n] == '月' {
		i += n + 1
		if i < len(rs) && rs[i] == '份' { // 3月份
			i++
		}
		if d := digits(i); d >= 1 && d <= 2 && i+d < len(rs) && (rs[i+d] == '日' || rs[i+d] == '号') {
			i += d + 1
		} else {
			for _, part := range []string{"上旬", "中旬", "下旬", "底", "末"} { // 4月底, 3月上旬 (not 初, 中: 6月|初步, 6月|中国)
				if strings.HasPrefix(string(rs[i:min(len(rs), i+2)]), part) {
					i += len([]rune(part))
					break
				}
			}
		}
	}
	return i
}

// sessionPrefix is the length of a numbered session of a body that opens
// the runes, with 以来 or 期间 after it (县政协三届四次会议|提案, 十届一次会议以来|提案),
// where more follows it, or 0: when the counted came, not what they are
// (but 议事会议 alone is what 4次 counts).
func sessionPrefix(rs []rune) int {
	i := strings.Index(string(rs), "会议")
	if i < 0 {
		return 0
	}
	i = len([]rune(string(rs)[:i]))
	numbered := false
	for k := 1; k < i; k++ {
		if (rs[k] == '届' || rs[k] == '次') && numeralRun(rs[k-1:k]) == 1 {
			numbered = true
		}
	}
	j := i + 2
	for _, w := range []string{"以来", "期间"} {
		if strings.HasPrefix(string(rs[j:]), w) {
			j += 2
		}
	}
	if !numbered || j >= len(rs) {
		return 0
	}
	return j
}

// termSession is the length of a body's numbered term and session that
// opens the runes (十届一次, 第八届第二次会议), or 0: a time, as a date is
// (占比从|九届一次|的…上升至|九届四次|的…).
func termSession(rs []rune) int {
	i := 0
	if i < len(rs) && rs[i] == '第' {
		i++
	}
	n := numeralRun(rs[i:])
	if n == 0 || i+n >= len(rs) || rs[i+n] != '届' {
		return 0
	}
	i += n + 1
	if i < len(rs) && rs[i] == '第' {
		i++
	}
	if n = numeralRun(rs[i:]); n == 0 || i+n >= len(rs) || rs[i+n] != '次' {
		return 0
	}
	i += n + 1
	for _, w := range []string{"全体会议", "会议"} {
		if strings.HasPrefix(string(rs[i:]), w) {
			return i + len([]rune(w))
		}
	}
	return i
}

// reviewedBy is the length of a review that opens the words, 经 (or 经过),
// who reviewed, and the review's verb (经某委初审, 经县政府研究同意:
// METRIC_REVIEWS), where words enough to name what is counted follow it;
// else 0.
func (c metrics) reviewedBy(rs []rune, start, end int) int {
	i := start
	if i >= end || rs[i] != '经' {
		return 0
	}
	if i++; i < end && rs[i] == '过' {
		i++
	}
	for k := i; k < end && k <= i+12 && text.IsHan(rs[k]); k++ {
		if w := c.reviews.LongestPrefix(rs[k:end]); w > 0 && text.HanCount(rs[k+w:end]) >= 2 {
			return k + w - start
		}
	}
	return 0
}

// perHead: the runes open with a share of each (户均, 人均, 亩均, 每):
// what is measured for each of those counted before.
func perHead(rs []rune) bool {
	return len(rs) > 2 && (rs[0] == '每' || rs[1] == '均')
}

// acronym: the runes are a metric's Latin abbreviation, GDP, CPI, PM2.5.
func acronym(rs []rune) bool {
	if len(rs) < 2 || len(rs) > 8 || rs[0] < 'A' || rs[0] > 'Z' {
		return false
	}
	for _, r := range rs {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.') {
			return false
		}
	}
	return true
}

// metricAfter is the noun a measure word counts: what follows the figure up
// to a clause mark, a stop word, or a few characters; a quoted name is taken
// whole with the noun after it (10个“某某”专家服务团). With verbs set, stop
// words do not end it: what is said of the figure (2篇被吸纳进规划).
// of: a 的 follows the figure (三分之一的委员, 92%以上的就业).
func (c metrics) of(f *record.Entry) bool {
	e := info(f).end
	return e < len(c.View.Runes) && c.View.Runes[e] == '的'
}

// titleCounted is the span of a title in 《》 right before a figure in
// issues or copies (编印《某某》|108期|报送…), or an empty span: the figure
// counts the titled work, whatever the words around do (but
// 《甲》、《乙》|两件|提案 counts the noun).
func (c metrics) titleCounted(f *record.Entry) (int, int) {
	n, rs := info(f).numStart, c.View.Runes
	unit, _ := f.Get("unit").(string)
	if n == 0 || rs[n-1] != '》' || !c.issueUnits.Has(unit) || c.nounAt(rs, info(f).end, info(f).sentence.End) {
		return 0, 0 // (《甲》和《乙》两份|报纸: the noun after the figure is what it counts)
	}
	if k := lastIndex(rs[info(f).sentence.Start:n-1], '《'); k >= 0 && !slices.Contains(rs[info(f).sentence.Start+k+1:n-1], '》') {
		return info(f).sentence.Start + k, n
	}
	return 0, 0
}

func (c metrics) metricAfter(f *record.Entry, verbs bool) string {
	rs := c.View.Runes
	s, end := info(f).end, info(f).sentence.End
	if s+3 < end && rs[s] == '(' {
		if k := slices.Index(rs[s+1:min(end, s+4)], ')'); k >= 1 && text.HanCount(rs[s+1:s+1+k]) == k {
			s += k + 2 // 86项(条)|调研成果: the unit's other word in brackets, then what is counted
		}
	}
	of := s+1 < end && rs[s] == '的'
	if of {
		s++ // 三分之一的委员: what the share is of
	}
	if y := datePrefix(rs[s:end]); y > 0 && s+y < end && text.IsHan(rs[s+y]) {
		s += y // 20件|2022年度|优秀提案: the year says of when they are, not what
	}
	if n := info(f).numStart; n > 0 && rs[n-1] == '由' && s+4 < end && (string(rs[s:s+3]) == "组成的" || string(rs[s:s+3]) == "构成的") {
		s += 3 // 由87人|组成的|执行委员会: what they make up is what they are counted as
	}
	if t := c.times.LongestPrefix(rs[s:end]); t > 0 && describedAfter(rs, s+t, end) {
		s += t // 20名|去年|表现突出的村干部: a time inside what is said of those counted, before 的 and its noun
	}
	head := -1
	if elidedAt(rs, s, end) {
		head, s = s, s+2 // 26名|乡、|镇长: the word after the mark is read as the noun, which the character before shares
	}
	if s >= end || !text.IsHan(rs[s]) && rs[s] != '“' && rs[s] != '《' || c.times.LongestPrefix(rs[s:end]) > 0 || c.levels.LongestPrefix(rs[s:end]) > 0 || runesAt(rs, s, "以及") {
		return "" // (访问团一行18人|昨日抵达: a time says when, not what; 由3000亩|扩大到…: a change, of what is named before; 9万人|以及…: the next item of a list)
	}
	unit, _ := f.Get("unit").(string)
	if rs[s] == '在' && c.peopleUnits.Has(unit) {
		run := s
		for run < min(end, s+12) && text.IsHan(rs[run]) {
			run++
		}
		if j := c.peopleEnd(rs, s, run); j > 0 {
			return c.asWritten(s, j) // 12位|在京县政协委员: where the people counted are, then who they are
		}
	}
	if (rs[s] == '因' || runesAt(rs, s, "由于")) && !c.nounAt(rs, s, end) {
		return "" // 3人|因涉嫌违纪…: why what is said of them befell them, nothing counted
	}
	stops := c.stops
	limit := maxMetricAfter
	if c.peopleUnits.Has(unit) && runesAt(rs, s, "同志为") && s+4 < end {
		s, verbs = s+2, true // 某某等18名|同志|为|常务委员: people by the plain word for them, named by what they are made
	}
	made := false
	if verbs && s+3 < end && strings.ContainsRune("都均皆也", rs[s]) && (rs[s+1] == '为' || rs[s+1] == '是') {
		s++ // 1/5|都|是青少年: the adverb before the link, as the link, no part of what they are
	}
	if verbs && s+2 < end && (rs[s] == '为' || rs[s] == '是') && text.IsHan(rs[s+1]) && (!c.wordAt(rs, s, end) || c.linkBeforeWord(rs, s, end)) {
		s, made = s+1, true // …等9人|为|副会长: what they are said to be
	}
	if w := c.becomes.LongestPrefix(rs[s:end]); verbs && w > 0 && s+w+1 < end {
		s, made = s+w, true // 某某等30人|当选为|…常务委员: what they became
	}
	if !verbs && !of && c.peopleUnits.Has(unit) {
		if ps, pe := c.peopleDescribed(rs, s, end); pe > ps {
			return c.asWritten(ps, pe) // 100余名|就地过年的|外地职工: who they are, after what is said of them
		}
	}
	if verbs {
		limit = maxMetricBefore
	} else if w := max(stops.LongestPrefix(rs[s:end]), c.paces.LongestPrefix(rs[s:end])); w > 0 && !c.nounAt(rs, s, end) && !(w == 1 && rs[s] != '被' && c.wordAt(rs, s, end) && !c.linkBeforeWord(rs, s, end)) {
		// (a stop of one character that begins a word is none, 到户, 在校,
		// 获得, unless it is 为 or 是 and a word begins after it too,
		// 为|政协; but 被 is a passive's: 5件|被评为… is what is said of them)
		return ""
	}
	if tag, next := c.tagAt(rs, s, end), c.tagAt(rs, s+2, end); !verbs && (tag == "d" || tag == "ad") && (strings.HasPrefix(next, "v") || next == "d" || next == "ad") {
		return "" // 十几项|直接推动了…: an adverb before a verb opens what is said of them, no noun counted (not 特别|县)
	}
	people := c.peopleUnits.Has(unit) && c.nounAt(rs, s, end) // (not 8519人|实现脱贫, what is said of them)
	went := c.wentTo(f)
	e := s
	if w := c.qualifiers.LongestPrefix(rs[s:end]); w > 0 && s+w < end && text.IsHan(rs[s+w]) {
		e = s + w // 12家|规上|企业: the stop inside the qualifier ends no noun
	}
	if n, ne := c.ofTotalled(rs, s, end); !verbs && !of && ne > n {
		return c.asWritten(n, ne) // 9个|总投资约80亿元的|重点项目: what the total is of is what is counted
	}
	if closing := closingMark(rs[s]); closing != 0 {
		j := s + 1 // (a name quoted or a title, 210份|《某某早报》: whole)
		for j < end && j < s+20 && rs[j] != closing {
			j++
		}
		if j >= end || rs[j] != closing {
			return ""
		}
		e = j + 1
		limit += e - s
	}
	for e < end && e-s < limit && (!isClauseMark(rs[e]) || e > s && (levelBracket(rs, e) > 0 || quotedInside(rs, e, end) > 0)) && !unicode.IsSpace(rs[e]) && rs[e] != '…' && !runesAt(rs, e, "——") { // (a headline's space, or its dash, parts its phrases)
		if j := levelBracket(rs, e); j > 0 && e > s {
			limit += j - e // 村(社区)|党组织书记: the levels the noun's level stands for are of it
			e = j
			continue
		}
		if j := quotedInside(rs, e, end); j > 0 && e > s {
			limit += j - e // 被吸纳进省|“十四五”|规划: a name quoted inside the words goes on with them
			e = j
			continue
		}
		// 三分之一的委员|参加: people counted do what the clause says
		who := of && c.peopleNouns.HasRunes(rs[s:e])
		if went && e > s && c.actsAt(rs, e, end) && !c.inWord(rs, e) {
			break // 赴6个县|调研时: what the party went to do there
		}
		if !verbs && e > s+1 {
			if w := c.cuts.LongestPrefix(rs[e:end]); w >= 2 && e+w < end && text.IsHan(rs[e+w]) && c.tagAt(rs, e, end) == "" {
				break // 20个承办单位|办复议案: a verb of the work's own the dictionary lacks (办复), as METRIC_CUTS holds it, with its object (not 186件提案办复, a headline's clause)
			}
		}
		if !verbs && e > s && rs[e-1] != '届' && !(e == s+1 && rs[s] == '副') && c.endsNoun(rs, e, end, people || who) && !c.inWord(rs, e) && !c.inTerm(rs, s, e, end) && !(e == s+1 && c.splitsWord(rs, e) && !c.stopOutweighs(rs, e)) && !(of && !who && c.endsClause(rs, e, end) && !c.stopAt(rs, e, end)) { // (nor inside the first word: 聆|听讲座)
			break // 三分之一的村|实现…: a verb ends the noun (not one the clause ends with, 八成以上的城镇|就业, which the noun is, unless a stop: 五成的企业|参加; nor after a term, 第十届|执行委员会, nor after a deputy's 副, 1名副|站长)
		}
		e++
	}
	if e-s == limit && e < end && text.IsHan(rs[e]) && c.wordAt(rs, e-1, end) {
		e++ // the limit fell inside a word: 群众代|表
	}
	if head >= 0 && e > s {
		s = head
	}
	if e-s >= 6 && string(rs[e-2:e]) == "如下" {
		e -= 4 // 2起典型案例|通报如下: what the text goes on to set out, and its verb, are no part of what is counted
	}
	if !verbs && !of && e > s && e+1 < end && rs[e] == '的' && !c.ownNounBeforeNext(rs, s, e) && !(e-s <= 4 && c.nounOf(rs, s, e, e-s)) && !c.nounsListed(rs, s, e) && !c.terms.HasRunes(rs[s:e]) && !(e-s == 1 && c.singleNouns.HasRunes(rs[s:e])) &&
		!(c.peopleUnits.Has(unit) && c.endsWithPeople(rs[s:e])) && !c.nounEnds.HasRunes(rs[e-1:e]) && !c.adverbialAt(rs, e+1, end) { // (两名驻村干部|的|来访, 5个服务站|的|建设: what is counted; 37个承办单位|的|认真办理: an adverb and its verb, what they did)
		// 15名|勤奋好学、家境贫寒|的|高中学生: what goes before 的 describes
		// the noun after it, which is what is counted (but a noun alone
		// before 的 is what is counted, the words after its: 44名委员|的|捐助)
		n, ne := e+1, e+1
		who := c.peopleUnits.Has(unit) && c.nounAt(rs, n, end) // (3名来自基层的|委员|发言: people counted do what follows)
		for ne < end && ne-n < maxMetricAfter && !isClauseMark(rs[ne]) && !unicode.IsSpace(rs[ne]) && !(ne > n && c.endsNoun(rs, ne, end, who) && !c.inWord(rs, ne) && !c.inTerm(rs, n, ne, end)) {
			ne++
		}
		if text.HanCount(rs[n:ne]) >= 2 && text.HanCount(rs[n:ne]) == ne-n && !c.aboutHeads.HasRunes(rs[n:ne]) { // (关于3起…问题的|通报: a text about what is counted)
			s, e = n, ne
		}
	}
	if k := c.nextFigure(rs, s, e); k >= 0 { // 4.9%和6.8%, 31个镇街分4个片区, 数十名委员、数百人: it ends before the next number
		e = k
		for e > s && strings.ContainsRune("和及与、", rs[e-1]) {
			e--
		}
		if j := lastIndex(rs[s:e], '、'); e == k && j > 0 && text.HanCount(rs[s+j+1:e]) == e-s-j-1 && e-s-j-1 >= 2 {
			e = s + j // 1200支甲疫苗、|乙疫苗800支: the item run into the next number is what that one counts
		}
		if w := c.withoutLinks(s, e); w > s {
			e = w // 31个镇街|分|4个片区: a link before the next number is no part of the noun
		}
	}
	if t := c.totalAtEnd(rs, s, e); t < e && c.figureAfter(rs, e, end) {
		e = t // 8个民生项目|总投资约15亿元: the total the next figure gives is its metric, not part of what is counted (开工项目214个|总投资…: nothing is left)
	}
	if text.HanCount(rs[s:e]) == 0 || c.links.HasRunes(rs[s:e]) {
		return "" // (超过500亿元的|有|11个: a link names nothing)
	}
	if k := lastIndex(rs[s:e], '的'); verbs && k > 0 {
		// 30余位|在我市投资兴业的|台胞台商|参加: what is said of the figure
		// describes a noun before 的; the noun, up to its verb, is counted
		n, ne := s+k+1, s+k+1
		for ne < e && !(ne > n && c.endsNoun(rs, ne, end, people) && !c.inWord(rs, ne) && !c.inTerm(rs, n, ne, end)) {
			ne++
		}
		if j := c.peopleEnd(rs, s, s+k-1); j > 0 && c.peopleUnits.Has(unit) && !c.endsWithPeople(rs[n:ne]) {
			return c.asWritten(s, j) // 12位|在京县政协委员|提交的提案: the people counted, who did what 的 closes
		}
		if text.HanCount(rs[n:ne]) >= 2 {
			return c.asWritten(n, ne)
		}
	}
	for e > s && strings.ContainsRune("、和及与", rs[e-1]) && !(e-1 > s && c.splitsWord(rs, e-1)) {
		e-- // 120名代表|、提出建议的…: a list's mark ends no noun (but a word's last character does: 参与)
	}
	if made {
		s = afterTermedBody(rs, s, e)
	}
	if w := c.unitHeads.LongestSuffix(rs[s:e]); w > 0 && e-s-w >= 2 && !c.peopleUnits.Has(unit) {
		e -= w // 25个有关部门|负责人: the units counted, not the people who head them
	}
	if e-s == 1 && (c.leads.HasRunes(rs[s:e]) || c.stops.HasRunes(rs[s:e]) || c.links.HasRunes(rs[s:e])) {
		return "" // 二人|同|因…: a word that opens a clause or links, alone, names nothing counted
	}
	return c.asWritten(s, e)
}

// closingMark is the mark that closes a quotation or a title opening with
// r, or 0.
func closingMark(r rune) rune {
	switch r {
	case '“':
		return '”'
	case '《':
		return '》'
	}
	return 0
}

// elidedAt: one character opens what is counted at s, then 、 and a word
// whose ending the character shares (26名乡、镇长: 乡长 and 镇长; 正、副主任;
// 村、社区): the list is the noun, not its first character.
func elidedAt(rs []rune, s, end int) bool {
	return s+3 < end && rs[s+1] == '、' && text.IsHan(rs[s]) && text.IsHan(rs[s+2]) && text.IsHan(rs[s+3])
}

// afterTermedBody is where the post after a body's name with its term
// begins (政协第十届某某县委员会|常务委员: what people are made is the post,
// the body's name says whose), or s where the words name no such body.
func afterTermedBody(rs []rune, s, e int) int {
	w := string(rs[s:e])
	k := strings.LastIndex(w, "委员会")
	if k < 0 || !strings.Contains(w[:k], "届") {
		return s
	}
	if post := s + len([]rune(w[:k])) + 3; e-post >= 2 {
		return post
	}
	return s
}

// ownNounBeforeNext: a figure begins in rs[s:e] and a noun comes before it,
// more than the words that join a list (三项制度、五个小组的…: a list of
// counts, each with its noun, not words describing the noun after 的; but
// 十几人或者几十人的小组: one noun after both).
func (c metrics) ownNounBeforeNext(rs []rune, s, e int) bool {
	k := c.nextFigure(rs, s, e)
	return k >= 0 && text.HanCount([]rune(strings.TrimRight(string(rs[s:k]), "、,和及与或者"))) > 0
}

// ofTotalled is the noun after a total, its figure and 的 that follow a
// count (9个|总投资约80亿元的|重点项目), or an empty span.
func (c metrics) ofTotalled(rs []rune, s, end int) (int, int) {
	k := c.nextFigure(rs, s, min(end, s+8))
	if k <= s {
		return 0, 0
	}
	t := k - c.links.LongestSuffix(rs[s:k])
	if total := string(rs[s:t]); !strings.HasSuffix(total, "投资") && !(strings.HasPrefix(total, "总") && t-s <= 4) {
		return 0, 0
	}
	i := slices.Index(c.starts, k)
	if i < 0 || c.ends[i]+1 >= end || rs[c.ends[i]] != '的' {
		return 0, 0
	}
	n, ne := c.ends[i]+1, c.ends[i]+1
	for ne < end && ne-n < maxMetricAfter && text.IsHan(rs[ne]) && !(ne > n && c.endsNoun(rs, ne, end, false) && !c.inWord(rs, ne) && !c.inTerm(rs, n, ne, end)) {
		ne++
	}
	if ne-n < 2 {
		return 0, 0
	}
	return n, ne
}

// nextFigure is where the next number, or a figure the sentence reads,
// begins in rs[s:e], or -1; an ordinal's number is none (103位|第36届…: the
// noun's).
func (c metrics) nextFigure(rs []rune, s, e int) int {
	for k := s; k < e; k++ {
		if rs[k] == '第' {
			for k+1 < e && unicode.IsDigit(rs[k+1]) {
				k++
			}
			continue
		}
		if unicode.IsDigit(rs[k]) || slices.Contains(c.starts, k) {
			return k
		}
	}
	return -1
}

// excepted: the figure closes a clause that opens with 除 and ends with 外
// right after it (除上述3人外,…).
func (c metrics) excepted(f *record.Entry) bool {
	rs, e := c.View.Runes, info(f).end
	return e < len(rs) && rs[e] == '外' && (e+1 == len(rs) || isClauseMark(rs[e+1])) && clauseOpensWith(rs, info(f).numStart, '除')
}

// workTitleAfter is the span of a title in 《》 that 的 joins to a figure
// ending at i (…的《title》), or an empty span.
func (c metrics) workTitleAfter(i int) (int, int) {
	rs := c.View.Runes
	if i+2 >= len(rs) || rs[i] != '的' || rs[i+1] != '《' {
		return 0, 0
	}
	for j := i + 2; j < len(rs) && j < i+40; j++ {
		switch rs[j] {
		case '》':
			return i + 2, j
		case '《', '\n':
			return 0, 0
		}
	}
	return 0, 0
}

// totalAtEnd is where a total or a sum (总投资, 总产值, 总额, 投资) that ends
// the noun in [s, e) begins, after a noun of two characters or more, or s
// where a total of three is all there is (总投资); e where none does.
func (c metrics) totalAtEnd(rs []rune, s, e int) int {
	k := e - 2
	if k-s < 1 || text.HanCount(rs[s:e]) != e-s || !c.wordAt(rs, k, e) {
		return e
	}
	switch {
	case rs[k-1] == '总' && (k-1-s >= 2 || k-1 == s):
		return k - 1 // 总|投资, 总|产值
	case rs[k] == '总' || string(rs[k:e]) == "投资":
		return k
	}
	return e
}

// figureAfter: a figure begins at e, or after a link (达, 约) there.
func (c metrics) figureAfter(rs []rune, e, end int) bool {
	e += c.links.LongestPrefix(rs[e:end])
	return e < end && (unicode.IsDigit(rs[e]) || slices.Contains(c.starts, e))
}

// describedAfter: words of Han characters from s run to a 的 and a noun
// after it, within a few characters (表现突出的|村干部).
func describedAfter(rs []rune, s, end int) bool {
	for j := s + 2; j < min(end-2, s+10); j++ {
		if !text.IsHan(rs[j]) {
			return false
		}
		if rs[j] == '的' {
			return text.IsHan(rs[j+1]) && text.IsHan(rs[j+2])
		}
	}
	return false
}

// peopleDescribed is the noun of people a count names after s, past words
// no noun opens and 的 (30名|留守在家的|老人): the fewest words after 的 that
// such a noun ends; or none (an empty range).
func (c metrics) peopleDescribed(rs []rune, s, end int) (int, int) {
	if c.nounAt(rs, s, end) {
		return s, s // 5名委员|的提案: the noun before 的 is what is counted
	}
	for j := s + 2; j < min(end, s+10); j++ {
		if !text.IsHan(rs[j]) {
			return s, s
		}
		if rs[j] != '的' {
			continue
		}
		for k := j + 3; k <= min(end, j+7); k++ {
			if text.HanCount(rs[j+1:k]) != k-j-1 {
				break
			}
			if c.endsWithPeople(rs[j+1 : k]) {
				return j + 1, k
			}
		}
		return s, s
	}
	return s, s
}

// endsWithPeople: the words end with a noun of people (代表, 干部) or a
// post's last word (书记, 主任, 委员).
func (c metrics) endsWithPeople(rs []rune) bool {
	for k := max(0, len(rs)-3); k < len(rs)-1; k++ {
		if c.peopleNouns.HasRunes(rs[k:]) {
			return true
		}
	}
	return len(rs) >= 2 && strings.ContainsRune("记任长员", rs[len(rs)-1]) && strings.ContainsRune("书主局部社队会团委组", rs[len(rs)-2])
}

// peopleEnd is the end of the longest stretch from s, ending by end, that
// ends in people (在京县政协委员|提交…), or 0 for none.
func (c metrics) peopleEnd(rs []rune, s, end int) int {
	for j := end; j >= s+2; j-- {
		if c.endsWithPeople(rs[s:j]) {
			return j
		}
	}
	return 0
}

// levelBracket is the end of a bracket of level words that opens at i, the
// places a level word before it stands for too (村(社区), 乡镇(街道), 县(市、
// 区)), the zones a county's places count among them too (镇(街道、开发区),
// 乡镇(园区、农场)), or 0.
func levelBracket(rs []rune, i int) int {
	if i >= len(rs) || rs[i] != '(' {
		return 0
	}
	for j := i + 1; j < len(rs) && j <= i+12; j++ {
		switch {
		case rs[j] == ')':
			if j > i+1 {
				return j + 1
			}
			return 0
		case !strings.ContainsRune("省市县区乡镇街道村社居州盟旗、开发试验园高新经济技术农林牧场", rs[j]):
			return 0
		}
	}
	return 0
}

// endsNoun: a stop word or a verb begins at e, and no noun longer than
// it (中|小学生, whose 中 is no stop there; but 企业|实地察看, 实地 being a
// noun no longer than the stop it is). After people counted, and a noun
// naming them, a verb news names things by is a verb too (5位委员|发言).
func (c metrics) endsNoun(rs []rune, e, end int, people bool) bool {
	if e > 0 && rs[e-1] == '新' && (runesAt(rs, e, "当选") || runesAt(rs, e, "任")) {
		return false // 两位新|当选同志, 3名新|任领导: newly elected or appointed, said of the noun that follows
	}
	if e > 0 && rs[e-1] == '级' && c.wordAt(rs, e, end) {
		return false // 6个乡级|组织: a level qualifies the word after it, no verb there
	}
	if c.adverbialAt(rs, e, end) {
		return true // 两位律师|认真细致地…, 五名委员|分别…: how they act, after what is counted
	}
	if c.idiomAt(rs, e, end) {
		return true // 12个社区|欣欣向荣: an idiom says what became of them, no noun goes on into one
	}
	if c.predicateAt(rs, e, end) {
		return true // 12个村集体经济|薄弱。: adjectives that end the clause say what the counted are like
	}
	if e >= 3 && rs[e-1] == '人' && c.tagAt(rs, e-3, end) == "v" && !c.nounOf(rs, e, end, 2) {
		return true // 13位新闻发言人|首次亮相: who does it, then what is said of them
	}
	w := c.stops.LongestPrefix(rs[e:end])
	if t := c.tagAt(rs, e, end); w == 0 && e+2 < end && strings.ContainsRune("了过着", rs[e+2]) && (t == "vn" || t == "a") {
		return true // 三个省份|调研了…, 5个小组|落实了…: a verb's noun, or a word gse tags an adjective, with an aspect after it acts
	}
	if w == 0 && !c.verbAt(rs, e, end) && !(people && c.tagAt(rs, e, end) == "v") {
		return false
	}
	if w == 0 && e+2 <= end { // (a verb of one character may end the unit)
		if n := c.nounEnds.LongestPrefix(rs[e+2 : end]); n > 0 && (e+2+n == end || isClauseMark(rs[e+2+n]) || c.stops.LongestPrefix(rs[e+2+n:end]) > 0) {
			return false // 立体|停车库, 港澳委员|考察活动: a verb and a place's, a thing's or an activity's last word, the noun's end
		}
	}
	if w == 0 && e+2 < end && c.tagAt(rs, e+2, end) == "d" {
		return false // 七个民主党派市级组织|相继召开: a word of a verb's form an adverb follows is the noun's last (not one an adjective follows: 项目|推进顺利)
	}
	if w == 0 && e+2 < end && (rs[e+2] == '人' || rs[e+2] == '员' && !runesAt(rs, e+2, "员工")) && c.tagAt(rs, e, end) == "v" {
		return false // 13位新闻|发言人, 256名特邀|调解员: a verb and 人 or 员 make who does it, the noun's end
	}
	if w == 0 && e+2 < end && c.parties.LongestPrefix(rs[e+2:end]) > 0 {
		return false // 先进|承办单位: a verb a party to it follows is a noun's part
	}
	return !c.nounOf(rs, e, end, max(2, w+1))
}

// predicateAt: an adjective of two characters begins at e and ends the
// clause, alone or before another (薄弱,, 整洁优美。); not one before a noun
// (不良|资产).
func (c metrics) predicateAt(rs []rune, e, end int) bool {
	if c.tagAt(rs, e, end) != "a" {
		return false
	}
	k := e + 2
	if t := c.tagAt(rs, k, end); t == "a" || t == "an" {
		k += 2
	}
	return k == end || k < end && isClauseMark(rs[k])
}

// stopAt: a word of METRIC_STOPS begins at e, not a stop of one character
// that begins a word (就|业, 到|户).
func (c metrics) stopAt(rs []rune, e, end int) bool {
	w := c.stops.LongestPrefix(rs[e:end])
	return w > 1 || w == 1 && !c.wordAt(rs, e, end)
}

// adverbialAt: an adverb of two characters begins at e (分别, 认真), or an
// adjective or two that 地 makes one (认真细致地).
func (c metrics) adverbialAt(rs []rune, e, end int) bool {
	switch c.tagAt(rs, e, end) {
	case "d", "ad":
		return true
	case "a":
		k := e + 2
		if t := c.tagAt(rs, k, end); t == "a" || t == "ad" {
			k += 2
		} else if t == "v" && k == e+2 {
			return true // 17个单位|具体承办: an adjective before a verb says how
		}
		return k < end && rs[k] == '地'
	}
	return false
}

// wentTo: a verb of going comes right before the figure (赴|6个县, 深入|12家企业), not
// one of one character that ends a word (收到, 达到).
func (c metrics) wentTo(f *record.Entry) bool {
	rs, n := c.View.Runes, info(f).numStart
	w := c.destinations.LongestSuffix(rs[max(0, n-3):n])
	return w > 1 || w == 1 && (n < 2 || !c.wordAt(rs, n-2, n))
}

// actsAt: a verb or a verb's noun of two characters begins at e (调研, 考察).
func (c metrics) actsAt(rs []rune, e, end int) bool {
	t := c.tagAt(rs, e, end)
	return t == "v" || t == "vn"
}

// endsClause: a word of two characters at e is the clause's last.
func (c metrics) endsClause(rs []rune, e, end int) bool {
	return c.wordAt(rs, e, end) && (e+2 == end || isClauseMark(rs[e+2]))
}

// nounAt: a noun begins at s (中小学生, 中心, whose 中 is no stop word
// there).
func (c metrics) nounAt(rs []rune, s, end int) bool { return c.nounOf(rs, s, end, 2) }

// wordFrom: a word of the dictionary of least runes or more (up to four)
// begins at s (共青团员, 共建).
func (c metrics) wordFrom(rs []rune, s, end, least int) bool {
	if c.words == nil {
		return false
	}
	for n := least; n <= 4 && s+n <= end; n++ {
		if _, ok := c.words.Word(string(rs[s : s+n])); ok {
			return true
		}
	}
	return false
}

// nounOf: a noun of least runes or more begins at s.
func (c metrics) nounOf(rs []rune, s, end, least int) bool {
	if c.words == nil {
		return false
	}
	if c.terms.LongestPrefix(rs[s:end]) >= least {
		return true // 一把手, 社会组织: an indicator's or organisation's name, whatever the dictionary tags it (一把手: m)
	}
	for n := min(4, end-s); n >= least; n-- {
		if c.isNoun(rs[s : s+n]) {
			return true
		}
	}
	return false
}

// nounsListed: the runes are two nouns or more parted by 、, each a word
// the dictionary tags a noun or two such words (乡镇人大、政府): what a count
// before them and 的 counts, not the noun after 的.
func (c metrics) nounsListed(rs []rune, s, e int) bool {
	if c.words == nil || !slices.Contains(rs[s:e], '、') {
		return false
	}
	for _, part := range strings.Split(string(rs[s:e]), "、") {
		p := []rune(part)
		if len(p) < 2 || len(p) > 4 || !c.isNoun(p) && !(len(p) == 4 && c.isNoun(p[:2]) && c.isNoun(p[2:])) {
			return false
		}
	}
	return true
}

// isNoun: the dictionary tags the runes a noun.
func (c metrics) isNoun(rs []rune) bool {
	switch tag, _ := c.words.Word(string(rs)); tag {
	case "n", "nz", "nt", "vn", "j": // j: an abbreviation (中小学生)
		return true
	}
	return false
}

// madeAs: people counted after a verb that makes them something, ending
// the words before them or among them (聘请|某地侨胞…共|132人), and
// before 为 and what they are made (聘请|132人|为|顾问), which names them.
func (c metrics) madeAs(f *record.Entry, unit string, start, bEnd int) bool {
	rs := c.View.Runes
	e := info(f).end
	made := c.appoints.LongestSuffix(rs[max(0, bEnd-6):bEnd]) > 0
	for i := start; i < bEnd && !made; i++ {
		made = c.appoints.LongestPrefix(rs[i:bEnd]) > 0
	}
	return c.peopleUnits.Has(unit) && made && e+1 < len(rs) && rs[e] == '为' && c.metricAfter(f, true) != ""
}

// tagAt is the tag of the word of two characters of the dictionary that
// begins at s, or "" where none does.
func (c metrics) tagAt(rs []rune, s, end int) string {
	if c.words == nil || end-s < 2 {
		return ""
	}
	tag, _ := c.words.Word(string(rs[s : s+2]))
	return tag
}

// idiomAt: an idiom of four characters the dictionary tags so (焕然一新)
// begins at s.
func (c metrics) idiomAt(rs []rune, s, end int) bool {
	if c.words == nil || end-s < 4 {
		return false
	}
	tag, _ := c.words.Word(string(rs[s : s+4]))
	return tag == "i"
}

// wordAt: a word of two characters of the dictionary begins at s.
func (c metrics) wordAt(rs []rune, s, end int) bool { return c.tagAt(rs, s, end) != "" }

// plainWordAt: a word of two characters of the dictionary, no name, begins at s.
func (c metrics) plainWordAt(rs []rune, s, end int) bool {
	tag := c.tagAt(rs, s, end)
	return tag != "" && !strings.HasPrefix(tag, "nr")
}

// verbAt: a verb or an adverb of two characters begins at s (实现, 陆续), not a verb news
// names things by (大会发言, 重点提案).
func (c metrics) verbAt(rs []rune, s, end int) bool {
	tag := c.tagAt(rs, s, end)
	return (tag == "v" || tag == "d") && !c.nounVerbs.HasRunes(rs[s:s+2]) // (an adverb before a verb: 陆续|发放)
}

// inWord: the character at e ends a noun of two with the one before it
// (工作, 就业), so a stop word it begins (作, 就) is none there; a verb
// (抵达, 涉及) still ends the metric, and so does the stop after a word
// that holds the character before (政协|作交流: not 协作).
func (c metrics) inWord(rs []rune, e int) bool {
	if c.words == nil || e < 1 || e+1 > len(rs) {
		return false
	}
	if c.stopOutweighs(rs, e) {
		return false // 4个组|分别走访: a stop of two more common than the word read across it (组分)
	}
	tag, _ := c.words.Word(string(rs[e-1 : e+1]))
	if rs[e-1] == '人' && c.tagAt(rs, e, len(rs)) == "v" {
		return false // 联络人|参加: a noun's last 人 before a verb (not 联络|人参|加)
	}
	if e >= 2 {
		if _, ok := c.words.Word(string(rs[e-2 : e])); ok {
			// (but 委员|工作室, 秘书长|工作会议: a word of two or three
			// before the two holds its first, 委|员工|作室 no cut, where the
			// character at e opens no word of its own: 员工|作出 is one)
			_, before := c.words.Word(string(rs[max(0, e-3) : e-1]))
			if !before && e >= 4 {
				_, before = c.words.Word(string(rs[e-4 : e-1]))
			}
			opens := false
			if e+2 <= len(rs) {
				_, opens = c.words.Word(string(rs[e : e+2]))
			}
			return e >= 3 && before && (tag == "n" || tag == "vn") && (e+1 == len(rs) || !text.IsHan(rs[e+1]) || c.nounEnds.HasRunes(rs[e+1:e+2]) || !opens)
		}
	}
	if e >= 3 && e+2 <= len(rs) {
		_, three := c.words.Word(string(rs[e-3 : e]))
		_, next := c.words.Word(string(rs[e : e+2]))
		if three && next {
			return false // 委员会|展开: a word of three ends there, a word begins (no 会展)
		}
	}
	return tag == "n" || tag == "vn" || tag == "b" || tag == "j" // (b: gse's tag of 主任, 专职: 委员会主|任委员; j, an abbreviation's: 来自中|共界别)
}

// linkBeforeWord: 为 or 是 at s links what is counted to what it is said
// to be, a word beginning after it, though the link and the word's first
// character make a word too (3次|为|政协常委会议: 为政).
func (c metrics) linkBeforeWord(rs []rune, s, end int) bool {
	return (rs[s] == '为' || rs[s] == '是') && c.wordAt(rs, s+1, end)
}

// inTerm: an indicator's name (METRIC_TERMS) in [start, end) holds the
// rune at v, a verb that would otherwise cut the metric there (房地产|开发|投资).
func (c metrics) inTerm(rs []rune, start, v, end int) bool {
	for k := max(start, v-c.terms.Longest()); k <= v; k++ {
		if n := c.terms.LongestPrefix(rs[k:end]); n > 0 && k+n > v {
			return true
		}
	}
	return false
}

// stopOutweighs: a stop of two characters or more begins at e that gse
// counts more often than the word the character before e makes with the
// one at e (组|分别 over 组分): the cut is before the stop.
func (c metrics) stopOutweighs(rs []rune, e int) bool {
	w := c.stops.LongestPrefix(rs[e:])
	return w >= 2 && e >= 1 && c.words.Freq(string(rs[e:e+w])) > c.words.Freq(string(rs[e-1:e+1]))
}

// splitsWord: a cut of one character before e would part a word of the
// dictionary (给|予, 了|解, 对|象).
func (c metrics) splitsWord(rs []rune, e int) bool {
	if c.words == nil || e < 1 || e+1 > len(rs) {
		return false
	}
	_, ok := c.words.Word(string(rs[e-1 : e+1]))
	return ok
}

// acrossWords: the verb in [s, e) may be read across two words, the one
// before it ending with its first character and the one after beginning
// with its last (发展|示范: no 展示), and the dictionary's cut of the words
// in [start, end) does not hold it (but 共|建成|人大代表联络站 does).
func (c metrics) acrossWords(rs []rune, start, s, e, end int) bool {
	if s <= start || !c.splitsWord(rs, s) || !c.splitsWord(rs, e) {
		return false
	}
	verb := string(rs[s:e])
	k := start
	for _, t := range c.words.Tokens(string(rs[start:end])) {
		if k == s && t == verb {
			return false
		}
		k += utf8.RuneCountInString(t)
	}
	return true
}

// keepsLead: a lead of one character that opens the runes is a part of
// the words: it begins a word (共|青团员, 有|效投资), or neither a word nor a
// stop begins after it (并|案处理), where a lead stands before a verb, a
// noun or a preposition (并|立案, 并|从…).
func (c metrics) keepsLead(rs []rune) bool {
	if c.beginsWord(rs) {
		return true
	}
	if k := slices.Index(rs[:min(len(rs), 5)], '的'); rs[0] == '有' && k >= 3 && text.HanCount(rs[1:k]) == k-1 {
		return true // 有价值的|信息: 有 and a noun make a word that describes, no lead
	}
	if c.conjunctions.HasRunes(rs[:1]) {
		return false // 但|冷链仓储能力, however few words the dictionary holds
	}
	return len(rs) > 1 && text.IsHan(rs[1]) && c.words != nil && !c.beginsWord(rs[1:]) &&
		c.stops.LongestPrefix(rs[1:]) == 0 && c.leads.LongestPrefix(rs[1:]) == 0 && c.cuts.LongestPrefix(rs[1:]) == 0
}

// beginsWord: a word of the dictionary of two to four runes opens the
// runes (有效, 共青团员).
func (c metrics) beginsWord(rs []rune) bool {
	for n := 2; c.words != nil && n <= min(4, len(rs)); n++ {
		if _, ok := c.words.Word(string(rs[:n])); ok {
			return true
		}
	}
	return false
}

// written is a part of the view's text from start, as the input writes it
// (a traditional text's 按年增長, which the view reads as 按年增长).
func (c metrics) written(start int, viewText, part string) string {
	k, n := strings.Index(viewText, part), len(part)
	if k < 0 && strings.Contains(viewText, "(") {
		k, n = c.notedIndex(viewText, part) // 同比(下同)增长: the words as written, their note within
	}
	if k < 0 || part == "" {
		return part
	}
	s := start + utf8.RuneCountInString(viewText[:k])
	return c.asWritten(s, s+utf8.RuneCountInString(viewText[k:k+n]))
}

// notedIndex is where the words stand in the text with notes in brackets
// among them (withoutNotes), and their length there, or -1.
func (c metrics) notedIndex(viewText, part string) (int, int) {
	for k := range viewText {
		if !strings.HasPrefix(viewText[k:], part[:1]) {
			continue
		}
		for e := k + len(part); e <= len(viewText); e++ {
			if c.withoutNotes(viewText[k:e]) == part {
				return k, e - k
			}
		}
	}
	return -1, 0
}

// asWritten is the original text of the view range, exactly, less the
// line breaks inside it and the white space at its edges.
func (c metrics) asWritten(s, e int) string {
	sp := c.View.Orig(text.Range{Start: s, End: e})
	w := strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, string(c.Raw[sp[0]:sp[1]]))
	return strings.TrimSpace(w)
}

// linksAll: the words just before the number say it holds for every metric
// listed (均为, 都是; the METRIC_FOR_ALL lexicon).
func (c metrics) linksAll(before string) bool {
	before = strings.TrimSpace(before)
	for _, w := range c.forAll.Entries {
		if i := strings.LastIndex(before, w); i >= 0 && len([]rune(before[i:])) <= 4 {
			return true
		}
	}
	return false
}

// splitCoordination splits the metric phrase in [start, end) at 和, 及, 与
// and 、 into its parts, each as written.
func (c metrics) splitCoordination(start, end int) []string {
	m, s, e := c.metricBefore(start, end)
	if m == "" {
		return nil
	}
	rs := c.View.Runes
	// An item's verb the metric left out before it (答复工作满意率和答复|质量满意率):
	// the items before its coordinator are metrics too, the list reaches back to them.
	for j := s - 1; j > start && !isClauseMark(rs[j]); j-- {
		if !strings.ContainsRune("和及与、", rs[j]) {
			continue
		}
		if m2, s2, e2 := c.metricBefore(start, j); m2 != "" && e2 == j {
			s = s2
		}
		break
	}
	var items []text.Range
	from := s
	for i := s; i <= e; i++ {
		if i == e || rs[i] == '和' || rs[i] == '及' || rs[i] == '与' || rs[i] == '、' {
			to := i
			if i < e && rs[i] == '及' && i-1 > from && rs[i-1] == '以' {
				to = i - 1 // 甲以及乙: 以及 joins them, as 及 does
			}
			if to > from {
				if numberAlone(rs[from:to]) || i < e && to-from == 1 && text.IsHan(rs[from]) {
					return []string{m} // 第一、二、三产业增加值, 城、乡居民收入: numbered items, or one character's, share the words after the last, one stretch
				}
				if m, s, e := c.metricBefore(from, to); len(items) > 0 && m != "" && e == to {
					from = s // (…和答复|质量满意率: the verb the first item's metric left out too)
				}
				if n := len(items); n > 0 && rs[from-1] != '、' && partOfNext(rs[items[n-1].Start:items[n-1].End], rs[from:to]) {
					items[n-1].End = to // 满意及基本满意率: one rate of both, no 满意 of its own
				} else {
					items = append(items, text.Range{Start: from, End: to})
				}
			}
			from = i + 1
		}
	}
	parts := make([]string, len(items))
	for k, it := range items {
		parts[k] = c.asWritten(it.Start, it.End)
	}
	return parts
}

// partOfNext: an item joined to the next is inside it and lacks its last
// word's character (满意|和|基本满意率): the words after the last are what
// both share, one stretch, where 办复率和满意率 are two.
func partOfNext(item, next []rune) bool {
	return len(item) > 0 && len(next) > len(item) && item[len(item)-1] != next[len(next)-1] &&
		strings.Contains(string(next[:len(next)-1]), string(item))
}

// numberAlone: the runes are a number alone, maybe with 第 (第一, 二, 3).
func numberAlone(rs []rune) bool {
	if len(rs) > 0 && rs[0] == '第' {
		rs = rs[1:]
	}
	return len(rs) > 0 && numeralRun(rs) == len(rs)
}

// numeralRun is the length of the digits or Chinese numerals that open the
// runes (10, 五, 几).
func numeralRun(rs []rune) int {
	k := 0
	for k < len(rs) && (isDigit(rs[k]) || strings.ContainsRune("一二三四五六七八九十两几数", rs[k])) {
		k++
	}
	return k
}

// figureList is the figure at i and those that follow it joined only by 、,
// 和, 及 or 与 (a 分别 list).
func (c metrics) figureList(figs []*record.Entry, i int) []*record.Entry {
	list := []*record.Entry{figs[i]}
	for j := i + 1; j < len(figs); j++ {
		prev, f := figs[j-1], figs[j]
		if info(f).sentence != info(prev).sentence {
			break
		}
		gap := strings.TrimSpace(c.ViewText(text.Range{Start: info(prev).end, End: info(f).numStart}))
		if gap != "、" && gap != "和" && gap != "及" && gap != "与" && gap != "," {
			break
		}
		list = append(list, f)
	}
	return list
}
