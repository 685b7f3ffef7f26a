#include "cli.h"

#include <stdio.h>

int cmd_import(struct cli *c)
{
	(void)c;
	fprintf(stderr, "sakip: import is not implemented yet\n");
	return EXIT_USAGE;
}
