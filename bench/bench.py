"""Benchmarks of the store and the computations on a synthetic pemda.

Prints, for 40 agencies (about 1.200 indicators, 5 years, monthly
realisations): import time, full `hitung` time, `reviu` time, DB size and
the peak RSS of each command. Figures only; nothing is asserted."""
import os
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAKIP = os.environ.get("SAKIP_BIN", os.path.join(ROOT, "build", "sakip"))


def run(args, stdout=subprocess.DEVNULL):
    """Runs sakip with args in a fresh process; returns (seconds, peak RSS MiB)."""
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        if stdout is subprocess.DEVNULL:
            fd = os.open(os.devnull, os.O_WRONLY)
            os.dup2(fd, 1)
        os.execv(SAKIP, [SAKIP] + args)
    _, status, ru = os.wait4(pid, 0)
    dt = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) not in (0,):
        sys.exit(f"bench: sakip {' '.join(args)} failed ({status})")
    return dt, ru.ru_maxrss / 1024.0


def main():
    n = int(os.environ.get("BENCH_INSTANSI", "40"))
    with tempfile.TemporaryDirectory() as tmp:
        pkg = os.path.join(tmp, "pemda.json")
        db = os.path.join(tmp, "bench.db")
        with open(pkg, "w") as f:
            subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_pemda.py"),
                            "--instansi", str(n)], stdout=f, check=True)
        print(f"synthetic pemda: {n} instansi, {n * 30} indikator, 5 tahun, "
              f"realisasi bulanan; package {os.path.getsize(pkg) / 1e6:.1f} MB")
        rows = []
        rows.append(("import", *run(["--db", db, "import", pkg])))
        rows.append(("import again (replace all)", *run(["--db", db, "import", pkg])))
        rows.append(("hitung --tahun 2024 (all instansi)",
                     *run(["--db", db, "hitung", "--tahun", "2024", "--format", "json"])))
        rows.append(("hitung --tahun 2024 --instansi opd-001",
                     *run(["--db", db, "hitung", "--tahun", "2024", "--instansi", "opd-001"])))
        if subprocess.run([SAKIP, "reviu", "--help"], capture_output=True).returncode == 0:
            rows.append(("reviu --tahun 2024 (all instansi)",
                         *run(["--db", db, "reviu", "--tahun", "2024", "--format", "json"])))
        rows.append(("export (all)", *run(["--db", db, "export", "-o", os.path.join(tmp, "e.json")])))
        for name, dt, rss in rows:
            print(f"  {name:<40} {dt * 1000:9.1f} ms   peak RSS {rss:6.1f} MiB")
        size = os.path.getsize(db) + (os.path.getsize(db + "-wal") if os.path.exists(db + "-wal") else 0)
        print(f"  database size {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
