// Every folder under bad/ is a data folder with one mistake; reading it must throw InputError
// whose what(), with the folder path + "/" removed wherever it occurs, is the first line of
// its expected.txt (e.g. "values.csv:3:34: error: bad value \"47OO\": not a number").
#include "core/error.hpp"
#include "input/data_reader.hpp"

#include <boost/test/unit_test.hpp>

#include <regex>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string bad_root() {
    return std::string(BOARDPACK_SOURCE_DIR) + "/tests/unit/data/bad";
}

std::vector<std::string> bad_cases() {
    std::vector<std::string> out;
    for (const auto& entry : fs::directory_iterator(bad_root()))
        if (entry.is_directory()) out.push_back(entry.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

std::string expected_message(const std::string& dir) {
    std::ifstream in(dir + "/expected.txt");
    std::string line;
    std::getline(in, line);
    return line;
}

} // namespace

BOOST_AUTO_TEST_CASE(there_are_many_bad_data_cases) {
    BOOST_TEST(bad_cases().size() >= 40u);
}

BOOST_AUTO_TEST_CASE(each_bad_data_folder_fails_with_its_exact_message) {
    for (const std::string& name : bad_cases()) {
        BOOST_TEST_CONTEXT("bad/" << name) {
            std::string dir = bad_root() + "/" + name;
            std::string expected = expected_message(dir);
            BOOST_TEST_REQUIRE(!expected.empty());
            std::string actual = "(no error)";
            try {
                bp::input::read_data_folder(dir);
            } catch (const bp::InputError& e) {
                actual = e.what();
                // The position is a real place in a real file of the folder.
                BOOST_TEST(e.pos().file.rfind(dir + "/", 0) == 0u);
                // Its line and column are those the expected message names ("file.csv:3:34:"),
                // and none where it names the file alone (a missing file).
                std::smatch m;
                static const std::regex at("^[a-z]+\\.csv:([0-9]+):([0-9]+): ");
                if (std::regex_search(expected, m, at)) {
                    BOOST_TEST(e.pos().line == std::stoi(m[1].str()));
                    BOOST_TEST(e.pos().col == std::stoi(m[2].str()));
                } else {
                    BOOST_TEST(e.pos().line == 0);
                }
            }
            BOOST_TEST(actual.rfind(dir + "/", 0) == 0u); // the message starts with the file
            std::string prefix = dir + "/";
            for (auto at = actual.find(prefix); at != std::string::npos; at = actual.find(prefix))
                actual.erase(at, prefix.size());
            BOOST_TEST(actual == expected);
        }
    }
}
