#include "german_locale.hpp"

#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <locale>
#include <stdexcept>
#include <unistd.h>

namespace bp::testing {

namespace fs = std::filesystem;

GermanLocale::GermanLocale() {
    std::string pattern = (fs::temp_directory_path() / "boardpack-locale-XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
        problem = "cannot create a temporary folder";
        return;
    }
    locpath = pattern;
    const std::string target = locpath + "/" + name;
    // localedef warns (status 1) about details of some locale sources but still writes them.
    const std::string command = "localedef -i de_DE -f UTF-8 '" + target + "' >/dev/null 2>&1";
    const int status = std::system(command.c_str());
    if (!fs::exists(target + "/LC_NUMERIC")) {
        problem = "localedef -i de_DE -f UTF-8 did not make a locale (status " +
                  std::to_string(status) +
                  "; it needs the Debian package locales and /usr/share/i18n/locales/de_DE)";
        return;
    }
    // It must really be in force: a decimal comma.
    const char* old_path = std::getenv("LOCPATH");
    std::string saved = old_path ? old_path : "";
    setenv("LOCPATH", locpath.c_str(), 1);
    const char* set = std::setlocale(LC_NUMERIC, name.c_str());
    const bool comma = set && std::string(std::localeconv()->decimal_point) == ",";
    std::setlocale(LC_NUMERIC, "C");
    if (old_path)
        setenv("LOCPATH", saved.c_str(), 1);
    else
        unsetenv("LOCPATH");
    if (!comma) problem = "the locale made by localedef does not load or has no decimal comma";
}

GermanLocale::~GermanLocale() {
    if (locpath.empty()) return;
    std::error_code ec;
    fs::remove_all(locpath, ec);
}

const GermanLocale& german_locale() {
    static GermanLocale made;
    return made;
}

boost::test_tools::assertion_result german_locale_available(boost::unit_test::test_unit_id) {
    const GermanLocale& g = german_locale();
    boost::test_tools::assertion_result result(g.ok());
    if (!g.ok()) result.message() << "skipped: no German locale: " << g.problem;
    return result;
}

GermanLocaleInForce::GermanLocaleInForce() {
    const GermanLocale& g = german_locale();
    if (!g.ok()) throw std::runtime_error("no German locale: " + g.problem);
    setenv("LOCPATH", g.locpath.c_str(), 1);
    std::locale::global(std::locale(g.name)); // also setlocale(LC_ALL, …): printf and strtod
}

GermanLocaleInForce::~GermanLocaleInForce() {
    std::locale::global(std::locale::classic());
    std::setlocale(LC_ALL, "C");
    unsetenv("LOCPATH");
}

} // namespace bp::testing
