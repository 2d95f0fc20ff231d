package kinds_test

import (
	"testing"
)

// TestArticlePlace: the place an article is about, and a body named by a
// level word alone read against it (GUIDELINES.md, articles and bodies).
func TestArticlePlace(t *testing.T) {
	cases := []struct {
		name, text  string
		place       any    // the record's place
		body, canon string // a body's text and the canonical name it gets
	}{
		{"a city a city's body takes its people to (赴某市考察) is no home of theirs; a town a county's body visits is one of its county's",
			"民革市委会一行赴杭州考察数字经济。民革市委会主委吴荣带队。",
			nil, "民革市委会", "民革市委"},
		{"a firm's place (某市某某集团) where the article names another place's organs and none of its: where the firm is from, not the article's",
			"签约会举行\n\n永泰县举办签约会,永泰县委书记吴荣出席。泉州市禾联科技集团董事长孙强发言,泉州市禾联科技公司与县里签约,泉州市禾丰实业集团参加。",
			"福建省福州市永泰县", "永泰县委", "中共永泰县委"},
		{"a city a person goes to (去北京学习), where no body of a level is named: no home of the article's",
			"村里的变化\n\n“每年都要去北京跑好几趟。”村支书孙强说。如今村里建起了禾丰农民专业合作社。",
			nil, "禾丰农民专业合作社", "禾丰农民专业合作社"},
		{"a city's paper in the dateline over a county-level city's 政协 the text names: a bare 市 body is that city's, not the paper's",
			"县级市的会议\n\n无锡日报讯 江阴市政协召开常委会议。市卫健委主任孙超列席会议。",
			"江苏省无锡市江阴市", "市卫健委", "江阴市卫健委"},
		{"a county's body by its level word alone, in a city's article that names one of the county's towns: that county's",
			"市人大代表孙超到镇里调研\n\n本报讯 市人大代表、孝丰镇人大主席孙超和县人大代表何晴在联络站接待选民。",
			"浙江省湖州市", "县人大", "安吉县人大"},
		{"a county's 政协 named with its name, more than once, its guests from the province's and the city's 政协 by their level alone: the county's",
			"永嘉县政协举行委员履职座谈会。省政协原副主席孙强,市政协副主席何晴出席。永嘉县政协主席孙文超致辞。",
			"浙江省温州市永嘉县", "市政协", "温州市政协"},
		{"towns a district's 政协 visits place it",
			"区政协主席何晴到毛坦厂镇、东河口镇走访委员企业。",
			"安徽省六安市金安区", "区政协", "六安市金安区政协"},
		{"a township named after a county the gazetteer does not place it in (renamed or merged since): that county's, as written",
			"永嘉县塘下镇召开会议\n\n本报讯 日前,永嘉县塘下镇党委召开会议。",
			"浙江省温州市永嘉县", "永嘉县塘下镇党委", "中共永嘉县塘下镇委"},
		{"places in three provinces or more, none named half the times, are a national round-up's: no one the article's (not the one street a bare 街道党工委 is of)",
			"通报称,有关问题分别是:\n义乌市市场监管局副局长多次收受购物卡,受到党内严重警告处分;\n开封市某县县委书记在防汛值班期间擅离岗位,被诫勉谈话;\n东营市东营区文汇街道违规发放津贴,涉及多名干部,街道党工委书记受到撤职处分;\n格尔木市某乡挪用扶贫资金修建办公楼,乡党委书记被免职。",
			nil, "义乌市市场监管局", "义乌市市场监管局"},
		{"a city's paper above a district's bodies names not which of its districts: the district the text names, not the province a department of it names",
			"当前位置:温州日报 第A5版\n\n委员履职培训班开班\n\n本报讯 日前,鹿城区政协举办培训班。区政协主席吴荣出席。会议学习了省委办公厅印发的文件。",
			"浙江省温州市鹿城区", "区政协", "温州市鹿城区政协"},
		{"a paper's authors' affiliation (its city and postcode in brackets) says where they work, not what it is about",
			"县级人大代表履职研究\n\n孙丽萍\n(青禾大学 法学院,浙江 温州 325000)\n\n近年来,人大常委会联系代表的制度不断健全。",
			nil, "人大常委会", "人大常委会"},
		{"members a region sends to national bodies (澳区全国人大代表, 住粤全国政协委员): the national bodies are theirs, the region the article's",
			"澳区代表谈两会\n\n澳区全国人大代表吴荣表示,澳门回归以来发展迅速,澳门要发挥优势。全国人大代表何晴也发了言。",
			"澳门特别行政区", "全国人大", "全国人大"},
		{"people from a place (台湾同胞, 某地籍, 海外侨胞) are guests of the article's place, no place of its own",
			"台湾同胞代表列席通道县政协会议\n\n本报讯 日前,8位台湾同胞代表列席县政协全体会议。县政协主席吴荣会见了他们。",
			"湖南省怀化市通道侗族自治县", "县政协", "通道侗族自治县政协"},
		{"a township's name two counties of the city share, named in full once: that one's where it is named alone after, though the article names the other county too",
			"代表联络站建设观摩\n\n本报讯 日前,漳平市新桥镇人大组织代表赴上杭县古田镇、长汀县策武镇观摩学习。代表们先后到上杭县古田镇代表联络站、长汀县策武镇代表联络站察看。下一步,新桥镇人大将推进联络站建设。",
			"福建省龙岩市", "新桥镇人大", "漳平市新桥镇人大"},
		{"a city's short form in 州 after a character it makes no word with (是|徐州): the city, no 州's body",
			"法院工作综述\n\n本报讯 今年是徐州法院深化改革之年。",
			"江苏省徐州市", "徐州法院", "徐州市法院"},
		{"a presidium named alone after an association, no 政协 or 人大 named: the association's",
			"县作协换届\n\n本报讯 日前,泰顺县作家协会召开会员大会,选举产生了理事会和主席团。主席团成员合影留念。",
			"浙江省温州市泰顺县", "主席团", "泰顺县作协主席团"},
		{"a province named three times, national bodies one more time than its own: the province's, no national article",
			"深切缅怀\n\n原中共中央顾问委员会委员、全国政协委员吴荣同志因病逝世。吴荣出生于浙江省永嘉县,长期在浙江省工作,后调浙江省人民政府任职。",
			"浙江省", "浙江省人民政府", "浙江省政府"},
		{"the headline names it", "通道县政协视察乡村振兴工作\n\n本报讯 日前,县政协组织委员视察产业发展情况。",
			"湖南省怀化市通道侗族自治县", "县政协", "通道侗族自治县政协"},
		{"the city around the places named", "迅速行动\n\n市政协召开推进会。委员们前往大冶市、阳新县和下陆区调研,市政协主席出席会议。",
			"湖北省黄石市", "市政协", "黄石市政协"},
		{"a report's, the place whose meeting heard it, as the line under its headline says, not the province it names after", "政府工作报告\n\n——2023年1月6日在桐城市第十七届人民代表大会第二次会议上\n\n各位代表:\n\n全市九项工作获省政府表彰。",
			"安徽省安庆市桐城市", "省政府", "安徽省政府"},
		{"a county a city since, written as the county it was: a 市 is the city around it", "市人大代表集中视察\n\n市人大常委会组织代表视察,巩义县委书记陪同。",
			"河南省郑州市", "市人大常委会", "郑州市人大常委会"},
		{"a party's mark (社县委) where the article names the party alone, no committee of it: the party's at the article's place", "民乐县开展义诊活动\n\n九三学社组织社员开展义诊,社县委主委讲话。",
			"甘肃省张掖市民乐县", "社县委", "九三学社民乐县委"},
		{"a hall of the region's own a ceremony is held in (在某某会堂举行) is no visit there: the region's mentions stay its",
			"颁奖仪式举行\n\n颁奖仪式在青海会堂举行,青海省政协主席吴荣出席。省政协委员何晴获奖。",
			"青海省", "省政协", "青海省政协"},
		{"places a visit goes to, to its 等地, are where the body went, not its home", "县政协外出考察\n\n县政协一行先后到肃南县马蹄乡某村、巩义市康店镇某站等地考察,为民乐县发展建言。",
			"甘肃省张掖市民乐县", "县政协", "民乐县政协"},
		{"a place after a verb of visiting (参观了, 走访了) is where the body went, not its home", "市政协考察团考察甘肃、新疆\n\n市政协考察团一行参观了甘肃省天水、武威和新疆维吾尔自治区昌吉、吐鲁番等城市,走访了吐鲁番市的农家。",
			nil, "市政协", "市政协"},
		{"the text's own place (我市) around the town it names, not the visiting city's", "温州市政协副主席吴德海带队到我市督查河道整治。督查组来到马屿镇,察看了整治成效。市政协副主席孙丽萍一同督查,市住建局作了汇报。",
			"浙江省温州市瑞安市", "市住建局", "瑞安市住建局"},
		{"a league's congress's presidium (大会主席团) is the congress's, not the 人大's named after it", "共青团永嘉县第十八次代表大会开幕\n\n县委书记吴荣、县人大常委会主任马刚出席。大会主席团举行了第一次会议。",
			"浙江省温州市永嘉县", "大会主席团", "大会主席团"},
		{"a 政协 named in full with its term is the article's where the bodies of the city above it are named more often", "政协永嘉县第十一届委员会第二次会议开幕。\n市委组织部副部长何晴、市民政局局长马刚、市委宣传部的吴超到会指导。\n县委书记吴荣出席,县政协主席孙丽萍主持。",
			"浙江省温州市永嘉县", "县政协", "永嘉县政协"},
		{"a district whose last two characters are a word (东营区: 营区) names its bodies", "东营区政协召开会议\n\n区委书记马刚出席,东营区政协主席吴荣讲话。",
			"山东省东营市东营区", "东营区政协", "东营市东营区政协"},
		{"places the body goes into (深入) are where it went, not its home", "市政协赴外地考察\n\n市政协主席吴荣率队外出考察,先后深入格尔木市、都兰县,与海西州政协座谈。",
			nil, "市政协", "市政协"},
		{"a national session's presidium named alone (主席团) in a national article dated in the capital: no local body, no place", "某某社北京3月8日电 十四届全国人大二次会议今天在北京举行第三次全体会议。主席团常务主席吴德海主持会议。",
			nil, "主席团", "全国人大大会主席团"},
		{"a person's given name that is a city's short name ending in a level word's character (委员王|兰州): no place", "市政协召开座谈会\n\n3月2日,市政协委员王兰州发言。",
			nil, "市政协", "市政协"},
		{"a person's given name that is a city's short name after a calling (律师何|长春): no place", "市政协召开座谈会\n\n3月2日,市政协委员、律师何长春发言。",
			nil, "市政协", "市政协"},
		{"a person's given name that is a city's short name after a preposition (以何|长春为团长): no place", "市政协召开座谈会\n\n3月2日,市政协主席吴德海接待了以何长春为团长的考察团。",
			nil, "市政协", "市政协"},
		{"a 政协 named in full with its term (中国人民政治协商会议某市第九届委员会) of the level its bodies go by alone: the article's, though the city above it seats its leaders", "政协九届三次会议开幕\n\n3月2日,中国人民政治协商会议义乌市第九届委员会第三次会议开幕。金华市委常委、义乌市委书记吴超,金华市政协副主席何晴,金华市委统战部部长马刚出席。市政协主席孙丽萍代表市政协常委会作工作报告。",
			"浙江省金华市义乌市", "市政协", "义乌市政协"},
		{"a visit to a province named by its abbreviation after 来 (来黔考察) is the host's article, not the visitors' city's", "温州市政协考察团来黔考察\n\n3月2日,省政协副主席吴德海会见了考察团一行。",
			"贵州省", "省政协", "贵州省政协"},
		{"members of a national body who live in a province, its abbreviation after 在 in the headline (在粤全国政协委员): the province's article", "在粤全国政协委员建言民营经济\n\n全国政协委员、省工商联副主席吴德海提出,要优化营商环境。",
			"广东省", "省工商联", "广东省工商联"},
		{"a name several places bear, read with the city", "农工党鼓楼区工委开展活动\n\n农工党福州市委会组织鼓楼区工委成员参加学习。",
			"福建省福州市鼓楼区", "农工党鼓楼区工委", "农工党福州市鼓楼区工委"},
		{"a name several places bear, the text not saying which: its 政协 by that name", "鼓楼区政协召开常委会议\n\n区政协主席主持会议。",
			nil, "区政协", "鼓楼区政协"},
		{"a 人大常委会 named bare before its leaders' titles, in a county's article: the county's, as a bare 政协 is", "民乐县召开会议\n\n县委书记、人大常委会主任出席会议。",
			"甘肃省张掖市民乐县", "人大常委会", "民乐县人大常委会"},
		{"a province the clause names holds a bare provincial body after the titles of one person parted by 、", "市政协赴外省考察\n\n上海市政协一行赴江苏省考察,与省人大常委会副主任、省妇联主席座谈。",
			"上海市", "省妇联", "江苏省妇联"},
		{"national members living in a province, named by its abbreviation after 住 (住鄂): the province, which holds its bare 省政协", "委员赴京参会\n\n住鄂全国政协委员今日启程。省政协举行座谈会,委员交流建议。",
			"湖北省", "省政协", "湖北省政协"},
		{"the same in traditional characters (住粵)", "委員赴京參會\n\n住粵全國政協委員今日啟程。省政協舉行座談會。",
			"广东省", "省政協", "广东省政协"},
		{"a bare 政协 its chair follows, after the home place's bodies in a list that a city's 政协 opened: the home place's", "旗政协会议开幕\n\n政协达拉特旗第十届委员会第二次会议开幕。市政协常委、旗委副书记吴荣,旗政府旗长何晴、政协主席孙文超出席。",
			"内蒙古自治区鄂尔多斯市达拉特旗", "政协", "达拉特旗政协"},
		{"a headline's place with no division of its body's level is what the body saw, not its home", "市政协委员走访香港青年创业基地\n\n5月8日,市政协委员一行来到香港青年创业基地,合肥市政协副主席出席。",
			"安徽省合肥市", "市政协", "合肥市政协"},
		{"a station named alone (派出所) in a city's article is some township's, not the city's", "兰州市开展治安整治\n\n市公安局和派出所民警走访社区。",
			"甘肃省兰州市", "派出所", "派出所"},
		{"a place abroad whose name ends in a Chinese place's (佛罗里|达州) names none of ours", "出访考察\n\n代表团在美国佛罗里达州参观了两家农场,外交部发言人介绍情况。",
			nil, "外交部", "外交部"},
		{"a county's news site in the dateline names the county", "肃南新闻网讯 3月4日,县政协召开常委会议。",
			"甘肃省张掖市肃南裕固族自治县", "县政协", "肃南裕固族自治县政协"},
		{"and with the date before 讯", "肃南新闻网3月4日讯(记者 吴荣)县政协召开常委会议。", "甘肃省张掖市肃南裕固族自治县", "县政协", "肃南裕固族自治县政协"},
		{"and its 今日…网", "今日民乐网讯 3月4日,县政协召开常委会议。", "甘肃省张掖市民乐县", "县政协", "民乐县政协"},
		{"a portal's brand before a bare 网 names none", "东方网讯 3月4日,县政协召开常委会议。", nil, "县政协", "县政协"},
		{"a town named alone, of that name only outside the article's county, is some town of the name, not that one", "民乐县政协开展活动\n\n康店镇党委书记出席,县政协主席讲话。",
			"甘肃省张掖市民乐县", "康店镇党委", "中共康店镇委"},
		{"but one written with its city is that city's", "民乐县政协开展活动\n\n县政协委员赴巩义市康店镇党委学习,县政协主席出席。",
			"甘肃省张掖市民乐县", "巩义市康店镇党委", "中共巩义市康店镇委"},
		{"a dispatch's city, named by its dateline alone, in the province the text names: the province's article", "全会闭幕\n\n新华社兰州3月5日电 甘肃省政协十二届三次会议5日闭幕,省政协主席出席。",
			"甘肃省", "省政协", "甘肃省政协"},
		{"and so where the text names the 政协 in full before it", "鼓楼区政协召开常委会议\n\n3月4日,鼓楼区政协召开常委会议,区政协主席主持。",
			nil, "区政协", "鼓楼区政协"},
		{"and its party committee by that name, as one the text settles is named", "鼓楼区政协召开常委会议\n\n区委常委、统战部部长出席会议。",
			nil, "区委", "中共鼓楼区委"},
		{"a township whose name several bear: its government by that name", "新华镇召开议事会\n\n镇政府负责同志列席。",
			nil, "镇政府", "新华镇政府"},
		{"and its party committee, named in full", "新华镇召开议事会\n\n新华镇党委副书记主持会议。",
			nil, "新华镇党委", "中共新华镇委"},
		{"such a name the only place the text names, under a headline with none", "“小协商”解决“大民生”\n\n近年来,鼓楼区政协坚持协商于民。区政协委员牵头推动。",
			nil, "区政协", "鼓楼区政协"},
		{"a township the body goes to, to do its work there, is no more the article's than the district", "区政协开展调研\n\n顺德区政协主席到大良街道调研,区政协委员参加。",
			"广东省佛山市顺德区", "区政协", "佛山市顺德区政协"},
		{"a city's short name as a person's given name, after a title and a surname (秘书长何|长春), names no place", "主任会议研究立法计划\n\n市人大常委会副主任吴某主持,秘书长何长春列席。",
			nil, "市人大常委会", "市人大常委会"},
		{"places listed after 到 whose last the visit's verb follows are where the body went, not the article's", "旗政协组织委员外出考察\n\n旗政协主席吴某说,委员们本次到达拉特旗、准格尔旗、东胜区考察,收获很大,乌拉特前旗要学以致用。",
			"内蒙古自治区巴彦淖尔市乌拉特前旗", "旗政协", "乌拉特前旗政协"},
		{"a person named in the headline whose name opens with a city's short name (副书记|唐山某) names no place", "县委常委、副书记唐山某主持会议\n\n中国共产党永嘉县委员会召开常委会议,县委书记出席。",
			"浙江省温州市永嘉县", "县委", "中共永嘉县委"},
		{"a county a province's body went to: its 政协 named by its level word alone", "省政协调研组赴崇阳县视察\n\n省政协副主席带领调研组赴崇阳县视察,县政协主席陪同。",
			"湖北省", "县政协", "崇阳县政协"},
		{"a district a township's name shares", "滨海新区政协召开常委会议\n\n会议听取了工作报告。",
			"天津市滨海新区", "滨海新区政协", "天津市滨海新区政协"},
		{"a mass organisation named alone in an article about the place's one of that name: that one", "孙丽萍当选侨联主席\n\n桃源县第十次归侨侨眷代表大会闭幕,大会选举孙丽萍为桃源县侨联主席。",
			"湖南省常德市桃源县", "侨联", "桃源县侨联"},
		{"a mass organisation named alone after a place's body and its posts, though first in a list of every kind", "召开民主党派、工商联座谈会\n\n会上,锡林郭勒盟政协副主席、工商联主席孙文超发言。",
			"内蒙古自治区锡林郭勒盟", "工商联", "锡林郭勒盟工商联"},
		{"a currency that bears a place's name (澳门币) names no place the article is about", "委员捐资助学\n\n政协委员何秀琴捐赠500万澳门币,青禾合作社负责人出席。",
			nil, "青禾合作社", "青禾合作社"},
		{"a district by its short form opening the headline before a colon", "渝中:委员为老街更新建言\n\n区政协邀请委员座谈。",
			"重庆市渝中区", "区政协", "重庆市渝中区政协"},
		{"a city's name that is a person's too, which parks and universities bear (中山), names no place alone", "中山公园里的议事亭\n\n区政协委员在中山公园听取群众意见,中山大学教授参加。",
			nil, "区政协", "区政协"},
		{"an organ named alone sentences after a province's 政协 named once in passing is the article's own 政协's", "民乐县政协委员之家开放\n\n3月5日,民乐县政协负责人吴荣到委员之家接待群众。此举是落实省政协工作部署的举措。(政协办供稿)",
			"甘肃省张掖市民乐县", "政协办", "民乐县政协办公室"},
		{"a body by its level word right after a 、 that a body naming a place of that level ends at: that place's, though the article names two", "张掖市政协赴两县调研\n\n调研组先后到民乐县和肃南县调研,要求民乐县委、县政府做好服务工作,肃南县政协发挥作用。",
			"甘肃省张掖市", "县政府", "民乐县政府"},
		{"a province the article's body goes to is not its own, nor the places in it it visits", "省政协调研组赴外省学习\n\n省政协副主席吴荣带领调研组赴山西省学习交流,调研组还到大同、长治市,走访了沁县中医院。省政协副秘书长孙文同行。",
			nil, "省政协", "省政协"},
		{"a county whose name is a verb, right after an organ and before its level's organ, is the verb (县政协|会同|县委统战部)", "县政协开展调研\n\n县政协会同县委统战部开展专题调研。",
			nil, "县委统战部", "县委统战部"},
		{"a name that is a word, whose level word begins a noun of a level, is the two words (平安|县城: no 平安县)", "委员献策平安建设\n\n委员们建言打造平安县城,县政协主席出席。",
			nil, "县政协", "县政协"},
		{"words of wishes that hold a city's short name, across two words or whole (平安|顺利, 幸福安康), name no place", "委员新年寄语\n\n祝愿全县人民新年平安顺利、幸福安康,县政协主席致辞。",
			nil, "县政协", "县政协"},
		{"a city's short name that is a word of news (朝阳产业) names no place alone", "县政协专题协商\n\n委员建议大力发展朝阳产业,县政协主席出席。",
			nil, "县政协", "县政协"},
		{"not by an ordinary word there (和平:)", "和平:委员为老街更新建言\n\n区政协邀请委员座谈。",
			nil, "区政协", "区政协"},
		{"a prefecture by a short form of its own", "博州政协召开常委会议\n\n会议听取了工作报告。",
			"新疆维吾尔自治区博尔塔拉蒙古自治州", "博州政协", "博尔塔拉蒙古自治州政协"},
		{"an autonomous region by its name and 区", "民进西藏区委会召开推进会\n\n会议在拉萨召开,区委会主委出席。",
			"西藏自治区", "民进西藏区委会", "民进西藏自治区委"},
		{"区党委 in an autonomous region's article is the region's, though a district is named (a district's is 区委)", "广西壮族自治区政协召开常委会议\n\n青秀区政协主席作了发言。区党委、区政府有关部门到会。",
			"广西壮族自治区", "区党委", "中共广西壮族自治区委"},
		{"and 区政府 after it", "广西壮族自治区政协召开常委会议\n\n青秀区政协主席作了发言。区党委、区政府有关部门到会。",
			"广西壮族自治区", "区政府", "广西壮族自治区政府"},
		{"a place's hospital by its level word alone, of the place", "永修县政协视察医疗卫生工作\n\n委员们来到县第二人民医院调研。",
			"江西省九江市永修县", "县第二人民医院", "永修县第二人民医院"},
		{"a 人大's working committee named alone is its standing committee's, whichever of its organs the article named last",
			"浙江省人大常委会召开主任会议\n\n会议听取了省人大常委会法工委的汇报,听取了预算工委关于决算草案的汇报。",
			"浙江省", "预算工委", "浙江省人大常委会预算工作委员会"},
		{"a city a resume's 行署 served when it was a 地区", "沉痛悼念某某同志\n\n某某同志历任华容县委副书记,岳阳地委委员、行署副专员,岳阳市委副书记。",
			"湖南省岳阳市", "华容县委", "中共华容县委"},
		{"an acting head's title names no place (代县长, not 代县's 长)", "县政府召开常务会议\n\n代县长吴志超主持会议,县政府有关部门参加。",
			nil, "县政府", "县政府"},
		{"a county's, its bodies going by 镇 alone where the gazetteer lacks the township (renamed a 街道 since)", "某某同志简历\n\n1990.08—1998.03 新昌县澄潭镇政府干部\n1998.03—2006.11 新昌县澄潭镇党委副书记\n现任新昌县政协副主席,县工商联主席。",
			"浙江省绍兴市新昌县", "县工商联", "新昌县工商联"},
		{"a county and its town", "江阴市长泾镇召开协商议事会\n\n镇政府有关负责人到会听取意见。",
			"江苏省无锡市江阴市长泾镇", "镇政府", "江阴市长泾镇政府"},
		{"where a province's meeting is held is not where the article is", "大会开幕\n\n广东省政协十三届二次会议在广州开幕。省政协委员出席。",
			"广东省", "省政协", "广东省政协"},
		{"a district named by the county it was: its bodies go by 县", "县政协召开全体会议\n\n政协溧水县第八届委员会第二次会议开幕。县政协主席出席,县委书记讲话。",
			"江苏省南京市溧水区", "县委", "中共南京市溧水区委"},
		{"a district named by the county-level city it was: its bodies go by 市, not the city around it", "姜堰市政协召开常委会议\n\n市政协主席出席,市委书记讲话。",
			"江苏省泰州市姜堰区", "市委", "中共泰州市姜堰区委"},
		{"a capital's dateline over a text of the whole province (全省) that names no body of a level: the province's", "保障房建设提速\n\n新华社杭州3月5日电 全省今年将新建保障性住房5万套。",
			"浙江省", "新华社", "新华社"},
		{"a county's court ranked in its city (在全市…中位列第三): the county's, no scope of the city's", "永嘉县人大会议闭幕。\n去年,永嘉县法院在全市基层法院考评中位列第三。",
			"浙江省温州市永嘉县", "永嘉县法院", "永嘉县法院"},
		{"a city's dateline in an autonomous region, its bodies going by 区: the region's", "区政协召开主席会议\n\n本报银川讯 区政协主席出席会议。",
			"宁夏回族自治区", "区政协", "宁夏回族自治区政协"},
		{"members of the national body who live in a province, visiting another: their province's article, not the one they visit", "近日,住粤全国政协委员考察团在省政协主席孙强带领下赴云南省考察。考察团先后来到昆明市、大理白族自治州和丽江市。云南省政协副主席何晴陪同。",
			"广东省", "省政协", "广东省政协"},
		{"where a headline's body travels to is not its article's, the text naming its own", "市政协组织委员赴杭州学习考察\n\n近日,绍兴市政协组织委员赴杭州学习考察,市政协主席出席。",
			"浙江省绍兴市", "市政协", "绍兴市政协"},
		{"a dateline's short form, where the bodies go by a level word", "县政协召开会议\n\n本报阜平讯（记者 孙文超）县政协近日召开常委会议。",
			"河北省保定市阜平县", "县政协", "阜平县政协"},
		{"the line of the article's source, where the bodies go by a level word", "县政协召开会议\n\n县政协近日召开常委会议。县政协主席出席。\n\n来源:阜平县融媒体中心",
			"河北省保定市阜平县", "县政协", "阜平县政协"},
		{"an e-paper's paper in title marks on its stamp's line, where the bodies go by a level word", "亮出风采\n吴荣 何晴 字数:\n《 保定日报 》( 2024年03月06日 第 02 版 )\n  □记者 吴荣 何晴 文/摄\n  市政协委员孙强提交了提案。",
			"河北省保定市", "市政协", "保定市政协"},
		{"a source that names no place names none", "县政协召开会议\n\n县政协近日召开常委会议。\n\n来源:新华社",
			nil, "县政协", "县政协"},
		{"a paper's masthead above the page's articles, its place's short form, where the bodies go by a level word", "永嘉日报 2023年5月6日 第2版\n\n\n\n县政协召开会议\n\n本报讯 县政协近日召开常委会议。县政协主席出席。",
			"浙江省温州市永嘉县", "县政协", "永嘉县政协"},
		{"but not a short form several places share (新华: districts of several cities)", "新华日报 2023年5月6日 第2版\n\n\n\n区政协召开会议\n\n本报讯 区政协近日召开常委会议。区政协主席出席。",
			nil, "区政协", "区政协"},
		{"the site's owner its footer names, where the bodies go by a level word and nothing nearer names a place", "县政协召开会议\n\n县政协近日召开常委会议。县政协主席出席。\n\n版权所有:中共阜平县委宣传部 冀ICP备00000000号",
			"河北省保定市阜平县", "县政协", "阜平县政协"},
		{"a footer's sponsor line too, but not over a place the text names", "市政协召开会议\n\n绍兴市政协近日召开常委会议。\n\n主办单位:保定市人民政府办公室",
			"浙江省绍兴市", "市政协", "绍兴市政协"},
		{"a dateline's county less its 县, an ordinary word alone: the one county so named", "县政协召开会议\n\n本报桃源讯（记者 孙文超）县政协近日召开常委会议。",
			"湖南省常德市桃源县", "县政协", "桃源县政协"},
		{"an agency's dateline, where the bodies are national, none", "会议开幕\n\n新华社北京3月5日电 全国政协十四届二次会议4日开幕。",
			nil, "全国政协", "全国政协"},
		{"a venue the only place named is the article's", "会议召开\n\n市政协召开常委会议。会议在保定举行。",
			"河北省保定市", "市政协", "保定市政协"},
		{"but not a national meeting's, in the hall it is held in (在北京|某某会堂|召开), though the article calls a city its own", "委员出席大会\n\n全国政协的这次会议在北京青禾会堂召开。我市的全国政协委员孙超、吴荣出席,全国政协委员何晴也在会上发言。",
			nil, "全国政协", "全国政协"},
		{"where someone comes from is not where the article is", "讣告\n\n省政协原副主席何秀琴同志逝世。何秀琴同志1939年5月出生,江苏南通人。历任省民政厅厅长。",
			nil, "省政协", "省政协"},
		{"an autonomous region's 区 where no district is named is the region", "宁夏回族自治区党委召开会议\n\n区党委常委、统战部部长出席,区政协委员发言。",
			"宁夏回族自治区", "区党委", "中共宁夏回族自治区委"},
		{"the places a national body visits, named as often, are no one's article", "全国政协调研组赴云南、贵州调研\n\n全国政协调研组赴云南、贵州两省调研。云南省政协主席、贵州省政协主席分别陪同。",
			nil, "全国政协", "全国政协"},
		{"京津冀 before 政协 are three provinces, no body", "京津冀政协主席联席会议召开\n\n北京市政协主席、天津市政协主席出席。",
			nil, "北京市政协", "北京市政协"},
		{"a national article", "全国政协召开双周协商座谈会\n\n全国政协在北京召开座谈会,委员们建言献策。全国政协主席出席。",
			nil, "全国政协", "全国政协"},
		{"成县 is the end of a word", "形成县政协工作合力\n\n会议要求,形成县政协上下联动、协同推进的工作合力。",
			nil, "县政协", "县政协"},
		{"the site the page's lead names", "你现在的位置: 靖江政协->工作动态\n\n市政协召开社情民意信息工作会议\n\n发布时间:2021-03-04\n\n本报讯 3月3日,市政协召开社情民意信息工作会议,上海市政协有关负责人应邀出席,泰州市政协研究室负责人作交流发言。",
			"江苏省泰州市靖江市", "市政协", "靖江市政协"},
		{"the place the article calls its own (我市), a province's body visiting it", "省政协领导到我市调研\n\n近日,省政协副主席一行到我市调研,先后来到曲靖市麒麟区、沾益区等地。市政协主席陪同。",
			"云南省曲靖市", "市政协", "曲靖市政协"},
		{"the city the article calls its own before its parties (我市|民主党派), the province's bodies at its meeting", "民主党派换届\n\n6月2日,我市民主党派市级组织换届大会召开。省政协副主席何晴、省人大常委会副主任吴荣出席。中共绵阳市委书记孙超致辞。市政协主席马刚参加。",
			"四川省绵阳市", "市政协", "绵阳市政协"},
		{"a visitor's city in the headline, the article's district (我区) in the text", "某党派深圳市委会调研组到我区调研\n\n调研组一行到南山区调研,区政协副主席陪同。",
			"广东省深圳市南山区", "区政协", "深圳市南山区政协"},
		{"a province's body meeting in a city of it", "省政协常委会议在昆明开幕\n\n12月20日,省政协常委会议在昆明开幕,省政协主席出席。",
			"云南省", "省政协", "云南省政协"},
		{"the whole province's 政协 meeting in a city of it", "全省政协系统提案工作座谈会在西宁召开\n\n6月28日,座谈会在西宁召开。省政协副主席出席。",
			"青海省", "省政协", "青海省政协"},
		{"a short form before an organ", "渝中政协开展协商活动\n\n区政协组织委员开展协商,区委、区政府有关部门参加。",
			"重庆市渝中区", "区委", "中共重庆市渝中区委"},
		{"the members a special administrative region sends (港区全国政协委员): the region's article", "港区全国政协委员座谈会举行\n\n港区全国政协委员吴荣、何晴出席,表示支持特区政府依法施政。",
			"香港特别行政区", "特区政府", "香港特别行政区政府"},
		{"the one special region an article names, among places it names outside it: the region of 特区 alone", "香港特区政府代表团本周到访杭州,随后访问成都。特区政府发言人吴荣表示,此行将加强交流。",
			nil, "特区政府", "香港特别行政区政府"},
		{"a city's 政协's members from Hong Kong (港区政协委员): the city's article", "港区政协委员助学活动在江门举行\n\n江门市政协港区委员吴荣、何晴向学校捐款,市政协副主席出席。",
			"广东省江门市", "市政协", "江门市政协"},
		{"a party organ named alone after a township's committee and a title, the province's body named too", "省纪委有关负责人出席。瑞安市塘下镇党委委员、纪委书记何晴主持会议。",
			"浙江省", "纪委", "中共瑞安市塘下镇纪委"},
		{"a department named alone after a city's department and its head, the province's body named too", "省政府召开座谈会,瑞安市财政局局长吴德海、审计局局长何晴作交流发言。",
			"浙江省", "审计局", "瑞安市审计局"},
	}
	x := defaultExtractor(t)
	for _, c := range cases {
		ex := x.Explain(c.text, "")
		if len(ex.Records) != 1 {
			t.Errorf("%s: %d records", c.name, len(ex.Records))
			continue
		}
		r := ex.Records[0]
		var place any
		if r.Place != "" {
			place = r.Place
		}
		if place != c.place {
			t.Errorf("%s: place %v, want %v", c.name, place, c.place)
		}
		found := false
		for _, e := range r.Lists["bodies"] {
			if e.Text() == c.body {
				found = true
				if got := e.Get("canonical"); got != c.canon {
					t.Errorf("%s: %s is %v, want %s", c.name, c.body, got, c.canon)
				}
			}
		}
		if !found {
			t.Errorf("%s: no body %s", c.name, c.body)
		}
	}
}

// TestNotBodies: words that only look like an organisation's name are none.
func TestNotBodies(t *testing.T) {
	cases := []struct{ text, not string }{
		// a school's students after it: the words before name no school (…活动上获奖|大学|新生)
		{"青禾县政协的奖学金颁发活动上获奖大学新生发言。", "奖学金颁发活动上获奖大学"},
		{"各级政协组织和政府有关部门参加。", "政府有关部门"},
		// a title that ends a word before 和 is no place's first character (召集人|和|镇人大: no 人和镇)
		{"各片召集人和镇人大主席团成员参加。", "人和镇人大"},
		// a verb and its aspect before a township's committee named bare are no township's name (带着|镇党委)
		{"吴荣带队慰问,带着镇党委、政府的关怀。", "带着镇党委"},
		// the tiers a word covers name no one body, nor does a verb's character before them (了|解市县两级…)
		{"省市两级委员之家的台账已经建立,省市两级委员之家开门接待。", "省市两级委员之家"},
		{"委员们逐一了解省市两级委员之家的台账。", "解省市两级委员之家"},
		// 'our city' before a body's name is no part of it (我市|某区某镇委员之家)
		{"在评选中,我市青禾区禾田镇委员之家获得表扬。", "我市青禾区禾田镇委员之家"},
		// a verb of telling before an institution is no part of its name (嘱咐|养老院护理员)
		{"临走时,局长一再嘱咐养老院护理员注意防寒。", "局长一再嘱咐养老院"},
		{"局长察看养老院,叮嘱养老院护理员注意防寒。", "叮嘱养老院"},
		// a village's group named after a works (某某村砖厂组) is no works
		{"委员们慰问了禾田村砖厂组残疾人。", "禾田村砖厂"},
		// a school's short name (师院) read across two words: 教师|院士
		{"全校召开大会,表彰优秀教师院士。", "表彰优秀教师院"},
		// a visiting group's words (调研组|一行来我市…) are in no name of what it visits
		{"青禾市考察组一行来我县学习新联会经验。", "组一行来我县学习新联会"},
		// a democratic party's mark before a place and its committee (社某市委) is none of the Communist Party's
		{"九三学社青禾省委会主办,社泉州市委副主委何晴参加。", "泉州市委"},
		{"会上,高票当选村民委员会主任的吴超发言。", "高票当选村民委员会"},
		// a zone's name ends in 区, no level word a list of levels opens with (市经开区、|县政协: no 区、县政协)
		{"市经开区、县政协经济委负责人参加座谈。", "区、县政协经济委"},
		// levels listed after a province's 全 (全省|市、县政协) are every one's in it, no body; a name's last character 盟 is no league
		{"全省市、县政协秘书长参加了座谈。", "市、县政协"},
		// places counted by their tiers before one organ (两县一区政协) are each one's, no body
		{"禾田两县一区政协联合开展调研。", "区政协"},
		// three tiers listed before one organ (省、市、县委) are every tier's, no body
		{"会议传达了省、市、县委的部署。", "市、县委"},
		{"市政协副主任吴振盟、区政协副主席何晴出席。", "盟、区政协"},
		{"县城社区党委副书记参加。", "县城社区党委"},
		// a batch of a 政协's studios is none of its name (县政协|首批委员之家), nor is a sector's studio named after 以
		{"青禾县政协首批委员之家揭牌。", "青禾县政协首批委员之家"},
		{"界别委员工作室开展活动。", "界别委员工作室"},
		{"要以行业委员工作室为平台履职。", "以行业委员工作室"},
		// a name after a title before a list's next body, though a county's short form (发言人|吴堡、…)
		// a committee after a 政协's in a list that names a level of its own is no 政协's (…、县|教育委)
		{"县政协提案委、县教育委负责人参加。", "教育委"},
		// a kind of body counted is no one body (…扶贫产业园区|128个)
		{"全县建成农业示范园区9个、扶贫产业园区15个。", "扶贫产业园区"},
		{"县政协提案委、县政协常委、青年委员参加。", "青年委"},
		{"延安市政府新闻发言人吴堡、榆林市政府新闻发言人何秀琴出席。", "吴堡"},
		// the bodies of several levels, a class (市县两级|政协, 省市县三级|政协)
		{"市政协召开座谈会,省市两级政协主席出席。", "政协"},
		// a person's given name, a district's short form, before 等 and a level's body (主席吴|河西|等区政协)
		{"区政协主席吴河西等区政协领导出席。", "河西"},
		// a township listed before a county's bureau is no peer of it (…、某镇、某县财政局: no 某镇财政局)
		{"义乌市政府、佛堂镇、义乌市财政局均未履职。", "佛堂镇"},
	}
	x := defaultExtractor(t)
	for _, c := range cases {
		for _, r := range x.Explain(c.text, "").Records {
			for _, e := range r.Lists["bodies"] {
				if e.Get("text") == c.not {
					t.Errorf("%s\n  %s is no body", c.text, c.not)
				}
			}
		}
	}
}

// TestUnsettledNameLevel: a body named by its level word in an article
// whose place several of one name may be, of more than one level (城区),
// takes that name and its level word's level (区政协: county).
func TestUnsettledNameLevel(t *testing.T) {
	x := defaultExtractor(t)
	ex := x.Explain("城区政协召开常委会议\n\n区政协主席吴荣主持,区委副书记何晴出席。", "")
	if len(ex.Records) != 1 {
		t.Fatalf("%d records", len(ex.Records))
	}
	want := map[string]string{"区政协": "城区政协", "区委": "中共城区委"}
	for _, e := range ex.Records[0].Lists["bodies"] {
		if canon, ok := want[e.Text()]; ok {
			delete(want, e.Text())
			if got := e.Get("canonical"); got != canon {
				t.Errorf("%s is %v, want %s", e.Text(), got, canon)
			}
			if got := e.Get("level"); got != "county" {
				t.Errorf("%s: level %v, want county", e.Text(), got)
			}
		}
	}
	for body := range want {
		t.Errorf("no body %s", body)
	}
}
