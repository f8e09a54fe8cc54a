package store

// This file holds what makes a flipped byte visible: every stored record
// carries a checksum of its key and value, and the meta bucket keeps for
// every bucket the number of its records and the sum of their checksums,
// so a record that changed, vanished or came back from an old page is
// reported as damage instead of read as data.

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"

	bolt "go.etcd.io/bbolt"
)

// castagnoli is the CRC-32C table (hardware-accelerated on amd64 and arm64).
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// sumSize is the length of the checksum after every stored value.
const sumSize = 4

// recordSum is the checksum of one record: CRC-32C over the key's length,
// the key and the value, so a flip in either (or a value under another key)
// is found.
func recordSum(k, data []byte) uint32 {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(k)))
	c := crc32.Update(0, castagnoli, n[:])
	c = crc32.Update(c, castagnoli, k)
	return crc32.Update(c, castagnoli, data)
}

// seal appends the record checksum to data.
func seal(k, data []byte) []byte {
	return binary.BigEndian.AppendUint32(data, recordSum(k, data))
}

// unseal checks the checksum of a stored value and returns the value
// without it.
func unseal(bucket, k, v []byte) ([]byte, error) {
	if len(v) < sumSize {
		return nil, fmt.Errorf("record %s/%x te kort / record %s/%x too short", bucket, k, bucket, k)
	}
	data, sum := v[:len(v)-sumSize], binary.BigEndian.Uint32(v[len(v)-sumSize:])
	if recordSum(k, data) != sum {
		return nil, fmt.Errorf("controlesom van record %s/%x klopt niet / checksum of record %s/%x does not match", bucket, k, bucket, k)
	}
	return data, nil
}

// storedSum returns the checksum stored at the end of v (0 when v is too
// short; such a record fails unseal).
func storedSum(v []byte) uint32 {
	if len(v) < sumSize {
		return 0
	}
	return binary.BigEndian.Uint32(v[len(v)-sumSize:])
}

// decodeStrict unmarshals exactly one JSON value from data into out. With
// strict, fields the type does not know are refused too.
func decodeStrict(data []byte, out any, strict bool) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if strict {
		dec.DisallowUnknownFields()
	}
	if err := dec.Decode(out); err != nil {
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("gegevens na de waarde / data after the value")
	}
	return nil
}

// digest is what the meta bucket keeps of one bucket: how many records it
// holds and the sum of their checksums.
type digest struct {
	Count uint64
	Sum   uint64
}

// add counts one more record with checksum sum.
func (d *digest) add(sum uint32) { d.Count++; d.Sum += uint64(sum) }

// digestKey is the meta key of the digest of bucket name.
func digestKey(name []byte) []byte { return append([]byte("digest:"), name...) }

// readDigest returns the stored digest of bucket name.
func readDigest(tx *bolt.Tx, name []byte) (digest, error) {
	k := digestKey(name)
	v := tx.Bucket(bucketMeta).Get(k)
	if v == nil {
		return digest{}, fmt.Errorf("telling van %s ontbreekt / count of %s missing", name, name)
	}
	data, err := unseal(bucketMeta, k, v)
	if err != nil {
		return digest{}, err
	}
	if len(data) != 16 {
		return digest{}, fmt.Errorf("telling van %s ongeldig / count of %s invalid", name, name)
	}
	return digest{Count: binary.BigEndian.Uint64(data), Sum: binary.BigEndian.Uint64(data[8:])}, nil
}

// writeDigest stores the digest of bucket name.
func writeDigest(tx *bolt.Tx, name []byte, d digest) error {
	k := digestKey(name)
	data := binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, d.Count), d.Sum)
	return tx.Bucket(bucketMeta).Put(k, seal(k, data))
}

// countBucket computes the digest of a bucket from the checksums stored in
// its records; with verify it also checks every record's checksum against
// its key and value (a record under a damaged key is found even where no
// reader looks for it).
func countBucket(b *bolt.Bucket, name []byte, verify bool) (digest, error) {
	var d digest
	err := b.ForEach(func(k, v []byte) error {
		if v == nil {
			return fmt.Errorf("onverwachte bucket %x in %s / unexpected bucket %x in %s", k, name, k, name)
		}
		if verify {
			if _, err := unseal(name, k, v); err != nil {
				return err
			}
		}
		d.add(storedSum(v))
		return nil
	})
	return d, err
}

// refreshDigests recomputes and stores the digests of the data buckets;
// every transaction that changes them calls it before it commits.
func refreshDigests(tx *bolt.Tx) error {
	for _, name := range dataBuckets {
		d, err := countBucket(tx.Bucket(name), name, false)
		if err != nil {
			return err
		}
		if err := writeDigest(tx, name, d); err != nil {
			return err
		}
	}
	return nil
}

// checkDigests compares the data buckets with their stored digests: a
// record that vanished, appeared or came back from an old page shows as a
// different count or sum.
func checkDigests(tx *bolt.Tx) error {
	for _, name := range dataBuckets {
		want, err := readDigest(tx, name)
		if err != nil {
			return err
		}
		got, err := countBucket(tx.Bucket(name), name, true)
		if err != nil {
			return err
		}
		if got != want {
			return fmt.Errorf("%s: %d records (controlesom %x), verwacht %d (%x) / %s: %d records (checksum %x), expected %d (%x)",
				name, got.Count, got.Sum, want.Count, want.Sum, name, got.Count, got.Sum, want.Count, want.Sum)
		}
	}
	return nil
}

// migrateSums is the migration from schema 4 to 5: every value of the
// house and the log gets its checksum (after a check that it is one JSON
// value), and the meta bucket the digests of those buckets. The local
// bucket (this installation's own notes, not the house) stays plain JSON.
func migrateSums(tx *bolt.Tx) error {
	for _, name := range append(append([][]byte(nil), dataBuckets...), bucketAudit) {
		b := tx.Bucket(name)
		if b == nil {
			return fmt.Errorf("bucket %q ontbreekt / bucket %q missing", name, name)
		}
		type kv struct{ k, v []byte }
		var all []kv
		err := b.ForEach(func(k, v []byte) error {
			if v == nil {
				return fmt.Errorf("record %s/%x onleesbaar / record %s/%x unreadable", name, k, name, k)
			}
			all = append(all, kv{bytes.Clone(k), bytes.Clone(v)})
			return nil
		})
		if err != nil {
			return err
		}
		var d digest
		for _, r := range all {
			// An earlier step of the same upgrade may have written a
			// record with put already (the year plan): keep it as it is.
			sealed := r.v
			if _, err := unseal(name, r.k, r.v); err != nil {
				if !json.Valid(r.v) {
					return fmt.Errorf("record %s/%x onleesbaar / record %s/%x unreadable", name, r.k, name, r.k)
				}
				sealed = seal(r.k, r.v)
			}
			d.add(storedSum(sealed))
			if err := b.Put(r.k, sealed); err != nil {
				return err
			}
		}
		if err := writeDigest(tx, name, d); err != nil {
			return err
		}
	}
	return nil
}

// checkPlain is the integrity check of a file of a schema before 5 (a
// backup made before the upgrade, or a file about to be upgraded): every
// bucket of its version there and every value one JSON value (or, for the
// year plan an earlier upgrade wrote, sealed).
func checkPlain(tx *bolt.Tx, version int) error {
	for _, name := range bucketsOf(version) {
		b := tx.Bucket(name)
		if b == nil {
			return fmt.Errorf("bucket %q ontbreekt / bucket %q missing", name, name)
		}
		if bytes.Equal(name, bucketMeta) {
			continue
		}
		err := b.ForEach(func(k, v []byte) error {
			if v == nil {
				return fmt.Errorf("record %s/%x onleesbaar / record %s/%x unreadable", name, k, name, k)
			}
			if json.Valid(v) {
				return nil
			}
			if _, err := unseal(name, k, v); err != nil {
				return fmt.Errorf("record %s/%x onleesbaar / record %s/%x unreadable", name, k, name, k)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// The upgrade steps before schema 5 read and write records as their
// versions stored them: plain JSON. They use decodePlain and putPlain;
// migrateSums then seals every record.

// decodePlain unmarshals a record of a file before schema 5: plain JSON,
// or a record an earlier step of the same upgrade already sealed.
func decodePlain[T any](bucket, k, v []byte) (T, error) {
	var out T
	data := v
	if d, err := unseal(bucket, k, v); err == nil {
		data = d
	}
	if err := decodeStrict(data, &out, false); err != nil {
		return out, fmt.Errorf("record %s/%x onleesbaar / record %s/%x unreadable: %w", bucket, k, bucket, k, err)
	}
	return out, nil
}

// putPlain stores v under k in b as plain JSON, for the upgrade steps
// before schema 5.
func putPlain[T any](b *bolt.Bucket, k []byte, v T) error {
	data, err := encode(v)
	if err != nil {
		return err
	}
	return b.Put(k, data)
}
