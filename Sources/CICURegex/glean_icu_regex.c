#include "glean_icu_regex.h"

#include <stdlib.h>
#include <unicode/uregex.h>

struct GleanRegex {
    URegularExpression *regex;
    GleanRegexStepCallback callback;
    const void *context;
};

static UBool reportStep(const void *context, int32_t steps) {
    const GleanRegex *owner = context;
    return owner->callback(owner->context, steps) ? 1 : 0;
}

GleanRegex *glean_regex_open(
    const uint16_t *pattern, int32_t length, int32_t stepLimit, GleanRegexStepCallback callback, const void *context,
    const char **errorName, int32_t *errorOffset) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError = { 0 };
    parseError.offset = -1;
    URegularExpression *compiled = uregex_open(pattern, length, UREGEX_CASE_INSENSITIVE, &parseError, &status);
    GleanRegex *regex = compiled ? malloc(sizeof(GleanRegex)) : NULL;
    if (regex) {
        regex->regex = compiled;
        regex->callback = callback;
        regex->context = context;
        uregex_setTimeLimit(compiled, stepLimit, &status);
        uregex_setMatchCallback(compiled, reportStep, regex, &status);
    }
    if (U_FAILURE(status) || !regex) {
        *errorName = u_errorName(U_FAILURE(status) ? status : U_MEMORY_ALLOCATION_ERROR);
        *errorOffset = parseError.offset;
        if (regex) free(regex);
        if (compiled) uregex_close(compiled);
        return NULL;
    }
    return regex;
}

void glean_regex_close(GleanRegex *regex) {
    uregex_close(regex->regex);
    free(regex);
}

GleanRegexOutcome glean_regex_find(
    GleanRegex *regex, const uint16_t *text, int32_t length, int32_t *matchStart, int32_t *matchEnd) {
    static const UChar empty = 0;
    UErrorCode status = U_ZERO_ERROR;
    uregex_setText(regex->regex, length > 0 ? text : &empty, length, &status);
    UBool found = uregex_find(regex->regex, 0, &status);
    if (found && status == U_ZERO_ERROR) {
        *matchStart = uregex_start(regex->regex, 0, &status);
        *matchEnd = uregex_end(regex->regex, 0, &status);
    }
    UErrorCode detached = U_ZERO_ERROR;
    uregex_setText(regex->regex, &empty, 0, &detached);
    switch (status) {
    case U_ZERO_ERROR: return found ? GLEAN_REGEX_FOUND : GLEAN_REGEX_NOT_FOUND;
    case U_REGEX_TIME_OUT: return GLEAN_REGEX_STEP_LIMIT;
    case U_REGEX_STOPPED_BY_CALLER: return GLEAN_REGEX_STOPPED;
    case U_REGEX_STACK_OVERFLOW: return GLEAN_REGEX_STACK_OVERFLOW;
    default: return U_FAILURE(status) ? GLEAN_REGEX_FAILED : (found ? GLEAN_REGEX_FOUND : GLEAN_REGEX_NOT_FOUND);
    }
}
