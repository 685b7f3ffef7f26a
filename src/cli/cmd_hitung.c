#include "cli.h"

#include <stdio.h>

int cmd_hitung(struct cli *c)
{
	(void)c;
	fprintf(stderr, "sakip: hitung is not implemented yet\n");
	return EXIT_USAGE;
}
