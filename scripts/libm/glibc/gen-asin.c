#include <stdio.h>
#include "endian.h"
#include "mydefs.h"
#include "asincos.tbl"
#include "root.tbl"
#include "powtwo.tbl"
int main(int argc, char **argv) {
  FILE *out = fopen(argv[1], "w");
  fprintf(out, "// Generated from glibc 2.36's sysdeps/ieee754/dbl-64/asincos.tbl, root.tbl and powtwo.tbl (the tables its libm uses),\n// printed exactly by scripts/libm/glibc/tables.sh. Do not edit.\n\n");
  fprintf(out, "/** `asncs.x`: per interval of |x|, its centre, then the Taylor coefficients of asin there. */\n");
  fprintf(out, "export const ASNCS: readonly number[] = [");
  for (int i = 0; i < 2568; i++) fprintf(out, "%s%s%.17g", i ? "," : "", i % 4 ? " " : "\n  ", asncs.x[i]);
  fprintf(out, ",\n];\n\n/** 1/sqrt of 128 mantissas (`inroot`). */\nexport const INROOT: readonly number[] = [");
  for (int i = 0; i < 128; i++) fprintf(out, "%s%s%.17g", i ? "," : "", i % 4 ? " " : "\n  ", inroot[i]);
  fprintf(out, ",\n];\n\n/** 2^(i - 1023)-ish powers of two, as glibc indexes them (`powtwo`). */\nexport const POWTWO: readonly number[] = [");
  int n = sizeof powtwo / sizeof powtwo[0];
  for (int i = 0; i < n; i++) fprintf(out, "%s%s%.17g", i ? "," : "", i % 4 ? " " : "\n  ", powtwo[i]);
  fprintf(out, ",\n];\n");
  fclose(out);
}
