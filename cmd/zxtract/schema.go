package main

import (
	"github.com/spf13/cobra"
	"github.com/zxtract/zxtract/extract/record"
)

func (a *app) schemaCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "print the JSON Schema of a record",
		Long:  "Prints the JSON Schema (draft 2020-12) every record zxtract writes follows.",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := a.stdout.Write(record.Schema)
			return err
		},
	}
}
