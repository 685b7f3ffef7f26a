#include "cli.h"

#include <stdio.h>

int cmd_export(struct cli *c)
{
	(void)c;
	fprintf(stderr, "sakip: export is not implemented yet\n");
	return EXIT_USAGE;
}
