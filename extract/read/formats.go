package read

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
)

// formatOf is the format the user asked for, else the one the file name
// says (x.jsonl.gz is JSONL); FormatAuto leaves it to the content.
func formatOf(name, asked string) string {
	if asked != FormatAuto {
		return asked
	}
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	switch filepath.Ext(name) {
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".html", ".htm", ".shtml", ".xhtml":
		return FormatHTML
	case ".txt", ".text":
		return FormatText
	}
	return FormatAuto
}

// sniff tells JSONL (a first line that is a JSON object) and HTML (markup
// near the start) from plain text.
func sniff(head []byte) string {
	t := content(head)
	if len(t) > 0 && t[0] == '{' {
		line := t
		if i := bytes.IndexByte(t, '\n'); i >= 0 {
			line = t[:i]
		}
		if isJSONObject(line) || len(line) == len(t) && len(head) >= 512 {
			return FormatJSONL
		}
	}
	lower := asciiLower(t[:min(len(t), 4096)])
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<div", "<p>", "<p ", "<meta", "<table"} {
		if bytes.Contains(lower, []byte(tag)) {
			return FormatHTML
		}
	}
	return FormatText
}

// opensPage: the bytes open as a web page does (<!DOCTYPE html>, <html>),
// whatever the file's name says.
func opensPage(head []byte) bool {
	t := content(head)
	lower := asciiLower(t[:min(len(t), 16)])
	return bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html"))
}

// asciiLower is a copy of b with its ASCII letters in lower case: the tags
// looked for are ASCII, and bytes.ToLower looks every Chinese character up
// in Unicode's case tables (some 1% of a document's instructions).
func asciiLower(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// content is the bytes less a byte order mark and the blanks before
// their first character.
func content(head []byte) []byte {
	return bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")), " \t\r\n")
}

func isJSONObject(line []byte) bool {
	line = bytes.TrimSpace(line)
	return len(line) > 0 && line[0] == '{' && json.Valid(line)
}
