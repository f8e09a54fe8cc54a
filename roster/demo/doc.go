// Package demo builds the demo house "De Linde" ([House]): the concept's
// team of six children's house with four weeks of plan that show every kind
// of finding (see demo.go). Its settings, coverage and shift types are the
// presets a new house starts from (roster.DefaultSettings and friends), so
// the demo and a new house never drift apart.
//
// # Imports
//
// demo imports only the standard library and package roster. Its tests use
// roster/rules and roster/team to check that the demo shows what it should.
package demo
