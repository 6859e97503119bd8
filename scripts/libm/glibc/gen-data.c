#include "math_config.h"
#include <stdio.h>
#include <string.h>
#undef __FP_FAST_FMA
typedef struct { double sign[4]; double hpi_inv, hpi, c0, c1, c2, c3, c4, s1, s2, s3; } sincos_t;
extern const sincos_t __sincosf_table[2];
extern const uint32_t __inv_pio4[24];
extern const struct exp2f_data { uint64_t tab[32]; double shift_scaled; double poly[3]; double invln2_scaled; double poly_scaled[3]; double shift; } __exp2f_data;
extern const struct logf_data { struct { double invc, logc; } tab[16]; double ln2; double poly[3]; } __logf_data;
extern const struct log2f_data { struct { double invc, logc; } tab[16]; double poly[4]; } __log2f_data;
extern const struct powf_log2_data { struct { double invc, logc; } tab[16]; double poly[5]; } __powf_log2_data;
static FILE *out;
static void arr(const char *name, const double *v, int n) {
  fprintf(out, "export const %s: readonly number[] = [", name);
  for (int i = 0; i < n; i++) fprintf(out, "%s%s%.17g", i ? "," : "", i % 4 ? " " : "\n  ", v[i]);
  fprintf(out, ",\n];\n");
}
static void bitsarr(const char *name, const uint64_t *v, int n) {
  double d[512]; for (int i = 0; i < n; i++) memcpy(&d[i], &v[i], 8); arr(name, d, n);
}
static void one(const char *name, double v) { fprintf(out, "export const %s = %.17g;\n", name, v); }
static void open(const char *path, const char *what) {
  out = fopen(path, "w");
  fprintf(out, "// Generated from glibc 2.36's %s (the tables and coefficients its libm uses),\n// printed exactly by scripts/libm/glibc/tables.sh. Do not edit.\n\n", what);
}
int main(int argc, char **argv) {
  char p[512];
  snprintf(p, sizeof p, "%s/exp-data.ts", argv[1]); open(p, "sysdeps/ieee754/dbl-64/e_exp_data.c");
  one("INV_LN2_N", __exp_data.invln2N); one("NEG_LN2_HI_N", __exp_data.negln2hiN); one("NEG_LN2_LO_N", __exp_data.negln2loN);
  one("SHIFT", __exp_data.shift); one("EXP2_SHIFT", __exp_data.exp2_shift);
  arr("EXP_POLY", __exp_data.poly, 4); arr("EXP2_POLY", __exp_data.exp2_poly, 5);
  fprintf(out, "/** 2^(k/128) ~= SCALE[k] * (1 + TAIL[k]): `TAIL[k]` at 2k, `SCALE[k]`'s bits minus k << 45 at 2k + 1. */\n");
  bitsarr("EXP_TABLE", __exp_data.tab, 256); fclose(out);
  snprintf(p, sizeof p, "%s/log-data.ts", argv[1]); open(p, "sysdeps/ieee754/dbl-64/e_log_data.c and e_log2_data.c");
  one("LN2_HI", __log_data.ln2hi); one("LN2_LO", __log_data.ln2lo);
  arr("LOG_POLY", __log_data.poly, 5); arr("LOG_POLY1", __log_data.poly1, 11);
  fprintf(out, "/** (1/c, log(c)) pairs. */\n"); arr("LOG_TABLE", (const double *)__log_data.tab, 256);
  one("INV_LN2_HI", __log2_data.invln2hi); one("INV_LN2_LO", __log2_data.invln2lo);
  arr("LOG2_POLY", __log2_data.poly, 6); arr("LOG2_POLY1", __log2_data.poly1, 10);
  fprintf(out, "/** (1/c, log2(c)) pairs. */\n"); arr("LOG2_TABLE", (const double *)__log2_data.tab, 128); fclose(out);
  snprintf(p, sizeof p, "%s/pow-data.ts", argv[1]); open(p, "sysdeps/ieee754/dbl-64/e_pow_log_data.c");
  one("POW_LN2_HI", __pow_log_data.ln2hi); one("POW_LN2_LO", __pow_log_data.ln2lo);
  arr("POW_LOG_POLY", __pow_log_data.poly, 7);
  fprintf(out, "/** (1/c, unused, log(c), its tail) quadruples. */\n"); arr("POW_LOG_TABLE", (const double *)__pow_log_data.tab, 512); fclose(out);
  snprintf(p, sizeof p, "%s/f32-data.ts", argv[1]); open(p, "sysdeps/ieee754/flt-32/e_exp2f_data.c, e_logf_data.c, e_log2f_data.c, e_powf_log2_data.c and s_sincosf_data.c");
  fprintf(out, "/** 2^(i/32) with i << 47 subtracted from its bits. */\n"); bitsarr("EXP2F_TABLE", __exp2f_data.tab, 32);
  one("EXP2F_SHIFT_SCALED", __exp2f_data.shift_scaled); arr("EXP2F_POLY", __exp2f_data.poly, 3);
  one("EXP2F_INV_LN2_SCALED", __exp2f_data.invln2_scaled); arr("EXP2F_POLY_SCALED", __exp2f_data.poly_scaled, 3); one("EXP2F_SHIFT", __exp2f_data.shift);
  arr("LOGF_TABLE", (const double *)__logf_data.tab, 32); one("LOGF_LN2", __logf_data.ln2); arr("LOGF_POLY", __logf_data.poly, 3);
  arr("LOG2F_TABLE", (const double *)__log2f_data.tab, 32); arr("LOG2F_POLY", __log2f_data.poly, 4);
  arr("POWF_LOG2_TABLE", (const double *)__powf_log2_data.tab, 32); arr("POWF_LOG2_POLY", __powf_log2_data.poly, 5);
  fprintf(out, "/** sign[4], 2/pi * 2^24, pi/2, c0..c4, s1..s3: for |x| < 2^-27 * pi/4 ... 120 (first) and the reduced argument of larger ones (second). */\n");
  arr("SINCOSF_TABLE", (const double *)__sincosf_table, 28);
  double inv[24]; for (int i = 0; i < 24; i++) inv[i] = __inv_pio4[i]; arr("INV_PIO4", inv, 24);
  fclose(out);
  return 0;
}
