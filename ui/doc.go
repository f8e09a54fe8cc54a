// Package ui is Huisrooster's Fyne desktop interface: the screens and
// widgets the team works in. It only shows and edits; every decision (what a
// cell holds, whether a week holds, how many hours are planned) comes from
// package roster, and every change goes through a roster.Store as a
// roster.Edit with the name of the team member who made it.
//
// # Screens
//
//   - who.go: "Wie ben jij?", the team member using the app.
//   - week.go: the week roster editor: grid, coverage strip, findings.
//
// The editor state without widgets (undo, redo, the visible week, the
// findings) lives in editor.go, so it is tested without a display.
package ui
