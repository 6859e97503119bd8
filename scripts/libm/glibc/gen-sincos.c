#include <stdio.h>
extern const union { int i[880]; double x[440]; } __sincostab;
int main(int argc, char **argv) {
  FILE *out = fopen(argv[1], "w");
  fprintf(out, "// Generated from glibc 2.36's sysdeps/ieee754/dbl-64/sincostab.c (the table its libm uses),\n// printed exactly by scripts/libm/glibc/tables.sh. Do not edit.\n\n");
  fprintf(out, "/** For x = i/128, i in [0, 110): sin(x) as SN + SSN and cos(x) as CS + CCS, at 4i .. 4i + 3. */\n");
  fprintf(out, "export const SINCOS_TABLE: readonly number[] = [");
  for (int i = 0; i < 440; i++) fprintf(out, "%s%s%.17g", i ? "," : "", i % 4 ? " " : "\n  ", __sincostab.x[i]);
  fprintf(out, ",\n];\n");
  fclose(out);
}
