package rules

// Limits on working time (Arbeidstijdenwet 5:7, 5:9 lid 1 and 4:2 for
// pregnant staff), in minutes.
const (
	maxShiftMin         = 12 * 60 // ATW-SHIFT
	maxShiftPregnantMin = 10 * 60 // ATW-SHIFT, pregnant and up to 6 months after birth
	maxWeekMin          = 60 * 60 // ATW-WEEK
	maxAvg4Min          = 55 * 60 // ATW-WEEK, average over 4 weeks
	maxAvg16Min         = 48 * 60 // ATW-WEEK, average over 16 weeks
)
