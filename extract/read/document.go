package read

// Document is one input document: a file, or one line of a JSONL file.
type Document struct {
	Source    string         // the input file's name, or the JSONL record's id
	Text      string         // decoded text; for HTML, the page's source
	HTML      bool           // Text is HTML: strip the markup before matching
	Encoding  string         // the encoding the input was in
	Published string         // publication date the input gives (JSONL --date-field), YYYY-MM-DD
	Title     string         // headline the input gives apart from the text (JSONL --title-field, an HTML page's head)
	TitleTag  bool           // Title is an HTML page's <title>, which may name the site alone
	HeadDate  string         // publication date an HTML page's head gives (<meta name="PubDate">), YYYY-MM-DD
	Site      string         // the site or outlet: a JSONL field's (--site-field), an HTML page's head (<meta name="SiteName">, the <title>'s other parts)
	Fields    map[string]any // input fields to keep in the records
	Warnings  []string       // what was odd about reading it (its records carry them)
	Err       error          // why the document could not be read
}
