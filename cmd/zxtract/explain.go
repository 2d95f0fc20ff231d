package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/spf13/cobra"
	"github.com/zxtract/zxtract/extract"
	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/timex"
)

func (a *app) explainCmd() *cobra.Command {
	var rf ruleFlags
	var published string
	cmd := &cobra.Command{
		Use:   "explain [flags] TEXT|-",
		Short: "show which rules fire on a text, and why",
		Long: `Runs the pipeline on a text, exactly as extract does, and shows every rule that
matched, what it matched, which matches lost a conflict and why, and the
records that came out.`,
		Example: `  zxtract explain '每组安排3至5个委员。'
  zxtract explain --published 2024-03-05 '昨天,县政协召开常委会议。'`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			text := strings.Join(args, " ")
			if text == "-" {
				b, err := io.ReadAll(a.stdin)
				if err != nil {
					fmt.Fprintln(a.stderr, "zxtract explain:", err)
					return failed
				}
				text = string(b)
			}
			if strings.TrimSpace(text) == "" {
				return usagef("explain: give a text, or - to read it from stdin")
			}
			if published != "" {
				p := timex.Parse(published)
				if p == "" {
					return usagef("--published %q is no date (2024-03-05, 2024/3/5, 2024年3月5日)", published)
				}
				published = p
			}
			x, err := rf.load(a.stderr)
			if err != nil {
				return err
			}
			a.explain(x.Explain(text, published))
			return nil
		},
	}
	rf.register(cmd)
	cmd.Flags().StringVar(&published, "published", "", "publication date to read the text against (2024-03-05)")
	return cmd
}

// explain prints the matches of an explanation and its records.
func (a *app) explain(ex *extract.Explanation) {
	show := func(title string, ms []*engine.Match) {
		if len(ms) == 0 {
			return
		}
		fmt.Fprintln(a.stdout, title)
		for _, m := range ms {
			status := "won"
			if m.Lost() != "" {
				status = "lost: " + m.Lost()
			}
			fmt.Fprintf(a.stdout, "  %-30s %q [%d,%d) %s\n", m.Rule.ID, ex.View.String(m.Range), m.Start, m.End, status)
			caps := append([]engine.NamedCapture(nil), m.Captures...)
			sort.SliceStable(caps, func(i, j int) bool { return caps[i].Group < caps[j].Group })
			for _, c := range caps {
				fmt.Fprintf(a.stdout, "      %s = %q\n", c.Group, ex.View.String(c.Range))
			}
		}
	}
	show("layout rules (lines):", ex.Layout)
	show("rules (sentences):", ex.Sentences)
	if len(ex.Layout) == 0 && len(ex.Sentences) == 0 {
		fmt.Fprintln(a.stdout, "no rule matched")
	}
	fmt.Fprintln(a.stdout, "records:")
	for _, r := range ex.Records {
		b, _ := json.MarshalIndent(r, "  ", "  ")
		fmt.Fprintln(a.stdout, " ", string(b))
	}
}
