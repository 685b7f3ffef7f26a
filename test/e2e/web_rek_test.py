"""Drives a running `sakip serve` through the recommendation pages
(standard library only; the HTTP client and helpers are web_test's).

    python3 web_rek_test.py --base http://127.0.0.1:PORT --db DB \
        --data DIR --bin SAKIP --users USERS.txt --now YYYY-MM-DD

The server runs with SAKIP_NOW=--now. USERS.txt holds "name role
password" lines for admin, op_a (kec-contoh), op_b (dinas-contoh),
verifikator, evaluator and pimpinan. The database is read (sqlite3) to
find the recommendations' ids and to check what a request wrote or did
not write. Exit status 0 when every check passed; prints one line per
check and the authorisation matrix."""
import json
import os
import re
import sqlite3
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from web_test import (READ, ROLES, XSS, audits, check, files,  # noqa: E402
                      finish, matrix, office, only, pdf, q, setup)


# ---- what the database holds --------------------------------------------------

def rek_ids(env):
    """{(instansi kode, tahun, nomor): lke_rekomendasi.id}"""
    rows = q(env, "SELECT i.kode, v.tahun, r.nomor, r.id FROM lke_rekomendasi r"
             " JOIN lke_evaluasi v ON v.id = r.evaluasi_id"
             " JOIN instansi i ON i.id = v.instansi_id")
    return {(k, t, n): i for k, t, n, i in rows}


def status(env, rid):
    return q(env, "SELECT status FROM lke_rekomendasi WHERE id = ?", (rid,))[0][0]


def tls(env, rid=None):
    if rid is None:
        return q(env, "SELECT count(*) FROM lke_tindak_lanjut")[0][0]
    return q(env, "SELECT id, tanggal, uraian, bukti, diverifikasi_oleh,"
             " diverifikasi_pada, catatan_verifikasi FROM lke_tindak_lanjut"
             " WHERE rekomendasi_id = ? ORDER BY id", (rid,))


def written(env):
    """Everything a refused write must leave as it was."""
    return (tls(env), audits(env), files(env),
            q(env, "SELECT id, status FROM lke_rekomendasi ORDER BY id"))


def publish(env, inst, tahun, on):
    args = [env.bin, "--db", env.db, "evaluasi", "terbit", "--instansi", inst,
            "--tahun", str(tahun)] + ([] if on else ["--batal"])
    if subprocess.run(args, capture_output=True).returncode == 0:
        return
    with sqlite3.connect(env.db) as db:
        db.execute("UPDATE lke_evaluasi SET terbit = ? WHERE tahap = 'penetapan'"
                   " AND tahun = ? AND instansi_id = (SELECT id FROM instansi"
                   " WHERE kode = ?)", (1 if on else 0, tahun, inst))


def cli_rekomendasi(env, *extra):
    out = subprocess.run([env.bin, "--db", env.db, "evaluasi", "rekomendasi",
                          "--format", "json"] + list(extra),
                         capture_output=True, text=True,
                         env=dict(os.environ, SAKIP_NOW=env.now))
    return json.loads(out.stdout)["rekomendasi"]


# ---- what the pages show -------------------------------------------------------

def list_rows(c, query=""):
    """{rek id: (status, overdue, draf)} of the list page, and its summary."""
    page = c.get("/rekomendasi" + query).text
    rows = {}
    for tr in re.findall(r"<tr[^>]*>.*?</tr>", page, re.S):
        m = re.search(r'href="/rekomendasi/(\d+)"', tr)
        if not m:
            continue
        st = re.search(r'class="status status-(belum|proses|selesai|ditolak)"', tr)
        rows[int(m.group(1))] = (st.group(1) if st else None,
                                 "status-terlambat" in tr, "status-draf" in tr)
    s = re.search(r'id="ringkasan">([^<]*)<', page)
    return rows, (s.group(1) if s else ""), page


def form_token(c, rid):
    m = re.search(r'name="csrf" value="([^"]*)"', c.get(f"/rekomendasi/{rid}").text)
    return m.group(1) if m else ""


def follow_up(c, rid, uraian, tanggal="", tautan="", bukti=("", b""), csrf=None):
    tok = form_token(c, rid) if csrf is None else csrf
    f = {"uraian": uraian, "tanggal": tanggal, "tautan": tautan}
    if tok:
        f["csrf"] = tok
    return c.post(f"/rekomendasi/{rid}/tindak-lanjut", f, {"bukti": bukti})


def verify(c, rid, st, catatan="", csrf=None):
    tok = form_token(c, rid) if csrf is None else csrf
    f = {"status": st, "catatan": catatan}
    if tok:
        f["csrf"] = tok
    return c.post(f"/rekomendasi/{rid}/verifikasi", f)


# ---- tests -----------------------------------------------------------------------

def t_visibility(env):
    a, b = env.clients["op_a"], env.clients["op_b"]
    r24 = [env.ids[("kec-contoh", 2024, n)] for n in (1, 2, 3)]
    r23 = [env.ids[("kec-contoh", 2023, n)] for n in (1, 2, 3, 4)]
    rows, summ, _ = list_rows(a)
    check("operator: his agency's published recommendations only",
          sorted(rows) == sorted(r24) and summ.startswith("3 rekomendasi"),
          f"{sorted(rows)} vs {sorted(r24)}; {summ}")
    rows, _, _ = list_rows(a, f"?instansi={env.inst_b}")
    check("operator: ?instansi= of another agency still lists his own",
          sorted(rows) == sorted(r24), str(sorted(rows)))
    r = a.get(f"/rekomendasi/{r23[0]}")
    check("operator: a recommendation of an unpublished penetapan -> 404",
          r.status == 404, str(r.status))
    publish(env, "kec-contoh", 2023, True)
    rows, _, _ = list_rows(a)
    ok = sorted(rows) == sorted(r23 + r24) and \
        a.get(f"/rekomendasi/{r23[0]}").status == 200
    publish(env, "kec-contoh", 2023, False)
    rows2, _, _ = list_rows(a)
    check("operator: published -> listed and open; withdrawn -> gone again",
          ok and sorted(rows2) == sorted(r24)
          and a.get(f"/rekomendasi/{r23[0]}").status == 404, str(sorted(rows)))
    everyone = set(env.ids.values())
    for role in ("admin", "evaluator"):
        rows, _, _ = list_rows(env.clients[role])
        check(f"{role}: every agency's, drafts too and marked draf",
              set(rows) == everyone and all(rows[i][2] for i in r23)
              and not any(rows[i][2] for i in r24), str(rows))
    for role in ("verifikator", "pimpinan"):
        rows, _, _ = list_rows(env.clients[role])
        check(f"{role}: every agency's published ones, no draft",
              set(rows) == everyone - set(r23)
              and env.clients[role].get(f"/rekomendasi/{r23[0]}").status == 404,
              str(sorted(rows)))
    rows, _, _ = list_rows(b)
    check("operator B: only B's recommendation",
          list(rows) == [env.rb], str(rows))
    before = written(env)
    r1 = b.get(f"/rekomendasi/{r24[0]}")
    r2 = follow_up(b, r24[0], "bukan urusan B", csrf=b.csrf("/rekomendasi"))
    check("another agency's operator: 403 on GET and POST, nothing written",
          (r1.status, r2.status) == (403, 403) and written(env) == before,
          f"{r1.status} {r2.status}")
    page = env.clients["evaluator"].get("/rekomendasi").text
    check("the navigation links the list", 'href="/rekomendasi"' in page)


def t_flow(env):
    a, ev = env.clients["op_a"], env.clients["evaluator"]
    rid = env.ids[("kec-contoh", 2024, 1)]
    page = a.get(f"/rekomendasi/{rid}").text
    check("detail: text, form for the operator, no verification form",
          "cascading kinerja" in page and "/tindak-lanjut" in page
          and "/verifikasi\"" not in page)
    f0 = files(env)
    r = follow_up(a, rid, "SKP pelaksana memuat cascading", "2025-07-01",
                  bukti=("cascading.pdf", pdf()))
    rows = tls(env, rid)
    check("operator logs a follow-up with a PDF -> 302, stored, proses",
          r.status == 302 and len(rows) == 1 and status(env, rid) == "proses"
          and rows[0][1] == "2025-07-01"
          and re.fullmatch(r"bukti/[0-9a-f]{32}\.pdf", rows[0][3] or "")
          and len(files(env)) == len(f0) + 1
          and audits(env, "rekomendasi.tindaklanjut") == 1,
          f"{r.status} {rows} {r.text[:300]}")
    tlid = rows[0][0]
    page = ev.get(f"/rekomendasi/{rid}").text
    check("dates are shown the Indonesian way (1 Juli 2025)",
          "1 Juli 2025" in page and "2025-07-01" not in page.replace(
              'value="2025-07-01"', ""), "")
    check("evaluator sees it waiting, with the evidence link and a form",
          "menunggu verifikasi" in page
          and f"/rekomendasi/{rid}/bukti/{tlid}" in page
          and f'action="/rekomendasi/{rid}/verifikasi"' in page
          and "tindak-lanjut\"" not in page)
    for role in ("op_a", "evaluator", "pimpinan"):
        d = env.clients[role].get(f"/rekomendasi/{rid}/bukti/{tlid}")
        check(f"evidence served to {role} as an attachment with its type",
              d.status == 200 and d.body == pdf()
              and "attachment" in (d.getheader("Content-Disposition") or "")
              and d.getheader("Content-Type") == "application/pdf",
              str(d.status))
    d = env.clients["op_a"].get(f"/rekomendasi/{rid}/bukti/{tlid + 1000}")
    check("an unknown follow-up's evidence -> 404", d.status == 404)
    r = verify(ev, rid, "selesai", "Bukti lengkap")
    rows = tls(env, rid)
    ev_id = q(env, "SELECT id FROM users WHERE username = 'evaluator'")[0][0]
    check("evaluator verifies selesai -> 302; the follow-up is verified by him",
          r.status == 302 and status(env, rid) == "selesai"
          and rows[0][4] == ev_id and rows[0][5] == env.now
          and rows[0][6] == "Bukti lengkap"
          and audits(env, "rekomendasi.verifikasi") == 1,
          f"{r.status} {rows}")
    lst, _, _ = list_rows(a)
    page = a.get(f"/rekomendasi/{rid}").text
    check("the list and the page show selesai; the form is gone",
          lst[rid][0] == "selesai" and "tindak lanjut tidak dapat dicatat lagi"
          in page and f"/rekomendasi/{rid}/tindak-lanjut" not in page,
          str(lst.get(rid)))
    before = written(env)
    r = follow_up(a, rid, "lagi", bukti=("lagi.pdf", pdf()))
    check("a follow-up of a selesai one -> 409, nothing written, no file left",
          r.status == 409 and "sudah selesai" in r.text
          and written(env) == before, f"{r.status} {r.text[:200]}")
    r3 = env.ids[("kec-contoh", 2024, 3)]
    before = written(env)
    r = verify(ev, r3, "selesai")
    check("selesai without a follow-up waiting -> 409, nothing written",
          r.status == 409 and written(env) == before, str(r.status))
    r = verify(ev, r3, "ditolak", "tidak relevan lagi")
    page = a.get(f"/rekomendasi/{r3}").text
    check("ditolak without a follow-up is allowed and closes it",
          r.status == 302 and status(env, r3) == "ditolak"
          and "tindak lanjut tidak dapat dicatat lagi" in page, str(r.status))
    check_cli(env)


def check_cli(env):
    """The web list and `sakip evaluasi rekomendasi --format json` agree."""
    cli = cli_rekomendasi(env)
    rows, _, _ = list_rows(env.clients["evaluator"])
    got, want = {}, {}
    for x in cli:
        rid = env.ids[(x["instansi"], x["tahun"], x["nomor"])]
        want[rid] = (x["status"], x["terlambat"])
        got[rid] = rows.get(rid, (None, None, None))[:2]
    check(f"web list and the CLI agree on status and overdue ({len(cli)} "
          "recommendations)", got == want and len(rows) == len(cli),
          f"{got} vs {want}")


def t_csrf(env):
    a, ev = env.clients["op_a"], env.clients["evaluator"]
    rid = env.ids[("kec-contoh", 2024, 2)]
    before = written(env)
    r1 = follow_up(a, rid, "tanpa token", csrf="")
    r2 = follow_up(a, rid, "token salah", csrf=form_token(a, rid)[::-1])
    r3 = verify(ev, rid, "proses", csrf="")
    r4 = verify(ev, rid, "proses", csrf=env.clients["pimpinan"].csrf("/rekomendasi"))
    check("CSRF missing / wrong / another session's -> 403, nothing written",
          (r1.status, r2.status, r3.status, r4.status) == (403,) * 4
          and written(env) == before,
          f"{r1.status} {r2.status} {r3.status} {r4.status}")


def escaped(text, p):
    return p not in text and ("&lt;" in text or "&quot;" in text or "&#39;" in text)


def t_xss(env):
    a, ev, adm = env.clients["op_a"], env.clients["evaluator"], env.clients["admin"]
    rid = env.ids[("kec-contoh", 2024, 2)]
    for i, p in enumerate(XSS):
        r1 = follow_up(a, rid, p, tautan="https://contoh.go.id/a" + p.replace(" ", ""))
        r2 = verify(ev, rid, "proses", p)
        pages = [a.get(f"/rekomendasi/{rid}").text, ev.get(f"/rekomendasi/{rid}").text,
                 adm.get("/audit?aksi=rekomendasi").text]
        check(f"XSS in uraian, link and catatan comes back escaped ({i})",
              (r1.status, r2.status) == (302, 302)
              and all(escaped(t, p) for t in pages), f"{r1.status} {r2.status}")
    before = written(env)
    r = follow_up(a, rid, "tautan skrip", tautan="javascript:alert(1)")
    check("a link that is not http(s) -> 400, nothing written",
          r.status == 400 and written(env) == before, str(r.status))
    r = follow_up(a, rid, "dua bukti", tautan="https://contoh.go.id/x",
                  bukti=("x.pdf", pdf()))
    check("a link and a file at once -> 400, nothing written",
          r.status == 400 and written(env) == before, str(r.status))
    r = follow_up(a, rid, "besok", tanggal="2099-01-01")
    r2 = follow_up(a, rid, "tanggal salah", tanggal="2025-02-30")
    check("a date after today or that does not exist -> 400",
          (r.status, r2.status) == (400, 400) and written(env) == before,
          f"{r.status} {r2.status}")


def t_uploads(env):
    a = env.clients["op_a"]
    rid = env.ids[("kec-contoh", 2024, 2)]
    before = written(env)
    cases = [("an .exe renamed .pdf", ("laporan.pdf", b"MZ\x90\x00" + b"\0" * 300), 415),
             ("HTML named .pdf", ("x.pdf", b"<html><script>alert(1)</script>"), 415),
             ("over the size limit", ("besar.pdf", pdf(70 * 1024)), 413)]
    for name, f, want in cases:
        r = follow_up(a, rid, "unggahan " + name, bukti=f)
        check(f"upload of {name} -> {want}, no row, no file left",
              r.status == want and written(env) == before,
              f"{r.status} {len(files(env))}")
    r = follow_up(a, rid, "bukti tabel", bukti=("rekap.xlsx", office("xlsx")))
    rows = tls(env, rid)
    check("a real XLSX is accepted and stored as bukti/<hex>.xlsx",
          r.status == 302 and re.fullmatch(r"bukti/[0-9a-f]{32}\.xlsx",
                                           rows[-1][3] or ""), str(r.status))


def t_overdue(env):
    ev = env.clients["evaluator"]
    late = {env.ids[(x["instansi"], x["tahun"], x["nomor"])]
            for x in cli_rekomendasi(env, "--terlambat")}
    rows, summ, page = list_rows(ev, "?terlambat=1")
    allrows, summ_all, _ = list_rows(ev)
    n_late = sum(1 for v in allrows.values() if v[1])
    check(f"?terlambat=1 lists exactly the CLI's overdue ones on {env.now} "
          f"({len(late)})", set(rows) == late and len(late) == n_late
          and all(v[1] for v in rows.values()) and late,
          f"{sorted(rows)} vs {sorted(late)}")
    check("overdue rows are highlighted",
          page.count('<tr class="terlambat">') == len(late))
    n = len(allrows)
    sel = sum(1 for v in allrows.values() if v[0] == "selesai")
    pct = f"{sel * 100 / n:.2f}".replace(".", ",")
    want = (f"{n} rekomendasi, {sel} selesai, {n_late} terlambat; {pct} % "
            "selesai ditindaklanjuti.")
    check("the summary counts them", summ_all == want and summ == want,
          f"'{summ_all}' vs '{want}'")
    a_rows, _, a_page = list_rows(env.clients["op_a"], "?terlambat=1")
    b_rows, _, _ = list_rows(env.clients["op_b"], "?terlambat=1")
    check("the operators' overdue filter: their own published ones only "
          "(A: none left, B: its one)", not a_rows and "Tidak ada rekomendasi"
          in a_page and set(b_rows) == {env.rb} and env.rb in late,
          f"{sorted(a_rows)} {sorted(b_rows)}")
    rows, _, _ = list_rows(ev, "?status=selesai&tahun=2024")
    check("filters by status and year",
          set(rows) == {env.ids[("kec-contoh", 2024, 1)]}, str(rows))


def t_get_is_safe(env):
    before = audits(env)
    rid = env.ids[("kec-contoh", 2024, 1)]
    for c in env.clients.values():
        for p in ("/rekomendasi", f"/rekomendasi/{rid}", "/rekomendasi?terlambat=1"):
            c.get(p)
    check("GETs of the pages by every role write nothing", audits(env) == before)
    r = env.clients["op_a"].get(f"/rekomendasi/{rid}/tindak-lanjut")
    check("GET on an action path -> 405", r.status == 405, str(r.status))


# ---- the authorisation matrix ------------------------------------------------------

def matrix_rows(env):
    """(label, method, path, fields, expected per role)."""
    ra = env.ids[("kec-contoh", 2024, 2)]
    rd = env.ids[("kec-contoh", 2023, 1)]
    rb = env.rb
    tla = tls(env, env.ids[("kec-contoh", 2024, 1)])[0][0]
    ra1 = env.ids[("kec-contoh", 2024, 1)]
    other = dict(READ, op_a=403)
    draft = dict(READ, op_a=404, verifikator=404, pimpinan=404)
    empty = {"uraian": ""}
    bad = {"status": "periksa"}
    return [
        ("list", "GET", "/rekomendasi", None, READ),
        ("list, overdue", "GET", "/rekomendasi?terlambat=1", None, READ),
        ("recommendation", "GET", f"/rekomendasi/{ra}", None, READ),
        ("recommendation (other)", "GET", f"/rekomendasi/{rb}", None, other),
        ("recommendation (draft)", "GET", f"/rekomendasi/{rd}", None, draft),
        ("recommendation (none)", "GET", "/rekomendasi/999999", None,
         dict({r: 404 for r in ROLES}, publik=302)),
        ("evidence", "GET", f"/rekomendasi/{ra1}/bukti/{tla}", None, READ),
        ("follow-up", "POST", f"/rekomendasi/{ra}/tindak-lanjut", empty,
         only("op_a", 400, 403)),
        ("follow-up (other)", "POST", f"/rekomendasi/{rb}/tindak-lanjut", empty,
         only("op_a", 403, 403)),
        ("verify", "POST", f"/rekomendasi/{ra}/verifikasi", bad,
         only("evaluator", 400, 403)),
        ("verify (other)", "POST", f"/rekomendasi/{rb}/verifikasi", bad,
         only("evaluator", 400, 403)),
    ]


def t_verify_draft(env):
    ev = env.clients["evaluator"]
    rd = env.ids[("kec-contoh", 2023, 1)]
    tok = ev.csrf(f"/rekomendasi/{rd}")
    before = written(env)
    r = ev.post(f"/rekomendasi/{rd}/verifikasi",
                {"csrf": tok, "status": "ditolak", "catatan": "draf"})
    check("a draft's recommendation cannot be verified (the agency has not "
          "seen it): 409, nothing written",
          r.status == 409 and "belum diterbitkan" in r.text and
          written(env) == before, f"{r.status}")


def t_matrix(env):
    matrix(env, "authorisation matrix (recommendations)", matrix_rows(env),
           cell=11, unchanged=written)


def main():
    env = setup(("base", "db", "data", "bin", "users", "now"),
                ("admin", "op_a", "op_b", "verifikator", "evaluator",
                 "pimpinan"))
    env.ids = rek_ids(env)
    env.rb = env.ids[("dinas-contoh", 2024, 1)]
    env.inst_b = q(env, "SELECT id FROM instansi WHERE kode = 'dinas-contoh'")[0][0]
    for t in (t_visibility, t_flow, t_csrf, t_xss, t_uploads, t_overdue,
              t_get_is_safe, t_verify_draft):
        t(env)
    env.clients.pop("op_b")
    t_matrix(env)
    finish()


if __name__ == "__main__":
    main()
