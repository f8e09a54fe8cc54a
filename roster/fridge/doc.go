// Package fridge renders the week for the fridge: an A4 landscape page that
// shows the children who is in the house in the morning, afternoon, evening
// and night of each day, as big coloured name tags, with a moon on whoever
// sleeps in the house that night.
//
// The page shows first names and presence only: never absences, sickness or
// anything else private. It is built in three steps, each testable on its own:
//
//   - [BuildWeek] turns a house into a [Week]: per day and [Slot] the people
//     who are there (a pure function of the roster).
//   - layout places the week on the page as a list of drawing operations
//     (boxes, texts, shapes, photos) with their sizes in millimetres and
//     points, so tests can check the page without reading a PDF.
//   - [Render] draws those operations with codeberg.org/go-pdf/fpdf, with the
//     embedded Noto Sans so names such as Zoë and Sébastien print right.
package fridge
