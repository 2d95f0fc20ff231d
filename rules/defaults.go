package rules

import "embed"

// Defaults are the rule files zxtract runs unless told otherwise: every
// .yaml file in this directory and the lexicon files they name.
//
//go:embed *.yaml lexicons
var Defaults embed.FS
