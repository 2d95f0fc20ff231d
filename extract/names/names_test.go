package names

import (
	"slices"
	"testing"

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
		{"胡见可主持开幕式", []string{"胡", "见", "可", "主持", "开幕", "式"}},
		{"嘎玛泽登强调", []string{"嘎", "玛", "泽", "登", "强调"}},
	} {
		if got := c.Tokens(x.text); !slices.Equal(got, x.want) {
			t.Errorf("%s: %q, want %q", x.text, got, x.want)
		}
	}
	for w, tag := range map[string]string{"高峰": "nr", "全体": "n", "主持": "v", "胡锦涛": "nr"} {
		if got, ok := c.Word(w); !ok || got != tag {
			t.Errorf("%s: %q %v, want %q", w, got, ok, tag)
		}
	}
	for _, w := range []string{"盛茂林", "胡见可"} {
		if _, ok := c.Word(w); ok {
			t.Errorf("%s is a word", w)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(rules.Defaults, "lexicons/words.txt"); err != nil {
			b.Fatal(err)
		}
	}
}
