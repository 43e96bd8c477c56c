// A German numeric locale (decimal comma, full-stop thousands) that tests compile themselves
// with localedef into a fresh temporary folder, so they need no installed locale.
#pragma once

#include <boost/test/unit_test.hpp>

#include <string>

namespace bp::testing {

// Produces the locale folder once per process (removed at exit). `locpath` is the folder to
// put in LOCPATH and `name` the locale to ask for; `problem` says why there is none.
struct GermanLocale {
    std::string locpath;
    std::string name = "de_DE.UTF-8";
    std::string problem;
    bool ok() const { return problem.empty(); }
    GermanLocale();
    ~GermanLocale();
    GermanLocale(const GermanLocale&) = delete;
    GermanLocale& operator=(const GermanLocale&) = delete;
};

const GermanLocale& german_locale();

// For *boost::unit_test::precondition: skips (reported as skipped) where localedef cannot
// make the locale.
boost::test_tools::assertion_result german_locale_available(boost::unit_test::test_unit_id);

// Puts the German locale in force for the whole process (setlocale and std::locale::global)
// while it lives, then restores the classic "C" locale.
class GermanLocaleInForce {
public:
    GermanLocaleInForce();
    ~GermanLocaleInForce();
    GermanLocaleInForce(const GermanLocaleInForce&) = delete;
    GermanLocaleInForce& operator=(const GermanLocaleInForce&) = delete;
};

} // namespace bp::testing
