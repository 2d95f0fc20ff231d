package rules

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"sync"
)

// parsedFile is what a rule file's YAML says, as loading reads it. Reading
// YAML is most of what loading the default rules costs, and their files
// change seldom; so parsed.json holds each default file's reading, by the
// hash of its content, and loading takes a file's reading from there when
// it holds it. A file it does not hold (a user's, a default changed since)
// is read as YAML. The test of this package fails when the file is out of
// date: `go test ./rules -run TestFacts -update` writes it again, with
// facts.jsonl.
type parsedFile struct {
	Key      string          `json:"key"`             // parsedKey of the file's content
	Rules    []*Rule         `json:"rules,omitempty"` // both sections', in file order, each with its scope
	Macros   []parsedMacro   `json:"macros,omitempty"`
	Lexicons []parsedLexicon `json:"lexicons,omitempty"`
	Disable  []parsedName    `json:"disable,omitempty"`
}

type parsedMacro struct {
	Name, Text string
	Line       int
}

// parsedLexicon is a lexicon's entries (word, value) or the file that
// holds them, read from the rule file's folder as it loads.
type parsedLexicon struct {
	Name    string      `json:"name"`
	Line    int         `json:"line"`
	File    string      `json:"file,omitempty"`
	Entries [][2]string `json:"entries,omitempty"`
}

type parsedName struct {
	Name string
	Line int
}

//go:embed parsed.json
var parsedJSON []byte

// knownParsed are the readings of parsed.json by key, decoded on first use
// (an undecodable file holds none: every file is read as YAML).
var knownParsed = sync.OnceValue(func() map[string]*parsedFile {
	var files []*parsedFile
	known := map[string]*parsedFile{}
	if json.Unmarshal(parsedJSON, &files) == nil {
		for _, f := range files {
			known[f.Key] = f
		}
	}
	return known
})

// parsedKey identifies a rule file by its content.
func parsedKey(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:16])
}
