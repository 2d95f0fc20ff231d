package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/zxtract/zxtract/extract/engine"
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
	x, ok := rf.load(stderr)
	if !ok {
		return exitUsage
	}
	ex := x.Explain(text, *published)
	show := func(title string, ms []*engine.Match) {
		if len(ms) == 0 {
			return
		}
		fmt.Fprintln(stdout, title)
		for _, m := range ms {
			status := "won"
			if m.Lost() != "" {
				status = "lost: " + m.Lost()
			}
			fmt.Fprintf(stdout, "  %-30s %q [%d,%d) %s\n", m.Rule.ID, ex.View.String(m.Range), m.Start, m.End, status)
			caps := append([]engine.NamedCapture(nil), m.Captures...)
			sort.SliceStable(caps, func(i, j int) bool { return caps[i].Group < caps[j].Group })
			for _, c := range caps {
				fmt.Fprintf(stdout, "      %s = %q\n", c.Group, ex.View.String(c.Range))
			}
		}
	}
	show("layout rules (lines):", ex.Layout)
	show("rules (sentences):", ex.Sentences)
	if len(ex.Layout) == 0 && len(ex.Sentences) == 0 {
		fmt.Fprintln(stdout, "no rule matched")
	}
	fmt.Fprintln(stdout, "entries:")
	for _, r := range ex.Records {
		b, _ := json.MarshalIndent(r, "  ", "  ")
		fmt.Fprintln(stdout, " ", string(b))
	}
	return exitOK
}
