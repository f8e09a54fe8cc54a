package demo

import (
	"github.com/huisrooster/huisrooster/roster"
)

// This file holds the demo house "De Linde": the concept's team (docs/rules.md,
// "The concept's numbers"), sensible shift types, the house settings and the
// ORT table. The four weeks of roster are planned in demo_plan.go.

// demoWeeks is how many weeks of roster the demo house holds.
const demoWeeks = 4

// Member IDs of the demo team, so the plan can name them.
const (
	Marieke       = iota + 1 // teamleider
	demoRuud                 // systeemtherapeut
	Zoe                      // live-in opvoeder
	demoSebastien            // live-in opvoeder
	demoFatima
	Daan
	demoInge
	demoThijs
	demoNoor
	demoRik
	demoAnouk
	demoJoelle
	demoBram
	demoAns  // huishoudelijk
	demoMila // stagiair
)

// House returns the demo house "De Linde" (6 children) with four weeks of
// roster starting on the Monday of start's ISO week. The roster mostly holds
// — two opvoeders are there nearly always, every night but one is covered
// and everyone keeps 10% of the contract free — but it shows the problems a
// real team meets: coverage gaps, because the concept's norm of 3 opvoeders
// 07:00–23:00 does not fit its own 8.9 fte (docs/rules.md, "The concept's
// numbers"), so most days are one opvoeder short for part of the day; a
// rest-time violation (Daan, week
// 2); an uncovered night after a sick report (Sunday of week 3); a sick
// report on a Saturday evening; leave, a training day and wishes. The result
// depends only on the week of start.
func House(start roster.Date) *roster.House {
	mon := start.Monday()
	h := &roster.House{
		Name:       "De Linde",
		Children:   6,
		Settings:   roster.DefaultSettings(6),
		Coverage:   roster.DefaultCoverage(),
		Members:    demoMembers(mon - 2*364),
		ShiftTypes: roster.DefaultShiftTypes(),
	}
	// A school holiday region, so the year view shows De Linde's holidays
	// (a real house sets its own in the settings).
	h.Settings.Region = roster.RegionMidden
	h.Plan = demoPlan(h, mon)
	return h
}

// demoMembers returns the team of De Linde, with contracts from contractFrom.
// The opvoeders add up to exactly 8.9 fte (320.4 h a week at 36 h per fte).
func demoMembers(contractFrom roster.Date) []roster.Member {
	type spec struct {
		name, initials, colour string
		role                   roster.Role
		hours                  float64
		liveIn, nights, noS    bool
	}
	specs := []spec{
		Marieke - 1:       {"Marieke van Leeuwen", "ML", "#E57373", roster.RoleTeamleider, 28.8, false, false, false},
		demoRuud - 1:      {"Ruud Hoekstra", "RH", "#FFB74D", roster.RoleSysteemtherapeut, 25.2, false, false, false},
		Zoe - 1:           {"Zoë Jansen", "ZJ", "#BA68C8", roster.RoleOpvoeder, 36, true, true, false},
		demoSebastien - 1: {"Sébastien Visser", "SV", "#4FC3F7", roster.RoleOpvoeder, 36, true, true, false},
		demoFatima - 1:    {"Fatima el Amrani", "FA", "#81C784", roster.RoleOpvoeder, 32.4, false, true, false},
		Daan - 1:          {"Daan de Boer", "DB", "#7986CB", roster.RoleOpvoeder, 28.8, false, true, false},
		demoInge - 1:      {"Inge Mulder", "IM", "#F06292", roster.RoleOpvoeder, 28.8, false, true, true},
		demoThijs - 1:     {"Thijs Smit", "TS", "#4DB6AC", roster.RoleOpvoeder, 28.8, false, true, false},
		demoNoor - 1:      {"Noor Hendriks", "NH", "#FFD54F", roster.RoleOpvoeder, 28.8, false, true, false},
		demoRik - 1:       {"Rik van Dijk", "RD", "#A1887F", roster.RoleOpvoeder, 25.2, false, true, false},
		demoAnouk - 1:     {"Anouk Meijer", "AM", "#AED581", roster.RoleOpvoeder, 25.2, false, true, false},
		demoJoelle - 1:    {"Joëlle Bos", "JB", "#9575CD", roster.RoleOpvoeder, 25.2, false, true, false},
		demoBram - 1:      {"Bram Kok", "BK", "#64B5F6", roster.RoleOpvoeder, 25.2, false, false, false},
		demoAns - 1:       {"Ans Verbeek", "AV", "#90A4AE", roster.RoleHuishoudelijk, 21.6, false, false, false},
		demoMila - 1:      {"Mila Peters", "MP", "#FF8A65", roster.RoleStagiair, 24, false, false, false},
	}
	out := make([]roster.Member, len(specs))
	for i, s := range specs {
		out[i] = roster.Member{
			ID: i + 1, Name: s.name, Initials: s.initials, Colour: s.colour, Role: s.role,
			Contract: []roster.Contract{{From: contractFrom, HoursPerWeek: s.hours}},
			LiveIn:   s.liveIn, Nights: s.nights, NoSleepShifts: s.noS,
		}
	}
	return out
}
