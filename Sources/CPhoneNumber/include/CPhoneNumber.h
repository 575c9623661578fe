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
 * to `out` in text order and returns how many it wrote; -1 when the region
 * is unknown (text that is not valid UTF-8 has no matches).
 *
 * With `min_digits` > 0 only the matches with that many ASCII digits or more
 * are of use to the caller: the search ends once fewer are left after the last
 * match (so the matches written are a prefix of what it would find, holding
 * every such match), and `is_valid_number` is computed for those matches only
 * (0 for the others). */
int32_t rph_find(const char *text, size_t length, const char *region, int32_t leniency,
                 int32_t max_tries, int32_t min_digits, rph_match *out, size_t capacity);

/* For matches[0, count) as rph_find found them at RPH_POSSIBLE in the same
 * text, region and max_tries (a prefix of its matches, in its order): sets
 * holds[k], for each k with needed[k] != 0, to whether rph_find at
 * RPH_STRICT_GROUPING with that `capacity` finds a match with the same start
 * and length (0 for the others). Equivalent to running that search and
 * comparing, which it does only from the first match that does not hold at
 * STRICT_GROUPING on: up to there it asks the matcher about each match's own
 * candidate. Returns 0, or -1 when the region is unknown. */
int32_t rph_holds_strict(const char *text, size_t length, const char *region, int32_t max_tries,
                         const rph_match *matches, const uint8_t *needed, size_t count,
                         size_t capacity, uint8_t *holds);

/* 1 when rph_holds_strict can ask about matches one by one (every number this
 * library's metadata holds valid is a possible one), 0 when it always runs the
 * STRICT_GROUPING search. */
int32_t rph_strict_shortcut(void);

/* Whether `region` is a region libphonenumber has metadata for. */
int32_t rph_is_supported_region(const char *region);

/* The calling code of `region` (44 for "GB"), 0 if unknown. */
int32_t rph_country_code_for_region(const char *region);

/* Whether `text` (`length` bytes, at most 64: a number as written after an international prefix
   such as "00", without it) is a possible number of the country its calling code names: the
   right length there for a fixed-line, mobile, toll-free or VoIP number. 0 when it does not parse. */
int32_t rph_is_possible_international(const char *text, size_t length);

#ifdef __cplusplus
}
#endif

#endif
