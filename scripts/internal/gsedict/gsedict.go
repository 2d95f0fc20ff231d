// Package gsedict reads gse's dictionary files ("word frequency tag" per
// line) for the generators that build the project's data from them.
package gsedict

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// Each calls do for every entry of a dictionary file.
func Each(path string, do func(word string, freq int, tag string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 3 {
			continue
		}
		freq, _ := strconv.Atoi(fs[1])
		do(fs[0], freq, fs[2])
	}
	return sc.Err()
}
