/* A C interface to Google's libphonenumber (Debian libphonenumber-dev, C++):
 * find phone numbers in free text the way PhoneNumberMatcher does, per
 * region, with bounded work. Nothing here logs: libphonenumber's logger is
 * replaced by one that drops everything, so no text reaches a log. */
#ifndef CPHONENUMBER_H
#define CPHONENUMBER_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* PhoneNumberMatcher::Leniency. */
enum {
    RPH_POSSIBLE = 0,
    RPH_VALID = 1,
    RPH_STRICT_GROUPING = 2,
    RPH_EXACT_GROUPING = 3,
};

/* One number found: its UTF-8 byte range in the text, its country calling
 * code, and whether the number it parses to is valid (PhoneNumberUtil::
 * IsValidNumber; a match at VALID leniency or stricter always is, and one
 * at POSSIBLE that is not can hold at no stricter leniency). */
typedef struct {
    size_t start;
    size_t length;
    int32_t country_code;
    int32_t is_valid_number;
} rph_match;

/* Finds numbers in text[0, length) (UTF-8), reading ones without "+" as
 * numbers of `region` (ISO 3166 alpha-2, "ZZ" for none), at `leniency`,
 * giving up after `max_tries` candidates. Writes at most `capacity` matches
 * to `out` in text order and returns how many it wrote; -1 when the text is
 * not valid UTF-8 or the region is unknown. */
int32_t rph_find(const char *text, size_t length, const char *region, int32_t leniency,
                 int32_t max_tries, rph_match *out, size_t capacity);

/* Whether `region` is a region libphonenumber has metadata for. */
int32_t rph_is_supported_region(const char *region);

/* The calling code of `region` (44 for "GB"), 0 if unknown. */
int32_t rph_country_code_for_region(const char *region);

#ifdef __cplusplus
}
#endif

#endif
