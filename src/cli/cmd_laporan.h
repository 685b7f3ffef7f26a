/* cmd_laporan.h: the LHE path of `sakip laporan`, which `sakip evaluasi
 * lhe` (its alias) calls too; not an API. */
#ifndef SAKIP_CMD_LAPORAN_H
#define SAKIP_CMD_LAPORAN_H

#include "cli.h"

/* Writes the LHE of agency instansi of pemda (NULL: the only pemda
 * holding that kode) for tahun as format ("docx" or
 * "html", already checked) to out ("-": standard output) and, when out
 * is a file, prints a line with the total and grade. Returns the exit
 * status, after printing any error. */
int laporan_lhe_cmd(struct cli *c, const char *pemda, const char *instansi,
		    int tahun, const char *format, const char *out);

#endif
