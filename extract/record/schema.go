package record

import _ "embed"

// Schema is the JSON Schema (draft 2020-12) every record follows.
//
//go:embed record.schema.json
var Schema []byte
