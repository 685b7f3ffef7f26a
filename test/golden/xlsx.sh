#!/bin/sh
# Spreadsheets in and out (docs/spreadsheets.md): a template filled the way
# people fill it (Indonesian "84,02", plain 84.02, formulas, quarters) and
# imported, hitung showing the values; workbooks from another producer
# (LibreOffice: CSV→XLSX, ODS→XLSX with merged cells and formulas, read
# through a mapping); bad files each with a precise message, bounded
# memory (peak RSS printed) and no write; export and hitung as XLSX/CSV.
. "$(dirname "$0")/../lib/common.sh"
S=$SAKIP_BIN
no() { echo "FAIL $1"; fail=$((fail + 1)); }

# ---- helpers in Python: edit a workbook's XML, make bad files, read cells ----
cat >"$TMP/xl.py" <<'PY'
import re, struct, sys, zipfile, resource, subprocess, json
from xml.sax.saxutils import escape

def parts(path):
    z = zipfile.ZipFile(path)
    return z, {n: z.read(n) for n in z.namelist()}

def sheet_part(files, name):
    wb = files['xl/workbook.xml'].decode()
    rels = files['xl/_rels/workbook.xml.rels'].decode()
    rid = re.search(r'<sheet [^>]*name="%s"[^>]*r:id="([^"]+)"' % re.escape(name), wb).group(1)
    tgt = re.search(r'Id="%s"[^>]*Target="([^"]+)"' % rid, rels) or \
          re.search(r'Target="([^"]+)"[^>]*Id="%s"' % rid, rels)
    t = tgt.group(1)
    return t.lstrip('/') if t.startswith('/') else 'xl/' + t

def sst(files):
    x = files.get('xl/sharedStrings.xml', b'').decode()
    out = []
    for si in re.findall(r'<si>(.*?)</si>', x, re.S):
        out.append(''.join(re.findall(r'<t[^>]*>(.*?)</t>', si, re.S)))
    return out

def cells(files, part):
    s, out = sst(files), {}
    x = files[part].decode()
    for m in re.finditer(r'<c r="([A-Z]+[0-9]+)"([^>]*?)(?:/>|>(.*?)</c>)', x, re.S):
        ref, attrs, body = m.group(1), m.group(2), m.group(3) or ''
        v = re.search(r'<v>(.*?)</v>', body)
        t = re.search(r't="(\w+)"', attrs)
        if t and t.group(1) == 's' and v:
            out[ref] = s[int(v.group(1))]
        elif t and t.group(1) == 'inlineStr':
            out[ref] = ''.join(re.findall(r'<t[^>]*>(.*?)</t>', body))
        elif v:
            out[ref] = v.group(1)
    return out

def col_of(files, part, header_row, header):
    for ref, v in cells(files, part).items():
        m = re.match(r'([A-Z]+)(\d+)$', ref)
        if int(m.group(2)) == header_row and v == header:
            return m.group(1)
    raise SystemExit('no header %r' % header)

def row_of(files, part, col, kode):
    for ref, v in cells(files, part).items():
        m = re.match(r'([A-Z]+)(\d+)$', ref)
        if m.group(1) == col and v == kode:
            return int(m.group(2))
    raise SystemExit('no row for %r' % kode)

def set_cell(xml, ref, value):
    """value: 'n:84.02' number, 's:84,02' inline string, 'f:4*2=8' formula
    with its cached result, '' to empty the cell."""
    m = re.search(r'<c r="%s"([^>]*?)(/>|>.*?</c>)' % ref, xml, re.S)
    style = re.search(r' s="\d+"', m.group(1))
    st = style.group(0) if style else ''
    kind, _, v = value.partition(':')
    if value == '':
        new = '<c r="%s"%s/>' % (ref, st)
    elif kind == 'n':
        new = '<c r="%s"%s><v>%s</v></c>' % (ref, st, v)
    elif kind == 'f':
        f, _, cached = v.partition('=')
        new = '<c r="%s"%s><f>%s</f><v>%s</v></c>' % (ref, st, escape(f), cached)
    else:
        new = '<c r="%s"%s t="inlineStr"><is><t>%s</t></is></c>' % (ref, st, escape(v))
    return xml[:m.start()] + new + xml[m.end():]

def write(path, files):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in files.items():
            z.writestr(n, d)

def fill(src, dst, sheet, *edits):
    """edits: KODE@Header=value"""
    z, files = parts(src)
    part = sheet_part(files, sheet)
    kcol = col_of(files, part, 4, 'Kode Indikator')
    xml = files[part].decode()
    for e in edits:
        key, _, value = e.partition('=')
        kode, _, header = key.partition('@')
        ref = '%s%d' % (col_of(files, part, 4, header), row_of(files, part, kcol, kode))
        xml = set_cell(xml, ref, value)
    files[part] = xml.encode()
    write(dst, files)

SHEET0 = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
SHEET1 = '</sheetData></worksheet>'

def book(dst, sheet_xml_chunks, sheet_size=None):
    """A minimal workbook whose sheet1 is streamed from the chunks."""
    with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Realisasi" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr('xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=True) as f:
            for c in sheet_xml_chunks:
                f.write(c.encode() if isinstance(c, str) else c)

def bomb(dst):
    """A sheet of 300 MiB of blanks: the zip directory says so."""
    def chunks():
        yield SHEET0
        blank = b' ' * (1 << 20)
        for _ in range(300):
            yield blank
        yield SHEET1
    book(dst, chunks())

def bomb_lying(src, dst, size=4096):
    """The same zip with every uncompressed size rewritten to `size`
    (ZIP64 extra fields too): only inflating tells the truth."""
    b = bytearray(open(src, 'rb').read())
    def patch_extra(off, n):
        end = off + n
        while off + 4 <= end:
            hid, hlen = struct.unpack_from('<HH', b, off)
            if hid == 1 and hlen >= 8:
                struct.pack_into('<Q', b, off + 4, size)
            off += 4 + hlen
    i = 0
    while True:
        i = b.find(b'PK\x01\x02', i)
        if i < 0:
            break
        usize, = struct.unpack_from('<I', b, i + 24)
        nlen, elen = struct.unpack_from('<HH', b, i + 28)
        loc, = struct.unpack_from('<I', b, i + 42)
        if usize != 0xffffffff:
            struct.pack_into('<I', b, i + 24, size)
        patch_extra(i + 46 + nlen, elen)
        lu, = struct.unpack_from('<I', b, loc + 22)
        ln, le = struct.unpack_from('<HH', b, loc + 26)
        if lu != 0xffffffff:
            struct.pack_into('<I', b, loc + 22, size)
        patch_extra(loc + 30 + ln, le)
        i += 4
    open(dst, 'wb').write(bytes(b))

def laughs(dst):
    ents = ''.join('<!ENTITY l%d "%s">' % (i + 1, ('&l%d;' % i) * 10) for i in range(9))
    book(dst, ['<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "ha">' + ents + ']>',
               SHEET0, '<row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row>', SHEET1])

def million(dst, n=1000000):
    def chunks():
        yield SHEET0
        for r in range(1, n + 1):
            yield '<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (r, r, r)
        yield SHEET1
    book(dst, chunks())

def run_rss(*cmd):
    """Runs cmd; prints its stderr and exit status, and its peak RSS in KiB."""
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    sys.stdout.write(r.stdout.decode('utf-8', 'replace'))
    print('EXIT %d RSS %d' % (r.returncode, rss))

def capaian(path, kode, key='capaian'):
    for r in json.load(open(path))['indikator']:
        if r['kode'] == kode:
            v = r.get(key)
            return None if v is None else '%.2f' % v

if __name__ == '__main__':
    f = globals()[sys.argv[1]]
    r = f(*sys.argv[2:])
    if r is not None:
        print(r)
PY
xl() { python3 "$TMP/xl.py" "$@"; }

# ---- a small package written here (not fixture data) ----
cat >"$TMP/pkg.json" <<'EOF'
{"format": "sakip/1", "pemda": {"kode": "9901", "nama": "Kota Contoh"},
 "instansi": [{"kode": "dinas-contoh", "nama": "Dinas Contoh",
  "renstra": {"awal": 2024, "akhir": 2026},
  "tujuan": [{"kode": "T1", "uraian": "Meningkatnya pelayanan",
   "sasaran": [{"kode": "S1", "uraian": "Meningkatnya kepuasan masyarakat",
    "indikator": [
     {"kode": "IKU-1", "uraian": "Indeks Kepuasan Masyarakat", "satuan": "indeks",
      "target": {"2024": "85", "2025": "87", "2026": "90"}, "target_akhir": "90"},
     {"kode": "IKU-2", "uraian": "Jumlah pengaduan", "satuan": "kasus",
      "polaritas": "negatif", "agregasi": "kumulatif", "target": {"2024": "10"}},
     {"kode": "IKU-3", "uraian": "Nilai SAKIP", "tipe": "predikat", "skala": "akip",
      "target": {"2024": "BB"}},
     {"kode": "IKU-4", "uraian": "Catatan pemeriksaan", "tipe": "teks",
      "target": {"2024": "Tidak ada temuan"}}],
    "program": [{"kode": "P1", "uraian": "Program Pelayanan",
     "indikator": [{"kode": "IK-P1", "uraian": "Layanan tepat waktu", "satuan": "%",
                    "target": {"2024": "90"}}],
     "anggaran": {"2024": {"pagu": 1000000000, "realisasi": 950000000}}}]}]}]}]}
EOF
db=$TMP/a.db
"$S" --db "$db" import "$TMP/pkg.json" >/dev/null || { echo "FAIL: package not imported"; exit 1; }
snap() { "$S" --db "$db" export -o "$TMP/snap.json" && cksum <"$TMP/snap.json"; }

# ---- 1. template → filled → import → hitung ----
"$S" --db "$db" template --jenis realisasi --instansi dinas-contoh --tahun 2024 \
	-o "$TMP/t.xlsx" 2>/dev/null || no "template written"
xl fill "$TMP/t.xlsx" "$TMP/filled.xlsx" Realisasi \
	'IKU-1@Realisasi 2024=s:84,02' 'IK-P1@Realisasi 2024=n:88.5' \
	'IKU-3@Realisasi 2024=s:A' 'IKU-4@Realisasi 2024=s:Ada 2 temuan' \
	'IKU-2@TW I 2024=n:2' 'IKU-2@TW II 2024=f:1+2=3' 'IKU-2@TW III 2024=s:1' \
	'IKU-2@TW IV 2024=s:2'
out=$("$S" --db "$db" import "$TMP/filled.xlsx" 2>&1)
if [ $? -eq 0 ]; then ok "filled template imported: $out"; else no "filled template: $out"; fi
"$S" --db "$db" hitung --tahun 2024 --format json >"$TMP/h.json"
for want in "IKU-1 98.85" "IKU-2 120.00" "IKU-3 114.29" "IK-P1 98.33"; do
	set -- $want
	got=$(xl capaian "$TMP/h.json" "$1")
	if [ "$got" = "$2" ]; then ok "hitung $1 capaian $got"; else no "hitung $1: capaian $got, want $2"; fi
done
# the same in plain form: 84.02 written as a number gives the same result
xl fill "$TMP/t.xlsx" "$TMP/plain.xlsx" Realisasi 'IKU-1@Realisasi 2024=n:84.019999999999996'
"$S" --db "$db" import "$TMP/plain.xlsx" >/dev/null 2>&1
"$S" --db "$db" hitung --tahun 2024 --format json >"$TMP/h2.json"
got=$(xl capaian "$TMP/h2.json" IKU-1)
if [ "$got" = "98.85" ]; then ok "plain 84.02 (stored as 84.019999999999996) gives $got"; else no "plain 84.02: $got"; fi

# an untouched template imported back changes nothing
before=$(snap)
"$S" --db "$db" template --jenis realisasi --instansi dinas-contoh --tahun 2024 -o "$TMP/t2.xlsx" 2>/dev/null
"$S" --db "$db" template --jenis renstra --instansi dinas-contoh --tahun 2024 -o "$TMP/r2.xlsx" 2>/dev/null
"$S" --db "$db" import "$TMP/t2.xlsx" >/dev/null && "$S" --db "$db" import "$TMP/r2.xlsx" >/dev/null
if [ "$(snap)" = "$before" ]; then ok "untouched templates import as identity"; else no "untouched templates changed the data"; fi
# a Renstra template filled: targets change
xl fill "$TMP/r2.xlsx" "$TMP/r3.xlsx" Renstra 'IKU-1@Target 2025=s:88,5' 'IKU-1@Target Akhir=n:91'
"$S" --db "$db" import "$TMP/r3.xlsx" >/dev/null 2>&1
"$S" --db "$db" export -o "$TMP/e.json"
if python3 -c 'import json,sys; i=json.load(open(sys.argv[1]))["instansi"][0]["tujuan"][0]["sasaran"][0]["indikator"][0]; sys.exit(not(i["target"]["2025"]=="88,5" and i["target_akhir"]==91))' "$TMP/e.json"; then
	ok "renstra template sets Target 2025 = 88,5 and Target Akhir = 91"; else no "renstra template"; fi

# ---- 2. problems: each with its place, nothing written ----
check() {  # name | want exit | text | file [import options]
	name=$1 want=$2 text=$3; shift 3
	b=$(snap)
	out=$(xl run_rss "$S" --db "$db" import "$@" 2>&1)
	rc=$(printf '%s\n' "$out" | sed -n 's/^EXIT \([0-9]*\) RSS.*/\1/p')
	rss=$(printf '%s\n' "$out" | sed -n 's/^EXIT .* RSS \([0-9]*\)/\1/p')
	msg=$(printf '%s\n' "$out" | grep -v '^EXIT ')
	if [ "$rc" != "$want" ]; then no "$name: exit $rc, want $want: $msg"
	elif ! printf '%s' "$msg" | grep -q -- "$text"; then no "$name: message lacks '$text': $msg"
	elif [ "$(snap)" != "$b" ]; then no "$name: data changed"
	elif [ "$rss" -gt 400000 ]; then no "$name: peak RSS $rss KiB"
	else ok "$name (exit $rc, peak RSS $((rss / 1024)) MiB): $(printf '%s' "$msg" | head -1 | cut -c1-120)"
	fi
}
xl fill "$TMP/t.xlsx" "$TMP/text.xlsx" Realisasi 'IKU-1@Realisasi 2024=s:delapan puluh' \
	'IK-P1@Realisasi 2024=n:77'
check "text in a number cell" 1 "text.xlsx: Realisasi!I5: 'delapan puluh' is not a number (indicator IKU-1 is tipe angka)" "$TMP/text.xlsx"
xl fill "$TMP/t.xlsx" "$TMP/grade.xlsx" Realisasi 'IKU-3@Realisasi 2024=s:ZZ'
check "grade not on the scale" 1 "Realisasi!I7: 'ZZ' is not a grade of scale akip" "$TMP/grade.xlsx"
printf 'Kode Indikator;Realisasi 2024\nIKU-1;84,02\nIKU-1;85\nIK-P1;70\n' >"$TMP/dup.csv"
check "duplicated indicator code" 1 "dup.csv!A3: indicator 'IKU-1' is given more than once (rows 2 and 3)" "$TMP/dup.csv"
printf 'Kode Indikator;Realisasi 2024\nIKU-9;1\n' >"$TMP/unknown.csv"
check "unknown indicator" 1 "unknown.csv!A2: no indicator 'IKU-9' in instansi 'dinas-contoh'" "$TMP/unknown.csv"
printf '<html><body><table><tr><td>IKU-1</td></tr></table></body></html>\n' >"$TMP/notzip.xlsx"
check "not a zip" 1 "notzip.xlsx: not an XLSX workbook (not a zip archive)" "$TMP/notzip.xlsx"
xl bomb "$TMP/bomb.xlsx"
check "zip bomb ($(wc -c <"$TMP/bomb.xlsx") bytes for 300 MiB)" 1 "xl/worksheets/sheet1.xml: uncompressed size 314572912 bytes over the limit of 134217728 (a zip bomb?)" "$TMP/bomb.xlsx"
xl bomb_lying "$TMP/bomb.xlsx" "$TMP/liar.xlsx"
check "zip bomb lying in its directory" 1 "xl/worksheets/sheet1.xml: inflates to more than the 4096 bytes its zip directory states" "$TMP/liar.xlsx"
xl laughs "$TMP/laughs.xlsx"
check "entity expansion (billion laughs)" 1 "laughs.xlsx: xl/worksheets/sheet1.xml: has a DTD" "$TMP/laughs.xlsx"
xl million "$TMP/million.xlsx"
check "a sheet with a million rows" 1 "million.xlsx: Realisasi!A100001: more than 100000 rows" "$TMP/million.xlsx"
# --sebagian: the valid row is written, the bad one listed
b=$(snap)
out=$("$S" --db "$db" import --sebagian "$TMP/text.xlsx" 2>&1); rc=$?
"$S" --db "$db" hitung --tahun 2024 --format json >"$TMP/h3.json"
if [ $rc -eq 1 ] && [ "$(xl capaian "$TMP/h3.json" IK-P1)" = "85.56" ] &&
   printf '%s' "$out" | grep -q "Realisasi!I5: 'delapan puluh'" &&
   printf '%s' "$out" | grep -q "1 row with problems was left out"; then
	ok "--sebagian writes the valid row (IK-P1 77 → 85.56) and lists the bad one"
else no "--sebagian: exit $rc: $out"; fi

# ---- 3. CSV in both styles ----
printf 'Kode Instansi;Kode Indikator;Realisasi 2024\ndinas-contoh;IKU-1;"84,02"\n' >"$TMP/id.csv"
printf 'kode,realisasi_2024\nIKU-1,84.02\n' >"$TMP/plain.csv"
for f in id.csv plain.csv; do
	"$S" --db "$db" import --instansi dinas-contoh "$TMP/$f" >/dev/null 2>&1
	"$S" --db "$db" hitung --tahun 2024 --format json >"$TMP/h4.json"
	got=$(xl capaian "$TMP/h4.json" IKU-1)
	if [ "$got" = "98.85" ]; then ok "CSV $f: IKU-1 capaian $got"; else no "CSV $f: $got"; fi
done

# ---- 4. export and hitung as XLSX/CSV ----
"$S" --db "$db" export -o "$TMP/e1.json"
"$S" --db "$db" export --format xlsx -o "$TMP/ex.xlsx" && "$S" --db "$db" export --format csv -o "$TMP/ex.csv"
"$S" --db "$db" import "$TMP/ex.xlsx" >/dev/null && "$S" --db "$db" import "$TMP/ex.csv" >/dev/null
"$S" --db "$db" export -o "$TMP/e2.json"
if cmp -s "$TMP/e1.json" "$TMP/e2.json"; then ok "export xlsx/csv → import → export JSON identical"; else no "export round trip differs"; fi
"$S" --db "$db" hitung --tahun 2024 --format xlsx -o "$TMP/hitung.xlsx"
if python3 - "$TMP/hitung.xlsx" "$TMP/xl.py" <<'PY'
import sys, importlib.util
spec = importlib.util.spec_from_file_location('xl', sys.argv[2]); xl = importlib.util.module_from_spec(spec); spec.loader.exec_module(xl)
z, files = xl.parts(sys.argv[1])
c = xl.cells(files, xl.sheet_part(files, 'Capaian'))
rows = {c.get('C%d' % r): r for r in range(2, 20)}
r = rows['IKU-1']
a = xl.cells(files, xl.sheet_part(files, 'Anggaran'))
good = ('%.2f' % float(c.get('J%d' % r, 'nan')) == '98.85' and c.get('M%d' % r) == 'Sangat Tinggi' and
        'P1' in a.values() and '95' in a.values())
if not good:
    print('row %d: %s; Anggaran %s' % (r, [c.get('%s%d' % (k, r)) for k in 'ABCDEFGHIJKLMN'], a))
sys.exit(not good)
PY
then ok "hitung --format xlsx: Capaian!J has 98.85, Sangat Tinggi; Anggaran serapan 95"; else no "hitung xlsx content"; fi

# ---- 5. another producer: LibreOffice ----
if ! command -v soffice >/dev/null 2>&1; then
	echo "SKIP: soffice not found (LibreOffice conversions)"
else
	lo="-env:UserInstallation=file://$TMP/lo"
	printf 'Kode Instansi,Kode Indikator,Realisasi 2024,TW I 2024\ndinas-contoh,IK-P1,81,20\n' >"$TMP/lo.csv"
	cat >"$TMP/matriks.fods" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="Renstra">
<table:table-row><table:table-cell table:number-columns-spanned="10" office:value-type="string"><text:p>MATRIKS RENSTRA DINAS KESEHATAN 2024-2026</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="9"/></table:table-row>
<table:table-row><table:table-cell/></table:table-row>
<table:table-row>
 <table:table-cell office:value-type="string"><text:p>Tujuan</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Sasaran</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Indikator</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Satuan</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Kondisi Awal 2023</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>2024</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>2025</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>2026</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Kondisi Akhir</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Arah</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Realisasi 2024</text:p></table:table-cell>
</table:table-row>
<table:table-row>
 <table:table-cell table:number-rows-spanned="4" office:value-type="string"><text:p>Meningkatnya derajat kesehatan</text:p></table:table-cell>
 <table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>Meningkatnya akses layanan</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Persentase puskesmas terakreditasi</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>%</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="70"><text:p>70</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="75"><text:p>75</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="80"><text:p>80</text:p></table:table-cell>
 <table:table-cell table:formula="of:=[.G4]+5" office:value-type="float" office:value="85"><text:p>85</text:p></table:table-cell>
 <table:table-cell table:formula="of:=[.H4]" office:value-type="float" office:value="85"><text:p>85</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>naik</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="78"><text:p>78</text:p></table:table-cell>
</table:table-row>
<table:table-row>
 <table:covered-table-cell/><table:covered-table-cell/>
 <table:table-cell office:value-type="string"><text:p>Cakupan imunisasi dasar</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>%</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="90.5"><text:p>90.5</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="92"><text:p>92</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="93"><text:p>93</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="94"><text:p>94</text:p></table:table-cell>
 <table:table-cell table:formula="of:=[.H5]" office:value-type="float" office:value="94"><text:p>94</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>naik</text:p></table:table-cell>
 <table:table-cell table:formula="of:=182/2" office:value-type="float" office:value="91"><text:p>91</text:p></table:table-cell>
</table:table-row>
<table:table-row>
 <table:covered-table-cell/>
 <table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>Menurunnya angka kesakitan</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>Angka kematian bayi</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>per 1.000 KH</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="12"><text:p>12</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="11"><text:p>11</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="10"><text:p>10</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="9"><text:p>9</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="9"><text:p>9</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>turun</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="10"><text:p>10</text:p></table:table-cell>
</table:table-row>
<table:table-row>
 <table:covered-table-cell/><table:covered-table-cell/>
 <table:table-cell office:value-type="string"><text:p>Prevalensi stunting</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>%</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="20"><text:p>20</text:p></table:table-cell>
 <table:table-cell office:value-type="float" office:value="18"><text:p>18</text:p></table:table-cell>
 <table:table-cell table:formula="of:=[.F7]-2" office:value-type="float" office:value="16"><text:p>16</text:p></table:table-cell>
 <table:table-cell table:formula="of:=[.G7]-2" office:value-type="float" office:value="14"><text:p>14</text:p></table:table-cell>
 <table:table-cell table:formula="of:=[.H7]" office:value-type="float" office:value="14"><text:p>14</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>turun</text:p></table:table-cell>
 <table:table-cell office:value-type="string"><text:p>17,5</text:p></table:table-cell>
</table:table-row>
</table:table></office:spreadsheet></office:body></office:document>
EOF
	cat >"$TMP/matriks.map.json" <<'EOF'
{"format": "sakip-mapping/1", "lembar": "Renstra", "baris_judul": 3,
 "instansi": {"kode": "dinkes", "nama": "Dinas Kesehatan"}, "tambah": true,
 "baseline_tahun": 2023,
 "kolom": {"tujuan": "A", "sasaran": "B", "indikator": "C", "satuan": "Satuan",
           "polaritas": "J", "baseline": "Kondisi Awal 2023",
           "target": {"kolom_awal": "F", "tahun_awal": 2024, "tahun_akhir": 2026},
           "target_akhir": "Kondisi Akhir", "realisasi": {"2024": "Realisasi 2024"}}}
EOF
	# the ODS first, then every conversion to XLSX in one call (slow to start)
	(cd "$TMP" && soffice --headless "$lo" --convert-to ods matriks.fods >/dev/null 2>&1 &&
	 soffice --headless "$lo" --infilter=CSV:44,34,76,1 --convert-to xlsx \
		--outdir "$TMP/lo-out" lo.csv matriks.ods filled.xlsx >/dev/null 2>&1)
	if [ -f "$TMP/lo-out/lo.xlsx" ] && [ -f "$TMP/lo-out/matriks.xlsx" ] &&
	   [ -f "$TMP/lo-out/filled.xlsx" ]; then
		# the filled template, opened and saved again by LibreOffice
		"$S" --db "$db" import "$TMP/t.xlsx" >/dev/null 2>&1   # as generated: empty values
		out=$("$S" --db "$db" import "$TMP/lo-out/filled.xlsx" 2>&1)
		"$S" --db "$db" hitung --tahun 2024 --format json >"$TMP/h7.json"
		got="$(xl capaian "$TMP/h7.json" IKU-1) $(xl capaian "$TMP/h7.json" IKU-2) $(xl capaian "$TMP/h7.json" IKU-3)"
		if [ "$got" = "98.85 120.00 114.29" ]; then ok "filled template saved again by LibreOffice imports the same ($got)"
		else no "template through LibreOffice: '$got' $out"; fi
		out=$("$S" --db "$db" import "$TMP/lo-out/lo.xlsx" 2>&1)
		"$S" --db "$db" hitung --tahun 2024 --format json >"$TMP/h5.json"
		got=$(xl capaian "$TMP/h5.json" IK-P1)
		if [ "$got" = "90.00" ]; then ok "LibreOffice CSV→XLSX imported (IK-P1 81 → $got)"; else no "LibreOffice CSV→XLSX: $got $out"; fi
		out=$("$S" --db "$db" import --mapping "$TMP/matriks.map.json" "$TMP/lo-out/matriks.xlsx" 2>&1)
		rc=$?
		"$S" --db "$db" hitung --tahun 2024 --instansi dinkes --format json >"$TMP/h6.json"
		got=$(python3 -c 'import json,sys; print(" ".join("%.2f" % r["capaian"] for r in json.load(open(sys.argv[1]))["indikator"]))' "$TMP/h6.json")
		akhir=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["indikator"][0].get("capaian_target_akhir"))' "$TMP/h6.json")
		if [ $rc -eq 0 ] && [ "$got" = "104.00 98.91 109.09 102.78" ] && [ "$akhir" = "91.76" ]; then
			ok "LibreOffice ODS→XLSX matrix (merged tujuan/sasaran, formulas) via mapping: $got, akhir $akhir"
		else no "ODS→XLSX matrix: exit $rc, capaian '$got', akhir $akhir: $out"; fi
		"$S" --db "$db" export --instansi dinkes -o "$TMP/dinkes.json"
		if python3 -c 'import json,sys; t=json.load(open(sys.argv[1]))["instansi"][0]["tujuan"]; sys.exit(not(len(t)==1 and len(t[0]["sasaran"])==2 and [len(s["indikator"]) for s in t[0]["sasaran"]]==[2,2]))' "$TMP/dinkes.json"; then
			ok "matrix: 1 tujuan, 2 sasaran of 2 indicators each (merged cells carried)"
		else no "matrix structure"; fi
	else
		no "LibreOffice conversion produced no files"
	fi
fi

# ---- 6. fixtures: templates over real data are identities, and fill ----
if [ -d "$FIXTURES" ]; then
	for pkg in "$FIXTURES"/[0-9]*.json; do
		case $pkg in *.expected.json) continue ;; esac
		n=$(basename "$pkg" .json) fdb=$TMP/f$n.db
		tahun=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["tahun"])' "$FIXTURES/$n.expected.json")
		"$S" --db "$fdb" import "$pkg" >/dev/null
		"$S" --db "$fdb" export -o "$TMP/$n.1.json"
		err=0
		for k in $(python3 -c 'import json,sys; print(" ".join(i["kode"] for i in json.load(open(sys.argv[1]))["instansi"]))' "$pkg"); do
			for j in realisasi renstra; do
				"$S" --db "$fdb" template --jenis $j --instansi "$k" --tahun "$tahun" -o "$TMP/ft.xlsx" 2>/dev/null &&
				"$S" --db "$fdb" import "$TMP/ft.xlsx" >/dev/null || err=1
			done
		done
		"$S" --db "$fdb" export -o "$TMP/$n.2.json"
		if [ $err -eq 0 ] && cmp -s "$TMP/$n.1.json" "$TMP/$n.2.json"; then
			ok "fixture $n: every agency's templates import back as identity"
		else no "fixture $n: template round trip"; fi
	done
else
	echo "SKIP: $FIXTURES not found (fixture round trips)"
fi

# ---- 7. text that reads like an OOXML escape ----
# "_xHHHH_" in a cell is U+HHHH to a reader: a literal one is written
# "_x005F_xHHHH_". Text values read back into a database holding other
# values are the originals; the uraian (not imported) is checked in the
# workbook's shared strings.
sed 's/"Nilai SAKIP"/"Nilai _x0041_ SAKIP"/; s/"Tidak ada temuan"/"Tidak_x2024_ada temuan"/' \
	"$TMP/pkg.json" >"$TMP/xesc.json"
xa=$TMP/xesc-a.db xb=$TMP/xesc-b.db
rm -f "$xa" "$xb"
if "$S" --db "$xa" import "$TMP/xesc.json" >/dev/null && "$S" --db "$xb" import "$TMP/pkg.json" >/dev/null &&
   "$S" --db "$xa" export --format xlsx -o "$TMP/xesc.xlsx" &&
   "$S" --db "$xa" template --jenis renstra --instansi dinas-contoh --tahun 2024 -o "$TMP/xesc-r.xlsx" 2>/dev/null &&
   "$S" --db "$xb" import "$TMP/xesc.xlsx" >/dev/null && "$S" --db "$xa" export -o "$TMP/xesc-a.json" &&
   "$S" --db "$xb" export -o "$TMP/xesc-b.json"; then
	grep -q '"Tidak_x2024_ada temuan"' "$TMP/xesc-a.json" || no "_xHHHH_: not in the package"
	if grep -q '"Tidak_x2024_ada temuan"' "$TMP/xesc-b.json"; then
		ok "_xHHHH_: a text target through export --format xlsx reads back as written"
	else no "_xHHHH_: text target read back as $(grep -o '"Tidak[^"]*"' "$TMP/xesc-b.json")"; fi
	if python3 - "$TMP/xesc.xlsx" "$TMP/xesc-r.xlsx" "$TMP/xl.py" <<'PY'
import sys, importlib.util
spec = importlib.util.spec_from_file_location('xl', sys.argv[3]); xl = importlib.util.module_from_spec(spec); spec.loader.exec_module(xl)
for path, sheet in ((sys.argv[1], 'Indikator'), (sys.argv[2], 'Renstra')):
    z, files = xl.parts(path)
    v = set(xl.cells(files, xl.sheet_part(files, sheet)).values())
    if 'Nilai _x005F_x0041_ SAKIP' not in v or 'Tidak_x005F_x2024_ada temuan' not in v:
        print('%s: %s' % (path, sorted(x for x in v if '_x' in x)))
        sys.exit(1)
PY
	then ok "_xHHHH_: uraian and target written as _x005F_xHHHH_ (export and template)"
	else no "_xHHHH_: not escaped in the workbooks"; fi
	xc=$TMP/xesc-c.db
	rm -f "$xc"
	"$S" --db "$xc" import "$TMP/pkg.json" >/dev/null && "$S" --db "$xc" import "$TMP/xesc-r.xlsx" >/dev/null &&
		"$S" --db "$xc" export -o "$TMP/xesc-c.json"
	if grep -q '"Tidak_x2024_ada temuan"' "$TMP/xesc-c.json"; then
		ok "_xHHHH_: a text target through the renstra template reads back as written"
	else no "_xHHHH_: renstra template target read back as $(grep -o '"Tidak[^"]*"' "$TMP/xesc-c.json")"; fi
else
	no "_xHHHH_: package, export or template failed"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
