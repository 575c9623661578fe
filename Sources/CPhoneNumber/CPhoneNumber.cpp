#include "CPhoneNumber.h"

#include <algorithm>
#include <list>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <phonenumbers/logger.h>
#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneNumberDesc;
using i18n::phonenumbers::PhoneNumberMatch;
using i18n::phonenumbers::PhoneNumberMatcher;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

// Drops every log line: libphonenumber would otherwise print text it failed to parse.
class SilentLogger : public i18n::phonenumbers::Logger {
public:
    void WriteMessage(const std::string &) override {}
};

const PhoneNumberUtil &util() {
    static const PhoneNumberUtil *instance = [] {
        PhoneNumberUtil *u = PhoneNumberUtil::GetInstance();
        u->SetLogger(new SilentLogger());
        return u;
    }();
    return *instance;
}

bool validRegion(const PhoneNumberUtil &u, const std::string &region) {
    return region == "ZZ" || u.GetCountryCodeForRegion(region) != 0;
}

size_t asciiDigits(const char *p, size_t n) {
    size_t d = 0;
    for (size_t k = 0; k < n; ++k) d += static_cast<unsigned char>(p[k]) - '0' < 10;
    return d;
}

}  // namespace

namespace i18n {
namespace phonenumbers {

// PhoneNumberMatcher and PhoneNumberUtil name this class a friend (for libphonenumber's
// own tests; their test binary is the only other definition, and it is not linked here).
// Through it the shim asks a STRICT_GROUPING matcher whether one candidate holds, with the
// library's own ParseAndVerify, and reads the numbering plans' possible lengths.
class PhoneNumberMatcherTest {
public:
    /// Whether `m`'s candidate (its raw string at its offset) holds for `matcher`, as the
    /// matcher decides for each candidate it tries.
    static bool ParseAndVerify(PhoneNumberMatcher &matcher, const std::string &candidate, int offset) {
        PhoneNumberMatch match;
        return matcher.ParseAndVerify(candidate, offset, &match);
    }

    /// Whether every number IsValidNumber accepts is one IsPossibleNumber accepts, in this
    /// library's metadata: each region's general description lists its possible lengths,
    /// and each is a possible length (TestNumberLength's test, on the lengths of the main
    /// region of its calling code, which IsPossibleNumber reads) of its calling code.
    static bool ValidImpliesPossible(const PhoneNumberUtil &u) {
        std::set<int> codes;
        u.GetSupportedCallingCodes(&codes);
        for (int code : codes) {
            std::string main_region;
            u.GetRegionCodeForCountryCode(code, &main_region);
            const PhoneMetadata *main = u.GetMetadataForRegionOrCallingCode(code, main_region);
            if (!main) return false;
            const PhoneNumberDesc &general = main->general_desc();
            if (general.possible_length_size() == 0 || general.possible_length(0) == -1) return false;
            std::vector<const PhoneMetadata *> sharing;
            std::list<std::string> regions;
            u.GetRegionCodesForCountryCallingCode(code, &regions);
            if (regions.empty() || main_region == PhoneNumberUtil::kRegionCodeForNonGeoEntity) {
                sharing.push_back(main);
            } else {
                for (const std::string &r : regions) {
                    const PhoneMetadata *m = u.GetMetadataForRegion(r);
                    if (!m) return false;
                    sharing.push_back(m);
                }
            }
            for (const PhoneMetadata *m : sharing) {
                const PhoneNumberDesc &d = m->general_desc();
                // without lengths, GetNumberTypeHelper would check no length at all
                if (d.possible_length_size() == 0) return false;
                for (int length : d.possible_length()) {
                    if (length == -1) continue;  // no numbers: nothing is valid
                    if (!possibleLength(general, length)) return false;
                }
            }
        }
        return true;
    }

private:
    // TestNumberLength for UNKNOWN: IS_POSSIBLE or IS_POSSIBLE_LOCAL_ONLY.
    static bool possibleLength(const PhoneNumberDesc &general, int length) {
        const auto &local = general.possible_length_local_only();
        if (std::find(local.begin(), local.end(), length) != local.end()) return true;
        const auto &lengths = general.possible_length();
        int minimum = lengths.Get(0);
        if (minimum == length) return true;
        if (minimum > length) return false;
        if (*(lengths.end() - 1) < length) return false;
        return std::find(lengths.begin() + 1, lengths.end(), length) != lengths.end();
    }
};

}  // namespace phonenumbers
}  // namespace i18n

using i18n::phonenumbers::PhoneNumberMatcherTest;

namespace {

// Checked once: what rph_holds_strict's shortcut rests on (see there).
bool validImpliesPossible() {
    static const bool holds = PhoneNumberMatcherTest::ValidImpliesPossible(util());
    return holds;
}

}  // namespace

extern "C" int32_t rph_find(const char *text, size_t length, const char *region, int32_t leniency,
                            int32_t max_tries, int32_t min_digits, rph_match *out, size_t capacity) {
    const PhoneNumberUtil &u = util();
    std::string region_code(region ? region : "ZZ");
    if (!validRegion(u, region_code)) return -1;
    if (leniency < RPH_POSSIBLE || leniency > RPH_EXACT_GROUPING) return -1;
    std::string input(text, length);
    int tries = max_tries < 0 ? 0 : max_tries;
    size_t needed = min_digits < 0 ? 0 : static_cast<size_t>(min_digits);
    // ASCII digits from each match's end on: the matcher searches on from there, so once
    // fewer than `needed` are left, no later match can have them
    std::vector<uint32_t> digits_after(needed > 0 ? length + 1 : 0);
    for (size_t k = length; needed > 0 && k-- > 0;)
        digits_after[k] = digits_after[k + 1] + (static_cast<unsigned char>(text[k]) - '0' < 10);
    size_t n = 0, search = 0;
    PhoneNumberMatcher matcher(u, input, region_code, static_cast<PhoneNumberMatcher::Leniency>(leniency), tries);
    PhoneNumberMatch match;
    while (n < capacity && (needed == 0 || digits_after[search] >= needed) && matcher.HasNext()) {
        if (!matcher.Next(&match)) break;
        size_t start = static_cast<size_t>(match.start()), raw = match.raw_string().size();
        out[n].start = start;
        out[n].length = raw;
        out[n].country_code = match.number().country_code();
        out[n].is_valid_number =
            asciiDigits(text + start, raw) >= needed && u.IsValidNumber(match.number()) ? 1 : 0;
        search = start + raw;
        ++n;
    }
    return static_cast<int32_t>(n);
}

extern "C" int32_t rph_holds_strict(const char *text, size_t length, const char *region, int32_t max_tries,
                                    const rph_match *matches, const uint8_t *needed, size_t count,
                                    size_t capacity, uint8_t *holds) {
    const PhoneNumberUtil &u = util();
    std::string region_code(region ? region : "ZZ");
    if (!validRegion(u, region_code)) return -1;
    std::string input(text, length);
    int tries = max_tries < 0 ? 0 : max_tries;
    size_t last = count;
    for (size_t k = 0; k < count; ++k) {
        holds[k] = 0;
        if (needed[k]) last = k;
    }
    if (last == count) return 0;
    // While every earlier match holds at STRICT_GROUPING too, the STRICT_GROUPING matcher
    // is where the POSSIBLE one was: both searched on from the same place with the same
    // tries left, and every candidate the POSSIBLE one rejected since is rejected at
    // STRICT_GROUPING too (it needs a valid number, which is possible). So it tries this
    // match's candidate next, and finds it exactly when ParseAndVerify holds for it there;
    // when it does not, the matchers part ways, and the rest is found by running it.
    size_t k = 0;
    if (validImpliesPossible()) {
        PhoneNumberMatcher strict(u, input, region_code, PhoneNumberMatcher::STRICT_GROUPING, tries);
        for (; k <= last && k < capacity; ++k) {
            bool held = PhoneNumberMatcherTest::ParseAndVerify(
                strict, input.substr(matches[k].start, matches[k].length), static_cast<int>(matches[k].start));
            if (!held) break;
            holds[k] = 1;
        }
        if (k > last || k >= capacity) return 0;
        ++k;  // this one is not found at STRICT_GROUPING (the same candidate was rejected)
    }
    if (k > last) return 0;
    // the STRICT_GROUPING matches themselves, as many as `capacity`
    std::vector<std::pair<size_t, size_t>> found;
    PhoneNumberMatcher strict(u, input, region_code, PhoneNumberMatcher::STRICT_GROUPING, tries);
    PhoneNumberMatch match;
    while (found.size() < capacity && strict.HasNext()) {
        if (!strict.Next(&match)) break;
        found.emplace_back(static_cast<size_t>(match.start()), match.raw_string().size());
    }
    for (; k <= last; ++k) {
        holds[k] = std::find(found.begin(), found.end(), std::make_pair(matches[k].start, matches[k].length)) != found.end();
    }
    return 0;
}

extern "C" int32_t rph_strict_shortcut(void) { return validImpliesPossible() ? 1 : 0; }

extern "C" int32_t rph_is_supported_region(const char *region) {
    return region && util().GetCountryCodeForRegion(std::string(region)) != 0 ? 1 : 0;
}

extern "C" int32_t rph_country_code_for_region(const char *region) {
    return region ? util().GetCountryCodeForRegion(std::string(region)) : 0;
}

extern "C" int32_t rph_is_possible_international(const char *text, size_t length) {
    if (!text || length == 0 || length > 64) return 0;
    std::string number("+");
    number.append(text, length);
    i18n::phonenumbers::PhoneNumber parsed;
    if (util().Parse(number, "ZZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR) return 0;
    // a type's lengths, not the country's union of them (Australia's reach down to 5 digits, for
    // numbers never written with a prefix from abroad)
    const PhoneNumberUtil &u = util();
    return u.IsPossibleNumberForType(parsed, PhoneNumberUtil::FIXED_LINE_OR_MOBILE)
        || u.IsPossibleNumberForType(parsed, PhoneNumberUtil::TOLL_FREE)
        || u.IsPossibleNumberForType(parsed, PhoneNumberUtil::VOIP) ? 1 : 0;
}
