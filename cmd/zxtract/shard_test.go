package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestShards: N workers given the same inputs and --shard I/N write, taken
// together, every record of the whole run, each once, for N = 1, 3, 7; a
// JSONL input is split by document too.
func TestShards(t *testing.T) {
	var jsonl strings.Builder
	for i := range 40 {
		fmt.Fprintf(&jsonl, `{"id":"doc-%d","text":"县政协召开第%d次主席会议,审议提案%d件。"}`+"\n", i, i+1, i+10)
	}
	for _, input := range []struct {
		stdin string
		args  []string
	}{{"", []string{textDir}}, {jsonl.String(), []string{"--input", "jsonl", "-"}}} {
		_, whole, _ := zx(t, input.stdin, append([]string{"extract", "-j", "1"}, input.args...)...)
		want := ids(t, whole)
		slices.Sort(want)
		for _, n := range []int{1, 3, 7} {
			var got []string
			for i := range n {
				code, out, errs := zx(t, input.stdin, append([]string{"extract", "-j", "1", "--shard", fmt.Sprintf("%d/%d", i, n)}, input.args...)...)
				if code != exitOK {
					t.Fatalf("--shard %d/%d: exit %d: %s", i, n, code, errs)
				}
				got = append(got, ids(t, out)...)
			}
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("%d shards: %d records (%v), want the %d of the whole run", n, len(got), got, len(want))
			}
		}
	}
	for _, bad := range []string{"3/3", "-1/2", "x", "1/0"} {
		if code, _, _ := zx(t, "", "extract", "--shard", bad, textDir); code != exitUsage {
			t.Errorf("--shard %s: exit %d, want a usage error", bad, code)
		}
	}
}
