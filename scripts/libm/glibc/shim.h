#pragma once
#include <stdint.h>
#include <math.h>
#define __glibc_unlikely(x) (x)
#define __glibc_likely(x) (x)
#define WANT_ROUNDING 1
#define TOINT_INTRINSICS 0
#define math_narrow_eval(x) (x)
#define math_force_eval(x) ((void)(x))
#define math_opt_barrier(x) (x)
#define attribute_hidden
#define hidden_def(x)
#define strong_alias(a,b)
#define libm_alias_finite(a,b)
#define versioned_symbol(a,b,c,d)
#define libm_alias_double_other(a,b)
#define libm_alias_double(a,b)
#define libm_alias_float(a,b)
#define libm_alias_float_other(a,b)
#define LIBM_SVID_COMPAT 0
static inline uint64_t asuint64(double f){union{double f;uint64_t i;}u={f};return u.i;}
static inline double asdouble(uint64_t i){union{uint64_t i;double f;}u={i};return u.f;}
static inline uint32_t asuint(float f){union{float f;uint32_t i;}u={f};return u.i;}
static inline float asfloat(uint32_t i){union{uint32_t i;float f;}u={i};return u.f;}
#define WANT_ERRNO 0
static inline int issignaling_inline(double x){uint64_t ix=asuint64(x);return 2*(ix^0x0008000000000000)>2*0x7ff8000000000000ULL;}
static inline int issignalingf_inline(float x){uint32_t ix=asuint(x);return 2*(ix^0x00400000)>2u*0x7fc00000;}
