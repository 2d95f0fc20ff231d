package main

import (
	"bytes"
	"os"
	"testing"
)

// TestFileIsCurrent: the committed table is what OpenCC gives today.
func TestFileIsCurrent(t *testing.T) {
	var want bytes.Buffer
	if err := write(&want); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../extract/text/t2s.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Fatal("extract/text/t2s.txt differs from OpenCC's table: run go run ./scripts/t2s > extract/text/t2s.txt")
	}
}
