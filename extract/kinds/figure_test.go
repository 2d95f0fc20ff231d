package kinds_test

import (
	"fmt"
	"strconv"
	"testing"
)

// TestFigures: every form of number the press uses, through the figure
// rules: text, value, unit and approx of the first figure of each text.
func TestFigures(t *testing.T) {
	cases := []struct {
		text string
		want string // text value unit approx; "" for none
	}{
		// Arabic digits, separators, decimals, full-width digits
		{"立案交办提案864件。", "864件 864 件 <nil>"},
		// a numeral in a person's name (何|三成) is no share
		{"大会执行主席吴荣、何三成主持会议。", ""},
		{"收集信息13,000条。", "13,000条 13000 条 <nil>"},
		{"收集信息13000条。", "13000条 13000 条 <nil>"},
		{"投资１２３件项目。", "１２３件 123 件 <nil>"},
		{"增长8.5个百分点。", "8.5个百分点 8.5 个百分点 <nil>"},
		// scale words
		{"总投资112.6亿元。", "112.6亿元 11260000000 元 <nil>"},
		{"设立1500万元基金。", "1500万元 15000000 元 <nil>"},
		{"转移就业12.06万人。", "12.06万人 120600 人 <nil>"},
		{"捐款4.6万元。", "4.6万元 46000 元 <nil>"},
		{"筹资3千余元。", "3千余元 3000 元 over"},
		{"收入100余万元。", "100余万元 1000000 元 over"},
		{"投资1.5万亿元。", "1.5万亿元 1500000000000 元 <nil>"},
		{"地区生产总值156.8亿元。", "156.8亿元 15680000000 元 <nil>"}, // no float noise (15680000000.000002)
		// Chinese numerals of any size
		{"开展三次调研。", "三次 3 次 <nil>"},
		{"组织一千二百三十四人参加。", "一千二百三十四人 1234 人 <nil>"},
		{"两万名群众受益。", "两万名 20000 名 <nil>"},
		{"建成十一个站点。", "十一个 11 个 <nil>"},
		{"三十余名委员出席。", "三十余名 30 名 over"},
		{"十几名委员出席。", "十几名 10 名 over"},
		{"百余人参加。", "百余人 100 人 over"},
		{"数十名委员参加。", "数十名 10 名 over"},
		{"数百人参加。", "数百人 100 人 over"},
		{"两只提案。", "两只 2 只 <nil>"},
		// percentages
		{"满意率98%。", "98% 98 % <nil>"},
		{"满意率达到98%以上。", "98%以上 98 % over"},
		{"满意率百分之九十八。", "百分之九十八 98 % <nil>"},
		{"占百分之十二点五。", "百分之十二点五 12.5 % <nil>"},
		{"近三成受访者。", "近三成 30 % about"},
		{"三分之一的委员。", "三分之一 33.333333 % <nil>"},
		// ranges
		{"每组3至5个委员。", "3至5个 3 个 <nil>"},
		{"20-30人参加。", "20-30人 20 人 <nil>"},
		// money in other currencies
		{"引资2.5亿美元。", "2.5亿美元 250000000 美元 <nil>"},
		{"贸易额1200亿美元。", "1200亿美元 120000000000 美元 <nil>"},
		{"捐赠100万港元。", "100万港元 1000000 港元 <nil>"},
		{"投资￥120万元。", "￥120万元 1200000 元 <nil>"},
		{"融资$3.5亿。", "$3.5亿 350000000 美元 <nil>"},
		{"售价5元3毛。", "5元3毛 5.3 元 <nil>"},
		{"售价50元6角三分。", "50元6角三分 50.63 元 <nil>"},
		// shares and discounts
		{"九成委员参加。", "九成 90 % <nil>"},
		{"三成半的村。", "三成半 35 % <nil>"},
		{"7.5成的户。", "7.5成 75 % <nil>"},
		{"半成的人。", "半成 5 % <nil>"},
		{"会员八五折。", "八五折 85 % <nil>"},
		{"团购9.9折。", "9.9折 99 % <nil>"},
		{"发病率千分之二点四。", "千分之二点四 2.4 ‰ <nil>"},
		{"误差万分之四。", "万分之四 4 ‱ <nil>"},
		{"误差千分之3。", "千分之3 3 ‰ <nil>"},
		{"增长２．４%。", "２．４% 2.4 % <nil>"},
		{"增长5 %。", "5 % 5 % <nil>"},
		{"提高3个百分点。", "3个百分点 3 个百分点 <nil>"},
		// units news uses
		{"开展活动30场次。", "30场次 30 场次 <nil>"},
		{"服务200件次。", "200件次 200 件次 <nil>"},
		{"结对12对。", "12对 12 对 <nil>"},
		{"展出50幅作品。", "50幅 50 幅 <nil>"},
		{"编发20期。", "20期 20 期 <nil>"},
		{"提出三方面建议。", "三方面 3 方面 <nil>"},
		// other units
		{"流转土地3000亩。", "3000亩 3000 亩 <nil>"},
		{"修建道路12公里。", "12公里 12 公里 <nil>"},
		{"收购60吨。", "60吨 60 吨 <nil>"},
		{"增长1.5倍。", "1.5倍 1.5 倍 <nil>"},
		{"改造8000平方米。", "8000平方米 8000 平方米 <nil>"},
		// every marker of approximation
		{"收到建议300余件。", "300余件 300 件 over"},
		{"收到建议300多件。", "300多件 300 件 over"},
		{"收到建议逾300件。", "逾300件 300 件 over"},
		{"收到建议300件以上。", "300件以上 300 件 over"},
		{"收到建议超过300件。", "超过300件 300 件 over"},
		{"收到建议突破300件。", "突破300件 300 件 over"},
		{"收到建议300件以下。", "300件以下 300 件 under"},
		{"收到建议不到300件。", "不到300件 300 件 under"},
		{"收到建议不足300件。", "不足300件 300 件 under"},
		{"收到建议约300件。", "约300件 300 件 about"},
		{"收到建议300件左右。", "300件左右 300 件 about"},
		{"收到建议近300件。", "近300件 300 件 about"},
		{"收到建议大约300件。", "大约300件 300 件 about"},
		// not figures
		{"第九次会议", ""},
		{"在9号会议室", ""},
		{"市政协十五届一次会议", ""},
		{"县九届人大二次、十届人大一次会议", ""}, // a session of a list whose meeting is named after its last
		{"发挥三级政协作用,开展十项行动。", ""},
		{"深刻领悟“两个确立”的决定性意义。", ""},
		{"构建“1+4+12+N”协商体系。", ""},
		{"入选985高校。", ""},
		{"会期7天,历时3个月。", ""},
		{"咨询电话:0931-8888888", ""},
		{"某政发〔2023〕5号", ""},
		{"2023年7月19日", ""},
		{"他今年56岁。", ""},
		{"进一步推进一名委员一件事。", ""},
	}
	e := defaultExtractor(t)
	for _, c := range cases {
		figs := e.Explain(c.text, "").Entries("figures")
		if c.want == "" {
			if len(figs) > 0 {
				t.Errorf("%q: want no figure, got %q", c.text, figs[0].Text())
			}
			continue
		}
		if len(figs) == 0 {
			t.Errorf("%q: no figure, want %s", c.text, c.want)
			continue
		}
		f := figs[0]
		got := fmt.Sprintf("%s %s %v %v", f.Text(), strconv.FormatFloat(f.Get("value").(float64), 'f', -1, 64), f.Get("unit"), f.Get("approx"))
		if got != c.want {
			t.Errorf("%q: got %s, want %s", c.text, got, c.want)
		}
	}
}

// TestMetrics: the metric a figure measures, found by general rules.
func TestMetrics(t *testing.T) {
	cases := []struct{ text, want string }{
		{"全年共提交提案639件。", "提案"},
		{"[吴荣]本期培训班学员共48人,结业考核合格46人。", "本期培训班学员|结业考核合格"},                      // a label in square brackets, who speaks, is no part of what is counted
		{"吴荣委员还代表禾田公司捐赠价值1.6万元的药品300盒。", "捐赠价值|药品"},                           // a giving's value is the verb and its noun (捐赠价值), not who gave; 盒 after digits
		{"市政协对16件2023年度优秀提案予以表扬。", "优秀提案"},                                    // the year between a count and its noun (16件|2023年度|…) says when, not what
		{"会上,委员捐款约合人民币80万元,共计2100人次参与。", "委员捐款|<nil>"},                        // a sum reckoned in yuan (约合人民币) is the giving's; a total in another unit is of nothing the text names
		{"全区地区生产总值预计可完成31.4亿元,税收收入可望达到2亿元。", "地区生产总值|税收收入"},                   // what a forecast may reach (预计可, 可望) is no part of what it measures
		{"地区生产总值达到260亿元,五年年均增长6.1%。", "地区生产总值|年均增长"},                          // over how long (五年) names nothing; the change as written follows it
		{"粮食产量连年稳定在600万吨以上。", "粮食产量"},                                         // how long it has held (连年, 逐年) says when, not what
		{"为学校捐赠图书500册,捐赠金额达50万元。", "图书|捐赠金额"},                                 // what is given (捐赠|图书) is counted, not who it is given to; a sum of it is the giving's (捐赠金额)
		{"三年来提案1200件,十多年来捐款300万元。", "提案|捐款"},                                  // a span of years up to now (三年来, 十多年来) says when, not what
		{"副主席吴荣率县委统战部部分委员10多人参加,出席会议的委员52人。", "县委统战部部分委员|出席会议的委员"},            // people a leader leads (率) are counted, not the leader; 的 cuts no people
		{"全镇9个村全面完成了改造,4个小组落实了分工,制定6项落实措施。", "村|小组|落实措施"},                     // how they do it (全面) and an act gse tags an adjective (落实了) end the noun counted; before a noun it is the noun's
		{"县政协立案交办提案58件,提案已交办42件。", "提案|提案已交办"},                                // a verb that hands the noun on (交办) is none of it before the noun, part of it after
		{"全会应到36人,实到33人;委员会组成人员应到19人。", "应到|实到|委员会组成人员"},                      // a meeting's attendance verb is what it counts (全会|应到), no link to strip; after others its 应到 is one (组成人员|应到)
		{"副主任吴荣、孙文超、何晴及常委会委员共24人出席,县政协副主任吴超、何晴等5人参加。", "常委会委员|县政协副主任"},        // names listed before 及 and a class of people: the class is counted; a title's word before the names holds no name's character (副主任|吴超)
		{"协会聘请12人为顾问,全县新增就业3000人为历年最多。", "顾问|新增就业"},                           // people a verb makes something (聘请) are named by what they are made; a count of jobs is not
		{"帮助46户苗族同胞的危房完成了加固。", "苗族同胞"},                                        // households are people: the noun before 的 is what is counted
		{"12件委员提案所提问题均已落实,全区6个派出所参加。", "委员提案|派出所"},                            // what they raise (所提) is said of them
		{"城镇和农村居民收入分别增长7%和9%,分别达41000元和16500元。", "城镇|农村居民收入|城镇|农村居民收入"},       // the levels the changes reached
		{"青禾镇任命9名专职委员为3个工作委员会主任委员。", "专职委员|工作委员会主任委员"},                        // gse's 主任 (tagged b) is a word the stop 任 is inside
		{"受表彰的是到会的40名青年委员中的6人。", "青年委员|青年委员"},                                 // the whole they are of (中的) is what is counted
		{"全县有企业300家,其中规上企业45家则分布在园区。", "企业|规上企业"},                             // an adverb after the count (则) opens what is said of them
		{"收到的300余件建议大多数已办结。", "建议"},                                           // how many of them (大多数), said after the noun, is none of it
		{"120名代表受全县党员委托出席会议,30名受助学生参加。", "代表|受助学生"},                           // a passive verb after what is counted (受) opens a clause, not inside a word (受助)
		{"县长与近30位县政协委员会面。", "县政协委员"},                                          // 委员|会面, which gse tags a noun, is what they did
		{"全乡56名人大代表如期报到。", "人大代表"},                                            // how they came (如期) is no part of them
		{"提案交由17个单位具体承办,解决了十三个具体问题。", "单位|具体问题"},                              // an adjective before a verb says how (具体|承办); before a noun, it is the noun's
		{"560件代表建议统一交由48家承办单位办理,通报了领衔的120名代表、提出建议的86名委员。", "代表建议|承办单位|代表|委员"}, // how they are handed (统一交由), and a list's mark, end them
		{"会议期间共收到委员提出的意见63件。", "意见"},
		{"经审查,对96件提案立案88件。", "提案|提案立案"}, // what is done with them after the count (立案, 审查) ends the noun counted                                          // no 的 opens a metric
		{"全镇共有120名特邀调解员参与调处。", "特邀调解员"},
		{"县政协选出30名特邀监督员并开展培训,全县有3家并购企业。", "特邀监督员|并购企业"}, // 并 (and) joins the next verb, no part of what is counted; a word it opens (并购) is                                          // a verb and 员 make who does it (调解|员), the noun's end, as 发言人 is
		{"禾联会修订了三项制度、五个小组的工作规程。", "制度|小组"},              // a list of counts before 的 is no description of the noun after it: each counts its own noun
		{"委员满意率达到98%。", "委员满意率"},
		{"全县税收收入9.6亿元,同口径下降3.2%,新增变电容量120万千伏安。", "税收收入|同口径下降|变电容量"},                         // what a change is reckoned against before it (同口径|下降) is part of it
		{"全县社会消费品零售额80.5亿元,可比年均增长6.4%,规上工业产值31亿元,可比增长4.9%。", "社会消费品零售额|可比年均增长|规上工业产值|可比增长"}, // so is 可比 (of comparable prices)
		{"全市1300多名党员干部肩负重托,奔赴一线。", "党员干部"},                                                  // a verb gse tags a noun (肩负) ends what is counted
		{"工会看望了80余名就地过年的外来务工人员和20名留守在家的老人。", "外来务工人员|老人"},                                   // people a count names after what is said of them and 的
		{"全县规上工业增加值增长3.1%,比1—8月份加快了0.6个百分点。", "规上工业增加值|比1—8月份加快"},                           // a change against months written as a span
		{"上半年禾田县的地区生产总值(GDP)实现86.5亿元,居民消费价格指数(CPI)同比上涨1.2%。", "禾田县的地区生产总值|居民消费价格指数"},        // its abbreviation in brackets is no clause of its own
		{"前三季度禾田县林果产值(不含苗木)同比增长7.1%,外贸额(含转口)为3.2亿元。", "禾田县林果产值|外贸额"},                        // a note in brackets of what is counted in or left out
		{"问卷中,六成的受访者直言出行不便。", "受访者"},                                                        // a verb of speech gse reads as a noun (直言) opens what they said
		{"委员们讲述的20余个履职故事令人动容。", "履职故事"},                                                     // what they make people feel (令人) is said of them, no part of them
		{"全镇经营主体(包括农家乐)达到320家,村组数(含社区、居委会)为46个。", "经营主体|村组数"},                               // a note may hold a cut word (包括) or a list (、): it is none of what is measured
		{"特别是县属企业技改投入完成5100万元,完成规模以上工业产值9.6亿元。", "县属企业技改投入|规模以上工业产值"},                       // an adverb opening the clause, a verb before a qualifier
		{"全县主要指标如下:一、油菜种植面积3.2万亩;二、茶叶产量1800吨。", "油菜种植面积|茶叶产量"},                              // a list's number after a lead-in's colon names nothing
		{"该联谊会团结凝聚青年企业家600余人。", "青年企业家"},                                                    // whom an association holds together is what is counted
		{"现将4起违规用车问题通报如下:", "违规用车问题"},                                                       // what the text goes on to set out (…通报如下) is no part of what is counted
		{"全年禾田县生产总值同比(下同)增长5.2%,工业增加值(按可比价计算)增长3.1%。", "禾田县生产总值|工业增加值"},                     // a note of how the figures are reckoned
		{"其次是文艺界别,均有3人;农业界别和科技界别各有2人。", "文艺界别|农业界别|科技界别"},                                   // 均有 links, 其次是 leads; 各有 holds for each metric listed
		{"镇文化站为16户独居老人送上电暖器,9件民生实事基本完成。", "独居老人|民生实事"},                                      // a verb of bringing ends the noun counted
		{"全县五个村级组织相继开展评议,已有9位县政协常委率调研组下乡,6个项目推进顺利。", "村级组织|县政协常委|项目"},                       // an adverb after a verb's form makes it the noun's end; a leader's 率 ends what is counted
		{"48件委员提案怎样落地?", "委员提案"},                                                            // a question word ends the noun counted
		{"协会依靠下属的9个专业委员会展开活动,4个工作组展开调研。", "专业委员会|工作组"},                                      // a verb after a word of three (委员会|展开, not 会展)
		{"副县长对下一步工作提出三点要求,明确5项标准。", "要求|标准"},                                                // a count of things a level word names (三点|要求): what is counted; a level's (达到…要求) only after 的, in a rate or a sum
		{"县里成立了由15人组成的督查组。", "督查组"},                                                         // what people counted make up (由…组成的)
		{"各局9位新闻发言人今天亮相,5名联络人参加培训。", "新闻发言人|联络人"},                                           // a verb and 人 name who does it (发言人), what follows is said of them; a noun's last 人 before a verb ends it (联络人|参加, not 人参)
		{"全县油菜单产172公斤/亩(2580公斤/公顷),比上年增产6公斤/亩(90公斤/公顷)。", "油菜单产|油菜单产|比上年增产|比上年增产"},          // a figure restated in brackets in another unit measures the same
		{"三、全县播种面积85千公顷,减产3.2%。", "播种面积|减产"},                                                // a list's number opening the line names nothing; 减产 is a change
		{"帮助解决群众反映的问题62个。", "解决群众反映的问题"},
		{"打造9个市级示范点。", "市级示范点"},
		{"区人大常委会共制定修改地方性法规8件,听取审议专项工作报告11个。", "地方性法规|专项工作报告"}, // what is made or heard, not who
		{"考试通过率为96%。", "考试通过率"},
		{"全书收录图片120余幅,约30万字。全村共有农户326户1200余人。", "图片|<nil>|农户|农户"},       // a clause of another measure alone counts no pictures
		{"一是开展调研12次,三是反映社情民意35条。", "调研|反映社情民意"},                         // a list's ordinal opens the words
		{"会议邀请村民代表12人面对面协商。", "村民代表"},                                   // who is counted, not what they did
		{"全县15个乡镇全部建成议事室。", "乡镇"},                                       // how many of them is said after, no part of them
		{"目前尚有3个村未完成改造,12个未脱贫村。", "村|未脱贫村"},                             // what they have not done is no part of them
		{"承办单位\t交办件数\t办复率\n县教育局\t18\t94.4%\n县财政局\t12\t100%", "办复率|办复率"}, // a table's cell: its column's label, no cells across
		{"一般公共预算收入完成12.36亿元,为调整预算的101.2%。", "一般公共预算收入|一般公共预算收入"},        // a share of what it is reckoned against
		{"全县发放贷款金额8.2亿元,同比增长三成,占全市的两成。", "贷款金额|同比增长|贷款金额"},              // a share after a change: of what changed
		{"县财政拨付扶贫资金320万元,市里统筹安排专项资金500万元。", "扶贫资金|专项资金"},                // who gives money is no part of it
		{"民营企业吸纳了八成以上的城镇就业,三分之一的村实现增收。", "城镇就业|村"},
		{"全县六成以上的企业参加。", "企业"},                        // a stop the clause ends with ends the noun after 的 (企业|参加)
		{"约三分之一的委员前来报到。", "委员"},                       // those who come (前来) do what is said of them
		{"两名委员当天到场,三位专家同时发言。", "委员|专家"},               // when they act (当天, 同时) is none of what is counted
		{"全镇富余劳动力2000人外出,为农民工800人提供岗位。", "富余劳动力|农民工"}, // people named before their count, what they do after it
		{"将为全镇5000余人以及返乡农民工600人提供岗位。", "<nil>|返乡农民工"}, // the next item of a list (以及…) says nothing of the figure before it
		{"三分之一的委员参加,两成的代表发言。", "委员|代表"},
		{"重点任务主要有12项。主要有三项。", "重点任务|<nil>"},                                    // 主要有 links, an adverb names nothing
		{"县域人口约占全国的52.5%,民营经济增加值占全市总量的比重近七成,提案占比超40%。", "县域人口|民营经济增加值|提案占比"},   // a share without its whole (占比 is written so)
		{"为困难户发放了800元的慰问金,给予每户300元的补助,收入超过50万元的村有12个。", "慰问金|补助|收入|村"},         // what a verb gives after 的; a sum of what is named before it
		{"粮食产量达到80万吨,连续5年稳定在75万吨以上。", "粮食产量|<nil>"},                            // a run of time names nothing
		{"新增委员工作室8个,总数达到26个。", "委员工作室|委员工作室"},                                  // a total alone: of what the figure before counts
		{"去年区政协共立案提案215件,全县累计化解矛盾纠纷320件,公共服务共建项目12个。", "立案提案|化解矛盾纠纷|公共服务共建项目"}, // an adverb of a total after the subject (not inside a word)
		{"设施覆盖率虽已超过90%,其利用率却只有30%,其他收入5亿元。", "设施覆盖率|利用率|其他收入"},                 // a concession's and a contrast's adverbs, a pronoun's 其                       // a verb the clause ends with, after 的, is the noun
		{"特区政府拨款澳门元3.5亿元。", "特区政府拨款"},                                          // the money named before the number is no part of what it measures
		{"年末全市户籍人口452.8万人。", "户籍人口"},                                           // a time and a place that open the words say when and where
		{"县政协全会开幕 一年来提案312件", "提案"},                                            // a headline's space parts its phrases
		{"人均生产总值146302元(按年平均汇率折算为20634美元)。", "人均生产总值|人均生产总值"},                  // the same sum, converted
		{"财政收入跨越10亿元台阶,工业产值迈上50亿元新台阶。", "财政收入|工业产值"},                           // a level reached (跨越, 迈上) is of what reaches it, no step
		{"一般公共预算收入预期增长6%左右,安排一般公共预算支出40.2亿元。", "一般公共预算收入|一般公共预算支出"},
		{"力争将农民人均收入提高到城镇居民的60%。", "农民人均收入"},                       // what rises, not what it is reckoned against
		{"去年本地生产总值实质增长百分之二点五,茶园面积已发展到3.5万亩。", "本地生产总值|茶园面积"},      // real growth and a level reached are no part of what they measure
		{"超过500亿元的有11个,较2020年增加7个。", "<nil>|<nil>|较2020年增加"},      // a change as written, though what changed is not named; a link names nothing
		{"对20件优秀提案、10个先进承办单位进行表彰,组织10家企业提供方案。", "优秀提案|先进承办单位|企业"}, // a verb the party to it follows is a noun's part
		{"全县每年新增就业5000人,平均每天处理生活垃圾800吨。", "新增就业|处理生活垃圾"},          // how often says when, not what
		{"2.重点提案12件。\n(二)专题协商会4次。\n③调研报告15篇。", "重点提案|专题协商会|调研报告"}, // a list's ordinal is no part of it
		{"房价每平方米8000元,补贴每人每月300元。", "房价|补贴"},                      // the basis of a rate is no part of what it measures
		{"全省超6成县域已建成医共体,但仍有近3成基层卫生院缺少全科医生。", "县域|基层卫生院"},          // 仍 opens the clause
		{"她带领团队选育蔬菜新品种6个,培养乡村工匠300余人。", "蔬菜新品种|乡村工匠"},
		{"论坛累计吸引两岸青年3000余人次参与,促成合作项目80多个。", "两岸青年|合作项目"},
		{"村集体经济收入达到38.6万元,较前年翻了一番。", "村集体经济收入|较前年翻"},                     // doubling is a change of the figure before
		{"新建改建农村公路120公里,改造老旧小区36个,每平方米改造成本约400元。", "农村公路|老旧小区|每平方米改造成本"}, // what is built; what it costs stays the work's
		{"全县生产总值由二〇〇七年的四十二亿元增加到八十一亿元。", "生产总值|生产总值"},                     // a year in numerals says when
		{"全县森林覆盖率由42%提高到2023年末的51%。", "森林覆盖率|森林覆盖率"},                     // a year and a time of it (年末) after the level's verb say when the level was reached
		{"委员们分赴4个乡镇调研时,走进3个村走访群众,收到5件委员调研报告。", "乡镇|村|委员调研报告"},            // the places a party goes to (赴, 走进) end before what it does there; after other verbs a verb's noun goes on with the noun
		{"吴荣一行驱车300多公里,同一行业企业有12家。", "驱车|同一行业企业"},                        // what a party did (某某一行|驱车), not who leads it; 一行 inside words (同一|行业) parts nothing
		{"带领5位委员深入调研。", "委员"},
		{"组建10个“乡村振兴”专家服务团。", "“乡村振兴”专家服务团"},
		{"农民人均收入达864.3元,同比增长8.5个百分点。", "农民人均收入|同比增长"},           // GUIDELINES.md: the change as written
		{"县政府承办县政协九届三次会议提案108件,县人大十届二次会议以来代表建议36件。", "提案|代表建议"}, // a numbered session says when they came
		{"全年召开协商议事会议6次。", "协商议事会议"},
		{"其中9人来自中共界别,4人来自无党派人士界别。", "来自中共界别|来自无党派人士界别"}, // a stop inside an abbreviation (中|共) ends nothing
		{"其中有4件被写入县“十四五”规划纲要。", "被写入县“十四五”规划纲要"},        // a short name quoted inside the words goes on with them
		{"市里16个职能部门负责人和120名企业负责人参加。", "职能部门|企业负责人"},     // the units counted, not who heads them; people counted are the heads
		{"孙强、何晴等12名同志为禾田县政协第九届委员会常务委员。", "常务委员"},        // the plain word for people, then what they are made: the post, not the body with its term
		{"办复率和委员满意率均为100%。", "办复率|委员满意率"},
		{"办结率、满意和基本满意率均为100%。", "办结率|满意和基本满意率"}, // one rate of both: 满意 is inside the item after it
		{"满意率与基本满意率都是99%。", "满意率|基本满意率"},
		{"解决率和满意率分别达到99.8%和98.5%。", "解决率|满意率"},
		{"已解决的326件,占62.1%。", "已解决|已解决"},
		{"已經解決的26件，佔總數的29.21%。", "已經解決|已經解決"},
		{"其中经济方面的14件,占12.1%。", "经济方面|经济方面"},
		{"其中年营收超亿元的达600余家。", "年营收|年营收超亿元"},            // a figure before 的 qualifies what the next counts
		{"民盟中央副主席马振川一行6人来绍考察,调研组一行8人随行。", "一行|调研组一行"}, // the party a person leads, not the leader
		{"“經濟建設”提案佔比超40%。", "“經濟建設”提案佔比"},
	}
	e := defaultExtractor(t)
	for _, c := range cases {
		got := ""
		for i, f := range e.Explain(c.text, "").Entries("figures") {
			if i > 0 {
				got += "|"
			}
			got += fmt.Sprint(f.Get("metric"))
		}
		if got != c.want {
			t.Errorf("%q: metrics %s, want %s", c.text, got, c.want)
		}
	}
}
