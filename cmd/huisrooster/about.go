package main

import (
	"path/filepath"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/store"
	"github.com/huisrooster/huisrooster/ui"
)

// aboutInfo returns what Help → About shows over st: the version of this
// build and, for a roster file, where it and its backups live (absolute, so
// the path can be copied into a file manager); a demo in memory has none.
func aboutInfo(st roster.Store) ui.AboutInfo {
	info := ui.AboutInfo{Version: version}
	s, ok := st.(*store.Store)
	if !ok {
		return info
	}
	path := s.Path()
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	info.DataPath = path
	info.BackupDir = store.BackupDir(path)
	return info
}
