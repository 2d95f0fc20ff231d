package main

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/zxtract/zxtract/extract"
	"github.com/zxtract/zxtract/rules"
)

const rulesUsage = `Usage:
  zxtract rules test [flags] [FILE...]  run the examples of the rules (of FILEs, or all)
  zxtract rules lint [flags] [FILE...]  check rule files: YAML, patterns, macros, ids, groups
  zxtract rules list [flags]            list the rules: kind, scope, priority, keyword sets
  zxtract rules profile [flags] INPUT...  run the rules over inputs and show what each costs

With FILEs, they are loaded on top of the defaults (as --rules would) and only
their rules are tested or listed.
`

func cmdRules(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, rulesUsage)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	sub := args[0]
	fs := newFlags("rules "+sub, "rules "+sub+" [flags] [FILE...]", stderr)
	var rf ruleFlags
	rf.register(fs)
	strict := fs.Bool("strict", false, "lint: count warnings (rules without a negative example, say) as errors")
	if ok, code := parse(fs, args[1:]); !ok {
		return code
	}
	if sub == "profile" {
		return profileRules(rf, fs.Args(), stdout, stderr)
	}
	files := fs.Args()
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
	mine := func(r *rules.Rule) bool { return inFiles(r.Pos) }
	switch sub {
	case "lint":
		sort.SliceStable(errs, func(i, j int) bool {
			a, b := errs[i].Pos, errs[j].Pos
			return a.File < b.File || a.File == b.File && a.Line < b.Line
		})
		for _, e := range errs {
			fmt.Fprintln(stdout, e)
		}
		warnings := 0
		for _, w := range x.Set.Warnings {
			if inFiles(w.Pos) {
				fmt.Fprintln(stdout, w, "(warning)")
				warnings++
			}
		}
		fmt.Fprintf(stdout, "%d rules, %d errors, %d warnings\n", len(x.Set.Rules), len(errs), warnings)
		if len(errs) > 0 || *strict && warnings > 0 {
			return exitFailed
		}
		return exitOK
	case "test":
		for _, e := range errs {
			fmt.Fprintln(stderr, e)
		}
		fails, n := x.TestRules(mine)
		for _, f := range fails {
			fmt.Fprintln(stdout, f)
		}
		fmt.Fprintf(stdout, "%d examples, %d failed\n", n, len(fails))
		if len(fails) > 0 || len(errs) > 0 {
			return exitFailed
		}
		return exitOK
	case "list":
		for _, r := range x.Set.Rules {
			if mine(r) {
				fmt.Fprintf(stdout, "%-32s %-10s %-8s %-4d %s\n", r.ID, kindOrClass(r), r.Scope, r.Priority, keywordSummary(r.KeywordSets))
			}
		}
		return exitOK
	}
	fmt.Fprintf(stderr, "zxtract rules: unknown command %q\n\n%s", sub, rulesUsage)
	return exitUsage
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
