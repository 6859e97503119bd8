#!/bin/sh
# Regenerates src/machine/libm/*-data.ts, the exact doubles of glibc 2.36's libm tables, and
# the GCC dumps that show where its x86_64 FMA variants fuse. Needs gcc (GCC 12, as Debian
# bookworm built glibc with) and glibc 2.36's source: Debian's glibc-source package
# (/usr/src/glibc/glibc-2.36.tar.xz) or GLIBC_TAR=path/to/glibc-2.36.tar.xz.
#   sh scripts/libm/glibc/tables.sh          # writes the data files
#   DUMPS=1 sh scripts/libm/glibc/tables.sh  # also leaves $WORK/*.widening_mul, the
#                                            # contracted (.FMA) form of each ported function
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$here/../../../src/machine/libm" && pwd)
tar=${GLIBC_TAR:-/usr/src/glibc/glibc-2.36.tar.xz}
work=${WORK:-$(mktemp -d)}
mkdir -p "$work" && cd "$work"
tar xJf "$tar" glibc-2.36/sysdeps/ieee754/dbl-64 glibc-2.36/sysdeps/ieee754/flt-32
dbl=glibc-2.36/sysdeps/ieee754/dbl-64
flt=glibc-2.36/sysdeps/ieee754/flt-32
mkdir -p d f
cp $dbl/*.c $dbl/*.h $dbl/*.tbl d/
cp $flt/*.c $flt/*.h f/
cp "$here/shim.h" d/ && cp "$here/shim.h" f/
# glibc's internal headers, reduced to what these files need.
for h in libm-alias-double.h libm-alias-finite.h libm-alias-float.h math-barriers.h math-narrow-eval.h \
  math-svid-compat.h math_private.h fenv_private.h math-underflow.h; do
  echo '#include "shim.h"' > d/$h; cp d/$h f/$h
done
printf '#define SET_RESTORE_ROUND(x)\n#define SET_RESTORE_ROUND_53BIT(x)\n#define math_check_force_underflow(x)\n#define math_check_force_underflow_nonneg(x)\n' >> d/math_private.h
printf '#define DIAG_PUSH_NEEDS_COMMENT\n#define DIAG_POP_NEEDS_COMMENT\n#define DIAG_IGNORE_Os_NEEDS_COMMENT(v, w)\n' > d/libc-diag.h
printf '#include_next <endian.h>\n#define HIGH_HALF 1\n#define LOW_HALF 0\n#define LITTLE_ENDI 1\n' > d/endian.h
(echo '#pragma once'; echo '#include "shim.h"'; sed -n '/^#define NOINLINE/,$p' $dbl/math_config.h | sed '$d') > d/math_config.h
(echo '#pragma once'; echo '#include "shim.h"'; sed -n '/^#define NOINLINE/,$p' $flt/math_config.h | sed '$d') > f/math_config.h
cp "$here"/gen-*.c d/
flags="-O2 -mfma -mavx2"
[ "${DUMPS:-}" ] && flags="$flags -fdump-tree-widening_mul"
for f in e_exp_data e_log_data e_log2_data e_pow_log_data sincostab; do gcc $flags -Id -c d/$f.c -o $f.o; done
for f in e_exp2f_data e_logf_data e_log2f_data e_powf_log2_data s_sincosf_data; do gcc $flags -If -c f/$f.c -o $f.o; done
if [ "${DUMPS:-}" ]; then
  for f in e_exp e_log e_log2 e_pow s_sin s_tan s_atan e_atan2 e_asin s_expm1 s_log1p; do gcc $flags -Id -c d/$f.c -o $f.o; done
  for f in e_expf e_exp2f e_logf e_log2f e_powf s_sinf s_cosf; do gcc $flags -If -c f/$f.c -o $f.o; done
fi
gcc -Id d/gen-data.c e_exp_data.o e_log_data.o e_log2_data.o e_pow_log_data.o e_exp2f_data.o e_logf_data.o \
  e_log2f_data.o e_powf_log2_data.o s_sincosf_data.o -o gen-data && ./gen-data "$out"
gcc d/gen-sincos.c sincostab.o -o gen-sincos && ./gen-sincos "$out/sincos-data.ts"
gcc -Id d/gen-atan.c -o gen-atan && ./gen-atan "$out/atan-data.ts"
gcc -Id d/gen-tan.c -o gen-tan && ./gen-tan "$out/tan-data.ts"
gcc -Id d/gen-asin.c -o gen-asin && ./gen-asin "$out/asin-data.ts"
echo "wrote $out/*-data.ts (work files in $work)"
