package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"runtime/debug"
)

// parserBboltVersion is the bbolt release whose file format the page parser
// below was written against and checked with (its page.go, meta.go and
// bucket.go). TestParserBboltVersion fails when go.mod moves to another
// release, so the layouts are read again before the parser trusts them.
const parserBboltVersion = "v1.4.3"

// The bbolt file format (bbolt v1.4, format version 2), as far as verifyFile
// needs it. bbolt lays its structs out in native byte order; every platform
// Huisrooster ships for is little-endian.
const (
	boltMagic          = 0xED0CDAED
	boltVersion        = 2
	pageHeaderSize     = 16 // id u64, flags u16, count u16, overflow u32
	elementSize        = 16 // branch: pos u32, ksize u32, pgid u64; leaf: flags, pos, ksize, vsize u32
	metaChecksumOffset = 56 // bytes of the meta struct covered by its checksum
	bucketHeaderSize   = 16 // root pgid u64, sequence u64
	flagBranch         = 0x01
	flagLeaf           = 0x02
	flagMeta           = 0x04
	flagFreelist       = 0x10
	leafBucketFlag     = 0x01
	noFreelist         = ^uint64(0)
)

var le = binary.LittleEndian

// boltMeta is a decoded meta page.
type boltMeta struct {
	pageSize uint32
	root     uint64
	freelist uint64
	hwm      uint64 // high water mark: pages in use
	txid     uint64
}

// verifyFile checks that path is a structurally sound bbolt file before bbolt
// maps it into memory: bbolt trusts its pages and can panic or fault on a
// damaged file. It reads the file with ordinary reads, checks both meta pages
// (magic, version, checksum), picks the one bbolt would use, and walks every
// page reachable from it: page ids within the file, page types, element
// offsets within their page, nested buckets, the freelist. It returns an
// error matching ErrDamaged, or nil.
//
// With full, every page is walked. Without it (opening), the audit log's
// subtree is walked along its newest edge only: its root and the pages down
// to the newest record, while the ids of the other pages are taken from
// their parents unread. Those older log pages are read only by Log, which
// checks every record's checksum and recovers a fault, so opening does not
// grow with the log; VerifyBackup walks them all.
func verifyFile(path string, full bool) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("kan %s niet openen / cannot open %s: %w", path, path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("kan %s niet lezen / cannot read %s: %w", path, path, err)
	}
	err = withFileBytes(f, st.Size(), func(data []byte) (err error) {
		// A file that shrinks under the map faults; report that as damage.
		defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("%v", r)
			}
		}()
		return verifyBytes(data, full)
	})
	if err != nil {
		if errors.Is(err, errRead) {
			return fmt.Errorf("kan %s niet lezen / cannot read %s: %w", path, path, err)
		}
		return damaged(path, err)
	}
	return nil
}

// errRead marks a failure to read the file (as opposed to damage in it).
var errRead = errors.New("leesfout / read error")

// verifyBytes checks the bbolt structure of a whole file held in data
// (without full, the log's older pages are skipped: see verifyFile).
func verifyBytes(data []byte, full bool) error {
	if len(data) == 0 {
		return errors.New("leeg bestand / empty file")
	}
	m0, err0 := readMeta(data, 0)
	var m1 boltMeta
	var err1 error = errors.New("geen tweede metapagina / no second meta page")
	if err0 == nil {
		m1, err1 = readMeta(data, int(m0.pageSize))
	}
	// bbolt falls back to the other meta page when one is bad; that is the
	// state before the last change, so a bad meta page would silently undo
	// it. Both must be sound.
	if err0 != nil {
		return fmt.Errorf("metapagina 0 beschadigd / meta page 0 damaged: %v", err0)
	}
	if err1 != nil {
		return fmt.Errorf("metapagina 1 beschadigd / meta page 1 damaged: %v", err1)
	}
	if m0.pageSize != m1.pageSize {
		return errors.New("metapagina's verschillen in paginagrootte / meta pages disagree on page size")
	}
	m := m0
	if m1.txid > m0.txid {
		m = m1
	}
	w := walker{data: data, ps: uint64(m.pageSize), hwm: m.hwm, full: full,
		seen: map[uint64]bool{0: true, 1: true}, free: map[uint64]bool{}}
	if m.hwm < 3 || m.hwm > uint64(len(data))/w.ps {
		return fmt.Errorf("bestand is ingekort: %d pagina's verwacht, %d aanwezig / file is truncated: %d pages expected, %d present",
			m.hwm, len(data)/int(w.ps), m.hwm, len(data)/int(w.ps))
	}
	// bbolt's check reads both meta pages and asserts their headers.
	for id := uint64(0); id < 2; id++ {
		p := data[id*w.ps:]
		if le.Uint64(p) != id || le.Uint16(p[8:]) != flagMeta {
			return fmt.Errorf("metapagina %d beschadigd / meta page %d damaged", id, id)
		}
	}
	if m.freelist != noFreelist {
		if err := w.freelist(m.freelist); err != nil {
			return err
		}
	}
	return w.tree(m.root, 0, true)
}

// readMeta decodes and checks the meta page at offset off.
func readMeta(data []byte, off int) (boltMeta, error) {
	if off < 0 || off+pageHeaderSize+metaChecksumOffset+8 > len(data) {
		return boltMeta{}, errors.New("metapagina ontbreekt / meta page missing")
	}
	p := data[off:]
	if le.Uint16(p[8:]) != flagMeta {
		return boltMeta{}, errors.New("geen metapagina / not a meta page")
	}
	mb := p[pageHeaderSize:]
	if le.Uint32(mb[0:]) != boltMagic {
		return boltMeta{}, errors.New("geen roosterbestand (verkeerde kenmerkbytes) / not a roster file (wrong magic)")
	}
	if le.Uint32(mb[4:]) != boltVersion {
		return boltMeta{}, errors.New("onbekende bestandsversie / unknown file format version")
	}
	h := fnv.New64a()
	h.Write(mb[:metaChecksumOffset])
	if h.Sum64() != le.Uint64(mb[metaChecksumOffset:]) {
		return boltMeta{}, errors.New("controlesom van metapagina klopt niet / meta page checksum mismatch")
	}
	m := boltMeta{
		pageSize: le.Uint32(mb[8:]),
		root:     le.Uint64(mb[16:]),
		freelist: le.Uint64(mb[32:]),
		hwm:      le.Uint64(mb[40:]),
		txid:     le.Uint64(mb[48:]),
	}
	if m.pageSize < 512 || m.pageSize > 1<<20 || m.pageSize&(m.pageSize-1) != 0 {
		return boltMeta{}, fmt.Errorf("ongeldige paginagrootte %d / invalid page size %d", m.pageSize, m.pageSize)
	}
	return m, nil
}

// walker visits the pages of one bbolt file.
type walker struct {
	data []byte
	ps   uint64
	hwm  uint64
	full bool            // walk the log's older pages too
	seen map[uint64]bool // pages in use
	free map[uint64]bool // pages the freelist names
}

// page returns the bytes of page id including its overflow pages, after
// checking that it lies below the high water mark and was not seen before.
func (w *walker) page(id uint64) ([]byte, error) {
	if id < 2 || id >= w.hwm {
		return nil, fmt.Errorf("pagina %d buiten het bestand / page %d out of bounds", id, id)
	}
	p := w.data[id*w.ps : (id+1)*w.ps]
	if got := le.Uint64(p); got != id {
		return nil, fmt.Errorf("pagina %d noemt zich %d / page %d identifies as %d", id, got, id, got)
	}
	over := uint64(le.Uint32(p[12:]))
	if over >= w.hwm || id+over >= w.hwm {
		return nil, fmt.Errorf("pagina %d loopt voorbij het bestand / page %d runs past the file", id, id)
	}
	for i := id; i <= id+over; i++ {
		if err := w.use(i); err != nil {
			return nil, err
		}
	}
	return w.data[id*w.ps : (id+over+1)*w.ps], nil
}

// use marks page id in use: it may be neither used twice nor free.
func (w *walker) use(id uint64) error {
	if w.seen[id] {
		return fmt.Errorf("pagina %d dubbel gebruikt / page %d used twice", id, id)
	}
	if w.free[id] {
		return fmt.Errorf("pagina %d is in gebruik én vrij / page %d is both in use and free", id, id)
	}
	w.seen[id] = true
	return nil
}

// freelist checks the freelist page and its page ids.
func (w *walker) freelist(id uint64) error {
	p, err := w.page(id)
	if err != nil {
		return fmt.Errorf("vrije lijst / freelist: %w", err)
	}
	if le.Uint16(p[8:]) != flagFreelist {
		return errors.New("vrije lijst heeft verkeerd paginatype / freelist has the wrong page type")
	}
	idx, count := uint64(0), uint64(le.Uint16(p[10:]))
	if count == 0xFFFF {
		if len(p) < pageHeaderSize+8 {
			return errors.New("vrije lijst te kort / freelist too short")
		}
		idx, count = 1, le.Uint64(p[pageHeaderSize:])
	}
	if count > uint64(len(p)) || pageHeaderSize+(idx+count)*8 > uint64(len(p)) {
		return errors.New("vrije lijst loopt voorbij haar pagina / freelist runs past its page")
	}
	for i := idx; i < idx+count; i++ {
		pid := le.Uint64(p[pageHeaderSize+i*8:])
		if pid < 2 || pid >= w.hwm {
			return fmt.Errorf("vrije lijst noemt pagina %d buiten het bestand / freelist names page %d out of bounds", pid, pid)
		}
		if w.free[pid] || w.seen[pid] {
			return fmt.Errorf("vrije lijst noemt pagina %d dubbel / freelist names page %d twice", pid, pid)
		}
		w.free[pid] = true
	}
	return nil
}

// maxDepth bounds the nesting of pages and buckets.
const maxDepth = 64

// tree checks the B+tree rooted at page id; top says it is the tree of
// the top-level buckets.
func (w *walker) tree(id uint64, depth int, top bool) error {
	if depth > maxDepth {
		return errors.New("boom te diep / tree too deep")
	}
	p, err := w.page(id)
	if err != nil {
		return err
	}
	return w.node(p, depth, top)
}

// logTree checks the log's tree rooted at page id along its newest edge:
// a branch page is checked as a page, its last child walked on, and the ids
// of its other children only checked and marked in use (their pages are
// not read; Log checks what it reads of them).
func (w *walker) logTree(id uint64, depth int) error {
	if depth > maxDepth {
		return errors.New("boom te diep / tree too deep")
	}
	p, err := w.page(id)
	if err != nil {
		return err
	}
	flags, count := le.Uint16(p[8:]), int(le.Uint16(p[10:]))
	if flags != flagBranch {
		return w.node(p, depth, false)
	}
	if count == 0 || pageHeaderSize+count*elementSize > len(p) {
		return errors.New("ongeldige vertakking / invalid branch page")
	}
	for i := 0; i < count; i++ {
		eoff := pageHeaderSize + i*elementSize
		e := p[eoff:]
		pos, ksize := uint64(le.Uint32(e[0:])), uint64(le.Uint32(e[4:]))
		if ksize == 0 || uint64(eoff)+pos+ksize > uint64(len(p)) {
			return errors.New("sleutel loopt voorbij de pagina / key runs past the page")
		}
		child := le.Uint64(e[8:])
		if i == count-1 {
			return w.logTree(child, depth+1)
		}
		if child < 2 || child >= w.hwm {
			return fmt.Errorf("pagina %d buiten het bestand / page %d out of bounds", child, child)
		}
		if err := w.use(child); err != nil {
			return err
		}
	}
	return nil
}

// node checks one branch or leaf page held in p (a real page or an inline
// bucket's page) and descends into its children and nested buckets; top
// says p belongs to the tree of the top-level buckets.
func (w *walker) node(p []byte, depth int, top bool) error {
	if len(p) < pageHeaderSize {
		return errors.New("pagina te kort / page too short")
	}
	flags, count := le.Uint16(p[8:]), int(le.Uint16(p[10:]))
	if pageHeaderSize+count*elementSize > len(p) {
		return errors.New("elementen lopen voorbij de pagina / elements run past the page")
	}
	if flags == flagBranch && count == 0 {
		return errors.New("lege vertakking / empty branch page")
	}
	for i := 0; i < count; i++ {
		eoff := pageHeaderSize + i*elementSize
		e := p[eoff:]
		switch flags {
		case flagBranch:
			pos, ksize := uint64(le.Uint32(e[0:])), uint64(le.Uint32(e[4:]))
			if ksize == 0 || uint64(eoff)+pos+ksize > uint64(len(p)) {
				return errors.New("sleutel loopt voorbij de pagina / key runs past the page")
			}
			if err := w.tree(le.Uint64(e[8:]), depth+1, top); err != nil {
				return err
			}
		case flagLeaf:
			eflags := le.Uint32(e[0:])
			pos, ksize, vsize := uint64(le.Uint32(e[4:])), uint64(le.Uint32(e[8:])), uint64(le.Uint32(e[12:]))
			start := uint64(eoff) + pos + ksize
			if ksize == 0 || start+vsize > uint64(len(p)) {
				return errors.New("waarde loopt voorbij de pagina / value runs past the page")
			}
			if eflags&leafBucketFlag == 0 {
				continue
			}
			v := p[start : start+vsize]
			if len(v) < bucketHeaderSize {
				return errors.New("bucketkop te kort / bucket header too short")
			}
			isLog := top && !w.full && string(p[uint64(eoff)+pos:start]) == string(bucketAudit)
			if root := le.Uint64(v); root != 0 && isLog {
				if err := w.logTree(root, depth+1); err != nil {
					return err
				}
			} else if root != 0 {
				if err := w.tree(root, depth+1, false); err != nil {
					return err
				}
			} else if depth+1 > maxDepth {
				return errors.New("boom te diep / tree too deep")
			} else if err := w.node(v[bucketHeaderSize:], depth+1, false); err != nil {
				return err
			}
		default:
			return fmt.Errorf("onverwacht paginatype %#x / unexpected page type %#x", flags, flags)
		}
	}
	if count == 0 && flags != flagLeaf && flags != flagBranch {
		return fmt.Errorf("onverwacht paginatype %#x / unexpected page type %#x", flags, flags)
	}
	return nil
}
