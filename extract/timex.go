package extract

import "fmt"

// fmtDate writes a calendar date as TIMEX3 does, YYYY-MM-DD.
func fmtDate(y, m, d int) string { return fmt.Sprintf("%04d-%02d-%02d", y, m, d) }
