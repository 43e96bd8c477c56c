// The table of robustness cases (cases.txt): what to run and what must come out.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace bp::robustness {

// One line of cases.txt.
struct Case {
    std::string name;              // folder under cases/
    std::vector<std::string> args; // boardpack's arguments as written
    int exit = 0;                  // expected exit status
    std::string expect_start;      // exact start of stderr (failures) or stdout (success)
    std::string expect_contains;   // optional text that must also appear in that stream
};

// Reads the manifest; throws std::runtime_error naming the line of a malformed entry.
std::vector<Case> read_manifest(const std::filesystem::path& path);

// Splits a command line at spaces; "double quotes" group words and "" is an empty argument;
// \n stands for a newline (for file names holding one).
std::vector<std::string> split_args(const std::string& text);

} // namespace bp::robustness
