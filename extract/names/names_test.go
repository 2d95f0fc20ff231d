package names

import (
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/zxtract/zxtract/rules"
)

func TestTokens(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []struct {
		text string
		want []string
	}{
		{"江成与委员交流", []string{"江", "成", "与", "委员", "交流"}},
		{"许见可主持开幕式", []string{"许", "见", "可", "主持", "开幕", "式"}},
		{"扎西顿珠强调", []string{"扎", "西", "顿", "珠", "强调"}},
	} {
		if got := c.Tokens(x.text); !slices.Equal(got, x.want) {
			t.Errorf("%s: %q, want %q", x.text, got, x.want)
		}
	}
	for w, tag := range map[string]string{"高峰": "nr", "全体": "n", "主持": "v", "胡锦涛": "nr", "周恩来": "nr"} {
		if got, ok := c.Word(w); !ok || got != tag {
			t.Errorf("%s: %q %v, want %q", w, got, ok, tag)
		}
	}
	data, err := fs.ReadFile(rules.Defaults, "lexicons/words.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") { // every entry is found, with its frequency
		if f := strings.Fields(line); len(f) == 3 && f[0] != "#" {
			if tag, ok := c.Word(f[0]); !ok || tag != f[2] {
				t.Fatalf("%s: %q %v, want %q", f[0], tag, ok, f[2])
			}
			if freq := strconv.Itoa(c.Freq(f[0])); freq != f[1] {
				t.Fatalf("%s: frequency %s, want %s", f[0], freq, f[1])
			}
		}
	}
	if c.Freq("盛茂林") != 0 {
		t.Error("a word the dictionary lacks has a frequency")
	}
	for _, w := range []string{"盛茂林", "许见可", "", "一", "\U0010ffff"} {
		if _, ok := c.Word(w); ok {
			t.Errorf("%s is a word", w)
		}
	}
}

// TestLoadOrder: a dictionary out of byte order (or with a word twice), or
// with a line that is no entry, is refused.
func TestLoadOrder(t *testing.T) {
	for _, dict := range []string{"全体 800 n\n主持 900 v\n", "全体 800 n\n全体 700 n\n", "全体\n"} {
		if _, err := Load(fstest.MapFS{"d.txt": {Data: []byte(dict)}}, "d.txt"); err == nil {
			t.Errorf("%q: loaded", dict)
		}
	}
	c, err := Load(fstest.MapFS{"d.txt": {Data: []byte("# a comment\n主持 900 v\n全体 800 n\n")}}, "d.txt")
	if err != nil {
		t.Fatal(err)
	}
	if tag, ok := c.Word("全体"); !ok || tag != "n" {
		t.Errorf("全体: %q %v", tag, ok)
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(rules.Defaults, "lexicons/words.txt"); err != nil {
			b.Fatal(err)
		}
	}
}
