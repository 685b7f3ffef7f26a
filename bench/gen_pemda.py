"""Writes a synthetic, internally consistent sakip/1 pemda for benchmarks.

    python3 bench/gen_pemda.py [--instansi 40] [--seed 1] [--marker v1] > pemda.json

Each agency: 2 tujuan, 4 sasaran, 8 programs, 8 kegiatan, 8 sub-kegiatan,
one indicator per node (30), Renstra 2021-2025 with yearly targets,
monthly realisations for every year, budgets whose sums add up exactly.
Nothing in it is wrong, so `sakip reviu` must find nothing."""
import argparse
import json
import random

YEARS = list(range(2021, 2026))
NAMES = ["Indeks kepuasan layanan", "Persentase dokumen perencanaan yang tersusun",
         "Nilai evaluasi kinerja", "Persentase kegiatan terlaksana",
         "Indeks kualitas tata kelola", "Persentase pegawai terlatih"]


def fmt_id(x, d=2):
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def indikator(rng, kode, iku, marker):
    base = rng.randint(60, 90)
    target = {str(y): fmt_id(base + i, 2) for i, y in enumerate(YEARS)}
    real, periode = {}, {}
    for i, y in enumerate(YEARS):
        months = [fmt_id(base + i - 1 + m / 12.0, 2) for m in range(12)]
        periode[str(y)] = {"jenis": "bulan", "nilai": months}
    return {
        "kode": kode, "uraian": f"{rng.choice(NAMES)} {kode} {marker}",
        "satuan": "%", "iku": iku, "polaritas": "positif", "tipe": "angka",
        "agregasi": "terakhir", "formula": "realisasi / target x 100",
        "sumber_data": "Laporan internal",
        "target": target, "target_akhir": target[str(YEARS[-1])],
        "realisasi_periode": periode,
    }


def leaf_budget(rng):
    out = {}
    for y in YEARS:
        pagu = rng.randint(50, 900) * 1_000_000
        out[str(y)] = {"pagu": pagu, "realisasi": pagu - rng.randint(0, 40) * 1_000_000}
    return out


def instansi(rng, n, marker):
    k = f"opd-{n:03d}"
    tujuan = []
    for t in range(1, 3):
        sas = []
        for s in range(1, 3):
            sk = f"S{t}.{s}"
            progs = []
            for p in range(1, 3):
                pk = f"P{t}.{s}.{p}"
                sub = {"kode": f"SK{pk[1:]}.1.1", "uraian": f"Sub kegiatan {pk}",
                       "indikator": [indikator(rng, f"IK-SK{pk[1:]}", False, marker)],
                       "anggaran": leaf_budget(rng)}
                keg = {"kode": f"K{pk[1:]}.1", "uraian": f"Kegiatan {pk}",
                       "indikator": [indikator(rng, f"IK-K{pk[1:]}", False, marker)],
                       "subkegiatan": [sub]}
                progs.append({"kode": pk, "uraian": f"Program {pk}",
                              "indikator": [indikator(rng, f"IK-{pk}", False, marker)],
                              "kegiatan": [keg]})
            sas.append({"kode": sk, "uraian": f"Sasaran {sk}",
                        "indikator": [indikator(rng, f"IK-{sk}", True, marker)],
                        "program": progs})
        tujuan.append({"kode": f"T{t}", "uraian": f"Tujuan {t}",
                       "indikator": [indikator(rng, f"IK-T{t}", True, marker)],
                       "sasaran": sas})
    return {"kode": k, "nama": f"Dinas Sintetis {n}",
            "pimpinan": {"nama": f"Kepala {n}", "nip": "197001011990031001",
                         "jabatan": f"Kepala Dinas Sintetis {n}", "pangkat": "Pembina"},
            "atasan": {"nama": "Bupati Sintetis", "jabatan": "Bupati"},
            "renstra": {"awal": YEARS[0], "akhir": YEARS[-1], "acuan": "RPJMD 2021-2025"},
            "tujuan": tujuan}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--instansi", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--marker", default="v1")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pkg = {"format": "sakip/1", "pemda": {"kode": "9999", "nama": "Kabupaten Sintetis"},
           "kebijakan": {}, "instansi": [instansi(rng, i + 1, a.marker) for i in range(a.instansi)]}
    json.dump(pkg, __import__("sys").stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
