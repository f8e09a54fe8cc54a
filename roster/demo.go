package roster

// Demo returns the demo house "De Linde" with four weeks of roster starting on
// the Monday of start's week.
func Demo(start Date) *House {
	return &House{Name: "De Linde", Children: 6}
}
