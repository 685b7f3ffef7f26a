"""Compares `sakip hitung --format json` with a fixture's .expected.json.

Every expected indikator, sasaran, anggaran and efisiensi entry must be
found with the same values (percentages to 0.01, predikat label equal,
capaian null with the same alasan). Cases listed in KNOWN are expected
values we believe are wrong: they are reported as skipped, with the reason.
Prints the number of values compared and exits 1 on any mismatch."""
import json
import sys

# (fixture, section, kode, field) -> reason
KNOWN = {}


def index(entries):
    return {(e["instansi"], e["kode"]): e for e in entries}


def main(name, expected_path, actual_path):
    exp = json.load(open(expected_path))
    act = json.load(open(actual_path))
    compared = failed = skipped = 0
    for section in ("indikator", "sasaran", "anggaran", "efisiensi"):
        got = index(act.get(section, []))
        for e in exp.get(section, []):
            key = (e["instansi"], e["kode"])
            a = got.get(key)
            for field, want in e.items():
                if field in ("instansi", "kode"):
                    continue
                why = KNOWN.get((name, section, e["kode"], field))
                have = None if a is None else a.get(field, "<missing>")
                if isinstance(want, float) or (isinstance(want, int) and not isinstance(want, bool)):
                    ok = isinstance(have, (int, float)) and not isinstance(have, bool) \
                        and abs(have - want) < 0.005 + 1e-9
                else:
                    ok = have == want
                compared += 1
                if ok:
                    continue
                if why:
                    skipped += 1
                    print(f"  skip {name} {section} {e['kode']}.{field}: expected {want!r}, got {have!r} ({why})")
                    continue
                failed += 1
                print(f"  FAIL {name} {section} {e['instansi']}/{e['kode']}.{field}: expected {want!r}, got {have!r}")
    print(f"{name}: {compared} values compared, {compared - failed - skipped} equal, {failed} different, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3]))
