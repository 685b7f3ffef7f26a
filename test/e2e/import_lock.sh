#!/bin/sh
# A re-import keeps what the web app holds: realisation entries stay with
# their agency (re-attached by indicator kode, or kept orphaned and named
# on stderr), and a locked year's figures cannot change (exit 1, the year
# and the first differences named, the database byte-identical); an
# import leaving them identical goes through. Every import is audited.
# There is no CLI to enter a realisation or lock a year (the web app does
# both): the test writes those rows with sqlite3.
. "$(dirname "$0")/../lib/common.sh"
db=$TMP/lock.db
command -v sqlite3 >/dev/null 2>&1 || {
	echo "SKIP: sqlite3 not installed"; echo "0 passed, 0 failed, 1 skipped"; exit 0; }

q() { sqlite3 "$db" "$1"; }
sum() { sqlite3 "$db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null 2>&1; cksum <"$db"; }

ind1='{"kode":"IKU-1","uraian":"IKM","satuan":"indeks","polaritas":"positif","tipe":"angka","target":{"2024":"85","2025":"87"},"realisasi_periode":{"2024":{"jenis":"triwulan","nilai":["80","82",null,null]}}}'
ind2='{"kode":"IKU-2","uraian":"Opini","satuan":"opini","polaritas":"positif","tipe":"teks","target":{"2024":"WTP"}}'
prog='{"kode":"P1","uraian":"p","anggaran":{"2024":{"pagu":100,"realisasi":90},"2025":{"pagu":120}}}'
# pkg FILE INDIKATOR-LIST
pkg() {
	printf '{"format":"sakip/1","pemda":{"kode":"1","nama":"P"},"kebijakan":{},"instansi":[{"kode":"a","nama":"A","tujuan":[{"kode":"T1","uraian":"t","sasaran":[{"kode":"S1","uraian":"s","indikator":[%s],"program":[%s]}]}]}]}' \
		"$2" "$3" >"$TMP/$1"
}
pkg base.json "$ind1,$ind2" "$prog"
pkg no_iku2.json "$ind1" "$prog"
pkg target.json "$(printf '%s' "$ind1" | sed 's/"2024":"85"/"2024":"86"/'),$ind2" "$prog"
pkg pagu.json "$ind1,$ind2" "$(printf '%s' "$prog" | sed 's/"pagu":100/"pagu":101/')"
pkg periode.json "$(printf '%s' "$ind1" | sed 's/"82",null/"82","83"/'),$ind2" "$prog"
pkg open_year.json "$(printf '%s' "$ind1" | sed 's/"2025":"87"/"2025":"88"/'),$(printf '%s' "$ind2" | sed 's/"uraian":"Opini"/"uraian":"Opini BPK"/')" \
	"$(printf '%s' "$prog" | sed 's/"pagu":120/"pagu":125/')"

# run NAME WANT-EXIT TEXT-IN-STDERR FILE
run() {
	out=$("$SAKIP_BIN" --db "$db" import "$TMP/$4" 2>&1 >/dev/null)
	rc=$?
	if [ "$rc" -ne "$2" ]; then
		bad "$1: exit $rc, want $2: $out"
	elif [ -n "$3" ] && ! printf '%s' "$out" | grep -qF -- "$3"; then
		bad "$1: stderr lacks '$3': $out"
	else
		ok "$1 (exit $rc)${out:+: $(printf '%s' "$out" | cut -c1-150)}"
	fi
}

run "first import" 0 "" base.json
# an operator's entries: IKU-1 Q3 submitted with evidence, IKU-2 returned
q "INSERT INTO realisasi_entri (instansi_id, indikator_kode, indikator_id,
   tahun, periode, ke, raw, status, bukti_path, bukti_nama, created_at,
   updated_at) SELECT n.instansi_id, k.kode, k.id, 2024, 'triwulan', 3, '83',
   'diajukan', 'bukti/aa.pdf', 'q3.pdf', '2025-01-01T00:00:00Z',
   '2025-01-01T00:00:00Z' FROM indikator k JOIN node n ON n.id = k.node_id
   WHERE k.kode = 'IKU-1';
   INSERT INTO realisasi_entri (instansi_id, indikator_kode, indikator_id,
   tahun, periode, ke, raw, status, alasan, created_at, updated_at)
   SELECT n.instansi_id, k.kode, k.id, 2024, 'tahun', 0, 'WDP',
   'dikembalikan', 'lampirkan LHP', '2025-01-01T00:00:00Z',
   '2025-01-01T00:00:00Z' FROM indikator k JOIN node n ON n.id = k.node_id
   WHERE k.kode = 'IKU-2';"
attached="SELECT count(*) FROM realisasi_entri r JOIN indikator k
	ON k.id = r.indikator_id WHERE k.kode = r.indikator_kode"

run "same package again" 0 "" base.json
[ "$(q "$attached")" = 2 ] && [ "$(q "SELECT bukti_nama || ' ' || status FROM realisasi_entri WHERE raw = '83'")" = "q3.pdf diajukan" ] \
	&& ok "entries survive the re-import, on the new indicators" \
	|| bad "entries after re-import: $(q 'SELECT * FROM realisasi_entri')"

run "IKU-2 dropped from the plan" 0 "1 realisasi entri kept without an indikator" no_iku2.json
printf '%s' "$out" | grep -qF "a IKU-2 2024 tahun (dikembalikan)" \
	&& ok "the orphan is named on stderr" || bad "orphan not named: $out"
[ "$(q "SELECT indikator_kode || ' ' || alasan FROM realisasi_entri WHERE indikator_id IS NULL")" = "IKU-2 lampirkan LHP" ] \
	&& [ "$(q 'SELECT count(*) FROM realisasi_entri')" = 2 ] \
	&& ok "the orphaned entry is kept with its reason" \
	|| bad "orphan: $(q 'SELECT * FROM realisasi_entri')"
run "IKU-2 back" 0 "" base.json
[ "$(q "$attached")" = 2 ] && ok "the orphan re-attaches when its kode returns" \
	|| bad "re-attach: $(q 'SELECT * FROM realisasi_entri')"

q "INSERT INTO period_lock (pemda_id, tahun, locked_at)
   SELECT id, 2024, '2025-02-01T00:00:00Z' FROM pemda WHERE kode = '1'"
before=$(sum)
naudit=$(q "SELECT count(*) FROM audit_log")
run "locked 2024: a target" 1 "year 2024 is locked for pemda '1'" target.json
printf '%s' "$out" | grep -qF "indikator IKU-1 target 2024: '85' -> '86'" \
	&& ok "the differing target is named" || bad "target not named: $out"
run "locked 2024: a pagu" 1 "program P1 anggaran 2024 pagu: '100' -> '101'" pagu.json
run "locked 2024: a quarter" 1 "indikator IKU-1 realisasi_periode 2024 triwulan 3: (none) -> '83'" periode.json
run "locked 2024: an indicator removed" 1 "indikator IKU-2 target 2024: 'WTP' -> (none)" no_iku2.json
[ "$(sum)" = "$before" ] && [ "$(q "SELECT count(*) FROM audit_log")" = "$naudit" ] \
	&& ok "refused imports leave the database byte-identical, no audit row" \
	|| bad "a refused import changed the database"
run "locked 2024: same figures, 2025 and words changed" 0 "" open_year.json
[ "$(q "SELECT raw FROM nilai WHERE jenis = 'target' AND tahun = 2025")" = 88 ] \
	&& ok "the open year's change is stored" || bad "2025 target not stored"
q "DELETE FROM period_lock"
run "unlocked: a target" 0 "" target.json

n=$(q "SELECT count(*) FROM audit_log WHERE action = 'import' AND entity = 'instansi'
	AND entity_id = '1/a' AND new_value LIKE 'by cli:%'")
[ "$n" = 6 ] && ok "one audit row per import that went through ($n)" \
	|| bad "audit rows: $n, want 6: $(q 'SELECT action, entity_id, new_value FROM audit_log')"
q "SELECT new_value FROM audit_log WHERE new_value LIKE '%orphaned%'" | grep -qF "1 orphaned (IKU-2 2024 tahun (dikembalikan))" \
	&& ok "the audit row names the orphan" || bad "audit lacks the orphan"

# A table import (CSV, XLSX) is audited like a JSON one: "cli:" and the
# OS user, not a bare "cli".
me=$(id -un 2>/dev/null || echo "${USER:-?}")
printf 'Kode Indikator;Target 2025\nIKU-1;89\n' >"$TMP/target.csv"
out=$("$SAKIP_BIN" --db "$db" import --instansi a "$TMP/target.csv" 2>&1)
last=$(q "SELECT entity_id || ' ' || new_value FROM audit_log
	WHERE action = 'import' ORDER BY id DESC LIMIT 1")
case $last in
"1/a by cli:$me: "*) ok "a table import's audit row names the OS user: $(printf '%s' "$last" | cut -c1-40)" ;;
*) bad "table import audit row: '$last' (import said: $out)" ;;
esac
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
