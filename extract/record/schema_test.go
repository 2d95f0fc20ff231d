package record

import (
	"slices"
	"testing"
)

// TestItemFields: the fields of a person's roles, in the schema's order;
// none for a field that holds no objects, or a kind the schema lacks.
func TestItemFields(t *testing.T) {
	if got := ItemFields("person", "roles"); !slices.Equal(got, []string{"title", "body", "text", "level"}) {
		t.Errorf("person roles: %v", got)
	}
	if got := ItemFields("person", "name"); got != nil {
		t.Errorf("person name: %v", got)
	}
	if got := ItemFields("nothing", "roles"); got != nil {
		t.Errorf("a kind the schema lacks: %v", got)
	}
}
