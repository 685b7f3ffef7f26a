"""Drives a running `sakip serve` over HTTP (standard library only).

    python3 web_test.py --base http://127.0.0.1:PORT --db DB --data DIR \
        --bin SAKIP --users USERS.txt

USERS.txt holds "name role password" lines for admin, op_a, op_b,
verifikator, evaluator and pimpinan. The database is read (sqlite3) only
to check that refused writes stored nothing. Exit status 0 when every
check passed; prints one line per check and the authorisation matrix."""
import argparse
import http.client
import io
import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import zipfile

PASS, FAIL = [], []


def check(name, ok, detail=""):
    (PASS if ok else FAIL).append(name)
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + detail))
    return ok


class Client:
    """One browser: a cookie jar, no redirects followed."""

    def __init__(self, base):
        u = urllib.parse.urlparse(base)
        self.host, self.port = u.hostname, u.port
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        h = dict(headers or {})
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        c = http.client.HTTPConnection(self.host, self.port, timeout=60)
        c.request(method, path, body=body, headers=h)
        r = c.getresponse()
        data = r.read()
        for k, v in r.getheaders():
            if k.lower() == "set-cookie":
                name, _, rest = v.partition("=")
                val = rest.split(";", 1)[0]
                if "Max-Age=0" in v:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = val
        c.close()
        r.text = data.decode("utf-8", "replace")
        r.body = data
        return r

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, fields, files=None):
        if files:
            body, ctype = multipart(fields, files)
        else:
            body = urllib.parse.urlencode(fields).encode()
            ctype = "application/x-www-form-urlencoded"
        return self.request("POST", path, body, {"Content-Type": ctype})

    def csrf(self, path):
        m = re.search(r'name="csrf" value="([^"]*)"', self.get(path).text)
        return m.group(1) if m else ""

    def login(self, user, pw):
        tok = self.csrf("/masuk")
        return self.post("/masuk", {"csrf": tok, "pengguna": user, "sandi": pw,
                                    "lanjut": "/"})


def multipart(fields, files):
    b = "----sakipbatas7MA4YWxkTrZu0gW"
    out = io.BytesIO()
    for k, v in fields.items():
        out.write(f"--{b}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n"
                  .encode())
        out.write(str(v).encode() + b"\r\n")
    for k, (name, data) in files.items():
        name = name.replace('"', "%22")   # as browsers send it
        out.write(f"--{b}\r\nContent-Disposition: form-data; name=\"{k}\"; "
                  f"filename=\"{name}\"\r\nContent-Type: application/octet-stream"
                  "\r\n\r\n".encode())
        out.write(data + b"\r\n")
    out.write(f"--{b}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={b}"


def pdf(size=600):
    head = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n"
    return head + b"0" * max(0, size - len(head) - 6) + b"\n%%EOF"


def office(kind):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml" if kind == "docx" else "xl/workbook.xml",
                   "<x/>")
    return buf.getvalue()


# ---- setup, shared with web_lke_test and web_rek_test --------------------------

class Env:
    pass


def setup(args, roles):
    """The Env of a run: env.NAME from --NAME for each of args (all
    required), env.pw from the users file's "name role password" lines,
    and env.clients[role] logged in for each of roles, a check each;
    exits 1 when a login fails."""
    ap = argparse.ArgumentParser()
    for k in args:
        ap.add_argument("--" + k, required=True)
    a = ap.parse_args()
    env = Env()
    for k in args:
        setattr(env, k, getattr(a, k))
    env.pw = {}
    with open(env.users) as f:
        for line in f:
            name, _, pw = line.split()
            env.pw[name] = pw
    env.clients = {}
    for role in roles:
        c = Client(env.base)
        r = c.login(role, env.pw[role])
        if not check(f"login as {role}", r.status == 302, str(r.status)):
            sys.exit(1)
        env.clients[role] = c
    return env


def finish():
    print(f"{len(PASS)} passed, {len(FAIL)} failed")
    sys.exit(1 if FAIL else 0)


def q(env, sql, args=()):
    with sqlite3.connect(env.db) as db:
        return db.execute(sql, args).fetchall()


def audits(env, action=None):
    """The rows of the audit log, or those of one action."""
    if action:
        return q(env, "SELECT count(*) FROM audit_log WHERE action = ?",
                 (action,))[0][0]
    return q(env, "SELECT count(*) FROM audit_log")[0][0]


def files(env):
    """The evidence files under the data dir."""
    d = os.path.join(env.data, "bukti")
    return sorted(os.listdir(d)) if os.path.isdir(d) else []


def wait_for(fn, seconds=5):
    """Whether fn() turns true within seconds (polled every 0.2 s)."""
    end = time.time() + seconds
    while time.time() < end:
        if fn():
            return True
        time.sleep(0.2)
    return fn()


# ---- setup of this run ----------------------------------------------------------


def discover(env):
    """Agency A (op_a's) and B, an indicator of each, from the pages."""
    adm = env.clients["admin"]
    a = Client(env.base)
    a.login("op_a", env.pw["op_a"])
    r = a.get("/")
    env.inst_a = int(re.search(r"/instansi/(\d+)", r.getheader("Location")).group(1))
    b = Client(env.base)
    b.login("op_b", env.pw["op_b"])
    env.inst_b = int(re.search(r"/instansi/(\d+)",
                               b.get("/").getheader("Location")).group(1))
    env.ind_a = first_sasaran_indikator(adm, env.inst_a)
    env.ind_b = first_sasaran_indikator(adm, env.inst_b)
    env.op_b = b


def first_sasaran_indikator(c, inst):
    page = c.get(f"/instansi/{inst}").text
    m = re.search(r'tingkat-sasaran.*?/indikator/(\d+)', page, re.S)
    return int(m.group(1))


def entry_form(c, ind, tahun):
    """The csrf token and the first period choice of the entry form."""
    page = c.get(f"/realisasi/{ind}?tahun={tahun}").text
    tok = re.search(r'name="csrf" value="([^"]*)"', page)
    per = re.search(r'<option value="((?:triwulan|bulan)-\d+)"', page)
    return (tok.group(1) if tok else ""), (per.group(1) if per else "triwulan-1")


def entries(env):
    return q(env, "SELECT count(*) FROM realisasi_entri")[0][0]


def submit(c, ind, tahun, nilai, catatan="", per=None, files_=None, aksi="ajukan"):
    tok, first = entry_form(c, ind, tahun)
    f = {"csrf": tok, "tahun": tahun, "periode": per or first, "nilai": nilai,
         "catatan": catatan, "aksi": aksi}
    return c.post(f"/realisasi/{ind}", f, files_ or {"bukti": ("", b"")})


def entry_id(env, ind, tahun, periode, ke):
    with sqlite3.connect(env.db) as db:
        row = db.execute("SELECT id FROM realisasi_entri WHERE indikator_id = ?"
                         " AND tahun = ? AND periode = ? AND ke = ?",
                         (ind, tahun, periode, ke)).fetchone()
    return row[0] if row else 0


# ---- tests ----------------------------------------------------------------------

def t_headers(env):
    for path in ("/publik", "/masuk", "/static/app.css", "/tidak-ada"):
        r = Client(env.base).get(path)
        csp = r.getheader("Content-Security-Policy") or ""
        check(f"security headers on {path}",
              "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
              and "default-src 'self'" in csp
              and r.getheader("X-Content-Type-Options") == "nosniff"
              and r.getheader("Referrer-Policy") == "same-origin",
              f"{r.status} {r.getheaders()}")


def t_login(env):
    c = Client(env.base)
    tok = c.csrf("/masuk")
    r = c.post("/masuk", {"pengguna": "admin", "sandi": env.pw["admin"]})
    check("login without CSRF token -> 403", r.status == 403, str(r.status))
    wrong = ("y" if tok[0] == "x" else "x") + tok[1:]  # never tok itself
    r = c.post("/masuk", {"csrf": wrong, "pengguna": "admin",
                          "sandi": env.pw["admin"]})
    check("login with a wrong CSRF token -> 403", r.status == 403, str(r.status))
    r = c.post("/masuk", {"csrf": tok, "pengguna": "admin", "sandi": "salah-sekali"})
    check("wrong password -> 401, no session",
          r.status == 401 and "sakip_sid" not in c.cookies
          and "kata sandi salah" in r.text, f"{r.status} {c.cookies}")
    r = c.post("/masuk", {"csrf": tok, "pengguna": "tidak-ada", "sandi": "x" * 12})
    check("unknown user -> 401, same message",
          r.status == 401 and "kata sandi salah" in r.text, str(r.status))
    r = c.post("/masuk", {"csrf": tok, "pengguna": "admin", "sandi": env.pw["admin"],
                          "lanjut": "//evil.example/"})
    check("login -> 302 to a local path only, session cookie HttpOnly SameSite",
          r.status == 302 and r.getheader("Location") == "/"
          and "HttpOnly" in (r.getheader("Set-Cookie") or "")
          and "SameSite=Lax" in (r.getheader("Set-Cookie") or ""),
          f"{r.status} {r.getheader('Location')}")
    check("logged in: dashboard 200", c.get("/dasbor").status == 200)
    s = Client(env.base)
    tok2 = s.csrf("/masuk")
    r = s.request("POST", "/masuk", urllib.parse.urlencode(
        {"csrf": tok2, "pengguna": "admin", "sandi": env.pw["admin"]}).encode(),
        {"Content-Type": "application/x-www-form-urlencoded",
         "X-Forwarded-Proto": "https"})
    check("behind TLS (X-Forwarded-Proto: https) the cookie is Secure",
          r.status == 302 and "; Secure" in (r.getheader("Set-Cookie") or ""),
          str(r.getheader("Set-Cookie")))
    r = c.post("/keluar", {})
    check("logout without CSRF -> 403, still logged in",
          r.status == 403 and c.get("/dasbor").status == 200, str(r.status))
    sid = c.cookies.get("sakip_sid")
    r = c.post("/keluar", {"csrf": c.csrf("/dasbor")})
    check("logout -> 302, cookie cleared", r.status == 302
          and "sakip_sid" not in c.cookies, str(r.status))
    old = Client(env.base)
    old.cookies["sakip_sid"] = sid
    check("the old session id is dead after logout",
          old.get("/dasbor").status == 302)
    r = c.get("/keluar")
    check("GET /keluar is not an action (405)", r.status == 405, str(r.status))


def t_fixation(env):
    c = Client(env.base)
    planted = "A" * 43
    c.cookies["sakip_sid"] = planted
    c.login("pimpinan", env.pw["pimpinan"])
    new = c.cookies.get("sakip_sid")
    check("session fixation: a planted id is replaced at login",
          new and new != planted, str(new))
    p = Client(env.base)
    p.cookies["sakip_sid"] = planted
    check("session fixation: the planted id opens nothing",
          p.get("/dasbor").status == 302)
    c.login("pimpinan", env.pw["pimpinan"])
    again = c.cookies.get("sakip_sid")
    o = Client(env.base)
    o.cookies["sakip_sid"] = new
    check("a second login gets a new id and ends the previous one",
          again != new and o.get("/dasbor").status == 302
          and c.get("/dasbor").status == 200)
    with sqlite3.connect(env.db) as db:
        stored = [r[0] for r in db.execute("SELECT id_hash FROM sessions")]
    check("session ids are stored hashed", again not in stored
          and all(len(h) == 64 for h in stored), str(stored[:2]))


def t_csrf_forms(env):
    c = env.clients["op_a"]
    before = entries(env)
    tok, per = entry_form(c, env.ind_a, 2025)
    f = {"tahun": 2025, "periode": per, "nilai": "1", "aksi": "ajukan"}
    r1 = c.post(f"/realisasi/{env.ind_a}", f)
    r2 = c.post(f"/realisasi/{env.ind_a}", dict(f, csrf=tok[::-1]))
    other = env.clients["pimpinan"].csrf("/dasbor")
    r3 = c.post(f"/realisasi/{env.ind_a}", dict(f, csrf=other))
    check("entry form: CSRF missing / wrong / another session's -> 403, "
          "nothing stored", (r1.status, r2.status, r3.status) == (403, 403, 403)
          and entries(env) == before, f"{r1.status} {r2.status} {r3.status}")
    r = env.clients["admin"].post("/admin/periode", {"pemda": "x", "tahun": 2024,
                                                     "aksi": "kunci"})
    check("admin form without CSRF -> 403", r.status == 403, str(r.status))


def t_flow(env):
    """Submit, return with a reason, resubmit, approve; the value lands."""
    a, v = env.clients["op_a"], env.clients["verifikator"]
    tok, per = entry_form(a, env.ind_a, 2025)
    kind, ke = per.split("-")
    r = submit(a, env.ind_a, 2025, "70", "pertama", per,
               {"bukti": ("bukti.pdf", pdf())})
    check("operator submits a quarter with evidence -> 302", r.status == 302,
          f"{r.status} {r.text[:300]}")
    eid = entry_id(env, env.ind_a, 2025, kind, int(ke))
    q = v.get("/verifikasi").text
    check("the entry waits in the verification queue",
          f"/verifikasi/{eid}" in q and "pertama" in q)
    tok = v.csrf("/verifikasi")
    r = v.post(f"/verifikasi/{eid}", {"csrf": tok, "aksi": "kembalikan", "alasan": ""})
    check("returning needs a reason (400)", r.status == 400, str(r.status))
    r = v.post(f"/verifikasi/{eid}", {"csrf": tok, "aksi": "kembalikan",
                                      "alasan": "Bukti kurang jelas"})
    page = a.get(f"/realisasi/{env.ind_a}?tahun=2025").text
    check("returned entry goes back to the operator with its reason",
          r.status == 302 and "dikembalikan" in page and "Bukti kurang jelas" in page)
    r = submit(a, env.ind_a, 2025, "73,5", "kedua", per)
    r = v.post(f"/verifikasi/{eid}", {"csrf": tok, "aksi": "setujui"})
    ind = a.get(f"/indikator/{env.ind_a}?tahun=2025").text
    check("approved value becomes the indicator's period value",
          r.status == 302 and "73,5" in ind, str(r.status))
    r = v.post(f"/verifikasi/{eid}", {"csrf": tok, "aksi": "setujui"})
    check("an approved entry cannot be approved twice (409)", r.status == 409,
          str(r.status))
    d = env.clients["admin"].get(f"/instansi/{env.inst_a}?tahun=2025")
    check("agency page shows the approved realisation", "73,5" in d.text)
    aud = env.clients["admin"].get("/audit?aksi=realisasi.setujui").text
    check("audit shows who approved, old -> new",
          "verifikator" in aud and "73,5" in aud and "realisasi.setujui" in aud)
    env.eid_a = eid
    r = env.clients["op_a"].get(f"/bukti/{eid}")
    check("evidence served as an attachment with its type",
          r.status == 200 and r.body == pdf()
          and "attachment" in (r.getheader("Content-Disposition") or "")
          and r.getheader("Content-Type") == "application/pdf", str(r.status))
    r = submit(env.op_b, env.ind_b, 2025, "5", "bukti B", None,
               {"bukti": ("b.docx", office("docx"))})
    tokb, perb = entry_form(env.op_b, env.ind_b, 2025)
    kb, keb = perb.split("-")
    env.eid_b = entry_id(env, env.ind_b, 2025, kb, int(keb))
    check("operator B submits with a DOCX evidence", r.status == 302 and env.eid_b,
          f"{r.status} {r.text[:200]}")


def t_uploads(env):
    a = env.clients["op_a"]
    n0, f0 = entries(env), files(env)
    cases = [
        ("over the size limit", ("besar.pdf", pdf(70 * 1024)), 413),
        ("an .exe", ("program.exe", b"MZ" + b"\0" * 200), 415),
        ("HTML named .pdf", ("bukti.pdf", b"<html><script>alert(1)</script>"), 415),
        ("a PNG named .pdf", ("gambar.pdf", b"\x89PNG\r\n\x1a\n" + b"\0" * 50), 415),
        ("a DOCX named .xlsx", ("tabel.xlsx", office("docx")), 415),
        ("a ZIP named .docx", ("arsip.docx", b"PK\x03\x04" + b"\0" * 100), 415),
    ]
    for name, f, want in cases:
        r = submit(a, env.ind_a, 2026, "1", "", None, {"bukti": f})
        check(f"upload of {name} -> {want}, nothing stored",
              r.status == want and entries(env) == n0 and files(env) == f0,
              f"{r.status} entries {entries(env)} vs {n0}, files {len(files(env))}"
              f" vs {len(f0)}")
    c = http.client.HTTPConnection(a.host, a.port, timeout=30)
    c.putrequest("POST", f"/realisasi/{env.ind_a}")
    c.putheader("Cookie", "; ".join(f"{k}={v}" for k, v in a.cookies.items()))
    c.putheader("Content-Type", "multipart/form-data; boundary=x")
    c.putheader("Content-Length", str(8 << 20))
    c.endheaders()
    r = c.getresponse()
    c.close()
    check("a body announced far over the limit is refused before it is "
          "read (413)", r.status == 413 and entries(env) == n0, str(r.status))
    for ext, data in (("png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
                      ("jpg", b"\xff\xd8\xff\xe0" + b"\0" * 64),
                      ("xlsx", office("xlsx"))):
        r = submit(a, env.ind_a, 2026, "2", "", None, {"bukti": ("b." + ext, data)})
        check(f"upload of a real {ext} -> 302", r.status == 302, str(r.status))
    check("stored files sit under the data dir with random names",
          all(re.fullmatch(r"[0-9a-f]{32}\.(pdf|png|jpg|xlsx|docx)", f)
              for f in files(env)) and len(files(env)) == len(f0) + 3)


XSS = ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>',
       "'><svg onload=alert(1)>"]


def escaped_ok(text, payload):
    return payload not in text


def t_xss(env):
    a, v, adm = env.clients["op_a"], env.clients["verifikator"], env.clients["admin"]
    for i, p in enumerate(XSS):
        r = submit(a, env.ind_a, 2024 + (i % 3), p, p, None,
                   {"bukti": (p + ".pdf", pdf())})
        pages = [a.get(f"/realisasi/{env.ind_a}?tahun={2024 + i % 3}").text,
                 v.get("/verifikasi").text, adm.get("/audit").text,
                 a.get(f"/instansi/{env.inst_a}?tahun={2024 + i % 3}").text]
        marks = ("&lt;", "&quot;", "&#39;")
        check(f"XSS in nilai, catatan and file name comes back escaped ({i})",
              r.status == 302 and all(escaped_ok(t, p) for t in pages)
              and any(m in pages[0] and m in pages[1] for m in marks),
              f"{r.status}")
        eid = re.findall(r'/verifikasi/(\d+)"', pages[1])
        if eid:
            tok = v.csrf("/verifikasi")
            v.post(f"/verifikasi/{eid[0]}", {"csrf": tok, "aksi": "kembalikan",
                                             "alasan": p})
            t = a.get(f"/realisasi/{env.ind_a}?tahun={2024 + i % 3}").text
            check(f"XSS in the return reason comes back escaped ({i})",
                  escaped_ok(t, p) and any(m in t for m in marks))
    c = Client(env.base)
    tok = c.csrf("/masuk")
    r = c.post("/masuk", {"csrf": tok, "pengguna": XSS[1], "sandi": "x" * 12})
    check("XSS in the login name comes back escaped",
          escaped_ok(r.text, XSS[1]) and "&quot;&gt;&lt;img" in r.text)
    t = adm.get("/audit?pengguna=" + urllib.parse.quote(XSS[0]) +
                "&aksi=" + urllib.parse.quote(XSS[1])).text
    check("XSS in the audit filter comes back escaped",
          escaped_ok(t, XSS[0]) and escaped_ok(t, XSS[1]))
    t = Client(env.base).get("/publik/" + urllib.parse.quote(XSS[0]) + "/2024").text
    check("XSS in a public URL is not reflected", escaped_ok(t, XSS[0]))


def t_policy(env):
    adm = env.clients["admin"]
    page = adm.get("/admin/kebijakan?pemda=" + env.pemda).text
    tok = re.search(r'name="csrf" value="([^"]*)"', page).group(1)
    f = {"csrf": tok, "pemda": env.pemda, "rumus": "T/R", "batas": "100",
         "min0": "90", "label0": XSS[0], "min1": "0", "label1": "Kurang"}
    r = adm.post("/admin/kebijakan", f)
    d = adm.get(f"/dasbor?pemda={env.pemda}&tahun=2024").text
    check("policy saved (302); a scale label with markup shows escaped",
          r.status == 302 and escaped_ok(d, XSS[0]) and "&lt;script&gt;" in d,
          str(r.status))
    r = adm.post("/admin/kebijakan", dict(f, min1="95"))
    check("a scale whose bounds do not decrease is refused (400)", r.status == 400)
    aud = adm.get("/audit?aksi=kebijakan").text
    check("policy change audited old -> new", "rumus 2T-R" in aud
          and "rumus T/R" in aud)
    f.update(rumus="2T-R", batas="", label0="Sangat Tinggi", min0="91",
             label1="Tinggi", min1="76", min2="66", label2="Sedang",
             min3="51", label3="Rendah", min4="0", label4="Sangat Rendah")
    check("policy restored", adm.post("/admin/kebijakan", f).status == 302)


def t_sql(env):
    a = env.clients["op_a"]
    nasty = "85'; DROP TABLE users; --"
    note = "Robert'); DELETE FROM realisasi_entri; -- %_\\"
    r = submit(a, env.ind_a, 2026, nasty, note)
    t = a.get(f"/realisasi/{env.ind_a}?tahun=2026").text
    check("SQL metacharacters stored and shown literally",
          r.status == 302 and "85&#39;; DROP TABLE users; --" in t
          and "Robert&#39;); DELETE FROM realisasi_entri; -- %_\\" in t)
    with sqlite3.connect(env.db) as db:
        raw = db.execute("SELECT raw, catatan FROM realisasi_entri WHERE raw = ?",
                         (nasty,)).fetchone()
        users = db.execute("SELECT count(*) FROM users").fetchone()[0]
    check("... and kept byte for byte, users intact", raw == (nasty, note)
          and users >= 6, str(raw))
    t = env.clients["admin"].get("/audit?pengguna=" + urllib.parse.quote("' OR 1=1 --"))
    check("SQL metacharacters in a filter match nothing", "Tidak ada catatan" in t.text)


def t_lock(env):
    adm, a = env.clients["admin"], env.clients["op_a"]
    tok = adm.csrf("/admin/periode?pemda=" + env.pemda)
    r = adm.post("/admin/periode", {"csrf": tok, "pemda": env.pemda, "tahun": 2025,
                                    "aksi": "kunci"})
    n0, a0 = entries(env), audits(env)
    page = a.get(f"/realisasi/{env.ind_a}?tahun=2025").text
    r2 = submit(a, env.ind_a, 2025, "99", "", "triwulan-2")
    check("a locked year rejects writes with a clear message (409), "
          "nothing stored, nothing audited",
          r.status == 302 and r2.status == 409 and "sudah dikunci" in r2.text
          and "sudah dikunci" in page and entries(env) == n0
          and audits(env) == a0, f"{r.status} {r2.status}")
    v = env.clients["verifikator"]
    r3 = v.post(f"/verifikasi/{env.eid_b}", {"csrf": v.csrf("/verifikasi"),
                                             "aksi": "setujui"})
    with sqlite3.connect(env.db) as db:
        st = db.execute("SELECT status FROM realisasi_entri WHERE id = ?",
                        (env.eid_b,)).fetchone()[0]
    check("... nor can the verifier approve into it (409, still waiting)",
          r3.status == 409 and st == "diajukan" and audits(env) == a0,
          f"{r3.status} {st}")
    r = adm.post("/admin/periode", {"csrf": tok, "pemda": env.pemda, "tahun": 2025,
                                    "aksi": "buka"})
    check("unlocked again", r.status == 302 and
          submit(a, env.ind_a, 2025, "99", "", "triwulan-2").status in (302, 400))


def t_publish(env):
    adm = env.clients["admin"]
    anon = Client(env.base)
    check("unpublished year: 404 for the public",
          anon.get(f"/publik/{env.pemda}/2024").status == 404)
    tok = adm.csrf("/admin/periode?pemda=" + env.pemda)
    adm.post("/admin/periode", {"csrf": tok, "pemda": env.pemda, "tahun": 2024,
                                "aksi": "terbit"})
    r = anon.get(f"/publik/{env.pemda}/2024")
    check("published year readable without login, no internal links",
          r.status == 200 and "<svg" in r.text and "/instansi/" not in r.text
          and f"/publik/{env.pemda}/2024" in anon.get("/publik").text,
          str(r.status))


def t_get_is_safe(env):
    with sqlite3.connect(env.db) as db:
        before = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    for role, c in env.clients.items():
        for p in ("/", "/dasbor", f"/instansi/{env.inst_a}", "/verifikasi",
                  "/admin/pengguna", "/audit", f"/realisasi/{env.ind_a}",
                  "/admin/periode", "/admin/kebijakan", "/publik"):
            c.get(p)
    with sqlite3.connect(env.db) as db:
        after = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    check("GETs of every page by every role write nothing", before == after,
          f"{before} -> {after}")
    r = env.clients["verifikator"].get(f"/verifikasi/{env.eid_b}")
    check("GET on an action path -> 405", r.status == 405, str(r.status))


def t_orphan(env):
    """An entry whose indicator a re-import removed (indikator_id NULL) is
    listed without a link, marked, and cannot be approved (409, a clear
    message, nothing written); it can still be returned."""
    mark = "indikator sudah tidak ada (dihapus saat impor ulang)"
    with sqlite3.connect(env.db) as db:
        eid = db.execute(
            "INSERT INTO realisasi_entri (instansi_id, indikator_kode,"
            " indikator_id, tahun, periode, ke, raw, status, created_at,"
            " updated_at) VALUES (?, 'IKU-HILANG', NULL, 2025, 'tahun', 0,"
            " '42', 'diajukan', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),"
            " strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))", (env.inst_a,)).lastrowid

    def status():
        with sqlite3.connect(env.db) as db:
            return db.execute("SELECT status FROM realisasi_entri WHERE id = ?",
                              (eid,)).fetchone()[0]
    v = env.clients["verifikator"]
    q = v.get("/verifikasi").text
    inst = env.clients["admin"].get(f"/instansi/{env.inst_a}?tahun=2025").text
    check("an orphaned entry is listed unlinked and marked (queue, agency page)",
          mark in q and "IKU-HILANG" in q and "/indikator/0" not in q
          and mark in inst and "/realisasi/0" not in inst)
    a0 = audits(env)
    r = v.post(f"/verifikasi/{eid}", {"csrf": v.csrf("/verifikasi"),
                                      "aksi": "setujui"})
    check("approving an orphaned entry: 409 naming it, nothing written",
          r.status == 409 and "IKU-HILANG" in r.text and mark in r.text
          and status() == "diajukan" and audits(env) == a0,
          f"{r.status} {status()} {r.text[:300]}")
    r = v.post(f"/verifikasi/{eid}", {"csrf": v.csrf("/verifikasi"),
                                      "aksi": "kembalikan",
                                      "alasan": "indikator dihapus"})
    check("an orphaned entry can still be returned",
          r.status == 302 and status() == "dikembalikan", str(r.status))


# ---- the authorisation matrix --------------------------------------------------

ROLES = ["publik", "admin", "op_a", "verifikator", "evaluator", "pimpinan"]
READ = {"publik": 302, "admin": 200, "op_a": 200, "verifikator": 200,
        "evaluator": 200, "pimpinan": 200}


def only(roles, code, anon=302):
    """Expected statuses: code for roles (one name or a list), 403 for the
    other logged-in roles, anon for the public."""
    roles = [roles] if isinstance(roles, str) else roles
    return {r: (code if r in roles else 403) for r in ROLES} | {"publik": anon}


def matrix(env, title, rows, cell=9, unchanged=None):
    """Requests each of rows (label, method, path, fields, expected status
    per role) as every role of ROLES, with its client in env.clients or a
    fresh one (the public); a POST carries the role's CSRF token. Prints
    the statuses got, the expected one beside any that differs, in columns
    at least cell wide under title, and checks them all at once; given
    unchanged, a function of env, also that it returns after what it
    returned before (nothing written)."""
    before = unchanged(env) if unchanged else None
    w0 = max(len(r[0]) + len(r[1]) + 1 for r in rows)
    print(f"\n{title}: status got (expected when different)")
    print(" ".join(["page / action".ljust(w0)] +
                   [r.rjust(max(len(r), cell)) for r in ROLES]))
    bad = []
    for label, method, path, fields, want in rows:
        cells = []
        for role in ROLES:
            c = env.clients.get(role) or Client(env.base)
            if method == "GET":
                got = c.get(path).status
            else:
                f = dict(fields)
                if role != "publik":
                    f["csrf"] = c.csrf("/publik")
                got = c.post(path, f).status
            if got != want[role]:
                bad.append(f"{label} as {role}: {got}, want {want[role]}")
            cells.append((str(got) if got == want[role]
                          else f"{got}({want[role]})!").rjust(max(len(role), cell)))
        print(" ".join([f"{method} {label}".ljust(w0)] + cells))
    print()
    name = f"authorisation matrix, {len(rows)} actions x {len(ROLES)} roles"
    if unchanged:
        return check(name + ", nothing written",
                     not bad and unchanged(env) == before, "; ".join(bad))
    return check(name, not bad, "; ".join(bad))


def matrix_rows(env):
    """(label, method, path, fields, expected per role)."""
    A, B = env.inst_a, env.inst_b
    ia, ib = env.ind_a, env.ind_b
    ea, eb = env.eid_a, env.eid_b
    other = dict(READ, op_a=403)
    entry = {"tahun": 2026, "periode": "triwulan-3", "nilai": "5", "aksi": "draf"}
    return [
        ("dashboard", "GET", "/dasbor", None, dict(READ, op_a=403)),
        ("agency page", "GET", f"/instansi/{A}", None, READ),
        ("agency page (other)", "GET", f"/instansi/{B}", None, other),
        ("indicator page", "GET", f"/indikator/{ia}", None, READ),
        ("indicator page (other)", "GET", f"/indikator/{ib}", None, other),
        ("entry form", "GET", f"/realisasi/{ia}", None, only("op_a", 200)),
        ("entry form (other)", "GET", f"/realisasi/{ib}", None, only("op_a", 403)),
        ("entry save", "POST", f"/realisasi/{ia}", entry, only("op_a", 302, 403)),
        ("entry save (other)", "POST", f"/realisasi/{ib}", entry,
         only("op_a", 403, 403)),
        ("evidence", "GET", f"/bukti/{ea}", None, READ),
        ("evidence (other)", "GET", f"/bukti/{eb}", None, other),
        ("verification queue", "GET", "/verifikasi", None, only("verifikator", 200)),
        ("verify", "POST", f"/verifikasi/{ea}", {"aksi": "periksa"},
         only("verifikator", 400, 403)),
        ("verify (other)", "POST", f"/verifikasi/{eb}", {"aksi": "periksa"},
         only("verifikator", 400, 403)),
        ("users", "GET", "/admin/pengguna", None, only("admin", 200)),
        ("user add", "POST", "/admin/pengguna", {"pengguna": "", "peran": "x"},
         only("admin", 400, 403)),
        ("years", "GET", "/admin/periode", None, only("admin", 200)),
        ("year lock", "POST", "/admin/periode", {"pemda": env.pemda, "tahun": 2024,
                                                  "aksi": "periksa"},
         only("admin", 400, 403)),
        ("policy", "GET", "/admin/kebijakan", None, only("admin", 200)),
        ("audit log", "GET", "/audit", None,
         dict(only("admin", 200), evaluator=200)),
        ("public pages", "GET", "/publik", None, {r: 200 for r in ROLES}),
    ]


def t_matrix(env):
    matrix(env, "authorisation matrix", matrix_rows(env))
    n0 = entries(env)
    c = env.clients["op_a"]
    tok = c.csrf("/publik")
    r = c.post(f"/realisasi/{env.ind_a}", {"csrf": tok, "tahun": 2026,
                                           "periode": "triwulan-4", "nilai": "9",
                                           "indikator_id": env.ind_b,
                                           "instansi": env.inst_b})
    with sqlite3.connect(env.db) as db:
        own = db.execute("SELECT count(*) FROM realisasi_entri WHERE indikator_id = ?"
                         " AND ke = 4 AND tahun = 2026", (env.ind_a,)).fetchone()[0]
    check("form fields naming another agency are ignored: the URL's object "
          "is the one written", r.status == 302 and entries(env) == n0 + 1
          and own == 1, str(r.status))
    check("a malformed id is 404", c.get(f"/instansi/{env.inst_a}x").status == 404)


# ---- a second server: timeouts and throttling ---------------------------------

def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def serving(base):
    try:
        Client(base).get("/publik")
        return True
    except OSError:
        return False


def t_timeouts_throttle(env):
    port = free_port()
    log = open(os.path.join(os.path.dirname(env.db), "serve2.log"), "w")
    p = subprocess.Popen([env.bin, "--db", env.db, "serve", "--listen",
                          f"127.0.0.1:{port}", "--data", env.data,
                          "--idle-timeout", "2", "--absolute-timeout", "5",
                          "--throttle-account", "3", "--throttle-ip", "7",
                          "--throttle-window", "60"], stdout=log, stderr=log)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(lambda: serving(base), 10)
        c = Client(base)
        c.login("pimpinan", env.pw["pimpinan"])
        ok1 = c.get("/dasbor").status == 200
        time.sleep(3.2)
        check("idle timeout ends the session", ok1 and c.get("/dasbor").status == 302)
        c.login("pimpinan", env.pw["pimpinan"])
        codes = []
        for _ in range(7):
            codes.append(c.get("/dasbor").status)
            time.sleep(1)
        check("activity keeps a session alive, until the absolute timeout",
              codes[:4] == [200] * 4 and codes[-1] == 302, str(codes))
        t = Client(base)
        for _ in range(3):
            t.login("admin", "salah-" + "x" * 8)
        r = t.login("admin", env.pw["admin"])
        check("throttling per account: after 3 failures even the right password "
              "waits (429)", r.status == 429 and "Terlalu banyak" in r.text,
              str(r.status))
        r = Client(base).login("evaluator", env.pw["evaluator"])
        check("... another account from the same address still logs in",
              r.status == 302, str(r.status))
        for i in range(4):
            Client(base).login(f"tamu{i}", "salah-" + "x" * 8)
        r = Client(base).login("evaluator", env.pw["evaluator"])
        check("throttling per address: 7 failures lock every login from it",
              r.status == 429, str(r.status))
    finally:
        p.terminate()
        rc = p.wait(timeout=30)
        log.close()
    check("second server stops cleanly on SIGTERM", rc == 0, str(rc))


def main():
    env = setup(("base", "db", "data", "bin", "users", "pemda"),
                ("admin", "op_a", "verifikator", "evaluator", "pimpinan"))
    discover(env)
    for t in (t_headers, t_login, t_fixation, t_csrf_forms, t_flow, t_uploads,
              t_xss, t_sql, t_policy, t_lock, t_publish, t_matrix, t_get_is_safe,
              t_orphan, t_timeouts_throttle):
        t(env)
    finish()


if __name__ == "__main__":
    main()
