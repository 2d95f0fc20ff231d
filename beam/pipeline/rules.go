package pipeline

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"
)

// RuleSet is one user rule path (a file, or a folder of .yaml files) read
// when the pipeline is built: the files travel inside the job, so a worker
// on another machine loads the same rules.
type RuleSet struct {
	Files map[string]string // name under the path given → YAML
}

func shipRules(paths []string) ([]RuleSet, error) {
	var sets []RuleSet
	for _, p := range paths {
		set := RuleSet{Files: map[string]string{}}
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, err
			}
			set.Files[filepath.Base(p)] = string(b)
			sets = append(sets, set)
			continue
		}
		err = fs.WalkDir(os.DirFS(p), ".", func(name string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !(strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml")) {
				return err
			}
			b, err := os.ReadFile(filepath.Join(p, name))
			set.Files[name] = string(b)
			return err
		})
		if err != nil {
			return nil, err
		}
		sets = append(sets, set)
	}
	return sets, nil
}

// fs is the rule set as a file system for extract.Options.RuleFS (MapFS:
// the standard library's in-memory file system).
func (s RuleSet) fs() fs.FS {
	m := fstest.MapFS{}
	for name, text := range s.Files {
		m[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return m
}
