package main

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/zxtract/zxtract/extract"
	"github.com/zxtract/zxtract/extract/read"
	"github.com/zxtract/zxtract/rules"
)

func (a *app) rulesCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "test, check, list and profile rules",
		Long: `Rules are YAML files; the embedded defaults run unless --no-default-rules.
With FILEs, test, lint and list load them on top of the defaults (as --rules
would) and speak only of their rules.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cmd.SetOut(a.stderr)
			cmd.Usage()
			return usageError{fmt.Errorf("rules: name a command: test, lint, list or profile")}
		},
	}
	cmd.AddCommand(a.rulesTestCmd(), a.rulesLintCmd(), a.rulesListCmd(), a.rulesProfileCmd())
	return cmd
}

// ruleFiles loads the defaults with the files on top, and says which
// places are the files'.
func ruleFiles(rf ruleFlags, files []string) (*extract.Extractor, rules.Errors, func(rules.Pos) bool) {
	rf.paths = append(rf.paths, files...)
	x, errs := extract.Load(rf.options())
	inFiles := func(p rules.Pos) bool {
		if len(files) == 0 {
			return true
		}
		for _, f := range files {
			if strings.HasPrefix(p.File, filepath.Clean(f)) {
				return true
			}
		}
		return false
	}
	return x, errs, inFiles
}

func (a *app) rulesTestCmd() *cobra.Command {
	var rf ruleFlags
	cmd := &cobra.Command{
		Use:   "test [flags] [FILE...]",
		Short: "run the examples of the rules (of FILEs, or all)",
		RunE: func(cmd *cobra.Command, files []string) error {
			x, errs, inFiles := ruleFiles(rf, files)
			for _, e := range errs {
				fmt.Fprintln(a.stderr, e)
			}
			fails, n := x.TestRules(func(r *rules.Rule) bool { return inFiles(r.Pos) })
			for _, f := range fails {
				fmt.Fprintln(a.stdout, f)
			}
			fmt.Fprintf(a.stdout, "%d examples, %d failed\n", n, len(fails))
			if len(fails) > 0 || len(errs) > 0 {
				return failed
			}
			return nil
		},
	}
	rf.register(cmd)
	return cmd
}

func (a *app) rulesLintCmd() *cobra.Command {
	var rf ruleFlags
	var strict bool
	cmd := &cobra.Command{
		Use:   "lint [flags] [FILE...]",
		Short: "check rule files: YAML, patterns, macros, ids, groups, kinds",
		RunE: func(cmd *cobra.Command, files []string) error {
			x, errs, inFiles := ruleFiles(rf, files)
			sort.SliceStable(errs, func(i, j int) bool {
				a, b := errs[i].Pos, errs[j].Pos
				return a.File < b.File || a.File == b.File && a.Line < b.Line
			})
			for _, e := range errs {
				fmt.Fprintln(a.stdout, e)
			}
			warnings := 0
			for _, w := range x.Set.Warnings() {
				if inFiles(w.Pos) {
					fmt.Fprintln(a.stdout, w, "(warning)")
					warnings++
				}
			}
			fmt.Fprintf(a.stdout, "%d rules, %d errors, %d warnings\n", len(x.Set.Rules), len(errs), warnings)
			if len(errs) > 0 || strict && warnings > 0 {
				return failed
			}
			return nil
		},
	}
	rf.register(cmd)
	cmd.Flags().BoolVar(&strict, "strict", false, "count warnings (rules without a negative example, say) as errors")
	return cmd
}

func (a *app) rulesListCmd() *cobra.Command {
	var rf ruleFlags
	cmd := &cobra.Command{
		Use:   "list [flags] [FILE...]",
		Short: "list the rules: kind or class, scope, priority, keyword sets",
		RunE: func(cmd *cobra.Command, files []string) error {
			x, _, inFiles := ruleFiles(rf, files)
			for _, r := range x.Set.Rules {
				if inFiles(r.Pos) {
					fmt.Fprintf(a.stdout, "%-32s %-10s %-8s %-4d %s\n", r.ID, kindOrClass(r), r.Scope, r.Priority, keywordSummary(r.KeywordSets))
				}
			}
			return nil
		},
	}
	rf.register(cmd)
	return cmd
}

// rulesProfileCmd runs the pipeline over the inputs on one core and prints,
// per rule, its runs, matches and time: where a rule set spends its time.
func (a *app) rulesProfileCmd() *cobra.Command {
	var rf ruleFlags
	cmd := &cobra.Command{
		Use:   "profile [flags] INPUT...",
		Short: "run the rules over inputs and show what each costs",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("rules profile: name the inputs to profile on")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, inputs []string) error {
			x, err := rf.load(a.stderr)
			if err != nil {
				return err
			}
			p := x.NewProfiler()
			if err := read.ReadPaths(inputs, read.Options{}, a.stdin, func(d *read.Document) error {
				p.Add(d)
				return nil
			}); err != nil {
				fmt.Fprintln(a.stderr, "zxtract rules profile:", err)
				return failed
			}
			res := p.Result()
			var rulesTime time.Duration
			for _, c := range res.Costs {
				rulesTime += c.Time
			}
			fmt.Fprintf(a.stdout, "%d documents, %.1f MB in %v (%.1f MB/s); rules %v (%.0f%%)\n",
				res.Docs, float64(res.Bytes)/1e6, res.Time.Round(time.Millisecond), float64(res.Bytes)/1e6/res.Time.Seconds(),
				rulesTime.Round(time.Millisecond), 100*rulesTime.Seconds()/res.Time.Seconds())
			fmt.Fprintf(a.stdout, "%-32s %6s %8s %9s %9s %8s %6s\n", "rule", "share", "runs", "chars", "matches", "time", "µs/run")
			for _, c := range res.Costs {
				fmt.Fprintf(a.stdout, "%-32s %5.1f%% %8d %9d %9d %8v %6.1f\n", c.Rule.ID, 100*c.Time.Seconds()/rulesTime.Seconds(),
					c.Runs, c.Chars, c.Matches, c.Time.Round(time.Microsecond), float64(c.Time.Microseconds())/float64(c.Runs))
			}
			return nil
		},
	}
	rf.register(cmd)
	return cmd
}

// kindOrClass is what a rule makes: its kind, a layout rule's class, or
// what a rule that only excludes takes away.
func kindOrClass(r *rules.Rule) string {
	switch {
	case r.Class != "":
		return "layout:" + r.Class
	case r.Kind == "":
		return "excludes:" + strings.Join(r.Excludes, ",")
	}
	return r.Kind
}

// keywordSummary shows the keyword sets a rule needs, joined by &.
func keywordSummary(sets [][]string) string {
	if len(sets) == 0 {
		return "(runs everywhere)"
	}
	parts := make([]string, len(sets))
	for i, kws := range sets {
		if len(kws) > 6 {
			parts[i] = "{" + strings.Join(kws[:6], " ") + fmt.Sprintf(" …%d}", len(kws))
		} else {
			parts[i] = "{" + strings.Join(kws, " ") + "}"
		}
	}
	return strings.Join(parts, " & ")
}
