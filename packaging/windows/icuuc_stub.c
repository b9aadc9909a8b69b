/* A stand-in for Windows' own icuuc.dll, which Wine 8 lacks and Qt6Core.dll imports (its ucnv_* converter
 * functions). Only for building and testing under Wine: every converter fails to open, so Qt uses its own
 * codecs. It goes into the Wine prefix's system32, never into the bundle (build.sh checks that).
 * Build: x86_64-w64-mingw32-gcc -shared -O2 -o icuuc.dll icuuc_stub.c */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)
#define U_UNSUPPORTED_ERROR 16

static void fail(int *err) { if (err && *err <= 0) *err = U_UNSUPPORTED_ERROR; }

EXPORT void *ucnv_open(const char *name, int *err) { (void)name; fail(err); return NULL; }
EXPORT void ucnv_close(void *conv) { (void)conv; }
EXPORT void ucnv_reset(void *conv) { (void)conv; }
EXPORT int8_t ucnv_getMaxCharSize(const void *conv) { (void)conv; return 1; }
EXPORT const char *ucnv_getName(const void *conv, int *err) { (void)conv; fail(err); return NULL; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, int *err)
{ (void)name; (void)standard; fail(err); return NULL; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT void ucnv_getToUCallBack(const void *conv, void **action, const void **context)
{ (void)conv; if (action) *action = NULL; if (context) *context = NULL; }
EXPORT void ucnv_getFromUCallBack(const void *conv, void **action, const void **context)
{ (void)conv; if (action) *action = NULL; if (context) *context = NULL; }
EXPORT void ucnv_setToUCallBack(void *conv, void *action, const void *context, void **old_action,
                                const void **old_context, int *err)
{ (void)conv; (void)action; (void)context; (void)old_action; (void)old_context; fail(err); }
EXPORT void ucnv_setFromUCallBack(void *conv, void *action, const void *context, void **old_action,
                                  const void **old_context, int *err)
{ (void)conv; (void)action; (void)context; (void)old_action; (void)old_context; fail(err); }
EXPORT void ucnv_toUnicode(void *conv, void **target, const void *target_limit, const char **source,
                           const char *source_limit, int32_t *offsets, int8_t flush, int *err)
{ (void)conv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush; fail(err); }
EXPORT void ucnv_fromUnicode(void *conv, char **target, const char *target_limit, const void **source,
                             const void *source_limit, int32_t *offsets, int8_t flush, int *err)
{ (void)conv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush; fail(err); }
EXPORT int32_t ucnv_toUCountPending(const void *conv, int *err) { (void)conv; fail(err); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *conv, int *err) { (void)conv; fail(err); return 0; }
EXPORT void ucnv_cbToUWriteUChars(void *args, const void *source, int32_t length, int32_t offset_index, int *err)
{ (void)args; (void)source; (void)length; (void)offset_index; fail(err); }
EXPORT void ucnv_cbFromUWriteUChars(void *args, const void **source, const void *source_limit,
                                    int32_t offset_index, int *err)
{ (void)args; (void)source; (void)source_limit; (void)offset_index; fail(err); }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const void *code_units,
                                            int32_t length, int32_t code_point, int reason, int *err)
{ (void)context; (void)args; (void)code_units; (void)length; (void)code_point; (void)reason; fail(err); }
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *code_units,
                                          int32_t length, int reason, int *err)
{ (void)context; (void)args; (void)code_units; (void)length; (void)reason; fail(err); }
