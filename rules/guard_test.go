package rules

import (
	"testing"

	"github.com/dlclark/regexp2/v2"
	"github.com/dlclark/regexp2/v2/syntax"
)

func TestGuardBefore(t *testing.T) {
	cases := []struct {
		pattern, want string
	}{
		{`(?<=[,;])(?<names>\p{Han}{2,3})任`, `(?<=[\u002C\u003B])`},
		{`(?:^|(?<=\p{Han}[,;])|(?<=由)|(?<=任\p{Han}{2}、))\p{Han}{3}`, `(?:^|(?<=[\u002C\u003B、由]))`},
		{`(?!的)(?<=(?:选举|推选)了?|产生|:|^)\p{Han}{2,3}为`, `(?:^|(?<=[\u003A举了生选]))`},
		{`(?<=市)政协`, `(?<=[市])`},
		{`政协(?<=市政协)`, ``},             // a character consumed first
		{`(?=某)\p{Han}{2}`, ``},        // a lookahead alone
		{`(?<=\p{Han})\p{Han}{2}`, ``}, // any character before
		{`(?:(?<=由)|)\p{Han}{2}`, ``},  // or nothing
	}
	for _, c := range cases {
		tree, err := syntax.Parse(c.pattern, syntax.ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got := guardBefore(tree.Root, analysis{}); got != c.want {
			t.Errorf("guardBefore(%s) = %s, want %s", c.pattern, got, c.want)
		}
	}
}

// TestGuardKeepsMatches: a pattern with its guard before it matches where
// it did.
func TestGuardKeepsMatches(t *testing.T) {
	pattern := `(?:^|(?<=\p{Han}[,;])|(?<=由))(?<names>\p{Han}{2,3})(?=任)`
	tree, _ := syntax.Parse(pattern, syntax.ParseOptions{})
	guarded := regexp2.MustCompile(guardBefore(tree.Root, analysis{})+`(?:`+pattern+`)`, regexp2.None)
	plain := regexp2.MustCompile(pattern, regexp2.None)
	for _, s := range []string{"孙强任主任,何晴任秘书长", "会议由马刚任主持", "某某说,吴荣任县长;孙超任副县长", "责任主任"} {
		var a, b []string
		for m, _ := plain.FindStringMatch(s); m != nil; m, _ = plain.FindNextMatch(m) {
			a = append(a, m.String())
		}
		for m, _ := guarded.FindStringMatch(s); m != nil; m, _ = guarded.FindNextMatch(m) {
			b = append(b, m.String())
		}
		if len(a) == 0 && s != "责任主任" || len(a) != len(b) {
			t.Errorf("%s: plain %q, guarded %q", s, a, b)
			continue
		}
		for i := range a {
			if a[i] != b[i] {
				t.Errorf("%s: plain %q, guarded %q", s, a, b)
			}
		}
	}
}
