// Command zxtract turns Chinese news about 政协 (CPPCC) and government work
// into JSONL records: one per article, with the people, bodies, dates,
// figures, meetings and documents it names, each with its offsets.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/zxtract/zxtract/extract"
	"github.com/zxtract/zxtract/rules"
)

// Exit statuses.
const (
	exitOK     = 0
	exitFailed = 1 // some document could not be processed, or a check failed
	exitUsage  = 2 // bad command line or rule files
)

const usage = `zxtract turns Chinese news about 政协 and government work into JSONL records.

Usage:
  zxtract extract [flags] PATH...   extract records from files, directories or - (stdin)
  zxtract eval --gold DIR OUT.jsonl score records against gold annotations
  zxtract rules test [FILE...]      run every rule's examples
  zxtract rules lint [FILE...]      check rule files for errors
  zxtract rules list                list the rules and their keywords
  zxtract explain [flags] TEXT      show which rules fire on a text, and why
  zxtract version                   print the version

Run "zxtract COMMAND --help" for a command's flags.
`

// version is set at build time with -ldflags "-X main.version=…".
var version = ""

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "extract":
		return cmdExtract(rest, stdin, stdout, stderr)
	case "eval":
		return cmdEval(rest, stdout, stderr)
	case "rules":
		return cmdRules(rest, stdout, stderr)
	case "explain":
		return cmdExplain(rest, stdin, stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "zxtract", versionString())
		return exitOK
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "zxtract: unknown command %q\n\n%s", cmd, usage)
	return exitUsage
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

// newFlags makes a flag set whose --help prints a command's usage.
func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: zxtract %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags; it reports whether to go on, and the exit status if not.
func parse(fs *flag.FlagSet, args []string) (bool, int) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return false, exitOK
		}
		return false, exitUsage
	}
	return true, 0
}

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

// ruleFlags are the flags of every command that loads rules.
type ruleFlags struct {
	paths     listFlag
	noDefault bool
	timeout   time.Duration
}

func (rf *ruleFlags) register(fs *flag.FlagSet) {
	fs.Var(&rf.paths, "rules", "a rule file or directory to add to the defaults (repeatable)")
	fs.BoolVar(&rf.noDefault, "no-default-rules", false, "start without the embedded default rules")
	fs.DurationVar(&rf.timeout, "rule-timeout", rules.DefaultTimeout, "time limit of one rule on one sentence")
}

// engine loads the rules; problems are printed and make it fail.
func (rf *ruleFlags) load(stderr io.Writer) (*extract.Extractor, bool) {
	x, errs := extract.Load(rf.options())
	for _, e := range errs {
		fmt.Fprintln(stderr, "zxtract:", e)
	}
	if len(errs) > 0 {
		fmt.Fprintln(stderr, "zxtract: fix the rules above (zxtract rules lint shows them all)")
		return nil, false
	}
	return x, true
}

func (rf *ruleFlags) options() extract.Options {
	return extract.Options{RulePaths: rf.paths, NoDefaults: rf.noDefault, Timeout: rf.timeout}
}
