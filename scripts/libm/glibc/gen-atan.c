#include <stdio.h>
#include "endian.h"
#include "mydefs.h"
#include "uatan.tbl"
int main(int argc, char **argv) {
  FILE *out = fopen(argv[1], "w");
  fprintf(out, "// Generated from glibc 2.36's sysdeps/ieee754/dbl-64/uatan.tbl (the table its libm uses),\n// printed exactly by scripts/libm/glibc/tables.sh. Do not edit.\n\n");
  fprintf(out, "/** For i in [0, 241): x0 = 1/16 + i/256 and atan's Taylor coefficients c1..c6 there, at 7i .. 7i + 6. */\n");
  fprintf(out, "export const ATAN_TABLE: readonly number[] = [");
  for (int i = 0; i < 241; i++) for (int j = 0; j < 7; j++) fprintf(out, "%s%s%.17g", (i||j) ? "," : "", j ? " " : "\n  ", cij[i][j].d);
  fprintf(out, ",\n];\n");
  fclose(out);
}
