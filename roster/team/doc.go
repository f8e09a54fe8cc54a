// Package team holds what the team does with a roster, each as a function
// that returns an [roster.Edit] (or refuses with the engine's findings):
//
//   - the stand-in finder ("wie kan invallen?", standin*.go): [FindCover]
//     ranks who can take a vacated shift and which two colleagues could
//     share it; [AssignCover] and [AssignSplit] make the edit;
//   - sick reports ([ReportSick], [ReportSickFromNow], [Recover]);
//   - swaps and giving a shift away ([Swap], [Give]);
//   - open shifts ([OpenShifts], [TakeOpenShift]);
//   - the rounds of self-rostering: periods ([OpenWishes], [StartFilling],
//     [FixPeriod], [UnlockPeriod]), wishes ([SetWish], [ClearWish],
//     [WishesOn]) and what a fixed week still takes ([EditAllowed]);
//   - the team's sums: feasibility of the coverage profile
//     ([TeamFeasibility]) and fairness of heavy shifts ([Fairness]).
//
// Every workflow asks the rule engine (roster/rules) what a change would
// break instead of deciding that itself.
//
// # Imports
//
// team imports the standard library, package roster (the model) and
// roster/rules. It never imports roster/pay, roster/demo (its tests may),
// the store or the UI.
package team
