package extract

import "testing"

func TestRuneOffsets(t *testing.T) {
	s := "市政协a主席𠀀盛茂林"
	ro := newRuneOffsets(s)
	want := map[int]int{0: 0, 3: 1, 9: 3, 10: 4, 16: 6, 20: 7, len(s): 10}
	for _, b := range []int{0, 3, 9, 10, 16, 20, len(s)} {
		if got := ro.at(b); got != want[b] {
			t.Errorf("at(%d) = %d, want %d", b, got, want[b])
		}
	}
	if got := ro.at(3); got != 1 {
		t.Errorf("at(3) after a later offset = %d, want 1", got)
	}
}

func TestViewOrig(t *testing.T) {
	raw := []rune("新征\n\n程人民")
	w := &View{Runes: append([]rune(nil), raw...), total: len(raw)}
	w.compact([]bool{true, true, false, false, true, true, true})
	if string(w.Runes) != "新征程人民" {
		t.Fatalf("view %q", string(w.Runes))
	}
	if got := w.Orig(1, 3); got != (Span{1, 5}) {
		t.Errorf("Orig(1,3) = %v, want [1,5)", got)
	}
	if got := w.Orig(5, 5); got != (Span{7, 7}) {
		t.Errorf("Orig at end = %v", got)
	}
}
