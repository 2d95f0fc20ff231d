// Package testkit finds what the tests of every stage read: the project's
// testdata, the fuzz seeds, and the shared real texts beside the clone
// (tests that need those skip where they are absent).
package testkit

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Root is the repository's top directory.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..")
}

// Testdata is a path under the repository's testdata.
func Testdata(parts ...string) string {
	return filepath.Join(append([]string{Root(), "testdata"}, parts...)...)
}

// SharedDir is ../shared beside the repository, holding the real texts and
// their gold annotations, or "" where it is absent.
func SharedDir() string {
	dir := filepath.Join(Root(), "..", "shared")
	if _, err := os.Stat(filepath.Join(dir, "gold", "GUIDELINES.md")); err != nil {
		return ""
	}
	return dir
}

// Shared is SharedDir for a test that cannot run without it: it skips.
func Shared(t testing.TB) string {
	t.Helper()
	dir := SharedDir()
	if dir == "" {
		t.Skip("../shared is not here; skipping the tests on the real texts")
	}
	return dir
}

// Seeds adds the seed files of testdata/fuzz/<name>, and every text of
// testdata/text and testdata/bad, to a fuzz target's corpus.
func Seeds(f *testing.F, name string, add func([]byte)) {
	for _, dir := range []string{Testdata("fuzz", name), Testdata("text"), Testdata("bad")} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, file := range files {
			if filepath.Base(file) == "README.md" {
				continue
			}
			if data, err := os.ReadFile(file); err == nil {
				add(data)
			}
		}
	}
}

// CorpusPaths are every input the tests can reach: the project's testdata
// and, where present, the shared real texts.
func CorpusPaths() []string {
	paths := []string{Testdata("text"), Testdata("html"), Testdata("bad")}
	if dir := SharedDir(); dir != "" {
		paths = append(paths, filepath.Join(dir, "corpus", "seeds"), filepath.Join(dir, "corpus", "dev"))
	}
	return paths
}

// SentencePaths are the public annotated sentences (JSONL), where present:
// many short texts of other sources, for the tests that every input must
// pass.
func SentencePaths() []string {
	if dir := SharedDir(); dir != "" {
		return []string{filepath.Join(dir, "corpus", "ner")}
	}
	return nil
}

// BenchPaths are the texts benchmarks run on: the project's own, and the
// shared real ones where present.
func BenchPaths() []string {
	paths := []string{Testdata("text")}
	if dir := SharedDir(); dir != "" {
		paths = append(paths, filepath.Join(dir, "corpus", "seeds"), filepath.Join(dir, "corpus", "dev"))
	}
	return paths
}

// Texts are the contents of the files of the paths (a directory's files,
// not below it), and their total size in bytes: raw text for the stages
// that come before reading (normalising, say).
func Texts(t testing.TB, paths ...string) ([]string, int64) {
	var out []string
	var size int64
	for _, p := range paths {
		files, _ := filepath.Glob(filepath.Join(p, "*"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, string(b))
			size += int64(len(b))
		}
	}
	return out, size
}
