package record

import (
	"bytes"
	_ "embed"
	"encoding/json"
)

// Schema is the JSON Schema (draft 2020-12) every record follows.
//
//go:embed record.schema.json
var Schema []byte

// ItemFields are the fields, in the schema's order, of the objects an
// entry of a kind holds a list of in one of its fields (a person's roles:
// title, body, text, level), or nil where the schema gives none.
func ItemFields(kind, field string) []string {
	var root struct {
		Defs map[string]struct {
			Properties map[string]struct {
				Items struct {
					Properties json.RawMessage `json:"properties"`
				} `json:"items"`
			} `json:"properties"`
		} `json:"$defs"`
	}
	if json.Unmarshal(Schema, &root) != nil {
		return nil
	}
	props := root.Defs[kind].Properties[field].Items.Properties
	if len(props) == 0 {
		return nil
	}
	// The keys in the order written (a map would lose it).
	dec := json.NewDecoder(bytes.NewReader(props))
	if _, err := dec.Token(); err != nil { // {
		return nil
	}
	var out []string
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil
		}
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return nil
		}
		out = append(out, key.(string))
	}
	return out
}
