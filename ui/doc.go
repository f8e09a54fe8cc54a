// Package ui is Huisrooster's Fyne desktop interface: the screens and
// widgets the team works in. It only shows and edits; every decision (what a
// cell holds, whether a week holds, how many hours are planned) comes from
// package roster, and every change goes through a roster.Store as a
// roster.Edit with the name of the team member who made it.
//
// # Screens
//
//   - who.go: "Wie ben jij?", the team member using the app (no passwords;
//     the name goes into the audit log).
//   - week.go: the week roster editor: toolbar, grid (grid.go, cell.go,
//     layout.go), coverage strip (strip.go) and findings (findings.go);
//     the cell menu (celledit.go), copy and paste (clipboard.go), the week
//     actions (actions.go) and the main menu and shortcuts (menu.go).
//   - sick.go and cover.go: the sick report ("Ziekmelding", from the cell
//     menu or the button at the bottom right) and the "wie kan invallen?"
//     panel over team.FindCover; recovery from the cell menu; a covered
//     vacancy in the grid says who covers it (cover_cell.go).
//   - app.go: the window that holds them, and the language (lang.go).
//
// # Editing
//
// The editor state without widgets lives in editor.go: the house, the
// visible week with its view (weekview.NewWeekView) and findings
// (rules.Check), and the undo and redo stacks of the session. An edit is
// refused when it touches a fixed week (except what team.EditAllowed lets
// a fixed week take: sick reports, cover-ins, swaps), saved by the store first, then
// applied to the in-memory house; undo applies its inverse the same way.
// MemStore is an in-memory store for tests and the --demo mode.
//
// # Language
//
// Texts come from assets/lang/nl.json and en.json through fyne.io/fyne/v2/lang;
// nl.json also translates Fyne's own dialog strings. Dutch is the default,
// English follows the system language or the user's choice.
package ui
