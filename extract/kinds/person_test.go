package kinds_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/zxtract/zxtract/extract/record"
)

// TestPeople: the forms of GUIDELINES.md's people and the traps of issue
// 15, each in a text written for the test. A want is name:title@body,…;
// people the text must not give are listed after "not".
func TestPeople(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		// an occupation's word (保安) opening a company's name by its trade (保安|服务总公司): no title of it
		{"获评先进的有禾田市保安服务公司副经理孙文刚和保安员何晴。", []string{"孙文刚:副经理@禾田市保安服务公司", "何晴:保安员@"}, nil},
		// a games' organising committee by its short name (奥组委) ends in a branch's short title (组委): no title of it
		{"青禾亚组委宣传顾问、禾田书院院长孙文刚出席。", []string{"孙文刚:顾问@,院长@"}, nil},
		// a dotted name that 外 closes what 除 opened after (除…某某·某某|外,): the name without it
		{"除了县政协副主席阿依古丽·艾力外,其他委员都已到会。", []string{"阿依古丽·艾力:副主席@县政协"}, []string{"阿依古丽·艾力外"}},
		// an association's post after its own board alone, with its term (第三届理事会|会长): the association's
		{"禾田商会召开会员大会,选举孙文刚为第三届理事会会长、何晴为执委会副会长。", []string{"孙文刚:会长@禾田商会", "何晴:副会长@禾田商会"}, nil},
		// a former holder of a post listed after its holder (某校党委书记某某和原|党委书记某某): of its body
		{"出席的有禾丰中学党委书记吴德海和原党委书记孙文刚。", []string{"吴德海:书记@禾丰中学党委", "孙文刚:书记@禾丰中学党委"}, nil},
		// the other party after 与 (县长某某与|某某代表双方签署, 与某某亲切交谈): none of the title's posts
		{"县长吴德海与孙文刚代表双方签约,副县长何晴与马刚亲切交谈。", []string{"吴德海:县长@", "孙文刚:", "何晴:副县长@", "马刚:"}, nil},
		// a school's head's title alone where the writer's school is paired with the one named (我校与某学院): not that one's
		{"我校与禾田学院签署合作协议。副校长孙文刚出席。", []string{"孙文刚:副校长@"}, nil},
		// a dotted name read again with a word's first character after it (…努尔兰|希望): the person named before
		{"县政协主席阿斯卡·努尔兰、副主席买买提·吐尔逊出席。会上,阿斯卡·努尔兰希望大家支持。", []string{"阿斯卡·努尔兰:主席@县政协", "买买提·吐尔逊:副主席@县政协"}, []string{"阿斯卡·努尔兰希"}},
		// a clause after the posts that names others to posts (院长,聘请了…顾问): no post of the person's
		{"孙强现任书画院院长,今年聘请了5名艺术顾问。", []string{"孙强:院长@"}, nil},
		// a post after a comma no one is found to hold (…副市长,|市长) leaves the sentence's holder to the posts after it
		{"孙文刚1988年入党后,历任永泰县副县长,县长,2006年起任永泰县委书记。", []string{"孙文刚:副县长@,县长@,书记@中共永泰县委"}, nil},
		// the posts of a sentence's subject after the source it opens with (据了解,|某某…任…)
		{"据了解,孙文刚于1988年参加工作,担任过禾田县副县长,后任县长。", []string{"孙文刚:副县长@,县长@"}, nil},
		// a village named by a surname alone (何村), its branch after a name and 和: no name read into the branch (何村党|总支)
		{"陪同调研的有副县长吴荣和何村党总支书记孙强。", []string{"吴荣:副县长@", "孙强:书记@何村党总支"}, []string{"何村党"}},
		// a body listed alone before the body whose organ a title is of both (县工商联、|县总商会党委书记): the chain goes on before it
		{"县委统战部副部长、县工商联、县总商会党委书记孙强主持会议。", []string{"孙强:副部长@县委统战部,书记@县总商会党委"}, nil},
		// a village's name of two before its head's title (某岭|村支书), a rarer surname's, is no name; a common one's is
		{"禾岭村支书昨天带领党员清理河道。会上,孙强村支书作了发言。", []string{"孙强:村支书@"}, []string{"禾岭"}},
		// a Tibetan name whose first element the lexicon lacks, before one it has (某某|江措), after a title: whole
		{"县政协主席特宗江措用两年时间走遍全县。", []string{"特宗江措:主席@县政协"}, []string{"特宗"}},
		// 为 before a preposition (某某为|向大会报告…) is no verb of its own but the name's last character
		{"县人民法院院长吴德为向代表们介绍审判情况。", []string{"吴德为:院长@县人民法院"}, []string{"吴德"}},
		// a level word that is a rare surname, and three characters more, after a join (与|市红十字|会): a body's name, no person's
		{"温州市召开会议。集团总裁吴荣与市红十字会负责人签订协议。", []string{"吴荣:总裁@"}, []string{"市红十字"}},
		// a second post 兼 joins to the first after a name (某某副主席兼|秘书长) is the same name's
		{"县政协召开会议,吴荣副主席兼秘书长出席。", []string{"吴荣:副主席@县政协,秘书长@县政协"}, nil},
		// a task team's post after the meeting an election names (由某某担任督导组|组长) is the team's, of no body the meeting has
		{"青禾县政协十届三次会议召开。会议决定由吴荣担任防汛督查工作组组长,不再担任县政协副主席。", []string{"吴荣:组长@,副主席@县政协"}, nil},
		// a deputy of a 人大 named bare (人大代表某某), as a member of a 政协 named bare: the article's 人大, where it names one
		{"泰顺县人大常委会召开会议。会上,人大代表吴荣发言。", []string{"吴荣:代表@泰顺县人大"}, nil},
		// a former full-time deputy (原|专职副主委) before the name: 原 opens no name of its own
		{"主委孙丽萍,原专职副主委、顾问何秀琴出席。", []string{"孙丽萍:主委@", "何秀琴:副主委@,顾问@"}, []string{"原专职"}},
		// a surname alone before 则 and a verb of speech (吴|则|强调) is no name of two
		{"常委孙丽萍表示支持。孙则强调,要做好工作。", []string{"孙丽萍:常委@"}, []string{"孙则"}},
		// a list's name and 及 before words that are none (某某及|有关部门): no name read back from the item's end
		{"区人民法院院长孙文超、区人民检察院检察长吴荣及有关部门、单位负责人列席。", []string{"孙文超:院长@区人民法院", "吴荣:检察长@区人民检察院"}, []string{"关部门"}},
		// a surname and a head's title cut short (吴总, 王董) are no name, as 王主席 is none
		{"集团总裁吴荣获评优秀委员。吴总表示,要承担社会责任。王董说,支持。", []string{"吴荣:总裁@"}, []string{"吴总", "王董"}},
		// a firm's partners and an auditor-general, titles whole (高级合伙人, 总审计师)
		{"青禾律师事务所高级合伙人吴荣发言,集团总审计师何晴出席。", []string{"吴荣:高级合伙人@青禾律师事务所", "何晴:总审计师@"}, nil},
		// a title that opens an office serving or managing those it names (退役军人|事务局) is none
		{"县退役军人事务局局长吴荣出席。退役军人何晴发言。", []string{"吴荣:局长@县退役军人事务局", "何晴:退役军人@"}, []string{"事务局局长吴荣"}},
		// a rarer surname's given name that is a word of any kind (平安), or one gse tags a name that ends as a
		// banner's name does (红旗), before what its holder did; a time after a surname is none (王|当天)
		{"县政协主席樊红旗出席并讲话,副主席樊平安主持。书记王当天出席。", []string{"樊红旗:主席@县政协", "樊平安:副主席@县政协"}, []string{"王当天"}},
		// a rarer surname that makes a word with the title's last character (局长|项…: 长项) opens a name where what
		// its holder did follows it; the word alone stays a word (这项主任|务…)
		{"局长项晓峰出席,县长衣建平主持。这项主任务做细了。", []string{"项晓峰:局长@", "衣建平:县长@"}, []string{"务做细"}},
		// a list's item whose title's last character and the name's surname make a word (主任|何晴: 任何), before
		// what its holder did: the title and the name
		{"县委副书记吴荣、县委办公室主任何晴出席。办公室主任何时出席还不确定。", []string{"吴荣:副书记@县委", "何晴:主任@县委办公室"}, []string{"何时"}},
		// after a title, a word opens a name of three whose last character and the verb after it make another
		// word (县长|方便|杰出|席), or one the dictionary tags a name though text uses it as a word (安静|超|出席)
		{"县政协委员安静超出席,县长方便杰出席了会议。委员们高兴地出席。", []string{"安静超:委员@县政协", "方便杰:县长@"}, []string{"高兴地"}},
		// a 会员 after an association's posts is the association's, not the democratic party's named before
		// (会员 are 民进's members, no other party's)
		{"青禾新联会会长吴荣,民盟省委参政议政部部长何晴,新联会秘书长马刚,会员孙文超出席。", []string{"孙文超:会员@新联会"}, nil},
		// two names run together after a credit, the second's given name a noun (某某|刘海军: 海军 is a word)
		{"本报讯(记者何晴 通讯员孙文超刘海军)5日,县政协召开会议。", []string{"何晴:记者@", "孙文超:通讯员@", "刘海军:通讯员@"}, nil},
		// a deputy's title chained after a party group's post (县政协党组书记、副主席) is of the chain's body, not of a
		// head's named before it in the sentence (县工商联主席某某,)
		{"县工商联主席吴荣,县政协党组书记、副主席何晴出席。", []string{"吴荣:主席@县工商联", "何晴:党组书记@县政协,副主席@县政协"}, nil},
		// a head of a school after a member's post, no school named (县政协委员、副校长某某), heads no 政协
		{"县政协委员、副校长孙明亮出席座谈会。", []string{"孙明亮:委员@县政协,副校长@"}, nil},
		// a verb too rare for the cut to read whole after a title, a word after it (记者|谈起|新任…), opens no name
		{"采访中记者谈起新任主任何晴的设想。", []string{"何晴:主任@"}, []string{"谈起新"}},
		// a credit run into the sentence ends before the quote's verb (记者某某|说,), and a later mention after
		// a joining word that is a surname too (但|某某坦言) is the same person
		{"电视台记者何晴说,采访名额有限。但何晴坦言明年还会再来。", []string{"何晴:记者@"}, []string{"何晴说", "但何晴"}},
		// a list's count before 同志 (某某、某某两同志) is no part of its last name, of two characters or three
		{"会议增补马刚、吴荣两同志为常委,增补何晴、孙明亮二同志为委员。", []string{"马刚:常委@", "吴荣:常委@", "孙明亮:委员@"}, []string{"吴荣两", "孙明亮二"}},
		// 和 after a title before those from a province (和|闽籍…) joins them, no name of the surname 和 (but 副县长|和某某)
		{"座谈会上,市侨联顾问和粤籍在外乡贤交流。副县长和建华出席。", []string{"和建华:副县长@"}, []string{"和粤籍"}},
		// 任 after a title, before a place's level and a title, takes the post (区委书记|任|某区管委会主任): no name of the surname 任
		{"经研究决定,区委书记任新区管委会主任。县委书记任丽萍主持会议。", []string{"任丽萍:书记@县委"}, []string{"任新区"}},
		// a list's item that is a Mongolian name whole is the name, and the list goes on after it with its title
		{"副主席吴荣、乌兰其其格、何晴出席。", []string{"吴荣:副主席@", "乌兰其其格:副主席@", "何晴:副主席@"}, []string{"其其格"}},
		// 同志 right after a name of three whose last character the cut reads as a verb (让) ends the name there; not after 等
		{"镇党委书记吴文让同志讲话,镇长何晴等同志参加。", []string{"吴文让:书记@镇党委", "何晴:镇长@"}, []string{"吴文", "何晴等"}},
		// a deputy's title after a body and its head's title with no one named (受某人大常委会主任委托,副主任…) is of that body
		{"受县人大常委会主任委托,副主任何晴主持会议,副主任刘海军、马刚出席会议。", []string{"何晴:副主任@县人大常委会", "刘海军:副主任@县人大常委会", "马刚:副主任@县人大常委会"}, nil},
		// a clause's 时 after a name (在会见某某时,) is no part of it; a foreign surname of two joined by a hyphen is one name
		{"在宴请议长兰迪克时,吴永康致辞。晚宴由参议长马蒂纳-桑托斯主持。", []string{"兰迪克:议长@", "马蒂纳-桑托斯:议长@"}, []string{"兰迪克时", "马蒂纳"}},
		// a bare 主席 in a sentence that names a head of state's or a foreign country's title is no 政协's the article names
		{"县政协召开会议。去年,卡尔森总统访华期间与吴永康主席举行了会谈。", []string{"吴永康:主席@", "卡尔森:总统@"}, nil},
		// a rarer surname's run whose last character makes a word with the verb (有话|直说) is no speaker
		{"会上,孙丽萍说,大家有话直说。他在会上有话直说,道出了难处。", []string{"孙丽萍:"}, []string{"有话直"}},
		// 做 after a name of two ends it, as 作 does (某某做了发言)
		{"会议由办公室主任吴政主持,他做了总结;联络组组长何政做了交流发言,县政协副主席孙文超做客直播间。", []string{"吴政:主任@", "何政:组长@", "孙文超:副主席@县政协"}, []string{"何政做"}},
		// an outlet's name before a photographer's credit (中国网 某某 摄) is no name
		{"图为发布会现场。中国网 孙丽萍 摄\n图为会场。温州网 何晴 摄", []string{"孙丽萍:摄影@", "何晴:摄影@"}, []string{"中国网", "温州网"}},
		// a verb before a head of a government (在听取|副县长某某…) writes no body: the government the article names
		{"县政府召开常务会议。在听取副县长吴荣关于春耕的汇报后,会议提出要求。", []string{"吴荣:副县长@县政府"}, nil},
		// the posts after 是 go on past a clause of a party congress's delegate (党的十六大代表), 的 no clause's there
		{"孙强是县政协委员,党的十六大代表,全国政协委员。", []string{"孙强:委员@县政协,代表@,委员@全国政协"}, nil},
		// posts given in turn by 分别 after an election's verb: each name its own (no election's reading both for each)
		{"孙强、何晴分别当选为县政协主席、副主席。", []string{"孙强:主席@县政协", "何晴:副主席@县政协"}, nil},
		// 书记 after a name alone, as 县长 is: the party committee the article names, none where it names two
		{"县委召开常委会议。孙强书记强调,要抓好落实。", []string{"孙强:书记@县委"}, nil},
		{"县委和市委召开会议。孙强书记讲话。", []string{"孙强:书记@"}, nil},
		// a province's name before 委员 says where the members are from, no given name (住桂|广西委员); a title's name may end in one
		{"住桂广西委员提交了建议,王海南委员发言。", []string{"王海南:委员@"}, []string{"桂广西"}},
		// two names of two run together in a credit, a surname of one and then a common one (记者 某某某某)
		{"县政协召开会议。(记者 孙强吴荣)", []string{"孙强:记者@", "吴荣:记者@"}, []string{"孙强吴荣"}},
		// a list's last item before 等, after names, of one element and no word (a monk's name), after a verb that opens the list
		{"会议决定,授予孙强、吴荣、何晴、演慧等4名委员履职奖。", []string{"孙强:委员@", "何晴:委员@", "演慧:委员@"}, nil},
		// a region's 主席 and 副主席 after 自治区 alone: its government's, which the article names
		{"宁夏回族自治区人民政府召开常务会议。自治区主席吴荣主持,自治区副主席何晴出席,自治区政协副主席孙强列席。", []string{"吴荣:主席@宁夏回族自治区政府", "何晴:副主席@宁夏回族自治区政府", "孙强:副主席@宁夏回族自治区政协"}, nil},
		// 主任委员 and 副主任委员, a democratic party's 主委's full names, of the party named before
		{"民盟县委召开代表大会,选举产生第三届委员会,吴荣任主任委员,何晴任副主任委员。", []string{"吴荣:主任委员@民盟县委", "何晴:副主任委员@民盟县委"}, nil},
		// a committee's heads after it opens their sentence as what convenes (某委员会召开会议,|主任委员某某主持)
		{"县人大法制委员会召开会议,主任委员吴荣主持,副主任委员何晴出席。县委召开会议,主任孙强出席。", []string{"吴荣:主任委员@县人大法制委员会", "何晴:副主任委员@县人大法制委员会", "孙强:主任@"}, nil},
		// a company's executive posts whole (执行董事, 执行总裁), no director's or president's
		{"青禾科技执行董事吴荣、执行总裁何晴发言。", []string{"吴荣:执行董事@青禾科技", "何晴:执行总裁@"}, nil},
		// an organisation's word before its head's title, its last character the title's first (多校|校长), is no name
		{"她兼任多校校长多年。县政协主席何晴出席。", []string{"何晴:主席@县政协"}, []string{"多校"}},
		// a head elected at one province's congress is no head of the other province's government the text names
		{"浙江省人大会议闭幕,青禾大学校长吴荣当选副省长。福建省人民政府当天召开会议。", []string{"吴荣:校长@青禾大学,副省长@"}, nil},
		// a list of names with their units in brackets names no one in a body's item (县工商联(总商会)), its short name read as a surname's
		{"获奖名单:吴荣(县人民医院)、县工商联(总商会)、马刚(县第二中学)。", []string{"吴荣:", "马刚:"}, []string{"商联", "工商联"}},
		// an interview's speaker whose name gse knows as a name (吴荣, tagged nr) is one with no title; a word text uses (陈述) is not
		{"记者:今年关注什么?\n吴荣:我关注乡村教育。\n陈述:事实清楚。", []string{"吴荣:"}, []string{"陈述"}},
		// a rarer surname's name of three that gse knows whole (a name of its dictionary) ends before the word after it (高票)
		{"县委常委俞作豫高票当选县政协主席。", []string{"俞作豫:常委@县委,主席@县政协"}, []string{"俞作豫高"}},
		// elected by every vote (全票当选): a name of two ends before it (not 吴荣全), and the post it was elected to is its too
		{"县委常委吴荣全票当选县政协主席。", []string{"吴荣:常委@县委,主席@县政协"}, []string{"吴荣全"}},
		// surnames the generated list lacks (苻, 芦, 冶), from SURNAMES_MORE
		{"副县长芦海军、冶文辉出席,统战部部长苻文辉讲话。", []string{"芦海军:副县长@", "冶文辉:副县长@", "苻文辉:部长@"}, nil},
		// 颉 and 贠, surnames of the north-west the list lacks too
		{"县长吴荣、县政协主席颉卫东出席,副县长贠文辉主持。", []string{"吴荣:县长@", "颉卫东:主席@县政协", "贠文辉:副县长@"}, nil},
		// a name of two that gse tags an adjective (严明), after a title and before a mark; a verb there is none (书记|强调,)
		{"县委常委、组织部部长严明,副县长吴荣出席。县委书记强调,要抓好落实。", []string{"严明:常委@县委,部长@县委组织部", "吴荣:副县长@"}, []string{"强调"}},
		// a post again in its sentence is of the body the sentence read it of, not of the organ named last (文史馆)
		{"县政协副主席、文史馆馆长孙丽萍介绍情况,副主席何晴、吴超和秘书长刘海军参加。", []string{"孙丽萍:副主席@县政协,馆长@县政协文史馆", "何晴:副主席@县政协", "吴超:副主席@县政协", "刘海军:秘书长@县政协"}, nil},
		// but a head's deputy right after the head is of the head's body, though the sentence read that post of another (市政协主席…、|副主席)
		{"区政协副主席吴荣到某镇督导,市政协主席何晴、副主席刘桂英和秘书长马刚一同前往。", []string{"吴荣:副主席@区政协", "何晴:主席@市政协", "刘桂英:副主席@市政协", "马刚:秘书长@市政协"}, nil},
		// an organ named alone in two chains (…副主席、党组副书记) is of each chain's body, no one entry of the first's
		{"县政协副主席、党组副书记吴振盟会见了来访的温州市政协副主席、党组副书记何长春一行。", []string{"吴振盟:副主席@县政协,党组副书记@县政协", "何长春:副主席@温州市政协,党组副书记@温州市政协"}, nil},
		// a rarer surname's given name of two that is a noun (祖国) before a mark is the name's end, no name of two
		{"区政协副主席麦祖国,副主席马振川参加。市长吴明说,要抓好落实。", []string{"麦祖国:副主席@区政协", "马振川:副主席@区政协", "吴明:市长@"}, []string{"麦祖", "吴明说"}},
		// a 政协's post after a name, the article naming one 政协 and no place it is of: that 政协's, as written
		{"区政协召开常委会议。孙文刚主席主持会议。", []string{"孙文刚:主席@区政协"}, nil},
		// a calling in a chain after a 政协's post is of no body; after a school's post, the school's
		{"全国政协常委、经济学家吴振盟,市政协委员、律师马振川,青禾大学副校长、教授孙文刚参加。", []string{"吴振盟:常委@全国政协,经济学家@", "马振川:委员@市政协,律师@", "孙文刚:副校长@青禾大学,教授@青禾大学"}, nil},
		// 不 and an adjective after a title is no name (候选人|不满); 后 after a name ends it (主席吴荣|后,)
		{"落选的村委会主任候选人不满。在县政协主席吴荣后,马刚接着发言。", []string{"吴荣:主席@县政协"}, []string{"不满", "吴荣后"}},
		// the capacity one acts in (以…主席身份) is no post of the holder named after it
		{"他以县政协委员身份与县委书记孙文刚座谈。", []string{"孙文刚:书记@县委"}, nil},
		// a bureau's head with no bureau written, where the article names one bureau: that bureau's (as 校长 is the one school's)
		{"永嘉县教育局召开会议。局长吴荣主持,副局长马刚出席。", []string{"吴荣:局长@永嘉县教育局", "马刚:副局长@永嘉县教育局"}, nil},
		// a sitting's executive chair (闭幕会的执行主席) is the session's, as 大会执行主席 is
		{"县政协十届二次会议闭幕。闭幕会的执行主席是县政协主席吴振盟。", []string{"吴振盟:执行主席@县政协,主席@县政协"}, nil},
		// a list's last item before a comma is no name whole where 后 ends it (…、主席某某|后,)
		{"在县政协主席吴荣、市政协主席马振川后,孙文刚发言。", []string{"吴荣:主席@县政协", "马振川:主席@市政协"}, []string{"马振川后"}},
		// words of the holder ending in 的 before a title (新当选的|副镇长) name no body: the article's government is the post's
		{"青禾镇人民政府镇长何晴主持会议。新当选的副镇长吴荣表态发言。", []string{"何晴:镇长@青禾镇政府", "吴荣:副镇长@青禾镇政府"}, nil},
		// a member listed after a democratic party's posts is of the party's committee, not of a 政协 named before
		{"市政协副主席吴荣出席。民盟市委副主委何晴、马刚,委员刘桂英,委员、秘书长孙丽萍参加。", []string{"何晴:副主委@民盟市委", "马刚:副主委@民盟市委", "刘桂英:委员@民盟市委", "孙丽萍:委员@民盟市委,秘书长@民盟市委"}, nil},
		// four characters of a rarer surname out of which a word runs (恳谈会) are no name
		{"县政协组织委员双季恳谈会,委员吴荣发言。", []string{"吴荣:委员@县政协"}, []string{"双季恳谈"}},
		// a democratic party's head alone is of its unit named before, one of a place the text leaves uncertain too (青禾区)
		{"民建青禾区工委召开会议。副主委吴荣出席。", []string{"吴荣:副主委@民建青禾区工委"}, nil},
		// a 政协's post after a name, no body written, is of the one 政协 the article names (not in a page's list of heads)
		{"永嘉县政协召开常委会议。吴荣副主席在会上通报了提案办理情况。", []string{"吴荣:副主席@永嘉县政协"}, nil},
		{"主 席何晴\n副主席 吴荣 马刚\n县政协围绕老旧小区改造提出建议。(永嘉县政协 供稿)", []string{"吴荣:副主席@", "马刚:副主席@"}, nil},
		// a state councillor is the State Council's, whatever government the sentence names before (TITLE_BODIES)
		{"特区政府举行晚宴招待国务委员吴荣,国务委员何晴出席。", []string{"吴荣:国务委员@国务院", "何晴:国务委员@国务院"}, nil},
		// a name ends before 获 (获邀, 获聘)
		{"常委吴德海获邀参加座谈,主任何晴获聘顾问。委员吴荣获评优秀委员。", []string{"吴德海:常委@", "何晴:主任@", "吴荣:委员@"}, []string{"吴德海获", "何晴获", "吴荣获"}},
		// Mongolian names of elements in their other spellings (那仁, 必力格) are read whole after a title
		{"副主席那仁格日勒讲话,副旗长恩和必力格主持。", []string{"那仁格日勒:副主席@", "恩和必力格:副旗长@"}, nil},
		// a Dai man's name opens with 岩, a Yi clan's name 阿苏 opens a name of four; not 岩 of a word (岩溶)
		{"副州长岩温出席,县长阿苏拉则主持。委员们考察岩溶地貌。", []string{"岩温:副州长@", "阿苏拉则:县长@"}, []string{"岩溶"}},
		// a post one is elected to before taking it up (候任区议员, 候任议员) is the post; 候 opens no name (沙田|候任)
		{"青禾候任议员吴荣表示支持,候任区议员何晴出席。", []string{"吴荣:议员@", "何晴:区议员@"}, []string{"青禾候"}},
		// a country's name that ends a province's (内|蒙古) names no foreign government
		{"内蒙古政府副主席何晴讲话。", []string{"何晴:副主席@内蒙古自治区政府"}, nil},
		// 侨 opens no name: the tail of a federation's name before a verb of speech is none (致信中国侨联|指出)
		{"会上,驻外大使吴荣致信中国侨联指出,合作成效明显。", []string{"吴荣:大使@"}, []string{"侨联"}},
		// a national body's name after a country's (芬兰|中国和平统一促进会) is that country's association, as written
		{"芬兰中国和平统一促进会会长吴荣发言,中国和平统一促进会副会长马刚出席。", []string{"吴荣:会长@芬兰中国和平统一促进会", "马刚:副会长@中国和平统一促进会"}, nil},
		// the standing committee's short name before its posts (人大常委|副主任) is the committee, no member's title (常委)
		{"县人大常委副主任吴荣、县政协副主席何晴出席。县人大常委、县政协委员马刚发言。", []string{"吴荣:副主任@县人大常委会", "何晴:副主席@县政协", "马刚:常委@县人大,委员@县政协"}, nil},
		// a membership written right before a post with no mark between (县委常委副县长) is a role of the chain, as with a 、
		{"县委常委副县长马刚出席,县政府党组成员副县长何晴主持。", []string{"马刚:常委@县委,副县长@县政府", "何晴:党组成员@县政府,副县长@县政府"}, nil},
		// a committee's head after its party committee's (某某委员会党委书记、主任): the committee's
		{"青禾集团事务委员会党委书记、主任吴荣讲话。", []string{"吴荣:书记@青禾集团事务委员会党委,主任@青禾集团事务委员会"}, nil},
		// an association's head with no body written is the association's named before, not a legislature's (立法会) named since
		{"青禾同乡会举行就职典礼,立法会议员马刚出席。新任会长吴荣致辞。", []string{"马刚:议员@特别行政区立法会", "吴荣:会长@青禾同乡会"}, nil},
		// titles joined by 及 are one person's where a body's title follows (县委常委及宣传部部长), not a group's two of one body (副主席及委员)
		{"县委常委及宣传部部长吴荣出席。会上,县政协副主席及委员马刚、何晴发言。", []string{"吴荣:常委@县委,部长@县委宣传部", "马刚:委员@县政协", "何晴:委员@县政协"}, nil},
		// a list's item of a rarer surname whose given name is a word (卜|海军) is a name; a body's after a level word is none (、区监委)
		{"县人大常委会副主任马刚、吴荣、卜文化出席。县领导何晴、区监委、区法院负责人参加。", []string{"马刚:副主任@县人大常委会", "吴荣:副主任@县人大常委会", "卜文化:副主任@县人大常委会"}, []string{"区监委", "区法院"}},
		// a township's name less its 镇 before the unit named after it is no one's (政协委员|碧莲联络站); a member's studio is theirs (孙丽萍工作室)
		{"县政协委员碧莲联络站揭牌,碧莲委员联络站设在镇里。县政协委员孙丽萍工作室同日揭牌。", []string{"孙丽萍:委员@县政协"}, []string{"碧莲"}},
		// a name ends before 受 (…受某会议委托): no given name ends with it
		{"县政协副主席屈文辉受主席会议委托通报情况。", []string{"屈文辉:副主席@县政协"}, []string{"屈文辉受"}},
		// an association's head with no body written is not of one a sentence before named only before another's post (禾田商会副会长某某)
		{"青禾同乡会举行就职典礼。禾田商会副会长马刚出席。新任会长吴荣致辞。", []string{"马刚:副会长@禾田商会", "吴荣:会长@青禾同乡会"}, nil},
		// the heads and their deputies (正副主任) are no one's title after a name
		{"县直机关各局委正副主任列席会议。", nil, []string{"局委正", "委正"}},
		// names listed before a title after them share it, but not one after a title of its own, nor a name read across that title (委|员某某)
		{"县政协委员马刚、吴荣主任出席。", []string{"马刚:委员@县政协", "吴荣:主任@"}, []string{"员马刚"}},
		{"会上,马刚、吴荣主任先后发言。", []string{"马刚:主任@", "吴荣:主任@"}, nil},
		// an office's last character, a rarer surname's (科), before a name of two and the head's title after it: the office's, no name's
		{"会上,县委宣传部理论科孙强副科长作辅导。", []string{"孙强:副科长@县委宣传部理论科"}, []string{"科孙强"}},
		// a list's item of words, a title and a name (…、速读专家某某): the words are no name, and take no title before them
		{"嘉宾有主持人马刚、速读专家柯平安。", []string{"马刚:嘉宾@,主持人@"}, []string{"速读"}},
		// a dotted name before 等 and a group's word with its honorific (等领导同志) ends at 等
		{"还有副委员长阿依古丽·吐尔逊等领导同志出席。", []string{"阿依古丽·吐尔逊:副委员长@"}, []string{"阿依古丽·吐尔逊等领导"}},
		// a byline's name the page gives as its source too is the outlet's, no person
		{"县政协召开常委会议\n\n作者:禾田云\n\n来源:禾田云\n\n3月5日,县政协召开常委会议,主席吴超出席。", []string{"吴超:主席@县政协"}, []string{"禾田云"}},
		// the posts taken end where 并 opens another deed: those the holder leads hold no post of theirs
		{"区政协常委孙文超就任禾田商会会长并率领新一届理监事宣誓。", []string{"孙文超:常委@区政协,会长@禾田商会"}, nil},
		// one nominated for a post (提名人选) is its candidate, the name after the words
		{"县政协党组书记、九届县政协主席提名人选马刚,县委副书记吴超参加会议。", []string{"马刚:党组书记@县政协,候选人@县政协", "吴超:副书记@县委"}, nil},
		// a candidate for a post the chain's body holds, the post written before the word (党组成员、|副主席候选人): that body's
		{"县政协党组成员、副主席候选人何晴,县委副书记、县长候选人吴超参加会议。", []string{"何晴:党组成员@县政协,候选人@县政协", "吴超:副书记@县委,候选人@"}, nil},
		// a 政协's post after the name, its holder chairing the 政协's meeting right after: that 政协's; not a party committee's
		{"3月2日上午,吴超主席主持召开了区政协六届九次常委会议。", []string{"吴超:主席@区政协"}, nil},
		{"3月2日上午,吴超主席主持召开了区委常委会议。", []string{"吴超:主席@"}, nil},
		// a skilled worker's rank (技师, 高级技师, 首席技师) is a title, as an engineer's is
		{"禾田石化分公司高级技师孙文刚参加。", []string{"孙文刚:高级技师@禾田石化分公司"}, nil},
		// a title after a congress's meeting (…会议上|县长) is not the congress's: the head of the government the text names
		{"在民乐县第十五届人民代表大会第三次会议上县长马刚作报告。我代表县人民政府向大会报告工作。", []string{"马刚:县长@民乐县政府"}, nil},
		// a title that an office's words follow is in the office's name, no one's post (行政长官|办公室主任, 特首|政策组组长)
		{"特首政策组组长何晴、行政长官办公室主任孙文超陪同视察,主席办公室主任吴超参加。",
			[]string{"孙文超:主任@行政长官办公室", "何晴:组长@特首政策组", "吴超:主任@"}, nil},
		// a headline of three short phrases parted by spaces is no roster: each item of a roster is a name whole
		{"一声祝福 一点温暖 一份关爱\n县政协机关开展慰问活动。", nil, []string{"声祝福", "祝福", "温暖", "关爱"}},
		// words of a clause before a name with a middle dot open no name a title before them anchors; the
		// name goes by its first part later, which a title after it may read short
		{"记者是从阿依古丽·吐尔逊委员的提案中了解到这一情况。阿依古丽委员说,要加快修路。", []string{"阿依古丽·吐尔逊:委员@"}, []string{"是从阿依古丽·吐尔逊", "依古丽", "阿依古丽"}},
		// a photograph's credit written to a name with a middle dot in a byline is no part of the name
		{"委员们在会上发言。禾田日报记者 阿依古丽·吐尔逊摄", []string{"阿依古丽·吐尔逊:记者@禾田日报,摄影@"}, []string{"阿依古丽·吐尔逊摄"}},
		// a class of people before an example (…专家,比如|…院长某某) is no post of the example's
		{"座谈会还邀请企业家,例如青禾农机公司董事长孙文超。", []string{"孙文超:董事长@青禾农机公司"}, nil},
		// a post named after the name with no body is the one the clause then names with its body
		{"吴荣副主席是县政协副主席,分管文史工作。", []string{"吴荣:副主席@县政协"}, nil},
		// 由 before a title says who leads, no body: the title is of the body the clause before names
		{"市政协组织专题视察,由副主席吴荣带队。", []string{"吴荣:副主席@市政协"}, nil},
		// a 政协 opening the sentence leads what it does (赴, 开展: CONVENER_VERBS): its deputy's title after is its own
		{"市政协赴禾田县视察,副主席吴荣带队。区政协开展走访,秘书长何晴参加。", []string{"吴荣:副主席@市政协", "何晴:秘书长@区政协"}, nil},
		// a reporter in brackets after the page's source line, its credit
		{"委员之家今年接待来访九十余次。\n来源:某某日报(记者孙丽萍)", []string{"孙丽萍:记者@"}, nil},
		// a word and the suffix that makes it a manner (常态|化) after a title is no name
		{"几位委员常态化走访企业,市里的委员们制度化开展述职。", nil, []string{"常态化", "制度化"}},
		// Tibetan names of two elements with no surname, elements that are rarer (山丹, 达杰)
		{"会上,旺加山丹委员介绍了牧区的变化,副县长达杰才仁出席。", []string{"旺加山丹:委员@", "达杰才仁:副县长@"}, []string{"加山丹"}},
		// 因 after a name gives the reason (某某|因工作变动…): no given name ends with it
		{"副市长吴荣因工作变动辞职。马刚因已调任省文化厅副厅长,不再担任县长。", []string{"吴荣:副市长@"}, []string{"吴荣因", "马刚因"}},
		// but a name of two before 为 and a title is no name of three (选举某某|为|主席, not 为主|席)
		{"会议选举吴荣为主席,何晴为主任委员。", []string{"吴荣:主席@", "何晴:主任委员@"}, []string{"吴荣为", "何晴为"}},
		// a name whose last character and 代 make a time word (明代), a title after it (马振明|代表…): the name whole
		{"县政协主席马振明代表县政协常务委员会向大会报告工作,县委书记刘桂明代表县委讲话。", []string{"马振明:主席@县政协", "刘桂明:书记@县委"}, []string{"马振"}},
		// an adverb of degree before a preposition is a name's last character (吴德太|对…)
		{"会上,乡人大主席吴德太对代表们的建议作了回应。", []string{"吴德太:主席@乡人大"}, []string{"吴德"}},
		// the list's last name before 为 and a group's head (…、某某为|第三督查分团团长): the name, the list's post
		{"以县政协副主席吴荣、何长春、黄文超为第三督查分团团长的督查团走访了禾田村。",
			[]string{"吴荣:副主席@县政协", "何长春:副主席@县政协", "黄文超:副主席@县政协"}, nil},
		// a title a verb of posts gives its subject before a comma is no post of the next name (某某兼任…书记,|…部长某某)
		{"孙丽萍兼任中共青禾县委书记,中共青禾县委统战部部长孙文超出席。",
			[]string{"孙丽萍:书记@中共青禾县委", "孙文超:部长@中共青禾县委统战部"}, nil},
		// 代表 right after a name is the verb: no title, and no name in what it speaks for (…代表|支社…)
		{"支社主委何秀琴代表支社第四届委员会作了报告。", []string{"何秀琴:主委@"}, []string{"支社"}},
		// 本人 after a sentence's subject: a name of three, though its given name is a word (刘海军本人)
		{"刘海军本人先后3次被评为先进个人。", []string{"刘海军:"}, nil},
		// 领导|人大…: no 领导人 before names
		{"区领导人大副书记吴超出席。", nil, []string{"大副"}},
		// an adverb after a name of two the text writes alone elsewhere is no given name's (孙文|刚赶到 … 孙文略显…)
		{"全国政协委员孙文刚赶到驻地,还没顾上喝水。\n孙文略显疲惫。", []string{"孙文:委员@全国政协"}, []string{"孙文刚"}},
		{"县政协主席孙文刚出席会议。", []string{"孙文刚:主席@县政协"}, nil},
		// a place pointed at after a preposition that is a surname is no name (委员|向该乡…)
		{"县政协委员向该乡贫困户赠送鸡苗。", nil, []string{"向该乡"}},
		// the session's spokesman (大会新闻发言人) holds a post of the session, no body's, as its secretary-general does
		{"县政协十届五次会议召开新闻发布会,大会新闻发言人何晴介绍会议议程。", []string{"何晴:新闻发言人@"}, nil},
		// a place's name before a list's 、 ends with no name where a word holds its third last character (文|化广场)
		{"委员们察看了禾田镇的文化广场、孙丽萍委员工作室。", []string{"孙丽萍:委员@"}, []string{"化广场"}},
		// a vote's margin before 当选 is no name (高票|当选…主任)
		{"会上,高票当选村民委员会主任的吴超发言。", nil, []string{"高票"}},
		// a surname alone before what its bearer did is no name (委员王|主持)
		{"会议由县政协委员王主持。", nil, []string{"王主持"}},
		// a verb of going ends a name (某某|赴…)
		{"县政协主席饶文康赴禾田社区走访。", []string{"饶文康:主席@县政协"}, []string{"饶文康赴"}},
		// a subject of two before an adverb and what they are (吴荣|也是…)
		{"县政协常委会议增补吴荣为县政协委员,吴荣也是去年的优秀委员。", []string{"吴荣:委员@县政协"}, []string{"吴荣也"}},
		// an item of three between names, its surname none the list holds, is a name, and the list goes on
		{"省政协副主席吴超、何晴、喇文智、孙文超出席。", []string{"吴超:副主席@省政协", "何晴:副主席@省政协", "喇文智:副主席@省政协", "孙文超:副主席@省政协"}, []string{"文智"}},
		// a list's next item after an association's title holds the same association (该会首席会长某某、|主席某某)
		{"访问团到访青禾同乡总会,受到该会首席会长吴荣、主席孙文超等人的接待。", []string{"吴荣:首席会长@青禾同乡总会", "孙文超:主席@青禾同乡总会"}, nil},
		// 该会 right before a title, after a name and a joining word (某某及|该会|副主席)
		{"访问团到访青禾同乡总会,受到热情接待。会上,吴荣及该会副主席何晴分别发言。", []string{"何晴:副主席@青禾同乡总会"}, nil},
		// 该会 points back to an association, past a committee named since (该会, no 委员会)
		{"禾田同乡联谊会举行座谈会。县政协港澳台侨委员会主任孙丽萍出席,该会会长吴德海致辞。", []string{"孙丽萍:主任@县政协港澳台侨委员会", "吴德海:会长@禾田同乡联谊会"}, nil},
		// a verb gse tags a noun between two titles (区长昨日|会见|…会长): the title before is another's
		{"区长昨日会见青禾商会会长孙丽萍。", []string{"孙丽萍:会长@青禾商会"}, nil},
		// an office's or a page's note in brackets at the end names no author
		{"委员们走访了三家企业。(县政协办公室)(下转第二版)", nil, []string{"县政协办公室", "县政协", "下转第二版"}},
		// a clause's subject of two characters before an adverb of one (吴超|还主持)
		{"县人大常委会主任吴超出席。下午,吴超还走访了两家企业。", []string{"吴超:主任@县人大常委会"}, []string{"吴超还"}},
		{"天津市政协召开会议\n\n日前,天津市政协召开会议。市政协主席盛茂林出席并讲话。",
			[]string{"盛茂林:主席@天津市政协"}, nil},
		{"全国政协委员、民盟黑龙江省佳木斯市委副主委赵坤宇发言。",
			[]string{"赵坤宇:委员@全国政协,副主委@民盟黑龙江省佳木斯市委"}, nil},
		// a kind of organisation named alone before a title is the one of that kind named before (合作社|负责人)
		{"委员们走访了禾田村茶叶专业合作社。合作社负责人何秀琴坦言,种植大户吴德海介绍。",
			[]string{"何秀琴:负责人@禾田村茶叶专业合作社", "吴德海:种植大户@"}, nil},
		// members counted after names, an honour before their title, are of the 政协 or 人大 the
		// article names; a party's members of no unit the list names nearer
		{"绍兴市政协召开会议\n\n会上表彰了吴德海等10名优秀委员,民盟柯桥区总支等先进集体和何秀琴等30名优秀盟员。",
			[]string{"吴德海:委员@绍兴市政协", "何秀琴:盟员@"}, nil},
		{"县政协副主席李强调研时指出,副市长赵阳光临现场指导,副主席吴志超出席。", // a name of two whose last character a word cut ran on from (李强|调研, 赵阳|光临)
			[]string{"李强:副主席@县政协", "赵阳:副市长@", "吴志超:副主席@县政协"}, []string{"赵阳光", "吴志"}},
		{"副主席刘明白天走访企业,晚上召开座谈会。", // a time word the cut ran into ends the name (刘明|白天)
			[]string{"刘明:副主席@"}, []string{"刘明白"}},
		{"会议任命了区政府12位部门的局长,区委书记、区人大常委会主任孙丽萍颁发任命书。", // a clause that counts the posts it gives is no chain of the name after it
			[]string{"孙丽萍:书记@区委,主任@区人大常委会"}, nil},
		{"第十一届、十二届全国人民代表大会常务委员会副委员长,中国人民政治协商会议第十届全国委员会副主席,中国民主同盟第九届、十届、十一届中央委员会主席孙丽萍同志出席。", // an obituary's chain of posts, parted by commas, with lists of terms
			[]string{"孙丽萍:副委员长@全国人大常委会,副主席@全国政协,主席@民盟中央"}, nil},
		{"会议听取了市政协主席孙丽萍所作的提案工作说明及副市长马振川所作的通报。", // a clause between a body and a title: no body of it
			[]string{"孙丽萍:主席@市政协", "马振川:副市长@"}, nil},
		{"自治区政协副主席艾力·阿不都吾斯曼出席。", // an element of names after the dot read whole (阿不都: its 都 no stop)
			[]string{"艾力·阿不都吾斯曼:副主席@自治区政协"}, []string{"艾力·阿不"}},
		{"会议选举产生民盟阜平县第二届委员会,孙丽萍为主任委员,吴德海为副主任委员。", // the officers of the committee an election produced
			[]string{"孙丽萍:主任委员@民盟阜平县委", "吴德海:副主任委员@民盟阜平县委"}, nil},
		{"会上,席子奇委员建议加快修路,编组下沉委员参加。", // a rare surname whose first characters make a word (席子), its given name one gse knows
			[]string{"席子奇:委员@"}, []string{"编组下"}},
		{"市发改委、市工信局负责人作了汇报,副主任钱协出席。", // a body's last characters name no one (市发|改委); a name of two may end in 协
			[]string{"钱协:副主任@"}, []string{"改委"}},
		{"何作安局长出席并致辞,吴在明会长出席,委员们在局长陪同下参观。", // a stop of one character, the given name's first after a common surname
			[]string{"何作安:局长@", "吴在明:会长@"}, []string{"们在"}},
		{"孙丽萍,女,1975年生,现任县政协委员。\n\n吴德海,男,1968年生,现任县政协委员。", // the same posts twice, each its own clause's person's
			[]string{"孙丽萍:委员@县政协", "吴德海:委员@县政协"}, nil},
		{"民建惠州市委会召开座谈会,市委会何晴主委、吴德海副主委出席,民建广东省委办公室马振川列席。会议由何晴主委主持。", // a body's last character the cut left alone before a name of two (市委|会|何晴); the title again is the one named before, not of the party named nearest
			[]string{"何晴:主委@民建惠州市委", "吴德海:副主委@民建惠州市委"}, []string{"会何晴"}},
		{"民建惠州市委会召开座谈会,市委会孙丽萍主委出席,民建广东省委办公室马振川列席。会议由孙丽萍主委主持。", // the title again, alone after the name
			[]string{"孙丽萍:主委@民建惠州市委"}, nil},
		{"大会选举产生了九三学社扬州市第四届委员会,何秀琴、吴德海、马振川、孙丽萍、刘桂英、杨立竹、吴志超、孙文超、吴德林、何作安、吴在明当选为市委委员。", // the committee a long list's election produced: 市委 is the party's
			[]string{"何秀琴:委员@九三学社扬州市委", "吴在明:委员@九三学社扬州市委"}, nil},
		{"市政协研究室副主任、机关党组成员吴德海出席。", // an organ after an organ of a 政协 in a chain is the 政协's own
			[]string{"吴德海:副主任@市政协研究室,党组成员@市政协机关"}, nil},
		{"其中,孙丽萍、刘先锋委员提出的提案,县长、刘先锋委员,吴德海、何平等同志。", // a list's last item after a name is a name whole, though its given name is a word (先锋; not after a title, nor 平等 before 同志)
			[]string{"孙丽萍:委员@", "刘先锋:委员@"}, []string{"何平等"}},
		// a surname and how a Taoist priest is addressed (张道长) is no full name, as 王主席 is none
		{"县道教协会会长张道长出席,会长孙文超道长讲话。", []string{"孙文超:会长@县道教协会"}, []string{"张道长"}},
		// a preposition after a sentence's subject ends the name (某某|在致辞中指出)
		{"县长何晴致辞。何晴在致辞中指出,要加强工作。", []string{"何晴:县长@"}, []string{"何晴在"}},
		// a preposition between a name and a credit ends the name (某某|对|本报记者说)
		{"青禾华人报记者孙文超对本报记者说。", []string{"孙文超:记者@"}, []string{"孙文超对"}},
		// a body's last character before a common surname is the body's, not a rare surname's (文史委|黄某)
		{"省政协文史委吴超主任讲话。", []string{"吴超:主任@省政协文史委员会"}, []string{"委吴超"}},
		// a ministry's department after the ministry's post in a chain is the ministry's
		{"水利部总经济师、规划计划司司长吴德海介绍。", []string{"吴德海:总经济师@水利部,司长@水利部规划计划司"}, nil},
		// the session's executive chair is of the body whose session the article opens with, not of a 人大 seated before
		{"永嘉县政协十一届二次会议开幕\n\n县委书记吴德海、县人大常委会主任孙丽萍出席。大会执行主席马振川主持。",
			[]string{"马振川:执行主席@永嘉县政协", "孙丽萍:主任@永嘉县人大常委会"}, nil},
		// members counted after their names (…等3名委员) in a sentence of no 政协 are of the article's, not of a higher place's named once before;
		// the list's last name, before 等, is one though its surname is a joining word (来)
		{"4月9日,政协永嘉县第十届委员会第四次会议在县会堂举行。县政协委员和住县的温州市政协委员共80余人出席。随后,吴超、何晴、来海军等3名委员围绕乡村教育作了发言。",
			[]string{"吴超:委员@永嘉县政协", "来海军:委员@永嘉县政协"}, nil},
		// a title's name followed by a clause whose own title ends its item (接待了以某某为团长、…): the items after it are not the title's
		{"市政协主席吴德海今天接待了以何晴为团长、孙文刚为副团长的考察团。", []string{"吴德海:主席@市政协", "孙文刚:副团长@"}, nil},
		// an association's post again in its sentence, after another association's member (副会长、某联常委某某,副会长某某): the same association's
		{"禾田商会召开年会。副会长、县工商联常委吴荣致辞,副会长兼秘书长、县工商联常委孙文超作报告。",
			[]string{"吴荣:副会长@禾田商会,常委@县工商联", "孙文超:副会长@禾田商会,秘书长@禾田商会,常委@县工商联"}, nil},
		// a count before 同志 after a list of names (某某、某某两同志) is no name's end
		{"会议选举吴荣、孙文刚两同志为镇人大主席团成员。", []string{"吴荣:成员@镇人大主席团", "孙文刚:成员@镇人大主席团"}, []string{"文刚两", "孙文刚两"}},
		// a member (党员) where the paragraph names a democratic party's branch is that party's, not the Communist Party's (中共党员 is)
		{"致公党青禾支部12名党员参加会议。会上,党员吴荣作大会发言,中共党员何晴发言。", []string{"吴荣:党员@致公党青禾支部", "何晴:党员@中国共产党"}, nil},
		// a name of two after an institution whose last character is a surname too (某市委党校|吴超教授): the name, not 校吴超
		{"青禾市委党校吴超教授作辅导报告。", []string{"吴超:教授@市委党校"}, []string{"校吴超"}},
		// a name whose last character stops names before a verb (太, 中) is whole before a mark (某某太|,)
		{"县政协常务副主任孙立太,秘书长吴超出席。", []string{"孙立太:常务副主任@县政协", "吴超:秘书长@县政协"}, nil},
		// a bare 党委 before a title is the committee just named (…镇党委书记某某,党委副书记…), not a department of one
		{"康店镇党委书记吴荣,党委副书记、镇长何晴参加。县委宣传部部长马刚,党委委员孙文超出席。",
			[]string{"吴荣:书记@中共巩义市康店镇委", "何晴:副书记@中共巩义市康店镇委,镇长@", "马刚:部长@县委宣传部", "孙文超:委员@"}, nil},
		// a title read across two places' names (江阴市|长泾镇: 市长) is none of the chain before the title
		{"江阴市长泾镇人大主席孙超主持会议。", []string{"孙超:主席@江阴市长泾镇人大"}, nil},
		// and a bare 党工委, a subdistrict's working committee just named (…街道党工委书记某某,党工委副书记…)
		{"济源市天坛街道党工委书记吴荣,党工委副书记孙文超出席。", []string{"吴荣:书记@中共济源市天坛街道党工委", "孙文超:副书记@中共济源市天坛街道党工委"}, nil},
		// a subject's name whose surname and next character a place shares (金华|英), not the place's people (金华人)
		{"金华英是一家企业的老总。金华人是这样说的。", []string{"金华英:老总@"}, []string{"金华人"}},
		// the address the speaker gives as they speak names no one (致|谢词时|表示)
		{"会长吴德海致谢词时表示,会务顺利。", []string{"吴德海:会长@"}, []string{"谢词时"}},
		// a deputy secretary (副秘书), a post of its own, not the secretary's
		{"某国国家安全委员会副秘书马振川表示。", []string{"马振川:副秘书@国家安全委员会"}, nil},
		// a name's last character and a verb of speech read as a word (某某明|说: 明说), the name whole
		{"剧团一级演员孙文明说,要多下基层。", []string{"孙文明:演员@"}, []string{"孙文"}},
		// a deputy after a centre no rule reads (某某服务中心|副主任) is that centre's, not the body of the title before
		{"县政协主席吴荣,市投资促进服务中心副主任何晴出席。", []string{"吴荣:主席@县政协", "何晴:副主任@"}, nil},
		// a 政协's working committee in a street (政协工委) is the 政协's, not the street's party working committee named before it
		{"区政协主席吴荣出席。东城街道党工委副书记、政协工委主任何晴陪同。", []string{"吴荣:主席@区政协", "何晴:副书记@东城街道党工委,主任@区政协工委"}, nil},
		// a division named by a title's word (秘书|处) before its head's title is no title of the head's
		{"秘书处处长马刚陪同。", []string{"马刚:处长@"}, nil},
		// a rank some places give as 巡查员, as others 巡视员
		{"市政协副秘书长、二级巡查员孙文超陪同。", []string{"孙文超:副秘书长@市政协,二级巡查员@市政协"}, nil},
		// names listed before 等 and the members of a region's group (港区全国政协委员)
		{"吴荣、何晴等港区全国政协委员出席。", []string{"吴荣:委员@全国政协", "何晴:委员@全国政协"}, nil},
		// a body's name in quotes inside a chain (…、“某某会”主席) is the segment's, the chain goes on before it
		{"全国政协副主席、“青禾会”主席吴荣出席。", []string{"吴荣:副主席@全国政协,主席@"}, nil},
		// the verb that lists who came (有) before a name of two in a window, no surname of a name of three
		{"出席的有马刚(县政协副主席)。", []string{"马刚:副主席@县政协"}, []string{"有马刚"}},
		// a meeting with someone after a name of two (吴荣|座谈, not 吴荣座)
		{"县长与青年艺术家吴荣座谈,又与委员马刚合影。", []string{"吴荣:艺术家@", "马刚:委员@"}, []string{"吴荣座", "马刚合"}},
		// the session's plenary is named after the seats, a 人大 before them (县人大…主任某某,大会执行主席…)
		{"县人大常委会主任孙丽萍、大会执行主席马振川在主席台前排就座。政协民乐县第八届委员会第二次会议开幕。",
			[]string{"马振川:执行主席@民乐县政协", "孙丽萍:主任@民乐县人大常委会"}, nil},
		// a rare surname's given name of three ending in a word is an idiom's end, no name
		{"两会期间,人大代表满怀豪情地报到。", nil, []string{"满怀豪情"}},
		// a credit written after a name under □ is its role, not the author's the mark assumes
		{"县政协召开会议。\n\n□孙丽萍 摄", []string{"孙丽萍:摄影@"}, nil},
		// an item of a list between names is a name whole, though its surname is mostly a word (都)
		{"县委统战部副部长吴志超、都文超、孙丽萍参加。", []string{"吴志超:副部长@县委统战部", "都文超:副部长@县委统战部", "孙丽萍:副部长@县委统战部"}, []string{"文超"}},
		// a deputy opening its sentence is of the head's body named in the sentence before; words after a
		// name in a list's item end the list with it (某某|分别为…); an outlet's dateline is no speaker
		{"县政协主席吴德海出席开班仪式。当天下午,副主席何秀琴、孙丽萍、马振川分别为学员授课。\n\n九禾网讯:12月7日,县政协召开会议。",
			[]string{"吴德海:主席@县政协", "何秀琴:副主席@县政协", "马振川:副主席@县政协"}, []string{"九禾网讯", "马振川分别"}},
		{"副主席艾力·买买提热西提到会讲话。", // the elements of names after the dot read whole, one after another (买买提|热西提|到会)
			[]string{"艾力·买买提热西提:副主席@"}, []string{"艾力·买买提热西"}},
		{"市人大常委会副主任吴正和主持会议。副主任孙文超和参加调研的委员座谈。", // 和 before a verb ends a given name (吴正和|主持); not before a verb that describes a noun (孙文超|和参加调研的委员), nor before a title (某某和|镇长)
			[]string{"吴正和:副主任@市人大常委会", "孙文超:副主任@市人大常委会"}, []string{"吴正"}},
		{"县政协副主席吴荣和代表本届常委会讲话。县政协主席孙文和代表委员们座谈。", // 和 before 代表 that a body follows: the verb speaking for it (吴荣和|代表常委会); not before 代表 the noun (孙文|和代表委员们)
			[]string{"吴荣和:副主席@县政协", "孙文:主席@县政协"}, []string{"吴荣", "孙文和"}},
		{"县政协主席孙微微出席,副县长刘平平、何明明陪同,县长马刚刚出席会议,委员吴超默默奉献。主任何晴晴亦出席。", // a doubled given name gse reads as another word (孙|微微); not a doubled adverb after a name (马刚|刚, 吴超|默默)
			[]string{"孙微微:主席@县政协", "刘平平:副县长@", "何明明:副县长@", "马刚:县长@", "吴超:委员@县政协", "何晴晴:主任@"}, []string{"孙微", "刘平", "何明", "马刚刚", "吴超默默"}},
		{"除被通报的省政协原副主席吴德海外,还有两人。除县长孙文超、副县长吴荣外,其他人员参加。", // 除 opening the clause: 外 closes it after the name (吴德海|外, not 吴德|海外)
			[]string{"吴德海:副主席@省政协", "孙文超:县长@", "吴荣:副县长@"}, []string{"吴德", "吴荣外"}},
		{"委员们学习县委书记吴建正在全会上的讲话。主席何晴正在会上讲话。", // 正 before 在…上的讲话 ends a name (吴建正|在: 正在 opens no noun's phrase); not before a speech being given (何晴|正在|会上讲话)
			[]string{"吴建正:书记@县委", "何晴:主席@"}, []string{"吴建:", "何晴正"}},
		{"县政协副秘书长、提案委员会、学习委员会、文史委员会主任孙强出席。", // bodies listed alone between titles, one after another: the chain goes on past them to the title before (副秘书长)
			[]string{"孙强:副秘书长@县政协,主任@县政协文史委员会"}, nil},
		{"委员关注教师家教收费,教师文家凯发言。", // a rare surname's word of two gse knows is that word (教师|家教), not a name
			[]string{"文家凯:教师@"}, []string{"家教"}},
		{"县政协副主席和志坚出席。主席和副主席讲话,县长和县委书记调研,委员将赴京培训。", // 和 right after a title, a name of three and what a person does after it: the Naxi surname (not 主席|和|副主席, nor 委员|将赴京)
			[]string{"和志坚:副主席@县政协"}, []string{"和副主", "和县委", "将赴京"}},
		{"议员陈吴丽华出席,中心主任孙田勇则表示支持,主任王林华出席。", // a husband's surname before one's own, as Hong Kong writes a married name (陈吴丽华); not a name of three before a joining word (孙田勇|则) or a verb (王林华|出席)
			[]string{"陈吴丽华:议员@", "孙田勇:主任@", "王林华:主任@"}, []string{"陈吴丽", "孙田勇则", "王林华出"}},
		{"对此,社长吴德海却向记者感叹:“变化真大!”何晴也表示赞同。", // an adverb between the speaker and the verb is no part of the name (吴德海|却|向记者感叹)
			[]string{"吴德海:社长@", "何晴:"}, []string{"德海却", "何晴也"}},
		{"要把这项主任务做实,处长葛文辉出席。", // a title's last character and a rare surname making a noun (主任|务: 任务) read no name; not where they make a place's or another word (处长|葛某)
			[]string{"葛文辉:处长@"}, []string{"务做实"}},
		{"青禾集团董事长孙光和,办公室主任吴文和、副主任何晴出席。", // a joining word before a mark joins nothing: the name's last character (孙光和|,)
			[]string{"孙光和:董事长@青禾集团", "吴文和:主任@", "何晴:副主任@"}, []string{"孙光", "吴文"}},
		{"县检察院检察长应文,副县长于川,院长应邀出席,倾听委员之声。", // a surname that is also a joining word, and one character, between a title and a mark (检察长|应文|,); not a word (应邀) nor 之
			[]string{"应文:检察长@县检察院", "于川:副县长@"}, []string{"应邀", "之声"}},
		{"副主委吴荣、副主委屈文辉、委员马刚出席。", // a title whose last character and a surname make a word (委屈) before a name of three a mark ends: the title and the name
			[]string{"吴荣:副主委@", "屈文辉:副主委@", "马刚:委员@"}, nil},
		{"青禾市工商业联合会(市总商会)主席孙文超出席。", // the body's other name in brackets before the title, a body of its own: the title is of the name before them
			[]string{"孙文超:主席@青禾市工商业联合会"}, nil},
		{"民盟会员中的3名县人大代表出席。", // nor one whose second character is a joining word too (会员|中的|3名)
			nil, []string{"中的"}},
		{"参加人:孙文超 何晴 吴  荣 马振川", // a name of two padded to three with two spaces is one name (吴  荣), and the names after it are read on
			[]string{"孙文超:", "何晴:", "吴荣:", "马振川:"}, []string{"吴"}},
		{"外交部青禾司吴志超司长陪同。", // a ministry's department ends with 司, which opens no name before a title after it (青禾司|吴志超|司长)
			[]string{"吴志超:司长@"}, []string{"司吴志超"}},
		{"县知事高桥健司参观展览。", // a Japanese family name and a given name that a Japanese one's last character ends (高桥|健司), whatever word follows
			[]string{"高桥健司:知事@"}, []string{"高桥健"}},
		{"某国驻华大使帕斯卡良阁下出席。", // the honorific after a name ends it, though the reading stopped a character short (帕斯卡|良|阁下)
			[]string{"帕斯卡良:大使@"}, []string{"帕斯卡"}},
		{"外交部驻澳门特派员公署副特派员吴荣出席。", // an office named by its head's title (特派员|公署) is the body of the title after it, no title itself
			[]string{"吴荣:副特派员@外交部驻澳门特派员公署"}, nil},
		{"县侨联主席孙文超、某县政协文史资料委员会副主任何晴、市侨联副主席马振川出席。", // a list's item that a long body's name makes long is read whole, and the items after it
			[]string{"孙文超:主席@县侨联", "何晴:副主任@县政协文史资料委员会", "马振川:副主席@市侨联"}, nil},
		{"政协委员吴荣、孙文超、何文平等,亮相首场通道。", // the list's 等 before its comma is no part of the last name (何文平|等,)
			[]string{"吴荣:委员@", "孙文超:委员@", "何文平:委员@"}, []string{"何文平等"}},
		{"青禾工程总设计师孙文超出席。", // a chief designer's title whole (总设计师), not a designer's
			[]string{"孙文超:总设计师@"}, nil},
		{"县佛教协会会长明心法师、副会长净远法师出席。", // a religious name of two before the clergy's title, no surname, after a post
			[]string{"明心:会长@县佛教协会", "净远:副会长@县佛教协会"}, nil},
		{"明心法师、吴荣主任分别代表青禾山佛教协会、县侨联致辞。", // after 分别 a title's word is a verb (分别|代表); an item with a clergy's title of its own shares no title after the list
			[]string{"吴荣:主任@"}, []string{"青禾山", "心法师"}},
		{"县政协原主席、原党组书记孙丽萍退休。", // a word of time between a chain's titles names no body: the chain's (主席、|原|党组书记)
			[]string{"孙丽萍:主席@县政协,党组书记@县政协"}, nil},
		{"县政协委员文家凯出席,委员文明出行。", // after a title a rarer surname's word too rare for gse to cut by opens a name (文家|凯); a common word does not (文明)
			[]string{"文家凯:委员@县政协"}, []string{"文明出行", "文明出"}},
		{"县团委书记何晴和自治区团委副书记吴超出席。", // 和 before a level word joins two people (何晴|和自治区…), though gse tags 自治 a verb
			[]string{"何晴:书记@共青团县委", "吴超:副书记@共青团自治区委"}, []string{"何晴和"}},
		{"大会执行主席吴荣、孙文超、和雪峰在主席台就座。", // after a list's 、 a surname that is also a joining word joins nothing (、|和雪峰)
			[]string{"吴荣:执行主席@", "孙文超:执行主席@", "和雪峰:执行主席@"}, nil},
		{"他第一次当选县政协委员时最想做的是调研,县政协委员时晓东出席。", // a superlative is in no given name (委员|时最想: when one was a member)
			[]string{"时晓东:委员@县政协"}, []string{"时最想", "时最"}},
		{"县长会见了日本议员高桥一郎。会见时,高桥议员表示感谢。", // a Japanese given name's last character ends it, though a Chinese surname begins the family name (高桥|一郎); the family name alone is its short form
			[]string{"高桥一郎:议员@"}, []string{"高桥"}},
		{"记者吴荣摄", []string{"吴荣:记者@,摄影@"}, []string{"吴荣摄"}}, // a reporter's name run into the photograph's credit (记者某某|摄)
		{"大会执行主席宣布:于文辉等300名同志当选全国政协常务委员。", // after a colon a surname that is also a joining word joins nothing (宣布:|于文辉|等); the elected hold the post
			[]string{"于文辉:常委@全国政协"}, []string{"文辉"}},
		{"来我院调研。院党委书记、院长吴荣,副院长孙文参加。", // a head's body that a character alone would name (院党委书记、院长: 院) is none
			[]string{"吴荣:书记@院党委,院长@", "孙文:副院长@"}, nil},
		{"市委统战部派员吴荣参会,县委常委、统战部长何晴陪同。", // a department alone after a committee in a chain is that committee's, though another's of its name comes earlier in the sentence
			[]string{"何晴:常委@县委,部长@县委统战部"}, nil},
		{"会上,十一世达瓦·多吉委员发言,十世扎西顿珠·多吉委员参加。", // a reincarnation's ordinal before a dotted name is no part of it (十一世|达瓦·…)
			[]string{"达瓦·多吉:委员@", "扎西顿珠·多吉:委员@"}, []string{"世达瓦·多吉", "十世扎西顿珠·多吉"}},
		{"市政协主席吴荣在副主席孙文、秘书长何晴的陪同下走访委员。", // a name after the title before is its holder, as a title anchors it (主席吴荣|在副主席…: no 主席 of 孙文's)
			[]string{"吴荣:主席@市政协", "孙文:副主席@市政协", "何晴:秘书长@市政协"}, nil},
		{"区党委委员、管委会副主任何秀琴出席。", // a deputy's title after a member's names no body the member's role has (管委会, which no rule reads, is not the 党委)
			[]string{"何秀琴:委员@区党委,副主任@"}, nil},
		{"民盟市委主委何作安代表各民主党派、工商联、无党派人士致辞。", // a title's word that words follow is a verb: the list ended with the name
			[]string{"何作安:主委@民盟市委"}, []string{"商联"}},
		{"县委统战部李部长主持会议,县委宣传部部长何秀琴出席。", // 统战部|王: a word's two characters begin no name (战部王)
			[]string{"何秀琴:部长@县委宣传部"}, []string{"战部王"}},
		{"主席赵刚才到达会场,副主席钱立即赶到。", // a time word or an adverb is no given name (赵刚|才, 钱|立即)
			[]string{"赵刚:主席@"}, []string{"赵刚才", "钱立即"}},
		{"嘉宾:何秀琴,县政协委员 主持人:吴志超\n撰稿:孙丽萍 编辑:杨立竹", // a guest's or an author's posts after the name end at the next label
			[]string{"何秀琴:嘉宾@,委员@县政协", "孙丽萍:作者@", "吴志超:主持人@", "杨立竹:编辑@"}, nil},
		{"让协商更接地气\n\n吴德海\n\n协商要深入基层,委员孙丽萍说。\n\n(作者系县政协委员、县人民医院院长)", // the name alone under the headline is the author the note is of
			[]string{"吴德海:委员@县政协,院长@县人民医院", "孙丽萍:委员@县政协"}, nil},
		{"县政协召开会议\n\n吴德海等三名委员发言,孙丽萍等委员建议。", // named for members, counted or not: the article's 政协's (the count is no body)
			[]string{"吴德海:委员@县政协", "孙丽萍:委员@县政协"}, nil},
		{"主任周正在会上讲话。", // a title names no one by a surname alone: the word cut ran on from a name of two (周正|在)
			[]string{"周正:主任@"}, nil},
		{"市长安静地听取汇报,主任王大地说。", // a word and 地 make an adverb, no name (安静 is one gse tags a name)
			[]string{"王大地:主任@"}, []string{"安静地", "安静"}},
		{"委员耿直地提出建议,委员耿文超参加。", // a rarer word too, after a rarer surname (耿直, which gse tags a name)
			[]string{"耿文超:委员@"}, []string{"耿直地", "耿直"}},
		{"委员会主席冯德莱恩表示,主任冯建国说。", // a transliteration opening with a common surname, longer than a Chinese name of it
			[]string{"冯德莱恩:主席@", "冯建国:主任@"}, []string{"冯德莱", "德莱恩"}},
		{"印度总理莫迪访华。", // a verb that ends the run of characters (莫迪|访华。)
			[]string{"莫迪:总理@"}, []string{"莫迪访"}},
		{"市长刘建设计划今年完成投资。", nil, []string{"刘建"}},
		{"委员陈列馆参观,委员黄金周期间值守,委员张家港考察。", nil, []string{"陈列馆", "黄金周", "张家港"}}, // words gse's dictionary tags as names
		{"委员冯家村调研,委员李家庄走访。", nil, []string{"冯家村", "李家庄"}},                  // villages named after a clan
		{"办公室主任荣获全国三八红旗手称号,与会委员陈述了意见,委员陈述意见,委员齐声合唱,委员洪水期间值守。", nil, // words gse tags as names, common in text, before a noun or as a verb
			[]string{"荣获", "陈述", "齐声合唱", "洪水"}},
		{"委员权威发布,委员玉米种植调研,委员诸如此类,委员关怀下一代,委员宁可少说。", nil, []string{"权威", "玉米", "诸如", "关怀", "宁可少"}},                                                  // nor before a verb no person's name stands before
		{"县政协主席向东主持会议。", []string{"向东:主席@县政协"}, nil},                                                                                              // such a word where a name ends
		{"热合曼·吐尔逊委员说,古丽娜尔·阿不都热合曼代表建议,大会代表努尔兰·别克委员发言。", []string{"热合曼·吐尔逊:委员@", "古丽娜尔·阿不都热合曼:代表@", "努尔兰·别克:代表@,委员@"}, []string{"吐尔逊", "代表努尔兰·别克"}}, // a dotted name before its title, whole
		{"县委书记何秀琴,副主席吴德海出席。宣传部部长孙丽萍,秘书长马振川参加。自治区政府主席刘桂英、副主席杨立竹出席。", []string{"吴德海:副主席@", "马振川:秘书长@", "杨立竹:副主席@自治区政府"}, nil},                       // no body of a kind without the post
		{"县政协督办提案,提案人马振川委员表示满意,主任何文龙最近表示。", []string{"马振川:委员@县政协"}, []string{"龙最近"}},                                                              // a name right after a credit the cut read across (提案人|马振川: 人马); not after one of one character (何文|龙最近)
		{"部分市人大代表在市人大常委会副主任吴德海带领下视察。", []string{"吴德海:副主任@市人大常委会"}, nil},                                                                           // a title before a preposition is others' (代表|在…副主任某某)
		{"马振川曾任县政协提案委员会主任职务。", []string{"马振川:主任@县政协提案委员会"}, nil},                                                                                  // a title before the word for posts (主任|职务, not 主|任职)
		{"副主任程序上把关,主任王建上表示。", []string{"王建:主任@"}, []string{"程序上", "程序"}},                                                                          // a position word a cut leaves alone ends a name
		{"何秀琴当选为县政协主席;吴德海、孙丽萍(女)当选为副主席;刘桂英当选为秘书长。", // a semicolon ends no sentence: the body before serves the titles after
			[]string{"何秀琴:主席@县政协", "吴德海:副主席@县政协", "孙丽萍:副主席@县政协", "刘桂英:秘书长@县政协"}, nil},
		{"县交通运输局原副局长孙某违规公款吃喝,镇党委原书记吴某某受到处分。", // a name held back ends with its 某
			[]string{"孙某:副局长@县交通运输局", "吴某某:书记@镇党委"}, []string{"孙某违"}},
		{"县政协副主席黄平主持会议,县委书记张家港出席。", []string{"黄平:副主席@县政协"}, []string{"张家港"}}, // a county's short form of two after a title is a name, a city's of three none // a name of three may end clean there (刘建设|计划): not read short
		{"全国政协副主席何秀琴会见了以议长约翰·史密斯为团长的代表团。", // a dotted name after a later title is not the first name's
			[]string{"何秀琴:副主席@全国政协", "约翰·史密斯:议长@"}, nil},
		{"市委副书记、代市长刘桂英出席。代县长吴志超主持会议。", // an acting head, of no place (代县)
			[]string{"刘桂英:副书记@市委,代市长@", "吴志超:代县长@"}, nil},
		{"免去:\n吴德海的常德市人民检察院检察员职务;\n刘桂英的常德市中级人民法院助理审判员职务。",
			[]string{"吴德海:检察员@常德市人民检察院", "刘桂英:助理审判员@常德市中级人民法院"}, nil},
		{"省政协秘书长张岐云出席。党组书记江成与委员交流。",
			[]string{"张岐云:秘书长@省政协", "江成:党组书记@"}, []string{"江成与"}},
		{"赵莉委员说,韩正副总理出席会议。", []string{"赵莉:委员@", "韩正:副总理@"}, []string{"韩正副"}},
		// A name may end with 家 before a mark; a home follows a name where the clause goes somewhere.
		{"民盟市委会主委孙振家,市委秘书长吴荣到会。调研组走进村民何晴家,了解情况。", []string{"孙振家:主委@民盟市委", "吴荣:秘书长@市委", "何晴:村民@"}, nil},
		// A body's meeting that opened or closed before a title is when its holder is, no body of the title.
		{"市政协全体会议上午开幕时青禾特区行政长官孙文超在座。", []string{"孙文超:行政长官@"}, nil},
		// A word doubled around a verb (边走边, 边听边) is no name, though 边 is a surname.
		{"县政协委员杨立竹边走边介绍,委员们边听边记。", []string{"杨立竹:委员@县政协"}, []string{"边走边", "边听边"}},
		// A list's names each with posts in a note (某某(县政协副主席)); a title of no body is the same title's of one.
		{"大会主席团常务主席:孙文超(县政协主席)、何秀琴(县政协副主席)、吴德海。大会秘书长:杨立竹(县政协秘书长)。",
			[]string{"孙文超:常务主席@县政协大会主席团,主席@县政协", "何秀琴:常务主席@县政协大会主席团,副主席@县政协", "吴德海:常务主席@县政协大会主席团", "杨立竹:秘书长@县政协"}, nil},
		// The party committee in a chain after a company's or a school's post is of that body (董事长、党委书记).
		{"孙文超现任青禾集团有限公司董事长、党委书记。何秀琴任青禾大学校长、党委副书记。",
			[]string{"孙文超:董事长@青禾集团有限公司,书记@青禾集团有限公司", "何秀琴:校长@青禾大学,副书记@青禾大学"}, nil},
		// A dotted name's syllables after the dot hold a stop's character (阿布都热西提, not 阿布|都); a stop before words ends it.
		{"县政协副主席热娜古丽·阿布都热西提，委员马尔登·阿吉都表示支持。",
			[]string{"热娜古丽·阿布都热西提:副主席@县政协", "马尔登·阿吉:委员@县政协"}, nil},
		// A title two rules read (an election and its posts) is one role, of the association elected to.
		{"省政协委员联谊会举行会员大会。吴志超当选会长。", []string{"吴志超:会长@省政协委员联谊会"}, nil},
		{"全国政协港区委员联谊会举行会员大会。全国政协常委吴志超当选会长。", []string{"吴志超:常委@全国政协,会长@全国政协港区委员联谊会"}, nil},
		// A title that opens an association's name is none (作家|协会主席); an artist's is a title.
		{"县作家协会主席孙文超、市书法家协会副主席何秀琴参加,著名书法家吴德海挥毫。",
			[]string{"孙文超:主席@县作协", "何秀琴:副主席@市书协", "吴德海:书法家@"}, nil},
		// A roster's officers are of the committee heading their lines, one after another.
		{"县政协各专门委员会组成人员名单\n\n提案委员会\n主  任:何秀琴\n\n经济委员会\n主  任:吴德海",
			[]string{"何秀琴:主任@县政协提案委员会", "吴德海:主任@县政协经济委员会"}, nil},
		// A form's names end at 等 and a count (提案人:某某等5位委员).
		{"三、《关于加强农村饮水安全保障的提案》,提案人:吴志超等5位委员,主办单位:县水利局。", []string{"吴志超:提案人@"}, []string{"吴志超等"}},
		// A Tibetan name of two elements is whole after a title, though its first begins with a surname.
		{"乡长白玛央金说,副县长罗布次仁出席。", []string{"白玛央金:乡长@", "罗布次仁:副县长@"}, []string{"白玛央"}},
		// A photographer credited in brackets is no author (吴志超 摄).
		{"委员们察看项目进展。(吴志超 摄)", []string{"吴志超:摄影@"}, nil},
		// a title after its holder's name before a comma is no post of the next (某办某某处长,|董事长某某); 请 opens no body's name
		{"参加的有区农业局何晴处长,青禾食品有限公司董事长吴荣。下面请青禾食品有限公司董事长吴荣讲话。", []string{"何晴:处长@区农业局", "吴荣:董事长@青禾食品有限公司"}, nil},
		// members of a province's 政协 who live in the county (住县|省政协委员), and a city's after them
		{"住县省政协委员吴超、何晴,市政协委员孙文超参加。", []string{"吴超:委员@省政协", "何晴:委员@省政协", "孙文超:委员@市政协"}, nil},
		// a head only a democratic party's committee has, after a bare 市委: the party's named before, not the Communist Party's
		{"致公党青禾市委召开常委会议,市委书记孙文超出席。市委副主委吴超、何晴出席。", []string{"吴超:副主委@致公党青禾市委", "孙文超:书记@市委"}, nil},
		// a 政协's post written alone, in a sentence the 政协 opens as the one that holds the meeting (区政协在…召开…,副主席某某)
		{"3月4日,区政协在委员之家召开座谈会,副主席吴超出席,秘书长何晴主持。", []string{"吴超:副主席@区政协", "何晴:秘书长@区政协"}, nil},
		{"县政协组织委员视察,县委副书记孙文超、副主席吴超参加。", []string{"吴超:副主席@县政协"}, nil},
		// a list's last item before a comma is a name whole, though a stop ends it (…、杨定来,)
		{"市政协副主席吴超、孙文超、杨定来,秘书长刘先锋出席。", []string{"杨定来:副主席@市政协", "刘先锋:秘书长@市政协"}, []string{"杨定"}},
		// right after a credit, a name whose surname is a joining word (记者 和某某: a Naxi name); after a name, a join
		{"(记者 和晓川)12日,州政协召开会议。", []string{"和晓川:记者@"}, nil},
		{"(记者 吴超 和何晴)12日,州政协召开会议。", nil, []string{"和何晴"}},
		// a Tibetan name of four, one element known, before what a person does (马松多|吉|主持)
		{"自治区政协副主席马松多吉主持会议。", []string{"马松多吉:副主席@自治区政协"}, []string{"马松多"}},
		// an adverb after a title is no name's start (负责人|仍照例…); a title before 馆 is an organ's name's (总领事|馆)
		{"禾田商会负责人仍照例出席,某国驻青禾总领事馆官员到会。", nil, []string{"仍照例", "馆官员"}},
		// a verb's character before a province's name is no surname (曾任|吉林副省长)
		{"县政协主席吴超出席。何晴1998年曾任吉林副省长。", []string{"吴超:主席@县政协"}, []string{"任吉林"}},
		// a title whose last character begins a word with a surname (主任|何晴: 任何) in a list's middle item
		{"县政协副主席吴超、县委办主任何晴、县公安局局长孙文超出席。", []string{"何晴:主任@县委办", "孙文超:局长@县公安局"}, []string{"任何晴"}},
		// posts end where another is named with posts of their own after a 、 (…会长、某某为…会长)
		{"吴超、何晴出席。吴超现任青禾商会会长、何晴为禾田商会会长。", []string{"吴超:会长@青禾商会"}, nil},
		// a photographer's name and the credit run together at the end of a caption (记者某某摄)
		{"委员们在调研。\n青禾报记者吴超摄", []string{"吴超:记者@,摄影@"}, []string{"吴超摄"}},
		// a teaser under a related-news label after the body is none of the article
		{"县政协召开常委会议\n\n本报讯 3月4日,县政协召开常委会议,县政协主席何晴出席。\n\n新闻推荐\n本报讯(记者 吴超)3月2日,县委召开党外人士座谈会…\n",
			[]string{"何晴:主席@县政协"}, []string{"吴超"}},
		// a post one is removed from, after the name and its honorific: the government the article names
		{"县政府召开会议。会议免除吴德海的副县长一职,免去何晴同志的副县长职务。", []string{"吴德海:副县长@县政府", "何晴:副县长@县政府"}, nil},
		// a government's head after 政府 alone (为|政府|副县长): the county's government the article names
		{"会议听取了县政府的报告,任命吴超为政府副县长。", []string{"吴超:副县长@县政府"}, nil},
		// after a join, two characters of a rare surname before a count are bodies named short (公检两家), no name
		{"副市长吴超和公检两家负责人到会。", []string{"吴超:副市长@"}, []string{"公检"}},
		// one named for a group counted, right after the body of the group's title (县政协|某某等3名|副主席)
		{"县政协吴超等3名副主席出席,何晴等5名委员发言。", []string{"吴超:副主席@县政协", "何晴:委员@县政协"}, nil},
		// an office no rule reads before a deputy's title in a list: not the body before's
		{"市委统战部副部长吴超、研究室副主任吴荣出席。", []string{"吴超:副部长@市委统战部", "吴荣:副主任@"}, nil},
		// the words' credit, then the pictures' with their names after it, and a verb of sending in
		{"委员们察看项目进展。(禾田县委宣传部文:吴志超/图:孙丽萍供稿)", []string{"吴志超:作者@", "孙丽萍:摄影@"}, []string{"孙丽萍供稿"}},
		// The congress's standing committee's head, with no body written, is of the one the article names.
		{"十四届全国人大常委会第十三次会议闭幕,孙文超委员长主持。", []string{"孙文超:委员长@全国人大常委会"}, nil},
		// An organ named alone in a chain is the body's before it (副秘书长、办公厅主任).
		{"省政协副秘书长、办公厅主任孙文超,县委常委、办公室主任吴志超,省政协副秘书长、机关党组书记何秀琴参加。",
			[]string{"孙文超:副秘书长@省政协,主任@省政协办公厅", "吴志超:常委@县委,主任@县委办公室", "何秀琴:副秘书长@省政协,党组书记@省政协机关"}, nil},
		// A 政协's organ in a list of its officers is that 政协's (…,研究室主任某某); an office alone is no one's.
		{"省政协副秘书长、办公厅主任孙文超,研究室主任吴志超,办公室主任何秀琴参加。",
			[]string{"孙文超:副秘书长@省政协,主任@省政协办公厅", "吴志超:主任@省政协研究室", "何秀琴:主任@"}, nil},
		// A deputy after an executive deputy of one body is that body's, not the one a head of that title heads before them.
		{"民盟省委组织部部长吴荣,县委统战部常务副部长何晴、副部长孙超出席。", []string{"吴荣:部长@民盟省委组织部", "何晴:常务副部长@县委统战部", "孙超:副部长@县委统战部"}, nil},
		// A name of three ending in 之, before a mark or what its holder did (之家, 之女 are no part of one).
		{"市委组织部部长孙明之,县委书记何晴出席。主任刘正之主持,县政协主席吴荣之女到场。", []string{"孙明之:部长@市委组织部", "何晴:书记@县委", "刘正之:主任@", "吴荣:主席@县政协"}, nil},
		// A name a report holds back may keep its given name's last character after 某, where that opens no word;
		// a title after 某 (an unnamed holder's) names no one after it, nor is the organisation's end before 某 a surname.
		{"原副局长孙某杰、原副书记吴某平5人被查处,原局长何某桂因受贿被开除党籍,副局长李某违规发放补贴。",
			[]string{"孙某杰:副局长@", "吴某平:副书记@", "何某桂:局长@", "李某:副局长@"}, nil},
		{"有关部门某科长向督导组反映情况,局长吴荣作了说明。", []string{"吴荣:局长@"}, []string{"向督导", "门某"}},
		// A name of two whose surname is a joining word (任, 于) before what its holder did or 在; a name ending in 和
		// before 一行; but no name of a preposition and a time after a title (于|会前).
		{"县政协秘书长任清出席会议,副主席于澄在主席台就座,副主席孙德和一行随后到达,秘书长于会前致辞。",
			[]string{"任清:秘书长@县政协", "于澄:副主席@县政协", "孙德和:副主席@县政协"}, []string{"于会前", "孙富"}},
		// Such a name before 等 or 说 too, and a rarer surname that makes a word with the title's last character
		// (局长|项…: 长项) before 在 or 说.
		{"参加的有主任于澄等。秘书长任清说,要抓落实。局长项晴在会上讲话。", []string{"于澄:主任@", "任清:秘书长@", "项晴:局长@"}, nil},
		// A sector's post (某界别召集人) is the 政协's; a member of 工委 alone, of the working committee named before.
		{"市政协召开会议。吴德海,九三学社界别召集人,九三学社市委副主委。", []string{"吴德海:召集人@市政协,副主委@九三学社市委"}, nil},
		{"民盟青禾区工委提交提案3件,副主委吴荣、工委委员何晴的提案获评优秀。", []string{"吴荣:副主委@民盟青禾区工委", "何晴:委员@民盟青禾区工委"}, nil},
		// A dotted name's Mongolian element whole, and the home after it no part of it.
		{"调研组在牧民阿·巴特尔家仔细查看草场,又走进牧民达·其其格家的院子。", []string{"阿·巴特尔:牧民@", "达·其其格:牧民@"}, nil},
		// A group's title (委员们) anchors no name after it nor joins a chain; the home after a name of two no part of it.
		{"委员们在村民吴荣家了解情况。", []string{"吴荣:村民@"}, []string{"吴荣家"}},
		// Such a name after a title before 同志 or a note in brackets.
		{"县政协主任于澄同志、秘书长任清(女)出席。", []string{"于澄:主任@县政协", "任清:秘书长@县政协"}, nil},
		// Such a name before a title, alone after a mark (,|任某|局长); not a preposition before a surname's title (由|王主任), nor a country.
		{"会上,任清局长作了讲话,由王主任带队,中国副主席访韩。", []string{"任清:局长@"}, []string{"由王", "中国"}},
		// A title that opens an organ's name is none (市民|宗局: 市民宗局), nor is the organ's end a name.
		{"市委统战部副部长、市民宗局局长马振川陪同。", []string{"马振川:副部长@市委统战部,局长@市民宗局"}, []string{"宗局"}},
		// Names listed each with its address (某某同志、某某同志) are whole; a name with a title of its own keeps it.
		{"孙文超同志、何秀琴同志参加会议,马振川主任、吴志超副主任出席。",
			[]string{"孙文超:", "何秀琴:", "马振川:主任@", "吴志超:副主任@"}, []string{"文超同志"}},
		// A title before another's name is that person's alone (主席某某同|总统某某).
		{"国家主席孙文超同来访的总统吴志超会谈。协会会员省人大代表何秀琴和省政协委员马振川参加。",
			[]string{"孙文超:国家主席@", "吴志超:总统@", "马振川:委员@省政协"}, nil},
		// A name in Latin letters after a title keeps the spaces between its
		// words; an abbreviation in capitals is none.
		{"集团副主席Peter J. Hill先生出席,公司总裁CEO致辞。", []string{"Peter J. Hill:副主席@"}, []string{"CEO", "PeterJ.Hill"}},
		{"县政协副主席许见可、卢晓斌、朱丽芬出席。",
			[]string{"许见可:副主席@县政协", "卢晓斌:副主席@县政协", "朱丽芬:副主席@县政协"}, nil},
		{"本报记者 朱原 马宁馨", []string{"朱原:记者@", "马宁馨:记者@"}, nil},
		// A title inside a body's name is none (代表|工作委员会).
		{"区人大常委会委员、代表工作委员会主任孙丽萍参加调研。",
			[]string{"孙丽萍:委员@区人大常委会,主任@区人大常委会代表工作委员会"}, nil},
		// A post read twice, once with the body elected to, is one role.
		{"县政协选举产生新一届领导班子。何秀琴、杨立竹当选为县政协副主席,刘桂英当选为秘书长。",
			[]string{"杨立竹:副主席@县政协", "刘桂英:秘书长@县政协"}, nil},
		// A long roster's names, however far below its heading, hold its title.
		{"政协第十届某某县委员会常务委员名单\n\n（按姓氏笔画为序）\n\n" + strings.Repeat("孙丽萍　何秀琴　吴德海\n", 6) + "马振川　杨立竹　刘桂英\n",
			[]string{"刘桂英:常委@某某县政协"}, nil},
		// The session's secretary-general after the 政协's chairs is the session's, no body's.
		{"县政协十届三次会议开幕。县政协副主席孙丽萍、何秀琴,大会秘书长吴德海在主席台就座。",
			[]string{"何秀琴:副主席@县政协", "吴德海:秘书长@"}, nil},
		// A level word alone before a title names a body of its own, not the one before it in the list.
		{"自治区党委常委、秘书长孙丽萍,自治区副主席何秀琴出席。",
			[]string{"孙丽萍:常委@自治区党委,秘书长@自治区党委", "何秀琴:副主席@"}, nil},
		// A surname called familiarly (老李, 小王) is no full name, as 王主席 is none.
		{"62岁的村民老李说,小王委员也来了。", nil, []string{"老李", "小王"}},
		// A foreign name's last part after the whole name is the same person.
		{"某国总理阿卜杜拉·萨利姆来访。国务院总理会见萨利姆总理。", []string{"阿卜杜拉·萨利姆:总理@"}, []string{"萨利姆"}},
		{"本报嘉峪关讯(通讯员谭天泰)10月12日,市政协召开会议。", []string{"谭天泰:通讯员@"}, nil},
		{"委员们积极建言。\n\n(胡洋 马勇军)", []string{"胡洋:作者@", "马勇军:作者@"}, nil},
		// The last name of a list joined to a title by 和 keeps the list's
		// roles; the title names the person after it.
		{"省政协副主席马英杰、汤立群、张维民和秘书长郭俊山在主席台前排就座。",
			[]string{"汤立群:副主席@省政协", "张维民:副主席@省政协", "郭俊山:秘书长@省政协"}, nil},
		// People elected to a post named after them; no name read back
		// inside a common word (委|员会).
		{"石阡县政协召开会议\n\n大会选举王明江为政协第十届石阡县委员会主席,赵志远为政协第十届石阡县委员会秘书长,钱立新等18名同志为政协第十届石阡县委员会常务委员。",
			[]string{"王明江:主席@石阡县政协", "赵志远:秘书长@石阡县政协", "钱立新:常委@石阡县政协"}, []string{"员会"}},
		// A title that takes the body of the role before it in its sentence
		// finds it, though its holder was named earlier in the article.
		{"增补孙丽萍、何秀琴为市政协委员。会议选举刘桂英为县人大常委会主任,孙文超、何秀琴为副主任。",
			[]string{"孙丽萍:委员@市政协", "何秀琴:委员@市政协,副主任@县人大常委会", "刘桂英:主任@县人大常委会", "孙文超:副主任@县人大常委会"}, nil},
		// A name with a middle dot ends on a syllable of transliterations
		// that a predicate follows, though the syllable is a joining word
		// too; 驻 after a country ends no name, it opens a post abroad.
		{"由某国国会副主席坎玛·奔西那率领的代表团来访。", []string{"坎玛·奔西那:副主席@"}, []string{"坎玛·奔西"}},
		{"双方会谈。\n老挝驻昆明总领事、省人大常委会秘书长吴志超参加。", []string{"吴志超:总领事@,秘书长@省人大常委会"}, []string{"老挝驻"}},
		// A government's head after a 政协's party group in a chain is the
		// government's (the one the article names), not the 政协's.
		{"县政府召开会议。县政协党组成员、副县长吴德海出席。", []string{"吴德海:党组成员@县政协,副县长@县政府"}, nil},
		// A Tibetan name of two elements before a title is whole (格桑拉姆); 则 after a
		// name of two, before what the person did, is no part of it.
		{"来自某县的格桑拉姆委员说,县政协副主席孙丽则指出。", []string{"格桑拉姆:委员@县政协", "孙丽:副主席@县政协"}, []string{"桑拉姆", "孙丽则"}},
		// 中 ends a name of three where what a person does follows it
		// (某某中|应邀出席), not one in a clause of place (在活动中).
		{"处长吴德中应邀出席,委员孙强在活动中发言。", []string{"吴德中:处长@", "孙强:委员@"}, []string{"吴德", "孙强在"}},
		// 致 (delivers) after a name is no part of it (某某|致闭幕词).
		{"镇党委书记吴元兵致闭幕词,县长马致远出席。", []string{"吴元兵:书记@镇党委", "马致远:县长@"}, []string{"吴元兵致"}},
		// A name after a title ends at the colon before what its holder
		// said, whatever word its given name makes (一心).
		{"委员通道\n\n全国政协委员 吴一心:我们要继续努力。", []string{"吴一心:委员@全国政协"}, nil},
		// A byline's names end at the verb of reporting written after the last.
		{"会议召开\n\n记者孙丽萍 吴德海报道:3月4日,会议召开。", []string{"孙丽萍:记者@", "吴德海:记者@"}, []string{"吴德海报道"}},
		// A transliterated name of two after a foreign title (卡永).
		{"法国总理卡永说,两国友谊深厚。", []string{"卡永:总理@"}, nil},
		// A dotted name's last part of one character ends before 和 and
		// another's country or title.
		{"会见了英国首相安娜·梅和法国总统吕克。", []string{"安娜·梅:首相@", "吕克:总统@"}, []string{"安娜·梅和"}},
		// A verb of posts before a party's title names no body: the party
		// the article names holds it, as with nothing written.
		{"民盟某某市委员会简介\n\n现任主委吴德海,副主委孙丽萍。", []string{"吴德海:主委@民盟某某市委", "孙丽萍:副主委@民盟某某市委"}, nil},
		// A verb between two titles (受) parts them: the title after is
		// another's, whose name follows it.
		{"办公室孙丽萍主任受县政协副主席吴德海委托发言。", []string{"孙丽萍:主任@", "吴德海:副主席@县政协"}, nil},
		// An item of a list of names after a title is a name, though its
		// given name is a word (发展), where a name follows it.
		{"县政协副主席甘发展、吴德海、孙丽萍出席。", []string{"甘发展:副主席@县政协", "吴德海:副主席@县政协", "孙丽萍:副主席@县政协"}, nil},
		// A name whose last character and the list's 等 make a word (平等)
		// ends on that character, not before it nor after 等.
		{"县政协主席王平等出席,副主席吴近平等领导参加。", []string{"王平:主席@县政协", "吴近平:副主席@县政协"}, []string{"王平等", "吴近"}},
		// A rank after a post, listed in turn, is of the post's body.
		{"市政协副主席孙丽萍,二级巡视员吴德海,秘书长刘桂英参加。", []string{"吴德海:二级巡视员@市政协"}, nil},
		// A title after another in a chain, nothing written between, holds
		// its body, though the title alone would be a 政协's (常委).
		{"增补吴德海为民建某某省委委员、常委。", []string{"吴德海:委员@民建某某省委,常委@民建某某省委"}, nil},
		// A democratic party's titles named with no body (or 本会) belong to
		// the party committee the article names.
		{"民盟佳木斯市委召开全会\n\n日前,民盟佳木斯市委召开会议。主委田立柱、副主委王文斌出席。本会会员李晓东参加。",
			[]string{"田立柱:主委@民盟佳木斯市委", "王文斌:副主委@民盟佳木斯市委", "李晓东:会员@民盟佳木斯市委"}, nil},
		// Editors' credits closing an article are its people; a credit
		// written anchors a name gse knows (朱倩).
		{"会议听取了报告。\n编辑 朱倩 二审 陆静文 三审 曹志强", []string{"朱倩:编辑@", "陆静文:二审@", "曹志强:三审@"}, nil},
		// A credit after a name (/图, /文) is a role too.
		{"本报讯(记者 高冬梅 记者 邱明/图)1月27日,会议闭幕。", []string{"高冬梅:记者@", "邱明:记者@,摄影@"}, nil},
		// Names and credits written together in a byline.
		{"本报讯(记者孙晓雯通讯员刘畅)日前,区政协召开会议。", []string{"孙晓雯:记者@", "刘畅:通讯员@"}, []string{"孙晓雯通讯员刘畅"}},
		{"本报北京电(记者杨明远孙薇)会议今天开幕。本报电(记者符明远、郑德武报道)会议闭幕。",
			[]string{"杨明远:记者@", "孙薇:记者@"}, []string{"周德", "武报道"}},
		{"图为委员调研。罗志成 雒鹏 摄", []string{"罗志成:摄影@", "雒鹏:摄影@"}, nil},
		{"□孙志宏\n\n今年以来,区政协扎实开展工作。\n\n(作者系渝中区政协主席、党组书记)",
			[]string{"孙志宏:作者@,主席@重庆市渝中区政协,党组书记@重庆市渝中区政协"}, nil},
		{"郭龙:我县以产业帮扶促增收。", []string{"郭龙:"}, nil},
		// A speaker's post after the colon.
		{"访谈嘉宾\n\n蔡明:中国物流与采购联合会会员部副主任,联合会专业委员会秘书长", []string{"蔡明:副主任@中国物流与采购联合会,秘书长@中国物流与采购联合会"}, nil},
		{"市政协主席王毅主持会议。王毅强调,要抓好落实。", []string{"王毅:主席@市政协"}, nil},
		{"自治区政协委员尔肯江·吐拉洪发言。", []string{"尔肯江·吐拉洪:委员@自治区政协"}, nil},
		{"开展“委员进嘎查”“委员进社区”活动。", nil, []string{"进嘎查", "进社区"}}, // a village's or a community's word ends no name
		{"区法院专职委员吴德海出席。", []string{"吴德海:专职委员@区法院"}, nil},     // a court's full-time member of its judicial committee, no plain 委员
		{"州政协副主席古丽娜尔·阿不都热合曼及秘书长何秀琴出席。", // a stop inside the dotted part, syllables after it to a joining word
			[]string{"古丽娜尔·阿不都热合曼:副主席@州政协", "何秀琴:秘书长@州政协"}, []string{"古丽娜尔·阿不"}},
		// a word of the dictionary ends a character past gse's cut, before a
		// predicate: 买买|提出席 is 买买提|出席
		{"自治区政协秘书长艾尔肯·买买提出席。", []string{"艾尔肯·买买提:秘书长@自治区政协"}, []string{"艾尔肯·买买"}},
		// and so does one the dictionary lacks, where the word the cut
		// took runs into the predicate (艾买|提出|席: 艾买提|出席)
		{"市政协副主席阿不都热依木·艾买提出席,委员吐尔洪·艾力提出建议。",
			[]string{"阿不都热依木·艾买提:副主席@市政协", "吐尔洪·艾力:委员@市政协"}, []string{"阿不都热依木·艾买"}},
		// A compound surname the cut leaves a token of its own opens the
		// name read back from a title after it (司马|文静委员; 文静 alone
		// is a word, no name)
		{"司马文静委员发言,司马红梅同志任县政协秘书长。",
			[]string{"司马文静:委员@县政协", "司马红梅:秘书长@县政协"}, []string{"文静", "红梅"}},
		{"自治区政协副主席、自治区党委统战部副部长扎西顿珠强调。",
			[]string{"扎西顿珠:副主席@自治区政协,副部长@自治区党委统战部"}, nil},
		// A name runs into a word too rare for gse to cut by (致辞, 周四):
		// a surname and two characters end before it; a name of four
		// without a surname keeps them.
		{"副县长李有斌致辞。副主席王海星周四表示,州政协主席扎西顿珠出席。",
			[]string{"李有斌:副县长@", "王海星:副主席@州政协", "扎西顿珠:主席@州政协"}, []string{"李有斌致", "王海星周"}},
		// A title after an organ's name no rule reads (林管处) is that organ's,
		// not the body of the role before it in the sentence; a 地区's
		// party committee (地委) is the article's 地区's.
		{"喀什地区政协主席何秀琴讲话,林管处副处长马振川、地委副书记吴志超参加。", []string{"何秀琴:主席@喀什地区政协", "马振川:副处长@", "吴志超:副书记@中共喀什地区委"}, nil},
		// A name of four without a surname ends with no place's full name
		// (委员|赴卡若区 is a journey, not a person).
		{"市政协组织医卫界委员赴卡若区、察雅县开展义诊。", nil, []string{"赴卡若区"}},
		// nor with a level's word, where the gazetteer lacks the place (赴青禾县)
		{"市政协组织部分委员赴青禾县开展视察。", nil, []string{"赴青禾县"}},
		// A head of a government alone is of the one government of that
		// tier the article names (副市长: 市政府), and of none where it
		// names none (副县长) or several (两个区政府).
		{"市政府召开常务会议。副市长孙文超、副县长吴志超出席。",
			[]string{"孙文超:副市长@市政府", "吴志超:副县长@"}, nil},
		{"上城区政府与拱墅区政府签约。区长何秀琴出席。", []string{"何秀琴:区长@"}, nil},
		// So a school's or a hospital's head alone is of the one school or
		// hospital the article names (not an academy's: 科学院 is no 学院),
		// and an honour's body serves no title after it in a chain.
		{"某某大学举行开学典礼。中国科学院院士、校长刘桂英致辞。",
			[]string{"刘桂英:院士@中国科学院,校长@某某大学"}, nil},
		{"县人民医院与县中医院开展义诊。院长吴志超说。", []string{"吴志超:院长@"}, nil},
		{"县人民医院开展义诊。院长吴志超说。", []string{"吴志超:院长@县人民医院"}, nil},
		// a 政协's committee whose name holds a title (提案和委员工作委员会):
		// its head's body, no 委员 inside it
		{"区政协提案和委员工作委员会主任杨立竹主持,社会和法治委员会副主任孙文超发言。",
			[]string{"杨立竹:主任@区政协提案和委员工作委员会", "孙文超:副主任@区政协社会和法治委员会"}, []string{"工作委员会"}},
		// nor is a title in a committee's name read back as a role (代表|资格审查委员会),
		// though one before a 、 is (常委、提案委员会主任)
		{"县人大代表资格审查委员会主任委员杨立竹、市政协常委、提案委员会主任吴志超出席。",
			[]string{"杨立竹:主任委员@县人大代表资格审查委员会", "吴志超:常委@市政协,主任@市政协提案委员会"}, []string{"资格审查"}},
		// a 人大's committee named alone in a list of its officers is that 人大's
		{"县人大常委会农业农村工作委员会主任吴志超、财政经济委员会副主任委员孙文超出席。",
			[]string{"吴志超:主任@县人大常委会农业农村工作委员会", "孙文超:副主任委员@县人大财政经济委员会"}, nil},
		// the clergy's titles, of the temple or mosque named before them
		{"青禾寺住持、县政协委员释明远出席,东关清真寺阿訇马振川发言。",
			[]string{"释明远:住持@青禾寺,委员@县政协", "马振川:阿訇@东关清真寺"}, nil},
		// 之 begins no name: 委员之声 is a column, 委员之家 a place
		{"【委员之声】全国政协委员孙丽萍:建议加快建设。委员之家揭牌。",
			[]string{"孙丽萍:委员@全国政协"}, []string{"之声", "之家"}},
		// 兼 joins two posts of one person as 、 does, and the second,
		// with no body written, is of the first's (董事长兼总经理)
		{"县委常委兼统战部部长吴德海、某某公司董事长兼总经理吴志超出席。",
			[]string{"吴德海:常委@县委,部长@县委统战部", "吴志超:董事长@某某公司,总经理@某某公司"}, nil},
		// a place and its level word open no name at a line's start (北区|候任…:
		// 候任, an incoming one's word, is no 任 of posts)
		{"会议结束后。\n北区候任主任马刚随后发言。",
			[]string{"马刚:主任@"}, []string{"北区候"}},
		// a name the cut made short (馬全|國說: 全國 read as a word) is the
		// person the article named whole
		{"視察組由縣政協委員馬全國帶隊。馬全國說:「履職要接地氣。」",
			[]string{"馬全國:委员@县政协"}, []string{"馬全"}},
		// two names a headline runs together (委员吴荣何秀琴) are the two
		// people the text names apart, no name of three (吴荣何)
		{"委员吴荣何秀琴为机关干部讲党课\n\n昨天,县政协委员吴荣、何秀琴为机关干部讲党课。",
			[]string{"吴荣:委员@县政协", "何秀琴:委员@县政协"}, []string{"吴荣何"}},
		// a post given as a body is founded (某某领导小组成立后,某某担任组长)
		// is of that body; not what one held before (曾任)
		{"瑞安市科普工作领导小组成立后，吴德海担任组长。禾田商会成立时,何晴曾任县长。", // (a page's full-width comma)
			[]string{"吴德海:组长@瑞安市科普工作领导小组", "何晴:县长@"}, nil},
		// a rarer surname's given name that is a noun (邝|时光), where a
		// name must end; not a level's word before an organ (区|监委)
		{"县水利局副局长邝时光作了发言,副区长吴德海、区监委负责人参加。",
			[]string{"邝时光:副局长@县水利局", "吴德海:副区长@"}, []string{"区监委"}},
		// a title a later mention shortens (某某书记, of a 党组书记) is the
		// one held, no second role of no body
		{"禾田商会党组书记吴德海出席。会上,吴德海书记作了讲话。",
			[]string{"吴德海:党组书记@禾田商会"}, nil},
		// a national body's member who heads a bureau elsewhere: 兼 ends the
		// national body's name, no bureau of it (全国政协委员兼|省某厅厅长)
		{"会上,全国政协委员兼省教育厅厅长何长春作了发言。",
			[]string{"何长春:委员@全国政协,厅长@省教育厅"}, nil},
		// 村民 opens a committee's name and a post's, no title of its own
		// there (村民委员会主任, 村民小组长)
		{"禾田村村民委员会主任马振川说,村民小组长吴德海介绍。",
			[]string{"马振川:主任@禾田村村民委员会", "吴德海:村民小组长@"}, []string{"委员会主任"}},
		// after its place, that place's government (行政长官 heads a
		// special administrative region's)
		{"澳门特别行政区行政长官吴德海出席,支持特区政府施政。", []string{"吴德海:行政长官@澳门特别行政区政府"}, nil},
		// A common surname begins a name of three at most (a fourth
		// character begins the verb after it).
		{"县政协秘书长张振宇谈履职体会。区长刘文军则对此表示赞同。",
			[]string{"张振宇:秘书长@县政协", "刘文军:区长@"}, []string{"张振宇谈", "刘文军则"}},
		// Two titles joined by 兼: one person holds both.
		{"市侨联副主席兼秘书长李振华出席会议。", []string{"李振华:副主席@市侨联,秘书长@市侨联"}, []string{"市侨联"}},
		// 秘书长|孙: a title's last character and a surname after it make a
		// compound surname (长孙), which takes nothing from the title.
		{"市政协副主席兼秘书长孙立刚指出。", []string{"孙立刚:副主席@市政协,秘书长@市政协"}, []string{"长孙立刚"}},
		// A chain of title, body and title before a name (a party department
		// named alone is the committee's before it); no name without a
		// surname holds a joining word (均由其兼).
		{"县委常委政法委书记刘建军主持会议。村委会主任、村党支部书记均由他一人兼任。",
			[]string{"刘建军:常委@县委,书记@县委政法委"}, []string{"均由他", "均由", "由他"}},
		// Foreign names after a title: transliteration characters, a dot;
		// 总统府 names no one, and a title in a body's name (廉政委员会, and
		// 总统 in 总统咨询委员会: the committee's 主席, no president) is none.
		{"外长拉夫罗夫说,会谈富有成果。总统卡特勒表示欢迎,外交大臣库珀出席。", []string{"拉夫罗夫:外长@", "卡特勒:总统@", "库珀:大臣@"}, []string{"夫罗夫"}},
		{"该国总统咨询委员会主席伊万·彼得罗夫宣布此事。总统府等建筑沿街铺开。",
			[]string{"伊万·彼得罗夫:主席@"}, []string{"廉政委员会主席伊万·彼得罗夫", "府等", "府"}},
		// Before a title: a name of two gse holds as a name, a foreign name;
		// no country and no word before the title.
		{"大会由孙彬委员长主持。卡尔森议长还向记者介绍。斯里兰卡总统会见。美国前总统访华。",
			[]string{"孙彬:委员长@", "卡尔森:议长@"}, []string{"斯里兰卡", "里兰卡", "美国前", "国前"}},
		// After a title, a name gse's dictionary tags as a given name (nrfg).
		{"市政协副主席孙彬出席会议。", []string{"孙彬:副主席@市政协"}, nil},
		// A title may begin on the organ's character a body ends with
		// (国防部|部长); titles of companies and professions; a foreign
		// name longer than a Chinese one of its surname.
		{"国防部长王建军出席。省教育厅长李明华发言。", []string{"王建军:部长@国防部", "李明华:厅长@省教育厅"}, nil},
		{"信用卡中心ceo蒋明森接受采访。", []string{"蒋明森:CEO@"}, nil},
		{"著名导演张小雨、公司总裁助理刘思远出席。俄罗斯副总理谢尔盖耶夫出席会议。",
			[]string{"张小雨:导演@", "刘思远:总裁助理@", "谢尔盖耶夫:副总理@"}, []string{"谢尔盖"}},
		// No name after a title that begins a body's word (董事局), nor a
		// name of four without a surname that holds a joining word or a word.
		{"任公司厂长兼党总支书记。现任集团董事局副主席。", nil, []string{"兼党总支", "局副"}},
		// A name gse knows whose first two characters are a word (温家|宝),
		// one it tags as a place no gazetteer knows (罗干); a whole part of
		// a list whose given name is a word (厉|无畏).
		{"国务院副总理马振川会见外宾。国务委员孙文超出席。", []string{"马振川:副总理@国务院", "孙文超:国务委员@国务院"}, nil},
		{"省政协副主席王志远、厉无畏、纪小明出席。", []string{"王志远:副主席@省政协", "厉无畏:副主席@省政协", "纪小明:副主席@省政协"}, nil},
		{"该国总理莫拉尼亚胡3日表示欢迎。行署专员张少文主持。", []string{"莫拉尼亚胡:总理@", "张少文:专员@行署"}, []string{"莫拉尼亚"}},
		// A title at the end of the twelve characters a group reads names the
		// person after it.
		{"会议由省财政厅厅长周建明和省工商联合会常务副主席许立华共同主持。", []string{"周建明:厅长@省财政厅", "许立华:常务副主席@省工商联"}, []string{"省工商"}},
		// A name read back before a verb does not begin inside a title.
		{"会上,社员胡斌提出了建议。", []string{"胡斌:社员@"}, []string{"员胡斌"}},
		// No name ends with 副 before a title (锦州市副|市长: the title is 副市长),
		// nor with 界, a sector of the 政协 (侨联界委员, 文艺界委员).
		{"1990年1月任辽宁省锦州市副市长,分管农业。", nil, []string{"州市副", "锦州市副", "市副"}},
		{"连续多年组织侨联界委员和文艺界委员开展送医送药活动。", nil, []string{"侨联界", "文艺界", "联界", "艺界"}},
		// nor with the character a body's or a place's name ends with.
		{"下面请中共杭锦旗旗委常委、纪委书记吕鹏云讲话。", []string{"吕鹏云:常委@中共杭锦旗委,书记@中共杭锦旗纪委"}, []string{"旗旗委", "旗委"}},
		// Before a title, a foreign name after a joining word (与|莫里延科).
		{"该国外长当天下午与莫里延科总理会见,双方交换意见。", []string{"莫里延科:总理@"}, []string{"与莫里延科"}},
		// A title whose names are no name hides no title after it, and a
		// chain stops at a verb (记者|走访了…律师某某); 律师事务所 is a body's
		// name; the end of a longer title reads no name (总|书记).
		{"记者走访了县政协委员、青禾立信律师事务所律师吴德海。", []string{"吴德海:委员@县政协,律师@青禾立信律师事务所"}, []string{"走访了"}},
		{"该国劳动党总书记金大中近日表示。", nil, []string{"党总", "动党总"}},
		// After a title, a proper noun gse knows of a surname is a name
		// (金正日); a dotted name ends before a predicate (马尔登|有幸).
		{"该国主席金正日近日会见了代表团。该国总理约翰·马尔登有幸出席。", []string{"金正日:主席@", "约翰·马尔登:总理@"}, []string{"约翰·马尔登有幸"}},
		// After a title, a common surname and any word, where the name must
		// end: the text's, a joining word or a verb of speech.
		{"园区管委会主任吴为民。市商务委员会副主任黄新生介绍情况。", []string{"吴为民:主任@", "黄新生:副主任@市商务委员会"}, nil},
		{"某某村党支部书记王明亮主持会议。", []string{"王明亮:书记@某某村党支部"}, nil},
		// A name read inside a longer one another rule found is none of its
		// own (于建斌 after a title; 建斌 before 先生).
		{"有请某县副县长于建斌先生致辞。", []string{"于建斌:副县长@"}, []string{"建斌"}},
		// An item of a list is a name whole (侯明|中、); 雒 is a surname.
		{"公司创始人侯明中、总经理雒文刚出席。", []string{"侯明中:创始人@", "雒文刚:总经理@"}, []string{"侯明"}},
		// A guest list's line: a name right before its body and posts; not
		// a profile's (周某曾任), nor a place or a company (天津玻璃总厂).
		// The 纪委 after a post of the county's committee is the county's.
		{"袁明远中共某某县委常委、纪委书记", []string{"袁明远:常委@中共某某县委,书记@县纪委"}, nil},
		{"周光明曾任安徽省人大常委会委员。天津玻璃总厂党委副书记;", nil, []string{"周光明", "天津玻", "天津"}},
		// The holder of a title named before it, where names after it begin
		// with a joining word (蔡某某大使|和…议长某某).
		{"招待会上,黄明山大使和市议会议长弗朗索瓦女士出席。", []string{"黄明山:大使@", "弗朗索瓦:议长@"}, nil},
		// No name ends a place's or a body's name, or opens with a place of
		// three characters.
		{"我代表杭锦旗旗委讲话。副主任李明同志以及县强基办、城关乡等单位负责同志出席。现任公司建管部部长。", []string{"李明:副主任@"}, []string{"杭锦旗旗", "强基办", "关乡", "建管部"}},
		// A head of a government after a party title in a chain: the
		// government's, not the committee's (县委副书记、县长).
		{"县委副书记、县长王建华出席。会议听取了县人民政府的通报。", []string{"王建华:副书记@县委,县长@县政府"}, nil},
		// An association's head after an association the text names, though no
		// rule reads it (护士会|前|会长), is not the one named before.
		{"青禾医师公会前会长孙超、护士会前会长吴荣出席。", []string{"孙超:会长@青禾医师公会", "吴荣:会长@"}, nil},
		// So where the gazetteer has since made the county a city (县政府 of 邵东: 邵东市政府).
		{"邵东县委副书记、县长孙超出席。县委县政府高度重视。", []string{"孙超:副书记@中共邵东市委,县长@邵东市政府"}, nil},
		// A compound surname's given name that is a word (司马|光明).
		{"省人大代表欧阳春晓、司马光明参加。", []string{"欧阳春晓:代表@省人大", "司马光明:代表@省人大"}, []string{"司马"}},
		// A sentence's subject with no title: a common surname and no word.
		{"叶兴明不甘心就这么放弃。曾任某某公司经理。李子在树上。金黔在线讯。", []string{"叶兴明:"}, []string{"曾任", "李子", "金黔"}},
		// 总书记 is of 中共中央 unless another country's party is named.
		{"朝鲜劳动党总书记金明哲会见代表团。", []string{"金明哲:总书记@朝鲜劳动党"}, nil},
		// A 政协's 党组 is no body where a title of it follows (党组书记 is of the 政协).
		{"县政协机关党组书记刘志远列席会议。", []string{"刘志远:党组书记@县政协机关"}, nil},
		// A list that begins inside a title: a rare surname (员) before a
		// common one is the end of 委员.
		{"区政协经济界别委员王海山、孙丽华等12名委员参加。", []string{"王海山:委员@区政协"}, []string{"员王海山"}},
		// Where members come from names no body (特邀香港委员: of the article's 政协).
		{"全国政协委员何秀琴发言。特邀香港委员吴德海建议加强交流。", []string{"吴德海:委员@全国政协"}, nil},
		// A post of a 政协 named in a sentence that opens with the meeting the
		// sentence before names (…会议开幕。会议由某某主席主持): that meeting's 政协.
		{"温州市政协副主席吴荣到会指导。永嘉县政协十届三次会议今天上午开幕。会议由孙文超主席主持。", []string{"孙文超:主席@永嘉县政协"}, nil},
		// A Hong Kong article's 政协 is the one it names, the region having none
		// of its own (主席 after a name, its legislative council's member near).
		{"全国政协会议今天开幕。立法会议员吴德海受访时说,孙文超主席的报告多次提到香港。", []string{"孙文超:主席@全国政协"}, nil},
		// A democratic party's sector (民革界别) names no body of the member.
		{"区政协召开会议。民革界别委员孙丽萍建议加大扶持。", []string{"孙丽萍:委员@区政协"}, nil},
		// 副主任 after a comma takes the body of the title before it in the sentence.
		{"市人大常委会主任刘明主持会议,副主任王伟华出席。", []string{"王伟华:副主任@市人大常委会"}, nil},
		// A part of a list where a title's name and 和 come before another
		// title (…镇党委书记某某和镇长某某): both are read.
		{"街道党工委书记李建华、某某镇党委书记刘强和镇长周明参加。", []string{"刘强:书记@镇党委", "周明:镇长@"}, nil},
		// A township head after another township's party committee in the
		// chain heads no government the article names of a third place.
		{"虎门镇党委书记马振川,长安镇党委副书记、镇长何秀琴陪同。虎门镇政府参加。", []string{"何秀琴:副书记@中共东莞市长安镇委,镇长@"}, nil},
		// A clause between two titles (…拉着|区政协委员) ends the chain: the
		// title before it is another's; a surname called familiarly (老刘)
		// is no name.
		{"居民老刘拉着区政协委员孙丽萍的手,主席何秀琴握着委员吴德海的手。",
			[]string{"孙丽萍:委员@区政协", "何秀琴:主席@区政协", "吴德海:委员@"}, []string{"老刘拉", "老刘"}},
		// A list after a title whose item holds a chain of its own
		// (、县委常委、副县长某某): its title is read in any sentence, not the
		// first alone.
		{"签约仪式举行。学校副校长孙丽萍、县委常委、副县长马振川分别代表双方签约。",
			[]string{"孙丽萍:副校长@", "马振川:常委@县委,副县长@"}, nil},
		// A deputy after its head, and the deputies listed after it, are of
		// the head's body (院长某某,副院长某某; 局长…,副局长某某、某某).
		{"市中级人民法院院长孙文超,副院长何秀琴出席。县教育局局长马振川,副局长吴德海、刘桂英参加。",
			[]string{"何秀琴:副院长@市中级人民法院", "吴德海:副局长@县教育局", "刘桂英:副局长@县教育局"}, nil},
		// A compound surname gse reads as a word of its own (上官) opens a
		// name, not alone.
		{"县委书记司马振华、县长上官红梅参加。副县长上官出席。", []string{"司马振华:书记@县委", "上官红梅:县长@"}, []string{"上官"}},
		// Members of a sector before 委员 are no name (港澳台侨|委员).
		{"港澳台侨委员是省政协的重要组成部分,港澳委员积极建言。", nil, []string{"台侨", "港澳"}},
		// An election's candidate named after the word (候选人某某).
		{"某党候选人吴德海得票率约40%,候选人名单公布。", []string{"吴德海:候选人@"}, []string{"名单公布"}},
		// A deputy commissioner of a prefecture's office (行署副专员), a title of the years before cities replaced them.
		{"地区行署副专员吴德海出席。", []string{"吴德海:副专员@行署"}, nil},
		// A common word gse counts rarely is still no given name (主任|全覆盖: gse's frequency of 覆盖 is 2, its IDF common).
		{"力争实现村儿童主任全覆盖。", nil, []string{"全覆盖"}},
		// Mongolian names of common elements, whole after a title where the name ends (其其格, 额尔敦巴雅尔, 乌兰,
		// a county's name too); not where a place's name runs on (乌兰|察布市).
		{"副旗长其其格出席,盟委书记额尔敦巴雅尔讲话,自治区政协副主席乌兰参加。嘎查长朝鲁介绍。",
			[]string{"其其格:副旗长@", "额尔敦巴雅尔:书记@盟委", "乌兰:副主席@自治区政协", "朝鲁:嘎查长@"}, []string{"额尔敦巴"}},
		{"市委副书记到乌兰察布市考察。市委副书记乌兰察布市考察。", nil, []string{"乌兰察", "乌兰"}},
		// A resume's line that opens with a date and how the career began: its posts are the profile's subject's;
		// a verb of promotion gse tags as a name is none (2015年|晋升|教授).
		{"孙丽萍,女,1975年3月出生,现任某某大学教授。\n1998年7月参加工作,先后任某某研究所助理研究员、副研究员,2015年晋升教授。",
			[]string{"孙丽萍:教授@某某大学,助理研究员@某某研究所,副研究员@某某研究所"}, []string{"晋升"}},
		// An item of a list that a word ends before the name: the name, not the word's last character with it.
		{"委员何秀琴、老同志吴德海、孙文超发言。", []string{"何秀琴:委员@"}, []string{"志吴德海"}},
		// A title after the last name of a list, words between, is no one's (执行主席|席: the seats).
		{"大会执行主席吴德海、刘桂英、何秀琴在主席台执行主席席就座。", []string{"吴德海:执行主席@", "刘桂英:执行主席@", "何秀琴:执行主席@"}, []string{"席就座"}},
		// A later mention of a name with no surname is the person's whole, where a quote's rule would cut it
		// after a character that may open a name (次|仁卓嘎强调).
		{"自治区政协副主席次仁卓嘎出席。次仁卓嘎强调,要抓好落实。", []string{"次仁卓嘎:副主席@自治区政协"}, []string{"仁卓嘎"}},
		// A Yi name opens with its clan's name as with a compound surname (沙马|拉毅), after a title whose 长 opens no place (长沙).
		{"副县长沙马拉毅介绍,州长吉克曲布出席。", []string{"沙马拉毅:副县长@", "吉克曲布:州长@"}, nil},
		// A verb and its complement after a title are no names (留得住、用得好), a name with 得 is one.
		{"让乡村医生留得住、用得好。县委书记王得胜出席。", []string{"王得胜:书记@县委"}, []string{"留得住", "用得好"}},
		// A place a headline opens with before a colon is no speaker, where no common surname begins it.
		{"禾田镇:党建引领绘就乡村振兴新画卷", nil, []string{"禾田镇"}},
		{"他为人耿直,会场很安静,达到高峰。石家庄市民参加。王主席和委员们出席。",
			nil, []string{"耿直", "安静", "高峰", "石家庄", "王主席", "王", "委员们"}},
	}
	x := defaultExtractor(t)
	for _, c := range cases {
		var got []string
		names := map[string]bool{}
		for _, r := range x.Explain(c.text, "").Records {
			for _, e := range r.Lists["people"] {
				name := e.Get("name").(string)
				names[name] = true
				var roles []string
				for _, o := range e.Get("roles").([]record.Object) {
					body, _ := o.Get("body").(string)
					roles = append(roles, o.Get("title").(string)+"@"+body)
				}
				got = append(got, name+":"+strings.Join(roles, ","))
			}
		}
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s\n  want %s, got %q", c.text, w, got)
			}
		}
		for _, n := range c.not {
			if names[n] {
				t.Errorf("%s\n  %s is no person", c.text, n)
			}
		}
	}
}
