#include "CPhoneNumber.h"

#include <memory>
#include <string>

#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

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

}  // namespace

extern "C" int32_t rph_find(const char *text, size_t length, const char *region, int32_t leniency,
                            int32_t max_tries, rph_match *out, size_t capacity) {
    const PhoneNumberUtil &u = util();
    std::string region_code(region ? region : "ZZ");
    if (region_code != "ZZ" && u.GetCountryCodeForRegion(region_code) == 0) return -1;
    if (leniency < RPH_POSSIBLE || leniency > RPH_EXACT_GROUPING) return -1;
    std::string input(text, length);
    int tries = max_tries < 0 ? 0 : max_tries;
    size_t n = 0;
    PhoneNumberMatcher matcher(u, input, region_code, static_cast<PhoneNumberMatcher::Leniency>(leniency), tries);
    PhoneNumberMatch match;
    while (n < capacity && matcher.HasNext()) {
        if (!matcher.Next(&match)) break;
        out[n].start = static_cast<size_t>(match.start());
        out[n].length = match.raw_string().size();
        out[n].country_code = match.number().country_code();
        out[n].is_valid_number = u.IsValidNumber(match.number()) ? 1 : 0;
        ++n;
    }
    return static_cast<int32_t>(n);
}

extern "C" int32_t rph_is_supported_region(const char *region) {
    return region && util().GetCountryCodeForRegion(std::string(region)) != 0 ? 1 : 0;
}

extern "C" int32_t rph_country_code_for_region(const char *region) {
    return region ? util().GetCountryCodeForRegion(std::string(region)) : 0;
}
