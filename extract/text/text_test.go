package text

import (
	"strings"
	"testing"
	"unicode"
)

func TestRuneOffsets(t *testing.T) {
	s := "市政协a主席𠀀盛茂林"
	ro := NewRuneOffsets(s)
	want := map[int]int{0: 0, 3: 1, 9: 3, 10: 4, 16: 6, 20: 7, len(s): 10}
	for _, b := range []int{0, 3, 9, 10, 16, 20, len(s)} {
		if got := ro.At(b); got != want[b] {
			t.Errorf("At(%d) = %d, want %d", b, got, want[b])
		}
	}
	if got := ro.At(3); got != 1 {
		t.Errorf("At(3) after a later offset = %d, want 1", got)
	}
}

func TestViewOrig(t *testing.T) {
	raw := []rune("新征\n\n程人民")
	w := &View{Runes: append([]rune(nil), raw...), total: len(raw)}
	w.compact([]bool{true, true, false, false, true, true, true})
	if string(w.Runes) != "新征程人民" {
		t.Fatalf("view %q", string(w.Runes))
	}
	if got := w.Orig(Range{1, 3}); got != (Span{1, 5}) {
		t.Errorf("Orig(1,3) = %v, want [1,5)", got)
	}
	if got := w.Orig(Range{5, 5}); got != (Span{7, 7}) {
		t.Errorf("Orig at end = %v", got)
	}
}

func TestLines(t *testing.T) {
	v := Normalise([]rune(" 标题 \n\n\n正文一,内容。\n  \n正文二。\n"), false)
	got := Lines(v)
	want := []struct {
		text   string
		blanks int
	}{{"标题", 0}, {"正文一,内容。", 2}, {"正文二。", 1}}
	if len(got) != len(want) {
		t.Fatalf("%d lines, want %d", len(got), len(want))
	}
	for i, w := range want {
		if s := v.String(got[i].Range); s != w.text || got[i].Blanks != w.blanks {
			t.Errorf("line %d: %q after %d blanks, want %q after %d", i, s, got[i].Blanks, w.text, w.blanks)
		}
	}
}

// TestCarriageReturns: Windows' line breaks and an old Mac's part lines alike.
func TestCarriageReturns(t *testing.T) {
	for _, raw := range []string{"标题\r\n\r\n正文。\r\n", "标题\r\r正文。\r", "标题\n\n正文。\n"} {
		v := Normalise([]rune(raw), false)
		var got []string
		for _, l := range Lines(v) {
			got = append(got, v.String(l.Range))
		}
		if len(got) != 2 || got[0] != "标题" || got[1] != "正文。" {
			t.Errorf("%q: lines %q, want 标题 and 正文。", raw, got)
		}
	}
}

func TestNormaliseJoinsBrokenLines(t *testing.T) {
	cases := []struct{ in, want string }{
		{"要推动委员工作站建设,把协商成果转化为\n\n惠民实效,让群众满意。", "要推动委员工作站建设,把协商成果转化为惠民实效,让群众满意。"},
		{"标题行\n\n正文第一段,内容。", "标题行\n\n正文第一段,内容。"},
		// points a blank line parts, none ending a sentence, each its own: no line wrapped into the next
		{"就业目标全面完成,收支基本平衡\n\n油料产量3万吨,比上年多2千吨\n\n新建村道40公里", "就业目标全面完成,收支基本平衡\n\n油料产量3万吨,比上年多2千吨\n\n新建村道40公里"},
		{"根据有关规定,现将情况公示如下:\n\n何秀琴,女,汉族。", "根据有关规定,现将情况公示如下:\n\n何秀琴,女,汉族。"},
		{"县政协赴青禾、禾田学习考察\n\n5月8日,县政协考察组出发。", "县政协赴青禾、禾田学习考察\n\n5月8日,县政协考察组出发。"},
		{"委员们走访了青禾、禾田\n两地的企业,听取意见。", "委员们走访了青禾、禾田两地的企业,听取意见。"},
		// a caption's posts one a line, no clause's mark in either, the first shorter than the next: no wrapped line
		{"全国政协委员、民进中央委员\n青禾大学公共管理学院副院长、教授", "全国政协委员、民进中央委员\n青禾大学公共管理学院副院长、教授"},
		// a headline's list on the line right before a dated lead, no blank line between
		{"县政协召开青禾、禾田座谈会\n5月8日上午,县政协召开座谈会。", "县政协召开青禾、禾田座谈会\n5月8日上午,县政协召开座谈会。"},
		{"委员们走访了青禾、禾田\n5月8日的活动,听取意见。", "委员们走访了青禾、禾田5月8日的活动,听取意见。"},
		// a headline's list over a paragraph twice its length, which a wrapped line's width would have filled
		{"新一届县政协常委产生 吴超、何晴当选\n县政协全会昨日举行选举大会,选出新一届常务委员三十五人,其中连任的有十二人,新任的有二十三人。", "新一届县政协常委产生 吴超、何晴当选\n县政协全会昨日举行选举大会,选出新一届常务委员三十五人,其中连任的有十二人,新任的有二十三人。"},
		// a headline of two clauses, a blank line and a dated lead (its day noted in brackets)
		{"长假第3日,全县接待游客超20万人次\n\n2024年5月3日(长假第3日),全县接待游客21.3万人次。", "长假第3日,全县接待游客超20万人次\n\n2024年5月3日(长假第3日),全县接待游客21.3万人次。"},
		{"他指出,要做到以下几点:\n一是加强学习。", "他指出,要做到以下几点:一是加强学习。"},
		// a speech's greeting ends its line, a colon after it, no blank line after
		{"各位委员、同志们:\n一年来,我们认真履职。", "各位委员、同志们:\n一年来,我们认真履职。"},
		// a numbered heading's 、 is no sentence's: the heading ends its line
		{"一、基本情况\n全县现有学校26所。\n12、下一步工作\n加大投入,", "一、基本情况\n全县现有学校26所。\n12、下一步工作\n加大投入,"},
		{"一、加强学习,提高\n履职能力。", "一、加强学习,提高履职能力。"},
		// a numbered heading of two clauses over a paragraph twice its length, which a wrapped line would have filled
		{"二、工业平稳运行,效益回升\n全县规模以上工业增加值增长5.2%,增速比一季度加快0.8个百分点,其中装备制造业增长9.6%。", "二、工业平稳运行,效益回升\n全县规模以上工业增加值增长5.2%,增速比一季度加快0.8个百分点,其中装备制造业增长9.6%。"},
		// a numbered entry's head, a label and a colon, stays a line of its own
		{"3. 孙文刚:县政协委员,禾田人\n孙文刚委员长期从事农技推广工作。", "3. 孙文刚:县政协委员,禾田人\n孙文刚委员长期从事农技推广工作。"},
		// a form's fields stay one a line
		{"联名人:吴德海、何秀琴\n承办单位:县农业农村局、县财政局", "联名人:吴德海、何秀琴\n承办单位:县农业农村局、县财政局"},
		{"图为委员调研。张三 摄\n\n学习二十大精神 某县政协专题", "图为委员调研。张三 摄\n\n学习二十大精神 某县政协专题"},
		// a caption's credit after a space ends its line, whatever paragraph follows
		{"图为委员调研。 张三 摄\n\n6月5日,县政协召开会议。", "图为委员调研。 张三 摄\n\n6月5日,县政协召开会议。"},
		{"图为委员调研。 吴荣 摄\n\n另外,会议要求抓好落实。", "图为委员调研。 吴荣 摄\n\n另外,会议要求抓好落实。"},
		// a reporter's photograph credit ends its line, run into the caption, no space before it
		{"这是委员们合影。青禾社记者吴荣摄\n比如,调研时双方还谈到合作。", "这是委员们合影。青禾社记者吴荣摄\n比如,调研时双方还谈到合作。"},
		// a name and 摄影 run into the caption after its full stop ends the line too
		{"委员们在田间察看长势。吴荣摄影\n\n调研组来到禾田村。", "委员们在田间察看长势。吴荣摄影\n\n调研组来到禾田村。"},
		{"委员们来到现场,为记者们现场拍摄\n了照片,并座谈。", "委员们来到现场,为记者们现场拍摄了照片,并座谈。"},
		// a line cut inside a short bracket the next line closes (a reporter's name); not across a blank line
		{"青禾日报讯(记者\n吴荣)5日,县政协召开会议。", "青禾日报讯(记者吴荣)5日,县政协召开会议。"},
		{"青禾日报讯(记者\n\n吴荣)5日,县政协召开会议。", "青禾日报讯(记者\n\n吴荣)5日,县政协召开会议。"},
		// a word a page of lines of a fixed width broke, its last character and a comma opening the next line;
		// not a list's item (一、)
		{"委员们认为这是一项长期的基础性工\n作,需要持续推进。\n主要做法\n一、加强学习", "委员们认为这是一项长期的基础性工作,需要持续推进。\n主要做法\n一、加强学习"},
		// a decimal the line cut after its point
		{"地区生产总值增长6.\n5%,财政收入增长8.2%。", "地区生产总值增长6.5%,财政收入增长8.2%。"},
		// and one cut before it, the point opening the next line
		{"全年外贸出口2\n.5亿美元,增长6.1%。", "全年外贸出口2.5亿美元,增长6.1%。"},
		{"政協(xié)委員", "政协委员"},
		// Hong Kong's and Macau's forms of a character (衞: OpenCC's hk2s)
		{"特區衞生局、檯枱", "特区卫生局、台台"},
		// a comma doubled before another mark, as a converter writes it
		{"座谈会举行,,记者获悉,副秘书长王某,、刘某出席", "座谈会举行,记者获悉,副秘书长王某、刘某出席"},
		// a list's 、 typed twice
		{"副主席吴荣、何晴、、马刚出席", "副主席吴荣、何晴、马刚出席"},
		// a list's numbered item opens its own line, after a line that does not end a sentence
		{"二、2025年主要预期目标\n1、地区生产总值增长6%左右。", "二、2025年主要预期目标\n1、地区生产总值增长6%左右。"},
		// spaces a typist left by a list's 、 between names; not around one after a number or a letter
		{"县领导吴荣、 何晴 、马刚出席,见附件1、 附件2,A、 B", "县领导吴荣、何晴、马刚出席,见附件1、 附件2,A、 B"},
		// a list's lines of posts and a name, the first the longer: no wrapped line
		{"省工商联副主席、某行业协会会长、市政协常委何晴\n市侨联副主席、吴荣\n", "省工商联副主席、某行业协会会长、市政协常委何晴\n市侨联副主席、吴荣\n"},
		// and by a clause's , or ; between Han characters (…副主席, 某某当选…); not before a number
		{"何晴当选副主席, 马刚当选秘书长; 孙强当选常委, 3人", "何晴当选副主席,马刚当选秘书长;孙强当选常委, 3人"},
		// and between numbers of a list (5.1 、2.7个百分点, 15% 、9%)
		{"分别提高5.1 、2.7个百分点,占15% 、9%", "分别提高5.1、2.7个百分点,占15%、9%"},
		// a space (or a thin one) between a number's groups of three digits, a unit or a decimal point after them;
		// not numbers a table's columns part (a space or the line's end after them), nor a year before its digits
		{"收案212 406件,其中7 093件,共1\u2009204 560.5万元\n委员 12 305\n2024 318件", "收案212406件,其中7093件,共1204560.5万元\n委员 12 305\n2024 318件"},
		// a gloss without tones that is a syllable of pinyin; not a word of Latin letters, nor one letter
		{"共收到提(ti)案5890件,占(zhan)90.6%,证监会(sec)和条款(a)", "共收到提案5890件,占90.6%,证监会(sec)和条款(a)"},
		// a gloss doubled, as a converter writes one per character it met twice
		{"截至年末,全省(sheng)(sheng)常(chang)(chang)住人口12万(wan)人(a)(b)", "截至年末,全省常住人口12万人(a)(b)"},
		{"ABC123,:", "ABC123,:"},
		{"会议强调,要坚持“三不腐”\n\n一体推进,持续发力。", "会议强调,要坚持“三不腐”\n\n一体推进,持续发力。"},
		// a circle or letter O for zero among Chinese numerals; a bullet stays
		{"二○二一年,二O一九年,二○○八年。○一是学习。Office", "二〇二一年,二〇一九年,二〇〇八年。○一是学习。Office"},
		// the digit zero in a year of Chinese numerals; not elsewhere after a numeral
		{"二00八年,二0二一年,第二0号,三0名", "二〇〇八年,二〇二一年,第二0号,三0名"},
		// a bullet or a katakana dot between a name's parts is its middle dot; a bullet that opens a line stays
		{"热合曼•吐尔逊、塔斯肯・别克托夫\n• 发布时间", "热合曼·吐尔逊、塔斯肯·别克托夫\n• 发布时间"},
		// a Latin full stop between a list item's two runs of Han is a name's dot; one that ends a sentence stays one
		{"副主席吴荣、阿依古丽.吐尔逊、何晴出席。就业.座谈会上", "副主席吴荣、阿依古丽·吐尔逊、何晴出席。就业。座谈会上"},
		// spaces around the dot between a name's parts, as some sites write it
		{"副主席艾力 • 买买提、阿依 · 吐尔逊出席\n• 发布时间", "副主席艾力·买买提、阿依·吐尔逊出席\n• 发布时间"},
		// question marks an encoder wrote for spaces it could not, opening a line; not a question's
		{"??? □记者 何晴 报道\n？？县政协召开会议\n?? 为什么?\n何故?是。", " □记者 何晴 报道\n县政协召开会议\n 为什么?\n何故?是。"},
		// a page's count of its own (本篇文章…字,读完约…分钟) before a paragraph: no wrapped line
		{"本篇文章900字,读完约2分钟\n\n近日,县政协召开会议。", "本篇文章900字,读完约2分钟\n\n近日,县政协召开会议。"},
		// a forum's jammer, random tokens parted by spaces, at a line's end, alone on a line and before its text; not a
		// list of letters, numbers, or words
		{"县政协召开会议* k7 D2 W: q5 T\n( _+ v* h' y( d: |) N\" J\n2 w3 S) F8 J4 z( 县政协主席吴荣出席,见a b c d e、1 2 3 4 5、GDP CPI PMI AB CD。", "县政协召开会议\n\n 县政协主席吴荣出席,见a b c d e、1 2 3 4 5、GDP CPI PMI AB CD。"},
		// and one whose last token runs into the text's digits (…Q( k4 P|4月8日): the digits stay the text's
		{"( _+ v* h' y( d: |) N\" J P4月8日,县政协召开会议。", "4月8日,县政协召开会议。"},
		// a Latin full stop after a percent sign ends a sentence, whatever follows it (no decimal point comes after one)
		{"办结率为98%.2019年,满意率达95.5%.对此", "办结率为98%。2019年,满意率达95.5%。对此"},
		// a Latin full stop that ends a sentence; not a decimal point, a list's number or an address
		{"贡献了92%的就业.座谈会上,委员发言. 增长3.5%,一.加强领导,见www.gov.cn.", "贡献了92%的就业。座谈会上,委员发言。 增长3.5%,一.加强领导,见www.gov.cn."},
	}
	for _, c := range cases {
		if got := string(Normalise([]rune(c.in), false).Runes); got != c.want {
			t.Errorf("Normalise(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestHTMLView(t *testing.T) {
	raw := `<html><head><title>x</title><style>p{}</style></head><body><p>市政协&amp;县政协</p><script>var a=1;</script><div>提案<b>864</b>件</div></body></html>`
	v := Normalise([]rune(raw), true)
	if got := string(v.Runes); got != "市政协&县政协\n提案864件\n" {
		t.Fatalf("view %q", got)
	}
	rs := []rune(raw)
	if sp := v.Orig(Range{3, 4}); string(rs[sp[0]:sp[1]]) != "&amp;" {
		t.Errorf("entity maps to %q", string(rs[sp[0]:sp[1]]))
	}
	if sp := v.Orig(Range{8, 14}); string(rs[sp[0]:sp[1]]) != "提案<b>864</b>件" {
		t.Errorf("span across tags maps to %q", string(rs[sp[0]:sp[1]]))
	}
}

// Fields set side by side (来源, 作者, 时间 in spans) are parted by a space;
// a word's emphasis inside a sentence is not.
func TestHTMLFields(t *testing.T) {
	raw := `<div><span>来源:市政协</span><span>作者:孙某</span> <span>时间:2021-04-16</span></div><p>市政协<b>主席</b>某某<a href="#">讲话</a>。</p>`
	if got := string(Normalise([]rune(raw), true).Runes); got != "来源:市政协 作者:孙某 时间:2021-04-16\n市政协主席某某讲话。\n" {
		t.Fatalf("view %q", got)
	}
}

// The cells of a table's row are parted by a tab, as a plain text's table.
func TestHTMLTableCells(t *testing.T) {
	raw := `<table><tr><th>提案人</th><th>主办单位</th></tr><tr><td>孙某</td><td>市水利局</td></tr></table>`
	if got := string(Normalise([]rune(raw), true).Runes); got != "提案人\t主办单位\n孙某\t市水利局\n" {
		t.Fatalf("view %q", got)
	}
}

// A gloss dropped from the view stays with its character: a range that
// ends at the character quotes it, one that starts after it does not.
func TestPinyinStaysWithItsCharacter(t *testing.T) {
	for _, html := range []bool{false, true} {
		raw := []rune("在市政協(xié)五屆會議")
		o := Original{Raw: raw, View: Normalise(raw, html)}
		for _, c := range []struct {
			r    Range
			want string
		}{{Range{1, 4}, "市政協(xié)"}, {Range{4, 6}, "五屆"}, {Range{1, 6}, "市政協(xié)五屆"}, {Range{0, 3}, "在市政"}} {
			if got := o.At(c.r); got != c.want {
				t.Errorf("html %v: %v quotes %q, want %q", html, c.r, got, c.want)
			}
		}
	}
}

// Simplified writes a text as normalised fields are: characters
// simplified, a pinyin gloss gone, brackets and the rest as written.
// Simplified writes normalised fields, Unglossed the keys that make
// entries one: both drop a gateway's glosses, Simplified simplifies too.
func TestSimplifiedAndUnglossed(t *testing.T) {
	for _, c := range []struct{ in, simplified, unglossed string }{
		{"人民政協(xié)報", "人民政协报", "人民政協報"},
		{"新華社（香港）", "新华社（香港）", "新華社（香港）"},
		{"市政協（xié）常委會", "市政协常委会", "市政協常委會"},
		{"国务院(港澳)办公室", "国务院(港澳)办公室", "国务院(港澳)办公室"},
		{"陜西省政協", "陕西省政协", "陜西省政協"},
		{"全省(sheng)(sheng)常住", "全省常住", "全省常住"},
		{"吳(wú)德海", "吴德海", "吳德海"},
		{"何晴(女)", "何晴(女)", "何晴(女)"},
	} {
		if got := Simplified(c.in); got != c.simplified {
			t.Errorf("Simplified(%q) = %q, want %q", c.in, got, c.simplified)
		}
		if got := Unglossed(c.in); got != c.unglossed {
			t.Errorf("Unglossed(%q) = %q, want %q", c.in, got, c.unglossed)
		}
	}
}

// Readable reads a range as written without the markup between its
// characters: a cell's tags go, an entity is decoded, a traditional
// character and its gloss stay.
func TestReadable(t *testing.T) {
	raw := []rune(`<tr><td>孫某</td><td>市政協(xié)&amp;市水利局</td></tr>`)
	o := Original{Raw: raw, View: Normalise(raw, true)}
	lines := Lines(o.View)
	if len(lines) != 1 {
		t.Fatalf("lines %v of %q", lines, string(o.View.Runes))
	}
	if got, want := o.Readable(lines[0].Range), "孫某 市政協(xié)&市水利局"; got != want {
		t.Errorf("readable %q, want %q", got, want)
	}
}

// IsHan answers as unicode.Han does, for every code point.
func TestIsHan(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if IsHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("IsHan(%U) = %v", r, IsHan(r))
		}
	}
}

func TestListNumber(t *testing.T) {
	for in, want := range map[string]int{"1.县政协召开会议": 2, "12、提案": 3, "(三)工作要求": 3, "③委员": 1,
		"一、二、三等奖": 0, "2024年": 0, "1.5亿元": 0, "(2024)": 0, "县政协": 0,
		"第12号 关于某某的提案": 5, "第3号提案": 0, "第三次会议": 0} {
		if got := ListNumber([]rune(in)); got != want {
			t.Errorf("ListNumber(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestSentenceStart: a sentence goes on past a semicolon, not past a full
// stop or a line's end, and is looked for no further back than a long
// sentence is cut.
func TestSentenceStart(t *testing.T) {
	rs := []rune("甲乙。丙丁;戊己\n庚辛;壬癸")
	for at, want := range map[int]int{8: 3, 6: 3, 3: 3, 11: 9, 13: 9, 1: 0} {
		if got := SentenceStart(rs, at); got != want {
			t.Errorf("SentenceStart(%d) = %d, want %d", at, got, want)
		}
	}
	long := []rune(strings.Repeat("甲,", maxSentence))
	if got := SentenceStart(long, len(long)); got != len(long)-maxSentence {
		t.Errorf("a long line: %d, want %d", got, len(long)-maxSentence)
	}
}

// TestNumberPadding: the spaces a site sets around a number in running
// text go from the view, and the original still quotes them; a stamp's
// date and time keep theirs, and so does a table's row, which has no
// sentence punctuation.
func TestNumberPadding(t *testing.T) {
	for _, c := range []struct{ raw, view string }{
		{"全省 15 个市州里,超过 60% 的居民选择了新线路。", "全省15个市州里,超过60%的居民选择了新线路。"},
		{"这一制度从 1997 年沿用至今,历经 23 年。", "这一制度从1997年沿用至今,历经23年。"},
		{"发布 2021-03-03 15:28 会议今天召开,委员出席。", "发布 2021-03-03 15:28 会议今天召开,委员出席。"},
		{"孙强 45 男", "孙强 45 男"},
		// and a figure with its unit set apart on both sides (新增 2100张 床位)
		{"全年新增 2100张 养老床位,新建 6.5万 平方米 绿地。", "全年新增2100张养老床位,新建6.5万平方米绿地。"},
	} {
		viewQuotes(t, c.raw, c.view)
	}
}

// viewQuotes checks the plain text's view, and that the view quotes the
// text whole.
func viewQuotes(t *testing.T, raw, view string) {
	t.Helper()
	v := Normalise([]rune(raw), false)
	if got := string(v.Runes); got != view {
		t.Errorf("%q: view %q, want %q", raw, got, view)
	}
	o := Original{Raw: []rune(raw), View: v}
	if got := o.At(Range{0, len(v.Runes)}); got != raw {
		t.Errorf("%q: the view quotes %q", raw, got)
	}
}

func TestTagsLeftInPlainText(t *testing.T) {
	for _, c := range []struct{ raw, view string }{
		{"县政协召开会议<br />孙强主持。<BR>何晴出席。", "县政协召开会议\n孙强主持。\n何晴出席。"},
		{"<p>县政协召开会议</p><p>孙强主持。", "\n县政协召开会议\n\n孙强主持。"},
		{"a<b>粗体</b>和<pre>不动", "a<b>粗体</b>和<pre>不动"}, // (no break tag: as written)
	} {
		viewQuotes(t, c.raw, c.view)
	}
}

func TestRateDots(t *testing.T) {
	for _, c := range []struct{ raw, view string }{
		{"医疗类价格上涨1·8%,增幅回落0•3个百分点。", "医疗类价格上涨1.8%,增幅回落0.3个百分点。"},
		{"纪念7·20抗洪,捐款3·5万元。", "纪念7·20抗洪,捐款3·5万元。"}, // (a day's name; a sum's dot left as written)
		{"阿依古丽·艾力委员发言。", "阿依古丽·艾力委员发言。"},
	} {
		if got := string(Normalise([]rune(c.raw), false).Runes); got != c.view {
			t.Errorf("%q: view %q, want %q", c.raw, got, c.view)
		}
	}
}

func TestScriptNote(t *testing.T) {
	for _, c := range []struct {
		name, text, want string
	}{
		{"Chinese", "县政协召开主席会议,研究年度协商计划。委员们围绕乡村振兴提出建议,县政协主席吴荣主持会议并讲话。", ""},
		{"Chinese with a Japanese name in kana and an English menu", "Home | News | About 县政协召开主席会议,吴荣主持。日本友人さくら到会。委员们围绕乡村振兴提出建议,会议研究了年度协商计划。", ""},
		{"Japanese", "県政協の会議は三日午後に開かれ、委員たちは農村の振興について提案を行った。会議では年度の計画が審議された。", "the text is written in Japanese"},
		{"Korean", "정협 회의가 3일 오후에 열렸다. 위원들은 농촌 진흥에 대해 제안했다. 县政协 회의에서 연간 계획이 심의되었다.", "the text is written in Korean"},
		{"English", "The county committee of the CPPCC held its chairmen's meeting on Tuesday to study the year's consultation plan (县政协).", "the text is mostly not Chinese"},
		{"Chinese with its English translation", "县政协召开主席会议,研究年度协商计划,委员们提出建议。The county committee held its chairmen's meeting to study the year's plan of consultation, and members made proposals.", ""},
		{"too short to judge", "さくら", ""},
	} {
		got := ScriptNote([]rune(c.text))
		if c.want == "" && got != "" || c.want != "" && !strings.HasPrefix(got, c.want) {
			t.Errorf("%s: %q, want it to open with %q", c.name, got, c.want)
		}
	}
}
