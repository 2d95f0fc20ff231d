package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/zxtract/zxtract/extract/eval"
)

func cmdEval(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("eval", "eval --gold DIR [--json] [--misses] OUT.jsonl\n\nScores records against gold files (one <doc>.json per source text, as in GUIDELINES.md):\nprecision, recall and F1 per field, with the keys and matching rules of score.py.", stderr)
	gold := fs.String("gold", "", "directory of gold files")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	misses := fs.Bool("misses", false, "list what was missed")
	if ok, code := parse(fs, args); !ok {
		return code
	}
	if *gold == "" || fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	res, err := eval.Evaluate(*gold, fs.Arg(0))
	if err != nil {
		fmt.Fprintln(stderr, "zxtract eval:", err)
		return exitFailed
	}
	if *asJSON {
		b, _ := json.Marshal(res)
		fmt.Fprintln(stdout, string(b))
		return exitOK
	}
	res.WriteTable(stdout, *misses)
	return exitOK
}
