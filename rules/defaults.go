package rules

import "embed"

// Defaults are the rule files zxtract runs unless told otherwise: every
// .yaml file in this directory and the lexicon files they name.
//
//go:embed *.yaml lexicons
var Defaults embed.FS

// WordsText and PlacesText are the two large files of Defaults, the name
// cutter's dictionary and the gazetteer, as strings read in place: the
// copy fs.ReadFile makes would cost two megabytes of fresh memory at every
// start, a page fault for every four kilobytes. (The linker stores each
// file's bytes once for both.)
var (
	//go:embed lexicons/words.txt
	WordsText string
	//go:embed lexicons/places.tsv
	PlacesText string
)
