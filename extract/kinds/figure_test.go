package kinds_test

import (
	"fmt"
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
		{"收集信息13,000条。", "13,000条 13000 条 <nil>"},
		{"收集信息13000条。", "13000条 13000 条 <nil>"},
		{"投资１２３件项目。", "１２３件 123 件 <nil>"},
		{"增长11.5个百分点。", "11.5个百分点 11.5 个百分点 <nil>"},
		// scale words
		{"总投资112.6亿元。", "112.6亿元 11260000000 元 <nil>"},
		{"设立1500万元基金。", "1500万元 15000000 元 <nil>"},
		{"输转劳动力11.02万人。", "11.02万人 110200 人 <nil>"},
		{"捐款4.6万元。", "4.6万元 46000 元 <nil>"},
		{"筹资3千余元。", "3千余元 3000 元 over"},
		{"收入100余万元。", "100余万元 1000000 元 over"},
		{"投资1.5万亿元。", "1.5万亿元 1500000000000 元 <nil>"},
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
		{"引资2.5亿美元。", "2.5亿美元 250000000 元 <nil>"},
		{"捐赠100万港元。", "100万港元 1000000 元 <nil>"},
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
		got := fmt.Sprintf("%s %v %v %v", f.Text(), f.Get("value"), f.Get("unit"), f.Get("approx"))
		if got != c.want {
			t.Errorf("%q: got %s, want %s", c.text, got, c.want)
		}
	}
}

// TestMetrics: the metric a figure measures, found by general rules.
func TestMetrics(t *testing.T) {
	cases := []struct{ text, want string }{
		{"全年共提交提案639件。", "提案"},
		{"委员满意率达到98%。", "委员满意率"},
		{"帮助解决群众反映的问题62个。", "解决群众反映的问题"},
		{"打造9个市级示范点。", "市级示范点"},
		{"带领5位委员深入调研。", "委员"},
		{"组建10个“乡村振兴”专家服务团。", "“乡村振兴”专家服务团"},
		{"农民人均收入达976.6元,同比增长11.5个百分点。", "农民人均收入|农民人均收入同比增长"},
		{"办复率和委员满意率均为100%。", "办复率|委员满意率"},
		{"解决率和满意率分别达到99.8%和98.5%。", "解决率|满意率"},
		{"已解决的326件,占62.1%。", "已解决|已解决占比"},
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
