package main

import "slices"

// actionFirst returns args with the command's action word in front, so
// "leave --db X request …" reads as "leave request --db X …", the order the
// issue and most users write. args is returned unchanged when it already
// starts with an action or holds none (the caller then reports it).
func actionFirst(args []string, actions ...string) []string {
	if len(args) == 0 || slices.Contains(actions, args[0]) {
		return args
	}
	for i, a := range args {
		if slices.Contains(actions, a) {
			out := append([]string{a}, args[:i]...)
			return append(out, args[i+1:]...)
		}
	}
	return args
}
