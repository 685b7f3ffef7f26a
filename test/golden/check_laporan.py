#!/usr/bin/env python3
"""Checks the documents test/golden/laporan.sh generated.

usage: check_laporan.py OUTDIR FIXTURES [NNN ...]

For each fixture it recomputes, independently of sakip, the figures the
documents must print (the agency's budget total from the package, its
serapan from NNN.expected.json, the PK total and its words) and looks for
them in the PDF text (LibreOffice's conversion of each DOCX), in the HTML
and as numeric cells of the XLSX. It also checks the special package
`xss` (an indicator named <script>alert(1)</script>, a cap of 100, a
profil, a pembanding). Prints one line per check and a summary; exits 1
when a check failed.
"""
import glob
import html
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

OUT, FIX = sys.argv[1], sys.argv[2]
ONLY = sys.argv[3:]
passed = failed = skipped = 0

SATUAN = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
          "delapan", "sembilan"]
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
         "Agustus", "September", "Oktober", "November", "Desember"]
KIDS = ("sasaran", "program", "kegiatan", "subkegiatan")


def ok(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL", what)
    return cond


def skip(what):
    global skipped
    skipped += 1
    print("SKIP", what)


def below_1000(v):
    w = []
    h, t, u = v // 100, v // 10 % 10, v % 10
    if h == 1:
        w.append("seratus")
    elif h > 1:
        w += [SATUAN[h], "ratus"]
    if t == 1:
        w += (["sepuluh"] if u == 0 else ["sebelas"] if u == 1
              else [SATUAN[u], "belas"])
        return w
    if t > 1:
        w += [SATUAN[t], "puluh"]
    if u:
        w.append(SATUAN[u])
    return w


def terbilang(v):
    if v == 0:
        return "nol"
    w = []
    for unit, name in ((10**12, "triliun"), (10**9, "miliar"),
                       (10**6, "juta"), (10**3, "ribu"), (1, None)):
        g = v // unit % 1000
        if not g:
            continue
        if g == 1 and unit == 1000:
            w.append("seribu")
            continue
        w += below_1000(g)
        if name:
            w.append(name)
    return " ".join(w)


def rupiah(v):
    return f"{v:,}".replace(",", ".")


def pct_id(p):
    return f"{p:.2f}".replace(".", ",")


def money(x):
    """A package amount: JSON integer or a printed string."""
    if x is None:
        return None
    if isinstance(x, int):
        return x
    s = re.sub(r"(?i)rp\.?", "", x).strip()
    s = re.sub(r"(,-|,00|\.00)$", "", s)
    s = s.replace(".", "").replace(",", "").replace(" ", "")
    return 0 if s in ("", "-") else int(s)


def kids(n):
    for k in KIDS:
        for c in n.get(k, []):
            yield c


def own(n, y):
    a = n.get("anggaran", {}).get(y)
    if not a:
        return None
    p, pp, r = money(a.get("pagu")), money(a.get("pagu_perubahan")), money(a.get("realisasi"))
    if p is None and pp is None and r is None:
        return None
    return (pp if pp is not None else p, r)


def jumlah(n, y):
    """(pagu, realisasi) of a line as hitung defines it: the sum of the
    children that carry figures, else its own; None: no figures."""
    parts = [j for j in (jumlah(c, y) for c in kids(n)) if j is not None]
    if not parts:
        return own(n, y)
    pg = None if any(j[0] is None for j in parts) else sum(j[0] for j in parts)
    re_ = None if any(j[1] is None for j in parts) else sum(j[1] for j in parts)
    return (pg, re_)


def programs(inst):
    return [p for t in inst["tujuan"] for s in t.get("sasaran", [])
            for p in s.get("program", [])]


def oracle(inst, y):
    progs = programs(inst)
    pagu = real = 0
    any_ = False
    for p in progs:
        j = jumlah(p, y)
        if j is None:
            continue
        any_ = True
        pagu = None if pagu is None or j[0] is None else pagu + j[0]
        real = None if real is None or j[1] is None else real + j[1]
    pk = 0
    for p in progs:
        a = p.get("anggaran", {}).get(y, {})
        v = money(a.get("pagu_pk"))
        if v is None:
            j = jumlah(p, y)
            v = j[0] if j else None
        if v is not None:
            pk += v
    return (pagu if any_ else None, real if any_ else None, pk, len(progs))


def norm(s):
    return re.sub(r"\s+", " ", s)


def text_pdf(path):
    if not os.path.exists(path):
        return None
    t = os.popen(f"pdftotext -layout '{path}' -").read()
    return norm(t)


def text_html(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    return raw, norm(html.unescape(re.sub(r"<[^>]+>", " ", raw)))


def xml_parts_ok(path, what):
    z = zipfile.ZipFile(path)
    bad = []
    for n in z.namelist():
        if n.endswith(".xml") or n.endswith(".rels"):
            try:
                ET.fromstring(z.read(n))
            except ET.ParseError as e:
                bad.append(f"{n}: {e}")
    ok(not bad, f"{what}: every XML part is well-formed {bad[:2]}")
    return z


NS = {"s": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def xlsx_sheets(path):
    """{sheet name: {(row, col): (type, value)}} with shared strings
    resolved; type 'n' for numbers, 's' for text."""
    z = zipfile.ZipFile(path)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("s:si", NS):
            shared.append("".join(t.text or "" for t in si.iter(
                "{%s}t" % NS["s"])))
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    out = {}
    for sh in wb.find("s:sheets", NS):
        rid = sh.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
        t = target[rid]
        t = t[1:] if t.startswith("/") else "xl/" + t
        cells = {}
        for c in ET.fromstring(z.read(t)).iter("{%s}c" % NS["s"]):
            m = re.match(r"([A-Z]+)(\d+)", c.get("r"))
            col = 0
            for ch in m.group(1):
                col = col * 26 + ord(ch) - 64
            v = c.find("s:v", NS)
            if v is None:
                continue
            if c.get("t") == "s":
                cells[(int(m.group(2)), col)] = ("s", shared[int(v.text)])
            elif c.get("t") in (None, "n"):
                cells[(int(m.group(2)), col)] = ("n", float(v.text))
            else:
                cells[(int(m.group(2)), col)] = (c.get("t"), v.text)
        out[sh.get("name")] = cells
    return out


def row_of(cells, label):
    for (r, c), (t, v) in cells.items():
        if t == "s" and v == label:
            return r
    return None


def check_xlsx(path, name, pagu, serapan, capaian):
    sheets = xlsx_sheets(path)
    xml_parts_ok(path, name)
    ra = sheets.get("Realisasi Anggaran")
    if not ok(ra is not None, f"{name}: sheet 'Realisasi Anggaran'"):
        return
    r = row_of(ra, "JUMLAH")
    if ok(r is not None, f"{name}: JUMLAH row in 'Realisasi Anggaran'") and pagu is not None:
        ok(ra.get((r, 3)) == ("n", float(pagu)),
           f"{name}: JUMLAH pagu is the number {pagu}, got {ra.get((r, 3))}")
        if serapan is not None:
            t, v = ra.get((r, 5), (None, None))
            ok(t == "n" and abs(v - serapan / 100) < 5e-7,
               f"{name}: JUMLAH serapan is the number {serapan / 100}, got {t} {v}")
    rk = sheets.get("Ringkasan", {})
    r = row_of(rk, "Pagu anggaran (Rp)")
    if pagu is not None:
        ok(r is not None and rk.get((r, 2)) == ("n", float(pagu)),
           f"{name}: Ringkasan pagu is a number")
    cap = sheets.get("Capaian", {})
    nums = [v for (t, v) in cap.values() if t == "n"]
    for kode, c in capaian:
        ok(any(abs(v - c / 100) < 5e-7 for v in nums),
           f"{name}: capaian {kode} {c} is a number in sheet 'Capaian'")


def capaian_kinerja(pkg, exp, kode_inst):
    """(kode, capaian) of the tujuan/sasaran indicators that have one."""
    codes = set()
    for inst in pkg["instansi"]:
        if inst["kode"] != kode_inst:
            continue
        for t in inst["tujuan"]:
            codes |= {i["kode"] for i in t.get("indikator", [])}
            for s in t.get("sasaran", []):
                codes |= {i["kode"] for i in s.get("indikator", [])}
    return [(e["kode"], e["capaian"]) for e in exp["indikator"]
            if e["instansi"] == kode_inst and e["kode"] in codes
            and e.get("capaian") is not None]


def check_fixture(nnn):
    pkg = json.load(open(f"{FIX}/{nnn}.json"))
    exp = json.load(open(f"{FIX}/{nnn}.expected.json"))
    y = str(exp["tahun"])
    for inst in pkg["instansi"]:
        k = inst["kode"]
        base = f"{OUT}/{nnn}-{k}"
        pagu, real, pk_total, nprog = oracle(inst, y)
        serapan = next((a["serapan"] for a in exp.get("anggaran", [])
                        if a["instansi"] == k and a["kode"] == k), None)
        if serapan is None and pagu and real is not None:
            serapan = round(real * 100 / pagu + 1e-12, 2)
        caps = capaian_kinerja(pkg, exp, k)
        want = []
        if pagu is not None:
            want += [rupiah(pagu), terbilang(pagu) + " rupiah"]
        if serapan is not None:
            want.append(pct_id(serapan))
        want += [pct_id(c) for _, c in caps]
        want += ["BAB I PENDAHULUAN", "BAB IV PENUTUP", "LAMPIRAN"]
        pk_want = [inst["pimpinan"]["nama"]] if inst.get("pimpinan", {}).get("nama") else []
        if nprog:
            pk_want += [rupiah(pk_total), terbilang(pk_total) + " rupiah"]
        d = inst.get("pk", {}).get(y, {}).get("tanggal")
        if d:
            yy, mm, dd = map(int, d.split("-"))
            pk_want.append(f"{dd} {BULAN[mm - 1]} {yy}")
        else:
            pk_want.append(f"[tanggal: pk.{y}.tanggal]")
        if nnn == "000":  # the figures of the issue, literally
            want += ["16.279.712.340", "86,67"]
            pk_want += ["14.811.246.770", "empat belas miliar delapan ratus "
                        "sebelas juta dua ratus empat puluh enam ribu tujuh "
                        "ratus tujuh puluh rupiah", "Bengkulu, 2 Januari 2024"]
        for fmt, path, needles in (("lkjip pdf", base + "-lkjip.pdf", want),
                                   ("pk pdf", base + "-pk.pdf", pk_want)):
            t = text_pdf(path)
            if t is None:
                skip(f"{nnn} {k} {fmt}: no PDF (LibreOffice missing?)")
                continue
            for s in needles:
                ok(s in t, f"{nnn} {k} {fmt}: contains '{s}'")
        for fmt, path, needles in (("lkjip html", base + "-lkjip.html", want),
                                   ("pk html", base + "-pk.html", pk_want)):
            raw, t = text_html(path)
            for s in needles:
                ok(s in t, f"{nnn} {k} {fmt}: contains '{s}'")
            ok("<script" not in raw.lower(), f"{nnn} {k} {fmt}: no script")
        check_xlsx(base + "-lkjip.xlsx", f"{nnn} {k} lkjip xlsx", pagu, serapan, caps)
        for kind in ("lkjip", "pk"):
            z = xml_parts_ok(f"{base}-{kind}.docx", f"{nnn} {k} {kind} docx")
            doc = z.read("word/document.xml").decode()
            ok("w:tblHeader" in doc, f"{nnn} {k} {kind} docx: header rows repeat")
            if kind == "lkjip":
                ok(" TOC \\o" in doc and 'w:orient="landscape"' in doc and
                   'w:val="Heading1"' in doc,
                   f"{nnn} {k} lkjip docx: TOC field, headings, landscape section")
                ok(any(n.startswith("word/charts/chart") for n in z.namelist()),
                   f"{nnn} {k} lkjip docx: charts")
            ok("PAGE" in z.read("word/footer1.xml").decode(),
               f"{nnn} {k} {kind} docx: page number in the footer")
        if os.path.exists(base + "-pkp.pdf"):
            t = text_pdf(base + "-pkp.pdf")
            ok("PERJANJIAN KINERJA PERUBAHAN TAHUN " + y in t,
               f"{nnn} {k} pk perubahan: title")
            if pagu is not None:
                ok(rupiah(pagu) in t and terbilang(pagu) + " rupiah" in t,
                   f"{nnn} {k} pk perubahan: budget is the revised pagu {rupiah(pagu)}")


def check_xss():
    base = f"{OUT}/xss"
    evil = "<script>alert(1)</script>"
    for kind in ("lkjip", "pk"):
        raw, t = text_html(f"{base}-{kind}.html")
        ok("&lt;script&gt;alert(1)&lt;/script&gt;" in raw,
           f"xss {kind} html: the indicator name is escaped")
        ok("<script" not in raw.lower(), f"xss {kind} html: no script element")
        ok(evil in t, f"xss {kind} html: the name reads as text")
        z = xml_parts_ok(f"{base}-{kind}.docx", f"xss {kind} docx")
        body = ET.fromstring(z.read("word/document.xml"))
        ok(evil in "".join(body.itertext()), f"xss {kind} docx: the name is text")
    raw, t = text_html(f"{base}-lkjip.html")
    for s in ("100,00 (dibatasi)", "125,00", "Jumlah Pegawai menurut golongan",
              "lebih baik dari pembanding", "Kata pengantar dari data.",
              "[Belum diisi — narasi.2024.isu_strategis]"):
        ok(s in t, f"xss lkjip html: contains '{s}'")
    ok("[Belum diisi — narasi.2024.kata_pengantar]" not in t,
       "xss lkjip html: no placeholder where narasi is given")
    t = text_pdf(f"{base}-lkjip.pdf")
    if t is None:
        skip("xss lkjip pdf")
    else:
        ok(evil in t, "xss lkjip pdf: the name is printed as text")
        ok("100,00 (dibatasi)" in t, "xss lkjip pdf: capped capaian marked")


for f in sorted(glob.glob(f"{FIX}/[0-9]*.expected.json")):
    nnn = os.path.basename(f).split(".")[0]
    if not ONLY or nnn in ONLY:
        check_fixture(nnn)
if os.path.exists(f"{OUT}/xss-lkjip.html"):
    check_xss()
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed else 0)
