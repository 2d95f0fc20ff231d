// Command zxtract turns Chinese news about 政协 (CPPCC) and government work
// into JSONL records: one per article, with the people, bodies, dates,
// figures, meetings and documents it names, each with its offsets.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"time"

	"github.com/spf13/cobra"
	"github.com/zxtract/zxtract/extract"
	"github.com/zxtract/zxtract/rules"
)

// Exit statuses.
const (
	exitOK     = 0
	exitFailed = 1 // some document could not be processed, or a check failed
	exitUsage  = 2 // bad command line or rule files
)

// version is set at build time with -ldflags "-X main.version=…"; else it
// comes from the module's build information.
var version = ""

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// app is one run of the command: its streams and the exit status its
// command chose.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	code           int
}

// usageError is a mistake on the command line: exit status 2.
type usageError struct{ error }

func usagef(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

// failed is a run that did its work but must say it failed: exit status 1
// (the reason is already printed).
var failed = errors.New("failed")

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := a.root()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	var ue usageError
	switch {
	case err == nil:
		return a.code
	case errors.Is(err, failed):
		return exitFailed
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, "zxtract:", ue.error)
		fmt.Fprintln(stderr, "Run 'zxtract --help' for the commands, 'zxtract COMMAND --help' for a command's flags.")
		return exitUsage
	}
	// cobra's own errors (an unknown command or flag) are usage errors too.
	fmt.Fprintln(stderr, "zxtract:", err)
	fmt.Fprintln(stderr, "Run 'zxtract --help' for the commands, 'zxtract COMMAND --help' for a command's flags.")
	return exitUsage
}

func (a *app) root() *cobra.Command {
	root := &cobra.Command{
		Use:   "zxtract",
		Short: "turn Chinese news about 政协 and government work into JSONL records",
		Long: `zxtract turns Chinese news about 政协 (CPPCC) and government work into JSONL
records: one per article, with the people, bodies, dates, figures, meetings and
documents it names, each with its offsets into the original text.`,
		Version:       versionString(),
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("unknown command %q", args[0])
			}
			cmd.SetOut(a.stderr)
			cmd.Usage()
			return usageError{errors.New("no command given")}
		},
	}
	root.SetVersionTemplate("zxtract {{.Version}}\n")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(a.extractCmd(), a.evalCmd(), a.explainCmd(), a.rulesCmd(), a.schemaCmd(), a.versionCmd())
	return root
}

func (a *app) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "print the version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintln(a.stdout, "zxtract", versionString())
			return nil
		},
	}
}

func versionString() string {
	v := version
	info, ok := debug.ReadBuildInfo()
	if v == "" && ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		v = info.Main.Version
	}
	if v == "" {
		v = "devel"
	}
	if ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v += " (" + s.Value[:12] + ")"
			}
		}
		v += " " + info.GoVersion
	}
	return v
}

// ruleFlags are the flags of every command that loads rules.
type ruleFlags struct {
	paths     []string
	noDefault bool
	timeout   time.Duration
}

func (rf *ruleFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringArrayVar(&rf.paths, "rules", nil, "a rule file or directory to add to the defaults (repeatable)")
	cmd.Flags().BoolVar(&rf.noDefault, "no-default-rules", false, "start without the embedded default rules")
	cmd.Flags().DurationVar(&rf.timeout, "rule-timeout", rules.DefaultTimeout, "time limit of one rule on one sentence")
	cmd.PreRunE = func(*cobra.Command, []string) error {
		if rf.timeout <= 0 {
			return usagef("--rule-timeout %v: a time above zero (every rule would time out)", rf.timeout)
		}
		return nil
	}
}

func (rf *ruleFlags) options() extract.Options {
	return extract.Options{RulePaths: rf.paths, NoDefaults: rf.noDefault, Timeout: rf.timeout}
}

// collectLess lets the heap grow eight times over between collections
// while the rules load, unless GOGC asks for fewer already; it returns
// what sets it back. Loading the defaults allocates some 44 MB, of which
// 22 MB live: one collection at 32 MB, near its end, frees what the rest
// of the load and the first records reuse. (At 16 MB the collection ran
// through the heaviest part of the load, and the heap grew past it; with
// none, the first records paid for it. Fresh memory is dear: a page fault
// costs some 12 µs on the machines measured, 3 ms a megabyte.)
func collectLess() func() {
	old := debug.SetGCPercent(800)
	if old < 0 || old >= 800 {
		debug.SetGCPercent(old)
		return func() {}
	}
	return func() { debug.SetGCPercent(old) }
}

// load loads the rules; problems are printed and make it a usage error.
func (rf *ruleFlags) load(stderr io.Writer) (*extract.Extractor, error) {
	defer collectLess()()
	x, errs := extract.Load(rf.options())
	for _, e := range errs {
		fmt.Fprintln(stderr, "zxtract:", e)
	}
	if len(errs) > 0 {
		return nil, usagef("fix the rules above (zxtract rules lint shows them all)")
	}
	return x, nil
}
