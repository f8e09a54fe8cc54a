// Package pay computes what a roster costs and what the teamleider reports
// on it: the fte realisation of a window ([NewRealisation]: contract,
// planned, realised, sickness and reserve per member, role and team), the
// irregular hours allowance ([ORTCalc], cao Jeugdzorg art. 8.1), the cost
// budget lines, the realisation and payroll CSV exports
// ([WriteRealisationCSV], [WritePayrollCSV], every cell escaped against
// formulas), what a locked realisation may show ([Disclose]) and the rate
// limit on PIN tries ([PINGate]).
//
// The pay data itself (Settings.Pay, the members' salaries, their
// validation, the vault that seals them under the teamleider's PIN) is part
// of the model, package roster.
//
// # Imports
//
// pay imports only the standard library and package roster. It does not
// need the rule engine: the hours it sums come from the model's
// [roster.Ledger], the same ledger the SLACK rule sums.
package pay
