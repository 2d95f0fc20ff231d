package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/zxtract/zxtract/extract"
)

func cmdExplain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("explain", "explain [flags] TEXT|-\n\nRuns the rules on a text and shows every rule that matched, what it matched,\nwhich matches lost a conflict and why, and the entries that came out.", stderr)
	var rf ruleFlags
	rf.register(fs)
	published := fs.String("published", "", "publication date to read the text against (YYYY-MM-DD)")
	if ok, code := parse(fs, args); !ok {
		return code
	}
	text := strings.Join(fs.Args(), " ")
	if text == "-" {
		b, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintln(stderr, "zxtract explain:", err)
			return exitFailed
		}
		text = string(b)
	}
	if strings.TrimSpace(text) == "" {
		fs.Usage()
		return exitUsage
	}
	eng, ok := rf.engine(stderr)
	if !ok {
		return exitUsage
	}
	rec, layout, matches := eng.Snippet(text, *published)
	view := extract.Normalise([]rune(text), false)
	show := func(title string, ms []*extract.Match) {
		if len(ms) == 0 {
			return
		}
		fmt.Fprintln(stdout, title)
		for _, m := range ms {
			status := "won"
			if m.Lost() != "" {
				status = "lost: " + m.Lost()
			}
			fmt.Fprintf(stdout, "  %-30s %q [%d,%d) %s\n", m.Rule.ID, string(view.Runes[m.Start:m.End]), m.Start, m.End, status)
			caps := append([]extract.NamedCapture(nil), m.Captures...)
			sort.SliceStable(caps, func(i, j int) bool { return caps[i].Group < caps[j].Group })
			for _, c := range caps {
				fmt.Fprintf(stdout, "      %s = %q\n", c.Group, string(view.Runes[c.Start:c.End]))
			}
		}
	}
	show("layout rules (lines):", layout)
	show("rules (sentences):", matches)
	if len(layout) == 0 && len(matches) == 0 {
		fmt.Fprintln(stdout, "no rule matched")
	}
	fmt.Fprintln(stdout, "entries:")
	b, _ := json.MarshalIndent(rec, "  ", "  ")
	fmt.Fprintln(stdout, " ", string(b))
	return exitOK
}
