package layout_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/zxtract/zxtract/extract"
	"github.com/zxtract/zxtract/extract/internal/testkit"
	"github.com/zxtract/zxtract/extract/read"
	"github.com/zxtract/zxtract/extract/record"
)

// process runs the default rules on every document of a testdata text.
func process(t *testing.T, name string) ([]*record.Record, string) {
	t.Helper()
	x, err := extract.Default()
	if err != nil {
		t.Fatal(err)
	}
	var recs []*record.Record
	var text string
	if err := read.ReadPaths([]string{testkit.Testdata("text", name)}, read.Options{}, nil, func(d *read.Document) error {
		recs = append(recs, x.Process(d)...)
		text = d.Text
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return recs, text
}

func TestSplitArticles(t *testing.T) {
	cases := []struct {
		file      string
		headlines []string
		subtitle  string // of the first article
		published string
	}{
		{"newspaper-page.txt", []string{"凝聚合力办实事", "协商推进县域特色产业发展", "委员进社区", "平坝区政协开展提案办理“回头看”"},
			"安顺市政协推动委员履职向基层延伸", ""},
		{"web-page.txt", []string{"区政协召开党组理论学习中心组会议"}, "", "2021-06-18"},
		{"traditional.txt", []string{"市政協(xié)召開十二屆三次常委會議"}, "", "2019-08-06"},
		{"no-headline.txt", []string{""}, "", ""},
	}
	for _, c := range cases {
		recs, _ := process(t, c.file)
		var got []string
		for _, r := range recs {
			got = append(got, r.Headline)
			if r.Published != c.published {
				t.Errorf("%s: published %q, want %q", c.file, r.Published, c.published)
			}
		}
		if !reflect.DeepEqual(got, c.headlines) {
			t.Errorf("%s: headlines %q, want %q", c.file, got, c.headlines)
		}
		if recs[0].Subtitle != c.subtitle {
			t.Errorf("%s: subtitle %q, want %q", c.file, recs[0].Subtitle, c.subtitle)
		}
	}
}

// TestEditorsNoteIsNotAnArticle: the column heading and note above a page's
// articles belong to no article.
func TestEditorsNoteIsNotAnArticle(t *testing.T) {
	recs, text := process(t, "newspaper-page.txt")
	raw := []rune(text)
	first := string(raw[recs[0].Span[0]:recs[0].Span[1]])
	if want := "凝聚合力办实事"; first[:len(want)] != want {
		t.Errorf("first article starts %q", first[:30])
	}
}

// TestPageForms: the forms real pages take, each in a page of our own.
func TestPageForms(t *testing.T) {
	x, err := extract.Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, page string
		headlines  []string
		published  string
	}{
		{"the page's metadata above the headline, an author's line among it: the headline under it, its decks naming many leaders run together no headline",
			"时间:2025-03-06 09:12\n\n作者:孙丽萍\n\n来源:青禾融媒\n\n点击量:\n\n州政协十届三次会议开幕\n\n吴荣何晴孙文超马振川刘桂英杨立竹吴志超孙文刚文家凯于文辉黄文超刘海军到会祝贺\n\n何长春主持 吴德海作工作报告\n\n3月5日上午,州政协十届三次会议开幕。\n",
			[]string{"州政协十届三次会议开幕"}, "2025-03-06"},
		{"a public-information page's metadata as a table's rows above the title (label, tab, value): the title the headline",
			"索引号:\t000000000/2023-00001\n发布机构:\t禾田县人民政府办公室\n生成日期:\t2023-06-30\n主题分类:\t综合政务\n\n禾田县人民政府办公室关于做好夏季防汛工作的通知\n\n各乡镇人民政府、街道办事处,县直各单位:\n现将有关事项通知如下。\n",
			[]string{"禾田县人民政府办公室关于做好夏季防汛工作的通知"}, "2023-06-30"},
		{"a report's occasion under its title over two lines blank lines part (——某日在某大会 / 第四次会议上): one subtitle, the title the headline",
			"禾田县政府工作报告\n\n——2019年3月2日在禾田县第八届人民代表大会\n\n第四次会议上\n\n县长 孙强\n\n各位代表:\n\n一年来,禾田各项事业稳步推进。\n",
			[]string{"禾田县政府工作报告"}, ""},
		{"a portal's line of a title, the site's address, a stamp and an outlet: the title alone the headline",
			"委员履职记:把群众的事放在心上……http://www.example.com.cn 2009年03月06日 07:25 青禾日报\n3月5日,委员们来到会场。\n",
			[]string{"委员履职记:把群众的事放在心上……"}, "2009-03-06"},
		{"a headline that ends with its event's word (…召开), and under it, no blank line between, phrases a space parts: the deck no part of the headline",
			"县政协十届四次会议提案审查委员会会议召开\n收到提案126件 立案118件\n3月4日,县政协十届四次会议提案审查委员会召开会议。\n",
			[]string{"县政协十届四次会议提案审查委员会会议召开"}, ""},
		{"a headline that ends with its event's word, and under it, no blank line between, a deck that says who presided: no part of the headline",
			"市人大常委会第九次会议举行\n何晴主持并讲话\n本报讯 6月12日,市人大常委会第九次会议举行第一次全体会议。\n",
			[]string{"市人大常委会第九次会议举行"}, ""},
		{"a page's title of clauses commas part, its stamp under it, a column's name above it: the headline",
			"政协要闻\n县政协十届五次会议闭幕,孙强出席,何晴主持并讲话\n发布时间:2024-02-22 编辑:青禾政协网\n\n2月22日上午,县政协十届五次会议闭幕。\n",
			[]string{"县政协十届五次会议闭幕,孙强出席,何晴主持并讲话"}, "2024-02-22"},
		{"a headline that names its event, and under it, no blank line between, a deck that says what the event did with no subject (审议通过了…): no headline of its own",
			"当前位置:首页 > 要闻\n\n县政协十届五次会议举行预备会议\n审议通过了大会议程和主席团名单等\n\n发布时间:2024-02-20 09:30 来源:青禾日报\n\n2月19日下午,县政协十届五次会议举行预备会议。\n",
			[]string{"县政协十届五次会议举行预备会议"}, "2024-02-20"},
		{"a page's heading that holds the headline under it whole (a series' number, a deck after it): no line the headline wraps from",
			"第三篇:县政协开展委员履职培训 为期两天\n县政协开展委员履职培训\n孙丽萍 2019年05月10日 来源:青禾日报\n5月8日,县政协举办委员履职培训班。\n",
			[]string{"县政协开展委员履职培训"}, "2019-05-10"},
		{"a column's label of a place's name above a headline that names the place again: a kicker, no part of the headline",
			"永嘉\n永嘉县政协召开主席会议\n5月8日,县政协召开主席会议,研究年度协商计划。\n",
			[]string{"永嘉县政协召开主席会议"}, ""},
		{"a headline of two clauses right above a longer dated lead, no blank line between: no wrapped line; the writer's credit closing it no headline",
			"吴荣调研青禾工作站,孙文超出席\n2月4日,市政协主席吴荣一行到青禾区察看委员之家,区委书记孙文超陪同。\n区政协副主席何晴参加。\n文字:马振川\n编辑:刘桂英\n",
			[]string{"吴荣调研青禾工作站,孙文超出席"}, ""},
		{"an untitled dispatch whose next paragraph a line ending in a colon leads into: no headline",
			"某某网北京3月4日电 县政协十届四次会议于3月4日下午开幕,会议听取提案工作情况报告。\n以下为报告摘要:\n一年来,委员们提交提案两百余件,全部办复。\n",
			[]string{""}, ""},
		{"an untitled story with pictures' captions in brackets on lines of their own: no headline",
			"9月15日,县政协委员分两组走进禾田镇,看了新修的村道和三处农家书屋。\n(委员们在禾田镇一处农家书屋翻阅图书)\n(委员们沿新修村道步行察看)\n县政协副主席吴荣说,这样的走访让委员们长了见识。\n",
			[]string{""}, ""},
		{"an untitled story, two paragraphs of a report, then a picture's caption on a line of its own: no headline",
			"禾田镇一早召开碰头会,镇长孙文超对村道养护作了分工。\n孙文超说,每名干部包一段路,月底前要见成效。\n孙文超在村口听取意见\n下午,各村分头清理路边杂物。\n",
			[]string{""}, ""},
		{"an untitled story with a picture's source on a line of its own: no headline",
			"去年以来,禾田镇委员之家先后办了九场恳谈。\n图源:某某发布\n每逢周二,两位委员在那里听取居民的诉求。\n",
			[]string{""}, ""},
		{"a lecture's title again above its text, under a kicker, after the page's source and credits: one article",
			"某某网>资料>正文\n\n委员履职的制度与规则\n\n来源:某某网 作者: 编辑:某某 2023-05-09 17:03:07\n\n履职学习专题讲座第三讲\n\n委员履职的制度与规则\n\n孙文超\n\n各位委员:\n\n委员履职要坚持依法依规,提高履职能力。\n",
			[]string{"委员履职的制度与规则"}, "2023-05-09"},
		{"stamp after a bullet, bare name under a dated report",
			"当前位置: 首页 > 政务动态\n\n某某县政协常务委员会工作报告\n  • 发布时间:2024年01月18日\n  • 来源:某某日报\n\n——在县政协九届三次会议上\n(2024年1月10日)\n王某某\n\n各位委员:我代表常务委员会报告工作,请审议。\n",
			[]string{"某某县政协常务委员会工作报告"}, "2024-01-18"},
		{"a dated occasion after a dash, the speaker's post before the name",
			"政府工作报告(摘要)\n\n——2024年2月26日在某某市第八届人民代表大会第四次会议上\n\n某某市人民政府市长 王某某\n\n过去一年,全市经济运行稳中向好。\n",
			[]string{"政府工作报告(摘要)"}, ""},
		{"related articles' titles after their label, then a footer's menu and its copyright with the years it spans: no article",
			"县政协开展委员进社区活动\n\n本网讯 3月4日,县政协组织委员走进社区,收集社情民意42条。\n\n(责编:某某)\n\n相关新闻\n市政协召开主席会议\n省政协委员视察某县\n\n报社概况 | 关于本网 | 报社招聘 | 广告服务 | 网站声明 | ENGLISH 某 某 网 股 份 有 限 公 司 版 权 所 有 ,未 经 书 面 授 权 禁 止 使 用 Copyright © 1997-2024 by www.example.com. all rights reserved\n",
			[]string{"县政协开展委员进社区活动"}, ""},
		{"a headline that ends with its event's word (…成立), and under it, no blank line between, a deck that says who spoke: no part of the headline",
			"某县政协委员工作站成立\n孙丽萍出席并讲话\n发布时间: 2022-10-20\n10月19日,县政协在禾丰镇设立委员工作站。\n",
			[]string{"某县政协委员工作站成立"}, "2022-10-20"},
		{"editors' credits after a wide gap below an article, its headline repeated under them: the article's end, no article",
			"某县政协召开常委会议\n\n本报讯 县政协召开常委会议,委员们审议提案办理情况。\n\n\n\n编辑:孙丽萍\n\n某县政协召开常委会议\n",
			[]string{"某县政协召开常委会议"}, ""},
		{"a catalogue after a wide gap, its items and closing note under its headline: an article of its own",
			"某县政协召开全会\n\n本报讯 县政协十届一次会议开幕,委员们审议工作报告。\n\n\n\n某县政协提案目录\n\n第1号 关于推进县城污水管网改造的提案 提案人:某某\n第2号 关于完善农村养老服务的提案 提案人:某某\n\n(共收到提案126件,经审查立案118件)\n",
			[]string{"某县政协召开全会", "某县政协提案目录"}, ""},
		{"a catalogue's items by their numbers (第1号 …) under the headline, and a note shaped like a heading after them: its content",
			"某县政协提案目录\n\n第1号 关于推进县城污水管网改造的提案 提案人:某某\n第2号 关于完善农村养老服务的提案 提案人:某某\n\n(共收到提案126件,经审查立案118件)\n",
			[]string{"某县政协提案目录"}, ""},
		{"a photograph's caption and its credit inside an article, a section heading under it: the article goes on",
			"委员们陆续报到\n\n本报讯(记者 何晴)县政协十届一次会议明天开幕,委员们今天陆续报到。\n\n孙文超委员来到驻地。 记者 吴超 摄\n\n“老委员”孙文超:带着提案来\n\n孙文超说,今年他带来两件提案。\n",
			[]string{"委员们陆续报到"}, ""},
		{"an official notice's title above its number, and the units it is sent to on a line of their own: no heading",
			"关于开展委员意见征集的通知\n青政办发〔2024〕9号\n各有关单位:\n本月起,县政协向社会征集意见建议。请按时报送。\n",
			[]string{"关于开展委员意见征集的通知"}, ""},
		{"an official notice's annexes' list, signature and date, and the annex under them: the notice's own, no article",
			"某县人民政府办公室关于印发某项工作方案的通知\n\n各乡镇人民政府:\n\n现将方案印发给你们,请认真贯彻执行。\n\n附件:1.任务清单\n2.分工表\n\n某县人民政府办公室\n2025年3月2日\n\n(此件公开发布)\n\n一、全年新建村级公路40公里,6月底前开工。\n二、新增城镇就业岗位500个以上。\n",
			[]string{"某县人民政府办公室关于印发某项工作方案的通知"}, "2025-03-02"},
		{"an official notice whose headline ends with its number in brackets: its signature, date and annex are the notice's own",
			"某县人民政府办公室关于印发某项工作方案的通知(青政办发〔2024〕3号)\n\n各乡镇人民政府:\n\n现将方案印发给你们,请认真贯彻执行。\n\n某县人民政府办公室\n\n2024年3月2日\n\n某项工作方案\n\n一、全年新建村级公路40公里,6月底前开工。\n",
			[]string{"某县人民政府办公室关于印发某项工作方案的通知(青政办发〔2024〕3号)"}, "2024-03-02"},
		{"a government page's fields, bulleted, each value on the line under its label: no headline, the date under its label the page's",
			"某县政府信息公开指南\n\n  • 索引号:\n\n    1234/2024-001\n  • 发文机构:\n\n    县政府网站\n  • 发文日期:\n\n    2024年04月06日 16:40\n  • 内容概述:\n\n某县政府信息公开指南\n\n第一章 总则\n\n一、根据有关规定,结合本县实际,编制本指南。\n",
			[]string{"某县政府信息公开指南"}, "2024-04-06"},
		{"a credit's label and name on a line under the headline (记者:某某), a chart's source and a stock photo's note: no part of the headline",
			"县政协开展月度协商\n\n记者:吴荣\n\n5月3日,县政协开展月度协商。\n\n\n\n一季度经济开局良好\n(配图仅供参考)\n数据来源:县统计局\n制图:何晴\n本报讯(记者孙丽萍)县统计局发布数据。\n",
			[]string{"县政协开展月度协商", "一季度经济开局良好"}, ""},
		{"a video's makers credited after the text, one of them with two credits joined by a slash, a cover's photographer under a label: the article's end, no article of their own",
			"县政协委员走进社区\n\n5月3日,县政协组织委员走进社区,听取居民意见。\n\n监制:吴荣\n\n策划:何晴\n\n文字/剪辑:孙丽萍\n\n编辑:马刚\n\n封面图:周一凡 摄\n\n资料来源:县政协、县电视台\n\n【责任编辑:刘海军】\n",
			[]string{"县政协委员走进社区"}, ""},
		{"a column's label alone on its line above a report (热点:): no headline",
			"热点:\n记者吴荣报道 5月3日,县政协委员提交提案126件,涉及乡村振兴、教育医疗等方面。\n",
			[]string{""}, ""},
		{"an e-paper's page navigation and a column's tag in brackets over a photo report: no headline",
			"下一版»本期共4版, 当前第2版 PDF\n【图片新闻】\n\n8月3日下午,县领导吴德海、何秀琴来到各讨论组,看望了与会委员。\n\n孙丽萍摄影报道\n",
			[]string{""}, ""},
		{"a photo set's captions, a run of heading-shaped lines after an untitled article's body, are no headline",
			"(通讯员 某某)6月3日,某县第八次党代会闭幕,会期两天。\n县委书记吴德海作报告\n县委副书记何秀琴主持大会\n县纪委书记孙丽萍作报告\n大会圆满完成各项议程。\n",
			[]string{""}, ""},
		{"a list's lines after an untitled article's paragraphs, a share on its own line (占38.8%), are the article's: no headline, no furniture",
			"(通讯员 某某)5月6日,县政府向政协常委会报告提案办理结果。\n县政府共办理提案146件,均已按期答复。\n委员对办理结果表示满意。\n其中已经解决的68件\n占46.6%\n正在解决的78件\n占53.4%\n",
			[]string{""}, ""},
		{"a journal article's catalogue fields (中图分类号…文章编号) are furniture, no headline",
			"[摘 要]县级政协协商在基层治理中作用日显。\n[关键词]政协协商;基层治理\n中图分类号:D60 文献标识码:A 文章编号:1001-0000(2020)03-0011-05\n近年来,各地政协积极探索协商议事。\n",
			[]string{""}, ""},
		{"a list's numbered items after an untitled article's first paragraph are its content, no headline",
			"3月2日,县政协对12件优秀提案予以表扬。\n优秀提案如下:\n1、关于发展禾田特色农业的建议\n提案者:孙文刚委员\n2、关于改善乡村道路的建议\n提案者:民进某县支部\n",
			[]string{""}, ""},
		{"two captions after an untitled article's first paragraph are no headline either (a pair of heading-shaped lines)",
			"5月6日下午,某区政协首个界别委员工作室揭牌成立。\n区政协副主席孙文刚揭牌\n工作室负责人介绍运行情况\n工作室由来自四个界别的18名委员组成。\n",
			[]string{""}, ""},
		{"a photo set's names under its pictures, a rarer surname's above names the article's text then names: no headline, no author",
			"10月8日,市政协举办委员读书分享会,二十余名委员参加。\n颉卫东\n吴德海\n杨立竹\n读书小组组长颉卫东、吴德海、杨立竹各自谈了心得。\n",
			[]string{""}, ""},
		{"a headline that opens with the day and exclaims (今天,…!…), its reporters' line with what each made after a slash, a stamp under it",
			"今天,委员们又出发了!看看这一年的履职足迹\n青禾日报记者 孙明亮/文 通讯员 何秀琴/图\n2023-05-06 10:20\n\n5月5日,县政协组织委员分三路走访企业。\n",
			[]string{"今天,委员们又出发了!看看这一年的履职足迹"}, "2023-05-06"},
		{"a headline that asks, a quote alone under it (a blank line between, or none): the quote its subtitle, no headline",
			"做满一年还是只做十天委员?\n\n“下次活动一定叫上我!”\n\n2024年03月06日 09:17 | 作者:何晴\n\n3月5日上午,委员们领到了新的通讯录。\n" +
				"\n\n委员能不能天天在线?\n“履职没有休息日!”\n2024年03月07日 10:02\n3月6日,委员们分组讨论报告。\n",
			[]string{"做满一年还是只做十天委员?", "委员能不能天天在线?"}, "2024-03-06"},
		{"a teaser's paragraph under a related-news label after the body: no article, none of the article's",
			"县政协召开常委会议\n\n本报讯 3月4日,县政协召开常委会议,审议有关事项。\n\n新闻推荐\n本报讯(记者 吴超)3月2日,县委召开党外人士座谈会,听取各界意见,就…\n",
			[]string{"县政协召开常委会议"}, ""},
		{"an untitled paragraph that ends in its authors' names, and photo captions under it: no headline",
			"6月3日,县政协委员分组视察乡村道路建设,提出意见建议。(何晴 吴超)\n县政协副主席吴德海在视察中\n县政协副主席何秀琴在座谈会上\n",
			[]string{""}, ""},
		{"an account's short name right above the stamp under a headline of a clause or more is no part of it",
			"县政协委员密集下基层,有几个新变化\n青禾说\n2022-05-16\n\n5月15日,县政协委员分组走访乡镇。\n",
			[]string{"县政协委员密集下基层,有几个新变化"}, "2022-05-16"},
		{"a site's local station named under the headline is no part of it",
			"县政协组织委员普法进村\n某网某某站\n\n某网某某站5月6日讯 5月5日,县政协组织委员走进乡村。\n",
			[]string{"县政协组织委员普法进村"}, ""},
		{"a notice's signature and date after wide gaps, and the draft it publishes under them after more: one document",
			"关于某条例草案征求意见的公告\n\n现将草案公布,请各界提出意见。\n\n\n\n某市人大常委会办公厅\n\n\n\n2024年3月1日\n\n某某条例(草案)\n\n第一章 总则\n\n\n\n第一条 为了规范管理,制定本条例。\n",
			[]string{"关于某条例草案征求意见的公告"}, "2024-03-01"},
		{"a reply to a proposal, its signature and date, and a contact line under them: the reply's own",
			"关于某项提案的答复\n\n某某委员:\n\n您提出的提案收悉,现答复如下:今年已改造路段12处。\n\n某市交通运输局\n2025年6月3日\n\n(联系人:孙丽萍;联系电话:1234567)\n",
			[]string{"关于某项提案的答复"}, "2025-06-03"},
		{"a list's numbered items under the headline are its content, no headline of their own",
			"某年度县政协优秀提案名单\n\n(共3件)\n\n1.关于完善农村养老服务的建议(某某)\n2.关于规范校外培训的建议(某某)\n3.关于推进城市更新的建议(民进某某县支部)\n",
			[]string{"某年度县政协优秀提案名单"}, ""},
		{"a digital edition's labelled heading lines: the kicker above (引题:), the subtitle under (副题:), neither joined to the headline",
			"引题:聚焦特色产业\n县政协开展专题协商\n副题:委员建言油茶产业提质增效\n\n本报讯 县政协召开专题协商会。\n",
			[]string{"县政协开展专题协商"}, ""},
		{"a couplet above the headline is its kicker, not its first line wrapped",
			"凝心聚力谋发展 履职尽责展作为\n县政协十届三次会议胜利闭幕\n\n本报讯 1月12日上午,县政协十届三次会议胜利闭幕。\n",
			[]string{"县政协十届三次会议胜利闭幕"}, ""},
		{"a couplet whose phrases hold quotation marks, above the headline: its kicker",
			"聚焦“两个健康” 服务民营经济\n县政协召开民营经济发展专题协商会\n——委员企业家建言优化营商环境\n\n本报讯 12月3日,县政协召开专题协商会。\n",
			[]string{"县政协召开民营经济发展专题协商会"}, ""},
		{"a couplet that is the headline, its subtitle under it",
			"扎根基层二十载 倾心为民解难题\n——记县政协委员某某\n\n清晨7点,卫生院门诊楼里已经排起了长队。\n",
			[]string{"扎根基层二十载 倾心为民解难题"}, ""},
		{"a digest's bulleted items, each a headline over a lead of the event's days",
			"政协简讯\n\n●县政协召开党组会议\n6月3日,县政协党组召开会议。\n\n●县政协开展委员培训\n6月5日至6日,县政协举办委员培训班。\n",
			[]string{"县政协召开党组会议", "县政协开展委员培训"}, ""},
		{"a digest's items each on one line, headline then lead",
			"政协简讯\n\n●县政协召开党组会议 6月3日,县政协党组召开会议。\n\n●县政协开展委员培训 6月5日至6日,县政协举办委员培训班。\n",
			[]string{"县政协召开党组会议", "县政协开展委员培训"}, ""},
		{"a digest's item on one line whose headline quotes a name",
			"政协简讯\n\n■ 县政协开展“三服务”活动 6月3日,县政协组织委员走访企业。\n\n■ 县政协开展委员培训 6月5日,县政协举办委员培训班。\n",
			[]string{"县政协开展“三服务”活动", "县政协开展委员培训"}, ""},
		{"a listing's items above the article, each a title and its date",
			"政协动态\n县政协党组召开理论学习中心组学习会 2024-06-12\n县政协召开十届十二次常委会议 2024-06-05\n县政协召开十届十二次常委会议\n发布日期:2024-06-05 信息来源:县政协研究室\n6月5日,县政协召开十届十二次常委会议。县政协主席刘桂英主持会议。\n",
			[]string{"县政协召开十届十二次常委会议"}, "2024-06-05"},
		{"the headline again under it with a word or two more (a picture's caption: …一行) is no headline of its own",
			"跳过导航\n\n县长吴荣会见青禾商会考察团\n\n县长吴荣会见青禾商会考察团一行\n\n县长吴荣今日上午会见青禾商会考察团,双方就合作交换意见。\n",
			[]string{"县长吴荣会见青禾商会考察团"}, ""},
		{"a column's name of what goes on, right above the headline, is no part of it",
			"委员动态\n禾丰镇政协工作组走访种粮大户\n\n2024-06-11 10:02　来源:青禾网\n\n6月10日,禾丰镇政协工作组委员走访种粮大户,了解夏收进展。\n",
			[]string{"禾丰镇政协工作组走访种粮大户"}, "2024-06-11"},
		{"a place's label right above a headline that names it again is a kicker, though it ends as a body's name does",
			"泉州\n泉州市禾田县政协召开主席会议\n6月3日,禾田县政协主席吴荣主持召开主席会议。\n",
			[]string{"泉州市禾田县政协召开主席会议"}, ""},
		{"a page's metadata that credits, under the headline, and a deck under it: one article, the metadata's stamp its date",
			"委员带来一批提案\n\n文章来源:青禾晚报 发布时间:2024-03-03 10:27:29 责任编辑:吴荣\n\n资深委员带来一批提案\n\n会议3日下午开幕。委员共有53人。\n",
			[]string{"委员带来一批提案"}, "2024-03-03"},
		{"a page's metadata whose author is left empty before the stamp's label: the stamp dates the page, no credit of its label",
			"县政协开展送医下乡活动\n\n文章来源:青禾网 作者: 发布时间:2019-04-02 08:15 点击量:56\n\n4月1日,县政协组织医卫界委员送医下乡。\n",
			[]string{"县政协开展送医下乡活动"}, "2019-04-02"},
		{"a picture's caption without its full stop, its photographer's credit after it, then a section's heading: one article, the caption's credit no article's end",
			"委员热议民生实事\n\n2024年03月06日 10:20 来源:青禾网\n\n吴荣委员在小组讨论会上就养老服务发言 记者 孙丽萍 摄\n\n民生保障更有温度\n\n何晴委员:养老服务要向农村延伸。\n",
			[]string{"委员热议民生实事"}, "2024-03-06"},
		{"an e-paper's bulleted list of its page's titles, its reading tools under it (朗读, 更多功能): furniture, the article's own heading its headline",
			"第A03版:要闻\n· 县政协七届五次会议闭幕\n· 委员热议民生实事\n· 大会收到提案216件\n收藏 打印 朗读 更多功能\n2024年3月6日\n县政协七届五次会议闭幕\n  本报讯 3月5日,会议在县会堂闭幕。\n",
			[]string{"县政协七届五次会议闭幕"}, "2024-03-06"},
		{"an agency's dateline before its story's title (某某社某地某日电 题:…) is no part of the headline",
			"青禾社禾田五月六日电 题:委员走进田间地头\n青禾社记者 吴荣\n五月六日上午,委员们走进田间地头。\n",
			[]string{"委员走进田间地头"}, ""},
		{"a listing alone, its pager under it",
			"政协动态\n\n县政协召开主席会议　2024-05-06\n县政协开展委员培训　2024-05-03\n\n共2条　首页　上一页　下一页　尾页\n",
			[]string{"政协动态"}, ""},
		{"a line of metadata that opens with the author, the stamp after the source",
			"首页 > 履职动态 > 正文\n县政协开展义诊活动\n作者:杨立竹 来源:县政协办公室 发布时间:2024-05-17 16:32:08 浏览次数:1386\n5月16日,县政协组织医卫界委员开展义诊活动。\n",
			[]string{"县政协开展义诊活动"}, "2024-05-17"},
		{"the section's name under the navigation, repeating its last item, no line of the headline",
			"首页 > 机构设置 > 社法委\n\n社法委\n\n县政协社法委开展普法宣传进社区活动\n\n发布时间:2024-04-23 09:12:30\n\n4月22日,县政协社法委组织委员开展普法宣传。\n",
			[]string{"县政协社法委开展普法宣传进社区活动"}, "2024-04-23"},
		{"an interview's guest named under its headline, posts then name",
			"委员访谈|让乡村医生留得住\n\n全国政协委员、某某市人民医院院长吴志超\n\n记者:今年您带来了哪些提案?\n\n吴志超:我重点关注基层医疗卫生服务能力建设。\n",
			[]string{"让乡村医生留得住"}, ""},
		{"a page flattened into one line: navigation, headline, source and stamp, text",
			"首页>新闻中心>政协要闻 市政协召开双周协商座谈会 某某日报客户端2024-03-05 10:21 3月4日,市政协召开双周协商座谈会,围绕养老服务体系建设建言献策。委员们发言。\n",
			[]string{"市政协召开双周协商座谈会"}, "2024-03-05"},
		{"a page flattened into one line, its headline exclaiming inside",
			"县政协全会明天开幕!日程安排看这里 某某发布 2024-01-03 17:00:00 县政协九届四次会议将于1月4日上午开幕,1月6日上午闭幕,会期两天。\n",
			[]string{"县政协全会明天开幕!日程安排看这里"}, "2024-01-03"},
		{"a site's name and a date with no label",
			"当前位置: 首页>> 热点专题\n\n委员陆续抵达北京\n\n某某网 www.example.cn   2009年03月02日   来源:某某社\n\n    某某社北京3月2日电(记者王某)出席会议的委员陆续抵达。\n",
			[]string{"委员陆续抵达北京"}, "2009-03-02"},
		{"the article's stamp wins over the site's",
			"2024年3月5日 星期二\n\n某某网 > 新闻 > 要闻\n\n市政协召开常委会议\n\n发布时间:2024-03-01 10:00  来源:市政协\n\n3月1日,市政协召开常委会议。\n",
			[]string{"市政协召开常委会议"}, "2024-03-01"},
		{"a public information page's metadata table dates the page, not the notice's signature below its body",
			"索引号:001/2024-00123\t发布机构:某某市人民政府办公室\n生成日期:2024-03-05\t文号:某政办发〔2024〕5号\n\n某某市人民政府办公室关于印发工作要点的通知\n\n各区、县(市)人民政府:\n《工作要点》已经市政府常务会议审议通过,现印发给你们。\n\n某某市人民政府办公室\n2024年3月4日\n",
			[]string{"某某市人民政府办公室关于印发工作要点的通知"}, "2024-03-05"},
		{"a roster's sections with their counts, and their short lines of names, are its text",
			"政协某某县委员会委员名单\n\n中共界(3人)\n何秀琴　马振川　孙丽萍(女)\n\n民革界(2人)\n吴德海　杨立竹\n",
			[]string{"政协某某县委员会委员名单"}, ""},
		{"a listing's title and date on one line, the article under it with no heading of its own",
			"县政协召开十届五次常委会议 2024-03-05\n\n3月5日,县政协召开十届五次常委会议。\n",
			[]string{"县政协召开十届五次常委会议"}, "2024-03-05"},
		{"a site's stamp line gives no headline",
			"中国人民政治协商会议某某县委员会 2024-03-05\n\n3月5日,县政协召开十届五次常委会议。\n",
			[]string{""}, "2024-03-05"},
		{"an emoji before a public account's headline, and its column's label",
			"点击上方蓝字 关注我们\n\n👉 委员风采|某某:做群众身边的贴心人\n\n某某,县政协委员,县人民医院儿科主任。\n",
			[]string{"某某:做群众身边的贴心人"}, ""},
		{"a digest's items with their titles in brackets before their paragraphs; a column's short label is none",
			"政协要闻速览\n\n【县政协召开主席会议】3月2日,县政协召开主席会议。\n\n【县政协开展植树活动】近日,县政协机关干部参加义务植树。\n\n【简讯】县政协委员参加培训。\n",
			[]string{"县政协召开主席会议", "县政协开展植树活动"}, ""},
		{"a digest's items under bulleted headings, each opening with when",
			"政协要闻速览\n\n■县政协召开主席会议\n3月2日,县政协召开主席会议。\n\n■县政协开展植树活动\n近日,县政协机关干部参加义务植树。\n",
			[]string{"县政协召开主席会议", "县政协开展植树活动"}, ""},
		{"an official notice's address and lead-in under its title, ending in colons",
			"某某市人民政府关于任免工作人员的通知\n\n各区县人民政府,市政府各部门:\n经市政府研究决定:\n任命某某为市教育局局长;\n\n某某市人民政府\n2024年6月12日\n",
			[]string{"某某市人民政府关于任免工作人员的通知"}, "2024-06-12"},
		{"a photo's caption under the headline is no heading",
			"点击蓝字 关注我们\n\n区政协:聚焦民生实事\n\n来源:某某区政协\n\n▲图为调研现场\n\n5月16日,区政协副主席孙某带领委员开展专题调研。\n",
			[]string{"区政协:聚焦民生实事"}, ""},
		{"a credit that closes a photo's caption ends no article: the sections after it are the article's",
			"县政协开展委员视察活动\n\n3月5日,县政协组织委员开展视察。\n\n▲委员们在企业视察。 通讯员 马某 摄\n\n聚焦产业发展\n\n委员们来到某某公司,了解生产经营情况。\n",
			[]string{"县政协开展委员视察活动"}, ""},
		{"a caption's credit with its outlet between the caption's full stop and the name (…。 某某报-某某网记者 某某摄) ends no article either",
			"县政协举办委员读书分享会\n\n3月5日,县政协举办读书分享会。\n\n委员吴某、何某在会上发言。 青禾日报-青禾网记者 马某摄\n\n县政协委员、县中学校长孙某:\n\n办好家门口的学校\n\n孙某说,学校要办得更好。\n",
			[]string{"县政协举办委员读书分享会"}, ""},
		{"a caption's credit above the headline is the article's",
			"图为区政协副主席孙某(左二)在企业调研。通讯员 马某 摄\n\n区政协开展专题视察\n\n9月20日,区政协组织委员开展专题视察。\n",
			[]string{"区政协开展专题视察"}, ""},
		{"two rosters on a page, the second under its date note",
			"政协某市委员会常务委员名单\n\n(按姓氏笔画排序)\n\n马某某　王　某　孙某某　吴某某　杨某某\n\n某市人大常委会任免名单\n\n(2023年8月29日某市人大常委会第十二次会议通过)\n\n任命孙某为某市教育局局长。\n",
			[]string{"政协某市委员会常务委员名单", "某市人大常委会任免名单"}, ""},
		{"a notice's salutation under its title, its date at the end",
			"关于召开县政协十届三次会议的通知\n\n各位委员:\n\n县政协十届三次会议定于1月8日召开,请按时参会。\n\n政协某某县委员会办公室\n2023年12月26日\n",
			[]string{"关于召开县政协十届三次会议的通知"}, "2023-12-26"},
		{"a stamp after the reporter's credit that ends the body",
			"县政协召开常委会议\n\n3月1日,县政协召开常委会议,审议有关事项。\n(记者 何秀琴)\n2024-03-02\n",
			[]string{"县政协召开常委会议"}, "2024-03-02"},
		{"a stamp after the body",
			"市政协召开常委会议\n\n3月1日,市政协召开常委会议,审议有关事项。\n\n发布日期:2024-03-02\n",
			[]string{"市政协召开常委会议"}, "2024-03-02"},
		{"a newspaper's date and page after the text",
			"市政协视察新农村建设\n    本报讯 记者 王某 报道:9月23日,市政协开展视察。\n                (2008年9月26日 第一版)\n",
			[]string{"市政协视察新农村建设"}, "2008-09-26"},
		{"a stamp without its year gives no date",
			"• 委员工作\n• 发布时间:02-14\n\n委员们积极履职,建言献策。\n",
			[]string{"委员工作"}, ""},
		{"a column's label and table rules",
			"快讯丨某某省政协十二届四次会议开幕 | ||||\n2022-01-18 10:21:37 [来源:某某在线]\n\n今天上午,会议在省人民会堂开幕。\n",
			[]string{"某某省政协十二届四次会议开幕"}, "2022-01-18"},
		{"headlines that exclaim, navigation lines above, an agency's byline",
			"date 2026-03-03 快讯\n\n某某公司股价大涨!市值创新高\n\n政协会议明天开幕 会期7天\n\n某某报/ 特派记者王海刘思远/北京即时报导\n大会将于明天开幕,会期7天。\n",
			[]string{"政协会议明天开幕 会期7天"}, "2026-03-03"},
		{"a lead-in that ends with a colon, its list's items under it, is no headline",
			"关于表彰优秀提案的决定\n\n经县政协主席会议研究,决定对以下提案予以表彰:\n1.《关于发展特色产业的提案》(提案人:某某)\n2.《关于完善养老服务的提案》(提案人:某某)\n希望受表彰的委员再接再厉。\n",
			[]string{"关于表彰优秀提案的决定"}, ""},
		{"a headline that ends exclaiming; an interview's question under it is none",
			"两会时间表来了!\n\n记者从市两会筹备工作领导小组获悉,市政协十五届四次会议将于1月13日开幕。\n\n记者:今年会议有哪些新变化?\n\n答:会期更紧凑。\n",
			[]string{"两会时间表来了!"}, ""},
		{"a headline asking after a label that is no interviewer's, over a caption run into its credit",
			"聚焦:委员提案怎样落地?\n\n委员们在田间察看秧苗长势(本报记者 吴荣/图)\n\n上午9时,调研组来到禾田村。\n",
			[]string{"聚焦:委员提案怎样落地?"}, ""},
		{"a short line under a headline is its subtitle",
			"正文 发布时间:2010-06-15\n\n省政协调研组听取乡村道路建设情况汇报\n\n某某主持\n\n  本报讯 (记者 王某)6月14日上午,调研组听取汇报。\n",
			[]string{"省政协调研组听取乡村道路建设情况汇报"}, "2010-06-15"},
		{"short news under their headlines, each lead restating it",
			"来了!早闻政协\n\n甲市政协召开主席会议\n\n1月29日上午,甲市政协召开主席会议,研究有关工作。\n\n乙县政协召开常委会议\n\n1月28日,乙县政协召开常委会议,审议有关事项。\n",
			[]string{"甲市政协召开主席会议", "乙县政协召开常委会议"}, ""},
		{"an e-paper's page head, short news whose leads repeat five characters of their headlines",
			"青禾日报 2024年03月06日 第03版:要闻\n\n委员建言乡村振兴\n本报记者 孙某\n3月5日,县政协组织委员开展调研。\n\n县政协召开主席会议\n3月4日,县政协召开十届第十五次主席会议。\n",
			[]string{"委员建言乡村振兴", "县政协召开主席会议"}, "2024-03-06"},
		{"an e-paper's masthead, date and edition on lines of their own",
			"青禾日报\n2024年3月8日 星期五\n第02版:要闻\n\n市政协召开主席会议\n本报讯(记者 孙某)3月7日,市政协召开主席会议。\n\n我市启动维权宣传周活动\n本报讯(记者 何某)3月7日,市妇联启动宣传周活动。\n",
			[]string{"市政协召开主席会议", "我市启动维权宣传周活动"}, "2024-03-08"},
		{"a long headline is not joined to its lead",
			"市政协召开助推乡村振兴专题协商性常委会议 落实市委部署 为发展建言献策\n\n10月28日,市政协召开专题议政性常委会议,围绕规划编制开展议政。\n",
			[]string{"市政协召开助推乡村振兴专题协商性常委会议 落实市委部署 为发展建言献策"}, ""},
		{"a site's blurb is no headline",
			"看点推荐\n专栏名称: 某某发布\n生活在这座城市,与你共同成长。\n\n市政协十四届二次会议今天上午开幕\n某某发布  · 公众号  · 2023-02-16 09:30\n会议今天上午开幕。\n",
			[]string{"市政协十四届二次会议今天上午开幕"}, "2023-02-16"},
		{"a site's name above the title, no blank line between",
			"某某县人民政府门户网站\n县政协调研乡村振兴工作\n2023年07月20日 来源:县政协\n7月19日,县政协主席带队调研。\n",
			[]string{"县政协调研乡村振兴工作"}, "2023-07-20"},
		{"an editor's note under a dated headline is the article's",
			"委员访谈|让小切口提案解决大民生\n来源:某某政协  发布日期:2023年11月08日\n\n编者按:本期我们请来县政协委员孙某。\n\n记者:您关注什么问题?\n孙某:老旧小区加装电梯。\n",
			[]string{"让小切口提案解决大民生"}, "2023-11-08"},
		{"a kicker above the headline, a headline wrapped, an author's name under a commentary's title",
			"践行全过程人民民主\n县政协“协商在基层”活动全面铺开\n\n本报讯 今年以来,县政协开展活动。\n\n\n\n市政协召开专题协商会议听取全市\n乡村振兴工作情况\n\n本报讯 5月9日,市政协召开会议。\n\n\n\n【短评】\n\n让协商更接地气\n\n吴德海\n\n协商要深入基层。\n",
			[]string{"县政协“协商在基层”活动全面铺开", "市政协召开专题协商会议听取全市乡村振兴工作情况", "让协商更接地气"}, ""},
		{"the bodies that issue a bulletin, on a line under its title",
			"2023年全县国民经济和社会发展统计公报\n\n县统计局　国家统计局某某调查队\n2024年3月20日\n\n全年全县地区生产总值增长5.2%。\n",
			[]string{"2023年全县国民经济和社会发展统计公报"}, "2024-03-20"},
		{"a bulletin's articles under its list of contents, each a heading the list named",
			"政协简报(第3期)\n县政协办公室编  2024年3月8日\n\n本期要目\n1.县政协召开主席会议研究提案工作\n2.县政协组织委员开展专题视察\n\n县政协召开主席会议研究提案工作\n3月6日,县政协召开主席会议。\n\n县政协组织委员开展专题视察\n近日,委员们视察了农村公路建设。\n",
			[]string{"县政协召开主席会议研究提案工作", "县政协组织委员开展专题视察"}, "2024-03-08"},
		{"a digest's items, each headed by its place's label in brackets",
			"各地政协动态\n\n【甲县】\n3月4日,县政协组织委员视察。\n\n【乙市】\n3月5日,市政协召开常委会议。\n",
			[]string{"甲县", "乙市"}, ""},
		{"a digest's items, each opening with its place's label, and a column's tag alone on a lead",
			"各地政协动态\n\n【甲县】3月4日,县政协组织委员视察。\n\n【乙市】3月5日,市政协召开常委会议。\n\n\n\n县政协召开主席会议\n\n【关注】3月6日,县政协召开主席会议。\n",
			[]string{"甲县", "乙市", "县政协召开主席会议"}, ""},
		{"an export's labelled fields: the title's label is no part of the headline",
			"标题:县政协召开主席会议\n日期:2023-05-06\n来源:县政协办公室\n正文:\n5月5日,县政协召开主席会议。县政协主席刘桂英主持。\n",
			[]string{"县政协召开主席会议"}, "2023-05-06"},
		{"decks under an event's headline, who presided and who reported: the headline stays",
			"某县政协十届四次会议开幕\n\n吴某某应邀出席 孙某某到会祝贺\n\n何某某作常委会工作报告\n\n刘某某主持 马某某作提案工作情况报告\n\n本报讯 1月26日上午,县政协十届四次会议开幕。\n",
			[]string{"某县政协十届四次会议开幕"}, ""},
		{"a site's menu above its clock's date, the page's title under them with its own stamp: the title and stamp nearest the body",
			"要闻 图片\n\n2025年6月3日 星期二\n\n禾田镇政协联络组开展民生实事视察\n\n  发布时间:2023-04-11 10:20  来源:青禾融媒\n\n  4月10日,联络组组织委员视察民生实事项目。\n",
			[]string{"禾田镇政协联络组开展民生实事视察"}, "2023-04-11"},
		{"a caption at a paragraph's end, the outlets and the photographer after its full stop, and an interview's labels under it: one article",
			"县政协举行提案办理协商座谈\n\n座谈在县行政中心举行,委员们逐件评议。图为座谈现场。青禾网/禾田网 吴荣 摄\n青禾社记者:\n请谈谈提案办理的成效。\n何晴:\n今年办复的提案有120件。\n",
			[]string{"县政协举行提案办理协商座谈"}, ""},
		{"the headline again under it with a word written into it, no blank line between: no wrapped line of one headline",
			"县政协机关中秋座谈会举行\n县政协机关中秋座谈会在禾田举行\n9月20日,县政协机关举行中秋座谈会。\n",
			[]string{"县政协机关中秋座谈会举行"}, ""},
		{"an author's name right above the affiliation, the article's title not kept above it: no headline",
			"何 晴\n(青禾大学人文学院,浙江 温州 325000)\n近年来,基层协商的形式日益丰富,委员们积极参与。\n",
			[]string{""}, ""},
		{"a report without its title, a section's heading after its lead or its sentences: the section's, no headline",
			"12日上午,县政协召开座谈会,县政协主席吴荣出席并讲话。\n\n吴荣感谢委员建言\n\n吴荣说,委员们要当好桥梁。\n",
			[]string{""}, ""},
		{"sentences whole before it, three or more, no lead among them",
			"县政协与委员举行座谈会。委员们交流了履职体会。大家表示要多学习。\n\n何晴谈履职体会\n\n何晴说,要多听群众意见。\n",
			[]string{""}, ""},
		{"a newspaper's introduction of a sentence or two above the headline: the heading under it is the headline",
			"当前,各地政协组织围绕中心工作开展协商。\n\n协商成果 惠及群众\n\n今年以来,县政协开展协商活动12次。\n",
			[]string{"协商成果 惠及群众"}, ""},
		{"a speech's greeting before: its section's heading, no headline",
			"各位代表:\n下面,我受县人民政府委托作说明,请予审议。\n过去一年工作回顾\n一年来,全县经济稳中有进。\n",
			[]string{""}, ""},
		{"a headline and its deck on one line after an article's body, a blank line between: the page's next article",
			"县政协开展委员视察\n\n本报讯 日前,县政协组织委员视察。委员们提出建议。\n\n协商成果 惠及民生\n\n委员们走访了三个村。\n\n青禾县政协创新议事机制见成效 乡村面貌焕新 百姓得实惠\n\n今年以来,议事会解决难题20件。\n",
			[]string{"县政协开展委员视察", "青禾县政协创新议事机制见成效 乡村面貌焕新 百姓得实惠"}, ""},
		{"a numbered section's heading of three parts after the body is the article's own",
			"县政协召开全体会议\n\n本报讯 日前,县政协召开全体会议。会议总结了工作。\n\n一、强化理论武装不松劲 夯实履职根基 提升建言质量\n\n全年开展学习活动12次。\n",
			[]string{"县政协召开全体会议"}, ""},
		{"a web page's article stamped under its headline, a picture's empty lines (blanks and spaces) a wide gap inside its body: one article",
			"县政协十届三次会议闭幕\n\n作者:孙丽萍 来源:本站 发布日期:2024-01-20 10:05\n\n1月19日,县政协十届三次会议闭幕。\n\n   \n\n县领导吴荣、何晴在主席台就座。\n",
			[]string{"县政协十届三次会议闭幕"}, "2024-01-20"},
		{"a listing's stamped article, then a wide gap and an item under a stamp of its own, no heading: two articles",
			"政协动态\n\n县政协召开主席会议\n发布时间:2024-05-17\n5月16日,县政协召开主席会议。\n\n\n\n发布时间:2024-05-10\n5月9日,县政协组织委员视察。\n",
			[]string{"县政协召开主席会议", ""}, "2024-05-17"},
		{"a newspaper page's titled article, no stamp, then a wide gap and an untitled brief: two articles",
			"县政协召开主席会议\n\n3月1日,县政协召开主席会议。\n\n\n\n3月2日,县政协机关开展植树活动。\n",
			[]string{"县政协召开主席会议", ""}, ""},
		{"a kicker that names the event, the headline under it, then a deck of leaders' names run together who came (…应邀参加) and a boxed byline (□ 特约记者 某某/文): the headline alone",
			"县政协十届三次会议举行大会发言\n\n委员建言聚焦乡村振兴新路径\n\n吴荣何晴孙文超马振川应邀参加\n\n□ 特约记者 孙强/文 本报记者 刘海/图\n\n1月26日上午,县政协十届三次会议举行第二次大会。\n",
			[]string{"委员建言聚焦乡村振兴新路径"}, ""},
		{"a blank line alone does not start an article",
			"市政协召开常委会议\n\n3月1日,市政协召开常委会议。\n\n会议审议了有关事项。\n\n会议要求,要认真履职。\n",
			[]string{"市政协召开常委会议"}, ""},
	}
	for _, c := range cases {
		recs := x.Process(&read.Document{Source: "page", Text: c.page, Encoding: read.EncUTF8})
		var got []string
		for _, r := range recs {
			got = append(got, r.Headline) // (a record with none counts: an article cut in two is two records)
		}
		if !reflect.DeepEqual(got, c.headlines) || recs[0].Published != c.published {
			t.Errorf("%s: headlines %q published %q, want %q %q", c.name, got, recs[0].Published, c.headlines, c.published)
		}
	}
}

// TestReportOccasion: a report's or a speech's occasion under its title
// (——某日在某大会上), on a line of its own or over lines blank lines part,
// is the article's subtitle, the title its headline.
func TestReportOccasion(t *testing.T) {
	x, err := extract.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, page := range []string{
		"禾田县政府工作报告\n——2019年3月2日在禾田县第八届人民代表大会第四次会议上\n县长 孙强\n各位代表:\n一年来,禾田各项事业稳步推进。\n",
		"禾田县政府工作报告\n\n——2019年3月2日在禾田县第八届人民代表大会\n\n第四次会议上\n\n县长 孙强\n\n各位代表:\n\n一年来,禾田各项事业稳步推进。\n",
	} {
		recs := x.Process(&read.Document{Source: "page", Text: page, Encoding: read.EncUTF8})
		if r := recs[0]; r.Headline != "禾田县政府工作报告" || r.Subtitle != "2019年3月2日在禾田县第八届人民代表大会第四次会议上" {
			t.Errorf("%q: headline %q subtitle %q", page, r.Headline, r.Subtitle)
		}
	}
}

// TestArticleStamps: articles of one page each under their own stamp are
// published on it, and read their dates against it (5月7日 of the second
// is 2023's, not the year before the first's stamp).
func TestArticleStamps(t *testing.T) {
	x, err := extract.Default()
	if err != nil {
		t.Fatal(err)
	}
	page := "县政协开展民主监督\n2023-05-06 10:20  来源:某某日报\n\n5月5日,县政协组织委员开展民主监督。\n\n" +
		"县政协召开常委会议\n2023-05-08 09:00  来源:某某日报\n\n5月7日,县政协召开常委会议。\n"
	recs := x.Process(&read.Document{Source: "page", Text: page, Encoding: read.EncUTF8})
	var got []string
	for _, r := range recs {
		got = append(got, r.Published)
		for _, d := range r.Lists["dates"] {
			got = append(got, fmt.Sprint(d.Get("value")))
		}
	}
	want := []string{"2023-05-06", "2023-05-06", "2023-05-05", "2023-05-08", "2023-05-08", "2023-05-07"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("published and dates %q, want %q", got, want)
	}
	// a stamp under the byline (an outlet of any name, 记者 and the name) is the article's too
	page = "县政协召开主席会议\n某某联线记者 何秀琴\n来源:某某联线 | 2025-11-25 18:55\n11月25日,县政协召开主席会议。\n"
	recs = x.Process(&read.Document{Source: "page", Text: page, Encoding: read.EncUTF8})
	got = []string{recs[0].Headline, recs[0].Published}
	for _, d := range recs[0].Lists["dates"] {
		got = append(got, fmt.Sprint(d.Get("text")))
	}
	want = []string{"县政协召开主席会议", "2025-11-25", "2025-11-25", "11月25日"}
	if len(recs) != 1 || !reflect.DeepEqual(got, want) {
		t.Errorf("headline, published and dates %q, want %q", got, want)
	}
	// a listing's later item after a wide gap, under a stamp of its own and no heading: published on it
	page = "县政协召开主席会议\n发布时间:2024-05-17\n5月16日,县政协召开主席会议。\n\n\n\n发布时间:2024-05-10\n5月9日,县政协组织委员视察。\n"
	recs = x.Process(&read.Document{Source: "page", Text: page, Encoding: read.EncUTF8})
	got = nil
	for _, r := range recs {
		got = append(got, r.Published)
	}
	if want = []string{"2024-05-17", "2024-05-10"}; !reflect.DeepEqual(got, want) {
		t.Errorf("a listing's items published %q, want %q", got, want)
	}
}

// TestTrailingLinesStay: lines like headings after the last article's body,
// with no body of their own (a notice's list, its signature, its date), stay
// with that article: no text is lost.
func TestTrailingLinesStay(t *testing.T) {
	// (and a contact line under its date, shaped like a heading, is read with it)
	page := "关于表彰优秀提案的决定\n\n各位委员:\n经研究,决定对以下优秀提案予以表彰。\n一、优秀提案\n关于加快老旧小区改造的提案\n二、先进单位\n市民政局、市财政局\n政协某某市委员会办公室\n2024年1月10日\n(联系人:孙丽萍,联系电话:12345678)\n"
	recs := processPage(t, page)
	if len(recs) != 1 {
		t.Fatalf("%d records, want 1", len(recs))
	}
	raw := []rune(page)
	got := string(raw[recs[0].Span[0]:recs[0].Span[1]])
	for _, want := range []string{"政协某某市委员会办公室", "联系人:孙丽萍"} {
		if !strings.Contains(got, want) {
			t.Errorf("the article ends %q, without %q", got[max(0, len(got)-60):], want)
		}
	}
	if people := recs[0].Lists["people"]; !slices.ContainsFunc(people, func(e *record.Entry) bool { return e.Get("name") == "孙丽萍" }) {
		t.Errorf("the contact line is not read: %d people", len(people))
	}
}

// processPage runs the default rules on a page given as text.
func processPage(t *testing.T, page string) []*record.Record {
	t.Helper()
	x, err := extract.Default()
	if err != nil {
		t.Fatal(err)
	}
	return x.Process(&read.Document{Source: "page", Text: page, Encoding: read.EncUTF8})
}

// TestShareLineIsText: a share on a line of its own (占46.6%), one Han
// character and a figure, is the article's text, no page furniture.
func TestShareLineIsText(t *testing.T) {
	recs := processPage(t, "县政府向政协常委会报告提案办理结果。\n县政府共办理提案146件,均已按期答复。\n其中已经解决的68件\n占46.6%\n")
	if len(recs) != 1 {
		t.Fatalf("%d records, want 1", len(recs))
	}
	if figures := recs[0].Lists["figures"]; !slices.ContainsFunc(figures, func(e *record.Entry) bool { return e.Text() == "46.6%" }) {
		t.Errorf("the share on its own line is not read: %d figures", len(figures))
	}
}

// TestPageFurnitureIsNoArticle: an e-paper's list of titles scraped into
// one long line, and a public account's blurb above its first headline, are
// the page's, not untitled articles before the first one.
func TestPageFurnitureIsNoArticle(t *testing.T) {
	x, err := extract.Default()
	if err != nil {
		t.Fatal(err)
	}
	article := "市政协召开常委会议\n\n3月1日,市政协召开常委会议。\n"
	for _, top := range []string{
		strings.Repeat("县政协开展专题视察听取情况通报委员工作室揭牌名单公布", 5),
		"推荐阅读\n专栏名称: 某某发布\n生活在这座城市,与你共同成长。这里是某某发布的平台。",
	} {
		recs := x.Process(&read.Document{Source: "page", Text: top + "\n\n" + article, Encoding: read.EncUTF8})
		if len(recs) != 1 || recs[0].Headline != "市政协召开常委会议" {
			t.Errorf("%.20s…: got %d records, the first headed %q", top, len(recs), recs[0].Headline)
		}
	}
}
