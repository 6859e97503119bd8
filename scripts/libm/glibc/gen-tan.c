#include <stdio.h>
#include "endian.h"
#include "mydefs.h"
int main(int argc, char **argv) {
#include "utan.h"
#include "utan.tbl"
  FILE *out = fopen(argv[1], "w");
  fprintf(out, "// Generated from glibc 2.36's sysdeps/ieee754/dbl-64/utan.tbl (the table its libm uses),\n// printed exactly by scripts/libm/glibc/tables.sh. Do not edit.\n\n");
  fprintf(out, "/** For i in [0, 186): x0 near (i + 15.5) / 256, tan(x0) and 1/tan(x0), at 3i .. 3i + 2. */\n");
  fprintf(out, "export const TAN_TABLE: readonly number[] = [");
  for (int i = 0; i < 186; i++) for (int j = 0; j < 3; j++) fprintf(out, "%s%s%.17g", (i||j) ? "," : "", j ? " " : "\n  ", xfg[i][j].d);
  fprintf(out, ",\n];\n");
  fclose(out);
}
