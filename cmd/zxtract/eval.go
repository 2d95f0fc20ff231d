package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"
	"github.com/zxtract/zxtract/extract/eval"
)

func (a *app) evalCmd() *cobra.Command {
	var gold string
	var asJSON, misses bool
	cmd := &cobra.Command{
		Use:   "eval --gold DIR [flags] OUT.jsonl",
		Short: "score records against gold annotations",
		Long: `Scores records against gold files (one <doc>.json per source text, as in
GUIDELINES.md): precision, recall and F1 per field, with the keys and matching
rules of score.py. It fails when no record matches a gold file.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if gold == "" {
				return usagef("eval: --gold DIR names the gold files")
			}
			res, err := eval.Evaluate(gold, args[0])
			if err != nil {
				fmt.Fprintln(a.stderr, "zxtract eval:", err)
				return failed
			}
			if asJSON {
				b, _ := json.Marshal(res)
				fmt.Fprintln(a.stdout, string(b))
			} else {
				res.WriteTable(a.stdout, misses)
			}
			if res.Matched == 0 {
				fmt.Fprintf(a.stderr, "zxtract eval: no record of %s is of a document %s has gold for (records name their document in source)\n", args[0], gold)
				return failed
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "directory of gold files")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the scores as JSON")
	cmd.Flags().BoolVar(&misses, "misses", false, "list what was missed")
	return cmd
}
