// A case-insensitive ICU regular expression searched with a step limit and a callback that can stop it.
//
// Only plain C types cross this header: Foundation carries its own copy of ICU's headers, and Swift cannot import
// two different definitions of ICU's types into one module, so ICU itself is included only in the .c file.
#ifndef GLEAN_ICU_REGEX_H
#define GLEAN_ICU_REGEX_H

#include <stdbool.h>
#include <stdint.h>

/// A compiled pattern and the text it is searching.
typedef struct GleanRegex GleanRegex;

/// Called about every ICU match step with the steps the current search has taken; return false to stop it.
typedef bool (*GleanRegexStepCallback)(const void *context, int32_t steps);

/// The outcome of `glean_regex_find`.
typedef enum {
    GLEAN_REGEX_FOUND = 1,
    GLEAN_REGEX_NOT_FOUND = 0,
    GLEAN_REGEX_STEP_LIMIT = -1,
    GLEAN_REGEX_STOPPED = -2,
    GLEAN_REGEX_STACK_OVERFLOW = -3,
    GLEAN_REGEX_FAILED = -4,
} GleanRegexOutcome;

/// Compiles UTF-16 `pattern` ignoring case, searches limited to `stepLimit` steps (0: none) and reporting to
/// `callback`. Returns NULL on failure, with ICU's error name in `*errorName` and the offset in `*errorOffset`
/// (-1 when unknown).
GleanRegex *glean_regex_open(
    const uint16_t *pattern, int32_t length, int32_t stepLimit, GleanRegexStepCallback callback, const void *context,
    const char **errorName, int32_t *errorOffset);

/// Frees what `glean_regex_open` made.
void glean_regex_close(GleanRegex *regex);

/// Searches the UTF-16 `text` (its ends are `^` and `$`) for a match; when found, `*matchStart` and `*matchEnd`
/// hold its UTF-16 offsets.
GleanRegexOutcome glean_regex_find(
    GleanRegex *regex, const uint16_t *text, int32_t length, int32_t *matchStart, int32_t *matchEnd);

#endif
