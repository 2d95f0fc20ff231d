package read

import (
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

func TestDecode(t *testing.T) {
	const text = "市政协十五届一次会议\n提案864件"
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(text)
	gb18030, _ := simplifiedchinese.GB18030.NewEncoder().String(text + "€𠀀")
	const traditional = "澳門特別行政區立法會財經事務委員會昨日舉行會議,聽取政府官員介紹施政方針。"
	big5, _ := traditionalchinese.Big5.NewEncoder().String(traditional)
	u16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(text)
	u16be, _ := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder().String("ab" + text)
	cases := []struct {
		name, in, want, enc string
	}{
		{"utf8", text, text, EncUTF8},
		{"bom", "\xEF\xBB\xBF" + text, text, EncUTF8BOM},
		{"gbk", gbk, text, EncGBK},
		{"gb18030", gb18030, text + "€𠀀", EncGB18030},
		{"big5", big5, traditional, EncBig5},
		{"utf16 bom", u16le, text, EncUTF16},
		{"utf16be no bom", u16be, "ab" + text, EncUTF16BE},
		{"utf8 with stray bytes", text + text + "\xff\xfe" + text, text + text + "\uFFFD\uFFFD" + text, EncUTF8},
		{"empty", "", "", EncUTF8},
	}
	for _, c := range cases {
		got, enc, err := Decode([]byte(c.in))
		if err != nil || got != c.want || enc != c.enc {
			t.Errorf("%s: Decode = %q, %s, %v; want %q, %s", c.name, got, enc, err, c.want, c.enc)
		}
	}
}

func TestDecodeBinary(t *testing.T) {
	for _, in := range []string{"\x00\x01\x02\x03abc", "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xb6\x80\x91\xc3\x9a\x01\x00\x00"} {
		if _, _, err := Decode([]byte(in)); err == nil {
			t.Errorf("Decode(%q) took binary for text", in)
		}
	}
}
