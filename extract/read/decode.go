package read

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/zxtract/zxtract/extract/text"
)

// Encodings zxtract reports, named as Python's codecs name them so that a
// researcher can open the file with the same name and index it by our spans.
const (
	EncUTF8    = "utf-8"
	EncUTF8BOM = "utf-8-sig" // the BOM is dropped, as Python's utf-8-sig does
	EncUTF16LE = "utf-16-le"
	EncUTF16BE = "utf-16-be"
	EncUTF16   = "utf-16" // with a BOM, which is dropped
	EncGBK     = "gbk"
	EncGB18030 = "gb18030"
	EncBig5    = "big5"
)

// DecodeAs is Decode, or, with an encoding named (gbk, gb18030, big5,
// utf-16le, shift_jis … as the WHATWG encoding standard names them), the
// bytes read in that encoding.
func DecodeAs(b []byte, name string) (string, string, error) {
	if name == "" {
		return Decode(b)
	}
	e, err := htmlindex.Get(name)
	if err != nil {
		return "", name, fmt.Errorf("unknown encoding %q", name)
	}
	canonical, _ := htmlindex.Name(e)
	if canonical == "" {
		canonical = strings.ToLower(name)
	}
	return decodeWith(e, bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF}), canonical)
}

// ErrBinary is returned for input that is not text in any encoding we know.
var ErrBinary = errors.New("not text: binary data or an unknown encoding")

// Decode turns the bytes of an input into text and names the encoding it was
// in: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when it
// reads best so), GB18030 and its subset GBK, or Big5.
func Decode(b []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return checkText(string(b[3:]), EncUTF8BOM)
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeWith(xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM), b, EncUTF16)
	case utf8.Valid(b):
		return checkText(string(b), EncUTF8)
	case mostlyUTF8(b):
		// A UTF-8 file with a few broken bytes: keep it, each broken byte
		// read as U+FFFD, as Python's errors="replace" reads a stray byte,
		// so that spans still line up.
		s := replaceInvalid(b)
		if strings.ContainsRune(s, 0) {
			return "", "", ErrBinary
		}
		return s, EncUTF8, nil
	}
	gb := EncGBK
	if hasGB18030FourByte(b) {
		gb = EncGB18030
	}
	candidates := []struct {
		enc  encoding.Encoding
		name string
	}{
		{simplifiedchinese.GB18030, gb},
		{traditionalchinese.Big5, EncBig5},
		{xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), EncUTF16LE},
		{xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), EncUTF16BE},
	}
	// The reading most like Chinese text wins: most of its characters are
	// ones text is made of, and of those, the most of the commonest (Big5
	// bytes read as GBK are Han characters too, but rare ones).
	best, bestName, bestQuality, bestCommon := "", "", 0.0, -1.0
	for _, c := range candidates {
		if (c.name == EncUTF16LE || c.name == EncUTF16BE) && len(b)%2 != 0 {
			continue
		}
		out, err := c.enc.NewDecoder().Bytes(b)
		if err != nil {
			continue
		}
		q := textQuality(string(out))
		if q < 0.9 {
			continue
		}
		if cs := commonShare(string(out)); cs > bestCommon || cs == bestCommon && q > bestQuality {
			best, bestName, bestQuality, bestCommon = string(out), c.name, q, cs
		}
	}
	if bestName == "" {
		return "", "", ErrBinary
	}
	return checkText(best, bestName)
}

// commonHan are some of the commonest Han characters of news, in both
// simplified and traditional forms.
const commonHan = "的一是不了在人有我他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写识极令黄德收钱党未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴注欢适協會議員們國個說來時對學這經發進電開關問間現見長從與後當還過點實動種無樣麼頭體務機產業區價為於會議屆處應該標總統組織報導單據聯權"

// isCommon holds commonHan, a bit per rune of the basic plane.
var isCommon = func() (set [0x10000 / 64]uint64) {
	for _, r := range commonHan {
		set[r/64] |= 1 << (r % 64)
	}
	return set
}()

// commonShare is the share of a text's runes among commonHan.
func commonShare(s string) float64 {
	common, n := 0, 0
	for _, r := range s {
		n++
		if r < 0x10000 && isCommon[r/64]&(1<<(r%64)) != 0 {
			common++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(common) / float64(n)
}

// textQuality is the share of runes that Chinese news text is made of: Han
// characters, printable ASCII, white space and CJK punctuation.
func textQuality(s string) float64 {
	good, n := 0, 0
	for _, r := range s {
		n++
		switch {
		case r >= 0x20 && r < 0x7F, r == '\n', r == '\r', r == '\t':
			good++
		case text.IsHan(r), r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFFEF, r == '“', r == '”', r == '‘', r == '’', r == '—', r == '…', r == '·':
			good++
		}
	}
	if n == 0 {
		return 1
	}
	return float64(good) / float64(n)
}

func replaceInvalid(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b))
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			sb.WriteRune(utf8.RuneError)
		} else {
			sb.Write(b[:n])
		}
		b = b[n:]
	}
	return sb.String()
}

func decodeWith(e encoding.Encoding, b []byte, name string) (string, string, error) {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return "", name, fmt.Errorf("decoding as %s: %w", name, err)
	}
	return checkText(string(out), name)
}

// checkText rejects binary data: NUL bytes, or more than one control
// character or replacement character in fifty.
func checkText(s, enc string) (string, string, error) {
	bad, n := 0, 0
	for _, r := range s {
		n++
		switch {
		case r == 0:
			return "", "", ErrBinary
		case r == utf8.RuneError, unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' && r != '\f':
			bad++
		}
	}
	if bad > 0 && bad*50 > n {
		return "", "", ErrBinary
	}
	return s, enc, nil
}

// hasGB18030FourByte finds a four-byte GB18030 sequence, which GBK lacks.
func hasGB18030FourByte(b []byte) bool {
	for i := 0; i+3 < len(b); i++ {
		c := b[i]
		if c < 0x80 {
			continue
		}
		if c >= 0x81 && c <= 0xFE && b[i+1] >= 0x30 && b[i+1] <= 0x39 {
			return true
		}
		i++ // skip the trail byte of a two-byte sequence
	}
	return false
}

func mostlyUTF8(b []byte) bool {
	good, bad := 0, 0
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			bad++
		} else if n > 1 {
			good++
		}
		b = b[n:]
	}
	return good >= 4*bad
}
