"""Drives a running `sakip serve` through the AKIP evaluation pages
(standard library only; the HTTP client, check(), the run's setup and
the authorisation matrix are web_test's).

    python3 web_lke_test.py --base http://127.0.0.1:PORT --db DB \
        --bin SAKIP --users USERS.txt --data test/data/lke

USERS.txt holds "name role password" lines for admin, op_a (kec-contoh),
op_b (dinas-contoh), verifikator, evaluator and pimpinan. The database is
read (sqlite3) and exported (`sakip evaluasi ekspor`) to check what a
request wrote or did not write; scores are compared with `sakip evaluasi
nilai --format json` on the same database. Exit status 0 when every check
passed; prints one line per check and the authorisation matrix."""
import html
import json
import os
import re
import sqlite3
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from web_test import (READ, XSS, audits, check, finish,  # noqa: E402
                      matrix, only, q, setup, wait_for)


# ---- the database and the CLI ------------------------------------------------

def sakip(env, *args):
    return subprocess.run([env.bin, "--db", env.db] + list(args),
                          capture_output=True, text=True)


def ekspor(env, kode, tahun, tahap):
    """The stored worksheet as the CLI exports it ('' when there is none)."""
    r = sakip(env, "evaluasi", "ekspor", "--instansi", kode, "--tahun",
              str(tahun), "--tahap", tahap)
    return r.stdout if r.returncode == 0 else ""


def nilai(env, kode, tahun, tahap):
    r = sakip(env, "evaluasi", "nilai", "--instansi", kode, "--tahun",
              str(tahun), "--tahap", tahap, "--format", "json")
    return json.loads(r.stdout) if r.returncode == 0 else None


def snapshot(env):
    """Everything a refused request must leave as it was."""
    with sqlite3.connect(env.db) as db:
        rows = [db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                for t in ("lke_evaluasi", "lke_jawaban", "lke_bukti",
                          "lke_catatan", "lke_rekomendasi", "audit_log")]
    return rows


def id_(x):
    """A score as the pages print it: 68.64 -> '68,64'."""
    return f"{x:.2f}".replace(".", ",")


def text(page):
    """The visible text of a page's main part, whitespace folded."""
    t = page[page.find("<main>"):]
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", t)))


# ---- forms -------------------------------------------------------------------

def attrs(s):
    return {k: html.unescape(v) for k, v in re.findall(r'([\w.-]+)="([^"]*)"', s)}


def form_fields(page):
    """The fields a browser would post from the page's worksheet form."""
    m = re.search(r'<form method="post" action="/evaluasi/\d+/(?:usulan|'
                  r'penetapan)">(.*?)</form>', page, re.S)
    if not m:
        return None
    f, body = {}, m.group(1)
    for a in re.findall(r"<input([^>]*)>", body):
        a = attrs(a)
        if "name" in a:
            f[a["name"]] = a.get("value", "")
    for a, inner in re.findall(r"<select([^>]*)>(.*?)</select>", body, re.S):
        sel = re.search(r'<option value="([^"]*)" selected>', inner)
        f[attrs(a)["name"]] = html.unescape(sel.group(1)) if sel else ""
    for a, inner in re.findall(r"<textarea([^>]*)>(.*?)</textarea>", body, re.S):
        f[attrs(a)["name"]] = html.unescape(inner)
    return f


def worksheet(c, inst, tahun, tahap):
    r = c.get(f"/evaluasi/{inst}/{tahap}?tahun={tahun}")
    return r, form_fields(r.text)


def post(c, path, fields, csrf=True):
    f = dict(fields)
    if not csrf:
        f.pop("csrf", None)
    return c.post(path, f)


def komponen_cells(page, kolom):
    """{kode: the text of column kolom (3 usulan, 4 penetapan)} of the
    agency page's komponen table."""
    out = {}
    t = page[page.find("Nilai per komponen"):]
    t = t[:t.find("</table>")]
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", t, re.S):
        cells = [re.sub(r"<[^>]+>", "", c).strip()
                 for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        if len(cells) > kolom and cells[0]:
            out[cells[0]] = html.unescape(cells[kolom])
    return out


# ---- tests -------------------------------------------------------------------

def t_awal(env):
    op = env.clients["op_a"]
    r = op.get("/evaluasi")
    check("operator going to /evaluasi is sent to his agency's page",
          r.status == 302 and r.getheader("Location") == f"/evaluasi/{env.A}",
          f"{r.status} {r.getheader('Location')}")
    check("a CLI import never publishes (terbit 0 for every imported one)",
          q(env, "SELECT count(*) FROM lke_evaluasi WHERE terbit = 1")[0][0] == 0)
    page = op.get(f"/evaluasi/{env.A}?tahun=2023").text
    check("the operator does not see his agency's draft penetapan 2023",
          "Hasil evaluasi belum diterbitkan" in page and "60,80" not in page
          and "700/031/INSP/2024" not in page)
    check("nav has an Evaluasi link to the operator's own agency",
          f'href="/evaluasi/{env.A}">Evaluasi<' in page)


def t_usulan_baru(env):
    r, f = worksheet(env.clients["op_a"], env.A, 2024, "usulan")
    check("a new usulan worksheet opens as a form (200)", r.status == 200 and
          f is not None, str(r.status))
    if not f:
        return
    sar = json.loads(sakip(env, "evaluasi", "saran", "--instansi", "kec-contoh",
                           "--tahun", "2024", "--format", "json").stdout)["saran"]
    env.saran = {s["kode"]: s["nilai"] for s in sar}
    ok = all(f.get("n." + k) == v for k, v in env.saran.items())
    rest = [k for k in f if k.startswith("n.") and k[2:] not in env.saran
            and f[k]]
    check(f"the new worksheet is prefilled with the {len(sar)} suggestions "
          "(the others blank), each shown with its evidence",
          ok and not rest and len(sar) >= 3 and
          all(html.escape(s["bukti"], quote=True) in r.text for s in sar)
          and "Saran sakip: <b>T</b>" in r.text,
          f"{ok} {rest[:5]}")
    check("the worksheet has 80 kriteria in template order, NA only on 1.a.2",
          len([k for k in f if k.startswith("n.")]) == 80
          and '<option value="NA"' in r.text
          and r.text.count('<option value="NA"') == 1
          and r.text.index("n.1.a.1") < r.text.index("n.4.c.5"))
    env.form_usulan = f


def answers_file(env):
    return json.load(open(os.path.join(env.data,
                                       "kec-contoh-2024-penetapan.json")))["jawaban"]


def t_usulan_simpan(env):
    op = env.clients["op_a"]
    f = dict(env.form_usulan)
    for k, v in answers_file(env).items():
        f["n." + k] = v["nilai"]
        f["c." + k] = v.get("catatan", "")
        f["b." + k] = "\n".join(v.get("bukti", []))
    f["b.1.a.3"] = "  renstra-2021-2026.pdf  \r\n\r\nhttps://contoh.go.id/renstra  "
    a0 = audits(env, "lke.simpan")
    r = post(op, f"/evaluasi/{env.A}/usulan", f)
    check("operator saves the usulan (302 back to the worksheet)",
          r.status == 302 and "pesan=tersimpan" in (r.getheader("Location") or ""),
          f"{r.status} {text(r.text)[:600]}")
    js = nilai(env, "kec-contoh", 2024, "usulan")
    check("... stored: 80 answers, evidence lines trimmed, one audit row",
          js is not None and audits(env, "lke.simpan") == a0 + 1 and
          q(env, "SELECT count(*) FROM lke_jawaban j JOIN lke_evaluasi e ON"
            " e.id = j.evaluasi_id WHERE e.tahap = 'usulan' AND e.tahun = 2024"
            " AND e.instansi_id = ?", (env.A,))[0][0] == 80 and
          [b for (b,) in q(env, "SELECT b.bukti FROM lke_bukti b JOIN "
                           "lke_evaluasi e ON e.id = b.evaluasi_id WHERE "
                           "b.kode = '1.a.3' AND e.tahap = 'usulan'")] ==
          ["renstra-2021-2026.pdf", "https://contoh.go.id/renstra"])
    if not js:
        return
    conf = sum(1 for k, v in env.saran.items()
               if answers_file(env)[k]["nilai"] == v)
    check("the suggestions are recorded: nilai counts them confirmed / "
          "overridden", js["saran"] == {"dikonfirmasi": conf,
                                        "diubah": len(env.saran) - conf},
          str(js["saran"]))
    page = op.get(f"/evaluasi/{env.A}?tahun=2024").text
    cells = komponen_cells(page, 3)
    want = {}
    for k in js["komponen"]:
        want[k["kode"]] = id_(k["nilai"])
        for s in k["sub"]:
            want[s["kode"]] = id_(s["nilai"])
    env.usulan_total = id_(js["total"])
    check(f"scores shown equal `evaluasi nilai --format json` (total "
          f"{env.usulan_total}, {len(want)} komponen and sub-komponen), "
          "method beside the total",
          all(cells.get(k) == v for k, v in want.items()) and
          f"{env.usulan_total} (metode P)" in text(page) and
          f'class="pred pred-' in page and f">{js['predikat']}<" in page,
          f"{[(k, cells.get(k), v) for k, v in want.items() if cells.get(k) != v][:4]}")
    r, f2 = worksheet(op, env.A, 2024, "usulan")
    check("the saved worksheet comes back with the answers, notes and "
          "evidence as saved", f2 and f2["n.1.b.3"] == f["n.1.b.3"] and
          f2["c.1.a.1"] == f["c.1.a.1"] and
          f2["b.1.a.3"] == "renstra-2021-2026.pdf\nhttps://contoh.go.id/renstra"
          and "Nilai tersimpan" in r.text and env.usulan_total in r.text)
    env.form_usulan = f2


def t_usulan_tolak(env):
    op = env.clients["op_a"]
    base = dict(env.form_usulan)
    cases = [
        ("Y on an A-E kriterion (1.b.3), posted by hand",
         {"n.1.b.3": "Y", "c.1.b.1": "catatan-tetap-ada-7731"},
         ["Kriterion 1.b.3", "tidak sah", "A, B, C, D atau E",
          "catatan-tetap-ada-7731", '<option value="Y" selected>Y (tidak sah)']),
        ("an unknown kode", {"n.9.z.9": "Y"}, ["9.z.9", "tidak ada dalam lembar"]),
        ("NA on a kriterion an OPD has (1.a.1)", {"n.1.a.1": "NA"},
         ["Kriterion 1.a.1", "tidak sah"]),
        ("a rule broken (rencana aksi without PK)",
         {"n.1.a.4": "T", "n.1.a.5": "Y"},
         ["Kriterion 1.a.5", "renaksi-tanpa-pk", "1.a.4 (T)"]),
        ("a note without an answer", {"n.1.a.1": "", "c.1.a.1": "ada catatan"},
         ["Kriterion 1.a.1", "memerlukan jawaban"]),
        ("21 evidence lines", {"b.1.a.1": "\n".join(f"b{i}.pdf" for i in range(21))},
         ["Kriterion 1.a.1", "paling banyak 20 bukti"]),
        ("XSS typed into a note comes back escaped", {"n.1.b.3": "Z",
                                                      "c.1.b.4": XSS[0]},
         ["&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"]),
    ]
    for name, change, want in cases:
        before = snapshot(env), ekspor(env, "kec-contoh", 2024, "usulan")
        r = post(op, f"/evaluasi/{env.A}/usulan", dict(base, **change))
        after = snapshot(env), ekspor(env, "kec-contoh", 2024, "usulan")
        miss = [w for w in want if w not in r.text]
        check(f"usulan with {name} -> 400, form back with the input, "
              "nothing written", r.status == 400 and not miss and
              before == after and XSS[0] not in r.text and
              "tidak ada yang ditulis" in r.text,
              f"{r.status} missing {miss}")


def t_lingkup(env):
    op = env.clients["op_a"]
    tok = op.csrf(f"/evaluasi/{env.A}/usulan?tahun=2024")
    before = snapshot(env)
    cases = [("GET", f"/evaluasi/{env.B}/usulan?tahun=2024", None),
             ("GET", f"/evaluasi/{env.B}?tahun=2024", None),
             ("POST", f"/evaluasi/{env.B}/usulan",
              {"csrf": tok, "tahun": 2026, "n.1.a.1": "Y"}),
             ("GET", f"/evaluasi/{env.A}/penetapan?tahun=2024", None),
             ("POST", f"/evaluasi/{env.A}/penetapan",
              {"csrf": tok, "tahun": 2024, "n.1.a.1": "T"}),
             ("POST", f"/evaluasi/{env.A}/terbit",
              {"csrf": tok, "tahun": 2023, "aksi": "terbit"})]
    got = []
    for m, p, f in cases:
        got.append((op.get(p) if m == "GET" else op.post(p, f)).status)
    check("operator: another agency's worksheet and page, the penetapan and "
          "publishing -> 403, nothing written", got == [403] * 6 and
          snapshot(env) == before, str(got))


def t_csrf(env):
    op, ev = env.clients["op_a"], env.clients["evaluator"]
    before = snapshot(env)
    f = dict(env.form_usulan)
    r1 = post(op, f"/evaluasi/{env.A}/usulan", f, csrf=False)
    r2 = post(op, f"/evaluasi/{env.A}/usulan", dict(f, csrf=f["csrf"][::-1]))
    r3 = ev.post(f"/evaluasi/{env.A}/penetapan", {"tahun": 2024, "n.1.a.1": "Y"})
    r4 = ev.post(f"/evaluasi/{env.A}/terbit", {"tahun": 2023, "aksi": "terbit"})
    other = env.clients["pimpinan"].csrf("/evaluasi")
    r5 = ev.post(f"/evaluasi/{env.A}/terbit", {"csrf": other, "tahun": 2023,
                                                "aksi": "terbit"})
    got = [x.status for x in (r1, r2, r3, r4, r5)]
    check("CSRF missing / wrong / another session's on the usulan, the "
          "penetapan and publishing -> 403, nothing written",
          got == [403] * 5 and snapshot(env) == before, str(got))


def lower_pemanfaatan(f):
    """The evaluator's changes: komponen 1's pemanfaatan all E (never breaks
    a rule: pemanfaatan may not exceed kualitas)."""
    g = dict(f)
    for k in list(g):
        if k.startswith("n.1.c."):
            g[k] = "E"
    g["c.1.c.1"] = "Anggaran belum berbasis kinerja."
    return g


def t_penetapan(env):
    ev, op = env.clients["evaluator"], env.clients["op_a"]
    r, f = worksheet(ev, env.A, 2024, "penetapan")
    usl = env.form_usulan
    check("a new penetapan starts from the usulan, shown beside every row",
          r.status == 200 and f is not None and
          all(f["n." + k[2:]] == v for k, v in usl.items() if k.startswith("n."))
          and "Usulan instansi" in r.text and "Penetapan baru" in r.text,
          str(r.status))
    if not f:
        return
    g = lower_pemanfaatan(f)
    g.update({"lhe_nomor": "700/099/INSP/2025", "lhe_tanggal": "",
              "evaluator": "Inspektur Kabupaten Contoh", "k.1": XSS[1],
              "k.3": "Pelaporan perlu pembanding nasional."})
    r = post(ev, f"/evaluasi/{env.A}/penetapan", g)
    js = nilai(env, "kec-contoh", 2024, "penetapan")
    env.pen_total = id_(js["total"]) if js else "?"
    check("evaluator saves a penetapan draft (302)", r.status == 302 and js
          and env.pen_total != env.usulan_total,
          f"{r.status} {text(r.text)[:400]}")
    for who in ("op_a", "verifikator", "pimpinan"):
        page = env.clients[who].get(f"/evaluasi/{env.A}?tahun=2024").text
        ov = env.clients[who].get("/evaluasi").text if who != "op_a" else ""
        check(f"{who}: the draft penetapan is invisible (no {env.pen_total}, "
              "no LHE, no changes)",
              env.pen_total not in page and env.pen_total not in ov and
              "700/099/INSP/2025" not in page and "Jawaban yang diubah" not in
              page and env.usulan_total in page and
              "Hasil evaluasi belum diterbitkan" in page)
    check("... nor its LHE file (404)",
          op.get(f"/evaluasi/{env.A}/lhe?tahun=2024").status == 404)
    page = ev.get(f"/evaluasi/{env.A}?tahun=2024").text
    check("the evaluator sees it as a draft, with the answers he changed",
          env.pen_total in page and "draf" in page and
          "Jawaban yang diubah evaluator" in page and
          "Anggaran belum berbasis kinerja." in page and
          'class="angka beda"' in page and XSS[1] not in page and
          "&quot;&gt;&lt;img" in page)
    r = op.post(f"/evaluasi/{env.A}/usulan", dict(usl))
    rp = op.get(f"/evaluasi/{env.A}/usulan?tahun=2024")
    check("once a penetapan exists the usulan is read-only (409; no form)",
          r.status == 409 and "sudah dinilai evaluator" in r.text and
          "Usulan sudah dinilai evaluator" in rp.text and
          form_fields(rp.text) is None, str(r.status))
    before = snapshot(env)
    tok = ev.csrf(f"/evaluasi/{env.A}?tahun=2024")
    r = ev.post(f"/evaluasi/{env.A}/terbit", {"csrf": tok, "tahun": 2024,
                                               "aksi": "terbit"})
    check("publishing without the LHE's tanggal is refused (409), nothing "
          "written", r.status == 409 and "tanggal LHE" in r.text and
          snapshot(env) == before, str(r.status))
    r, f = worksheet(ev, env.A, 2024, "penetapan")
    check("the saved penetapan comes back with its LHE part and notes",
          f and f["lhe_nomor"] == "700/099/INSP/2025" and f["k.1"] == XSS[1]
          and f["n.1.c.1"] == "E" and f["c.1.c.1"] ==
          "Anggaran belum berbasis kinerja.")
    f["lhe_tanggal"] = "2025-03-31"
    r1 = post(ev, f"/evaluasi/{env.A}/penetapan", f)
    a0 = audits(env, "lke.terbit")
    r2 = ev.post(f"/evaluasi/{env.A}/terbit", {"csrf": tok, "tahun": 2024,
                                                "aksi": "terbit"})
    check("with the LHE complete the evaluator publishes (302, audited)",
          r1.status == 302 and r2.status == 302 and
          audits(env, "lke.terbit") == a0 + 1 and
          q(env, "SELECT terbit FROM lke_evaluasi WHERE instansi_id = ? AND"
            " tahun = 2024 AND tahap = 'penetapan'", (env.A,))[0][0] == 1,
          f"{r1.status} {r2.status}")
    page = op.get(f"/evaluasi/{env.A}?tahun=2024").text
    cells = komponen_cells(page, 4)
    check(f"published: the operator sees the penetapan {env.pen_total}, "
          "its grade, the changed answers and the LHE",
          env.pen_total in page and "700/099/INSP/2025" in page and
          "Jawaban yang diubah evaluator" in page and
          cells.get("1.c") == id_(js["komponen"][0]["sub"][2]["nilai"]),
          str(cells.get("1.c")))
    before = snapshot(env)
    r = post(ev, f"/evaluasi/{env.A}/penetapan", f)
    rp = ev.get(f"/evaluasi/{env.A}/penetapan?tahun=2024")
    check("a published penetapan is read-only until withdrawn (409)",
          r.status == 409 and snapshot(env) == before and
          form_fields(rp.text) is None and "sudah diterbitkan" in rp.text,
          str(r.status))
    r = op.get(f"/evaluasi/{env.A}/lhe?tahun=2024&format=docx")
    h = op.get(f"/evaluasi/{env.A}/lhe?tahun=2024&format=html")
    check("the published LHE downloads as DOCX and HTML attachments",
          r.status == 200 and r.body[:2] == b"PK" and "attachment" in
          (r.getheader("Content-Disposition") or "") and h.status == 200 and
          "700/099/INSP/2025" in h.text and "LHE-kec-contoh-2024.html" in
          (h.getheader("Content-Disposition") or ""),
          f"{r.status} {h.status}")


def t_rekomendasi(env):
    """kec-contoh 2023 (method R, 4 recommendations): the evaluator saves
    the penetapan again; recommendations, status and follow-ups stay."""
    # followed up while published, then withdrawn for a correction
    pub = ["evaluasi", "terbit", "--instansi", "kec-contoh", "--tahun", "2023"]
    sakip(env, *pub)
    r = sakip(env, "evaluasi", "tindak-lanjut", "--instansi", "kec-contoh",
              "--tahun", "2023", "--nomor", "1", "--uraian", "IKU ditetapkan",
              "--tanggal", "2024-05-02")
    sakip(env, *pub, "--batal")
    rek = lambda: q(env, "SELECT r.nomor, r.teks, r.status, (SELECT count(*)"
                    " FROM lke_tindak_lanjut t WHERE t.rekomendasi_id = r.id)"
                    " FROM lke_rekomendasi r JOIN lke_evaluasi e ON e.id ="
                    " r.evaluasi_id WHERE e.tahun = 2023 ORDER BY r.nomor")
    before = rek()
    ev = env.clients["evaluator"]
    page, f = worksheet(ev, env.A, 2023, "penetapan")
    check("a method-R penetapan: the answer is on the sub-komponen rows",
          f is not None and f.get("n.4.c") == "D" and "n.1.a.1" not in f and
          "metode R" in page.text and r.returncode == 0)
    if not f:
        return
    f["n.4.c"] = "C"
    r = post(ev, f"/evaluasi/{env.A}/penetapan", f)
    js = nilai(env, "kec-contoh", 2023, "penetapan")
    after = rek()
    check("saving it keeps the 4 recommendations, their status (proses) and "
          "follow-up; the LHE part stays",
          r.status == 302 and after == before and len(after) == 4 and
          after[0][2] == "proses" and after[0][3] == 1 and js and
          js["total"] > 60.80 and q(env, "SELECT lhe_nomor, lhe_tanggal FROM"
                                    " lke_evaluasi WHERE tahun = 2023")[0] ==
          ("700/031/INSP/2024", "2024-03-20"),
          f"{r.status} {before} -> {after}")
    env.total_2023 = id_(js["total"]) if js else "?"


def t_xss(env):
    op, ev = env.clients["op_a"], env.clients["evaluator"]
    r, f = worksheet(op, env.A, 2025, "usulan")
    f = dict(f or {})
    for k in f:
        if k.startswith("n."):
            f[k] = ""
    f.update({"n.1.a.1": "Y", "c.1.a.1": XSS[0],
              "b.1.a.1": "javascript:alert(1)\n" + XSS[1] +
              "\nhttps://contoh.go.id/a?b=1&c=2"})
    r = post(op, f"/evaluasi/{env.A}/usulan", f)
    pages = [op.get(f"/evaluasi/{env.A}/usulan?tahun=2025").text,
             ev.get(f"/evaluasi/{env.A}/usulan?tahun=2025").text]
    check("XSS in a note and in evidence comes back escaped; only http(s) "
          "evidence becomes a link",
          r.status == 302 and all(p not in t for p in XSS for t in pages) and
          all("&lt;script&gt;" in t for t in pages) and
          'href="javascript' not in pages[1] and
          'href="https://contoh.go.id/a?b=1&amp;c=2"' in pages[1],
          str(r.status))


def t_cli_terbit(env):
    r = sakip(env, "evaluasi", "terbit", "--instansi", "dinas-contoh",
              "--tahun", "2024")
    check("CLI terbit without the LHE's nomor and tanggal: exit 1, says so",
          r.returncode == 1 and "nomor and tanggal" in r.stderr, r.stderr)
    pim = env.clients["pimpinan"]
    shown = lambda: env.total_2023 in pim.get("/evaluasi").text
    was = shown()
    r = sakip(env, "evaluasi", "terbit", "--instansi", "kec-contoh",
              "--tahun", "2023")
    aud = q(env, "SELECT user_id, new_value FROM audit_log WHERE action ="
            " 'lke.terbit' ORDER BY id DESC LIMIT 1")
    check("CLI terbit publishes (audited with the OS user); the web's "
          "overview shows it to the leaders",
          r.returncode == 0 and "published" in r.stdout and not was and
          aud[0][0] is None and "cli:" in aud[0][1] and wait_for(shown),
          f"{r.returncode} {r.stdout} {aud}")
    before = snapshot(env)
    ri = sakip(env, "evaluasi", "impor",
               os.path.join(env.data, "kec-contoh-2023-penetapan.json"))
    check("a published penetapan is not overwritten by `evaluasi impor`: "
          "exit 1, says so, nothing written",
          ri.returncode == 1 and "is published" in ri.stderr and
          "nothing was written" in ri.stderr and snapshot(env) == before,
          f"{ri.returncode} {ri.stderr}")
    r2 = sakip(env, "evaluasi", "terbit", "--instansi", "kec-contoh",
               "--tahun", "2023")
    r3 = sakip(env, "evaluasi", "terbit", "--instansi", "kec-contoh",
               "--tahun", "2023", "--batal")
    check("again: nothing written; --batal withdraws it, hidden again",
          "already" in r2.stdout and r3.returncode == 0 and "withdrawn" in
          r3.stdout and wait_for(lambda: not shown()), r3.stdout)
    sakip(env, "evaluasi", "terbit", "--instansi", "kec-contoh", "--tahun",
          "2023")


def t_overview(env):
    ev, pim = env.clients["evaluator"], env.clients["pimpinan"]
    e = ev.get("/evaluasi").text
    p = pim.get("/evaluasi?tahun=2024").text
    check("overview: grades per agency and year with the method, usulan "
          "beside, a chart; drafts for the evaluator only, marked",
          "<svg" in e and env.pen_total in e and "90,00" in e and "draf" in e
          and f"usulan {env.usulan_total} (metode P)" in e
          and "metode R" in e and re.search(r'class="pred pred-\d" title="'
                                            r'[^"]+">B<', e) and
          env.pen_total in p and "90,00" not in p and ">draf<" not in p
          and "<svg" in p, "")
    e24 = ev.get("/evaluasi?tahun=2024").text
    svg = e24[e24.find("<svg"):e24.find("</svg>")]
    check("overview chart: scores on 0-100 without a percent sign",
          env.pen_total in svg and "%" not in svg and "100 %" not in svg,
          svg[:300])


def matrix_rows(env):
    A, B = env.A, env.B
    empty = {"tahun": 2026}
    return [
        ("overview", "GET", "/evaluasi", None, dict(READ, op_a=302)),
        ("agency year", "GET", f"/evaluasi/{A}", None, READ),
        ("agency year (other)", "GET", f"/evaluasi/{B}", None,
         dict(READ, op_a=403)),
        ("usulan sheet", "GET", f"/evaluasi/{A}/usulan", None, READ),
        ("usulan sheet (other)", "GET", f"/evaluasi/{B}/usulan", None,
         dict(READ, op_a=403)),
        ("usulan save", "POST", f"/evaluasi/{A}/usulan", empty,
         only(["op_a"], 400, 403)),
        ("usulan save (other)", "POST", f"/evaluasi/{B}/usulan", empty,
         only([], 400, 403)),
        ("penetapan sheet", "GET", f"/evaluasi/{A}/penetapan", None,
         only(["admin", "evaluator"], 200)),
        ("penetapan save", "POST", f"/evaluasi/{A}/penetapan", empty,
         only(["evaluator"], 400, 403)),
        ("publish", "POST", f"/evaluasi/{A}/terbit",
         {"tahun": 2024, "aksi": "periksa"}, only(["evaluator"], 400, 403)),
        ("LHE published", "GET", f"/evaluasi/{A}/lhe?tahun=2024", None, READ),
        ("LHE draft", "GET", f"/evaluasi/{B}/lhe?tahun=2024", None,
         dict(READ, op_a=403, verifikator=404, pimpinan=404)),
    ]


def t_matrix(env):
    matrix(env, "authorisation matrix of the evaluation pages",
           matrix_rows(env), cell=11, unchanged=snapshot)


def t_get_aman(env):
    before = snapshot(env)
    for role, c in env.clients.items():
        for p in ("/evaluasi", f"/evaluasi/{env.A}", f"/evaluasi/{env.B}",
                  f"/evaluasi/{env.A}/usulan?tahun=2026",
                  f"/evaluasi/{env.A}/penetapan?tahun=2026",
                  f"/evaluasi/{env.B}/penetapan", f"/evaluasi/{env.A}/lhe"):
            c.get(p)
    check("GETs of every evaluation page by every role write nothing",
          snapshot(env) == before)
    r = env.clients["admin"].get(f"/evaluasi/{env.A}?tahun=abc")
    r2 = env.clients["evaluator"].get(f"/evaluasi/{env.A}/lhe?tahun=2024"
                                      "&format=pdf")
    check("a bad year or LHE format -> 400", r.status == 400 and
          r2.status == 400, f"{r.status} {r2.status}")
    # years an operator could fill to push the real ones off the overview
    this = int(time.strftime("%Y"))
    op = env.clients["op_a"]
    tok = op.csrf(f"/evaluasi/{env.A}/usulan")
    before = snapshot(env)
    codes = [op.get(f"/evaluasi/{env.A}/usulan?tahun={y}").status
             for y in (1950, 1999, this + 2)]
    codes += [op.post(f"/evaluasi/{env.A}/usulan",
                      {"csrf": tok, "tahun": y, "n.1.a.1": "Y"}).status
              for y in (1950, this + 2)]
    check("a year before 2000 or after next year -> 400, nothing written",
          codes == [400] * 5 and snapshot(env) == before, str(codes))


def t_dua_pemda(env):
    """A second pemda with the same agency kodes (9902, pemda.json renamed)
    and its own kec-contoh 2024 penetapan (the method R sheet of 2023,
    60,80): every page of either kec-contoh shows its own evaluation, the
    route's agency naming its pemda (kode alone is no longer unique)."""
    ev = env.clients["evaluator"]
    js = nilai(env, "kec-contoh", 2024, "penetapan")
    ta = id_(js["total"]) if js else "?"
    d = json.load(open(os.path.join(env.data, "pemda.json")))
    d["pemda"]["kode"], d["pemda"]["nama"] = "9902", "Kabupaten Lain"
    w = json.load(open(os.path.join(env.data, "kec-contoh-2023-penetapan.json")))
    w["tahun"], w["pemda"] = 2024, "9902"
    pf = env.db + ".pemda-lain.json"
    wf = env.db + ".lain-2024.json"
    json.dump(d, open(pf, "w"))
    json.dump(w, open(wf, "w"))
    r1, r2 = sakip(env, "import", pf), sakip(env, "evaluasi", "impor", wf)
    check("a second pemda with the same agency kodes and its own evaluation",
          r1.returncode == 0 and r2.returncode == 0 and ta != "60,80",
          r1.stderr + r2.stderr)
    rows = q(env, "SELECT i.id FROM instansi i JOIN pemda p ON p.id ="
             " i.pemda_id WHERE p.kode = '9902' AND i.kode = 'kec-contoh'")
    if not rows:
        return
    b = rows[0][0]
    pb = ev.get(f"/evaluasi/{b}?tahun=2024")
    pa = ev.get(f"/evaluasi/{env.A}?tahun=2024")
    check("the agency page of the second pemda's kec-contoh shows its own "
          "total (60,80), the first's its own (" + ta + ")",
          pb.status == 200 and "60,80" in text(pb.text) and
          ta not in text(pb.text) and "Kabupaten Lain" in pb.text and
          pa.status == 200 and ta in text(pa.text) and
          "60,80" not in text(pa.text), f"{pb.status} {pa.status}")
    lb = ev.get(f"/evaluasi/{b}/lhe?tahun=2024&format=html")
    check("... its LHE (200, its pemda, its total)", lb.status == 200 and
          "Kabupaten Lain" in lb.text and "60,80" in lb.text, str(lb.status))
    r, f = worksheet(ev, b, 2024, "penetapan")
    before = q(env, "SELECT count(*) FROM audit_log WHERE action ="
               " 'lke.simpan'")[0][0]
    rs = post(ev, f"/evaluasi/{b}/penetapan", f) if f else r
    after = q(env, "SELECT count(*) FROM audit_log WHERE action ="
              " 'lke.simpan'")[0][0]
    t2 = sakip(env, "evaluasi", "nilai", "--pemda", "9902", "--instansi",
               "kec-contoh", "--tahun", "2024").stdout
    t1 = sakip(env, "evaluasi", "nilai", "--pemda", "9901", "--instansi",
               "kec-contoh", "--tahun", "2024").stdout
    check("... its worksheet saved again as it was (302, one audit row, "
          "neither total changed)", rs.status == 302 and after == before + 1
          and "total (metode R): 60,80" in t2 and f"{ta}, predikat" in t1,
          f"{rs.status} {after - before} {text(rs.text)[:300]}")

    def terbit():
        return dict(q(env, "SELECT instansi_id, terbit FROM lke_evaluasi"
                      " WHERE tahun = 2024 AND tahap = 'penetapan' AND"
                      " instansi_id IN (?, ?)", (b, env.A)))

    def aksi(a):
        tok = ev.csrf(f"/evaluasi/{b}?tahun=2024")
        return ev.post(f"/evaluasi/{b}/terbit", {"csrf": tok, "tahun": 2024,
                                                  "aksi": a}).status
    p0 = terbit()
    s1, p1 = aksi("terbit"), terbit()
    ov = ev.get("/evaluasi?pemda=9902&tahun=2024")
    s2, p2 = aksi("tarik"), terbit()
    check("... published and withdrawn from its page (the other kec-contoh "
          "left as it was), and in its pemda's overview",
          s1 == 302 and s2 == 302 and p0[b] == 0 and p1[b] == 1 and
          p2[b] == 0 and p0[env.A] == p1[env.A] == p2[env.A] and
          ov.status == 200 and "60,80" in text(ov.text),
          f"{s1} {s2} {p0} {p1} {p2} {ov.status}")


def main():
    env = setup(("base", "db", "bin", "users", "data"),
                ("admin", "op_a", "op_b", "verifikator", "evaluator",
                 "pimpinan"))
    ids = dict(q(env, "SELECT kode, id FROM instansi"))
    env.A, env.B = ids["kec-contoh"], ids["dinas-contoh"]
    for t in (t_awal, t_usulan_baru, t_usulan_simpan, t_usulan_tolak,
              t_lingkup, t_csrf, t_penetapan, t_rekomendasi, t_xss,
              t_cli_terbit, t_overview, t_matrix, t_get_aman,
              t_dua_pemda):
        t(env)
    finish()


if __name__ == "__main__":
    main()
