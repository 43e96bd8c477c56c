// The command line: `boardpack build|check|watch LAYOUT [options]`, `boardpack init DIR`,
// parsed strictly.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace bp::app {

// A command-line mistake: printed with the usage hint, exit status 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// What the user asked for.
struct CliOptions {
    enum class Command { Build, Check, Help, Version, Watch, Init } command = Command::Help;
    std::string layout;
    std::string data_dir;               // --data (overrides the layout's data attribute)
    std::string output;                 // -o; default: the layout's name with .pdf
    std::string png_dir;                // --png
    std::string html;                   // --html: the web edition (alone if -o is not given)
    bool pdf = true;                    // false: --html without -o, no PDF
    double dpi = 96;                    // --dpi
    std::vector<std::string> font_dirs; // --fonts (searched before the project's fonts)
    bool system_fonts = true;           // --no-system-fonts: only the given and project fonts
    bool quiet = false;                 // -q: no summary on stdout
    bool timings = false;               // --timings: time and memory per stage on stderr
    bool pdf_ua = true;                 // --pdf-standard: tagged PDF/UA-1
    bool pdf_a = true;                  // --pdf-standard: PDF/A-2b
    bool json = false;                  // check --format json: diagnostics as JSON lines
    std::string init_dir;               // init DIR: the folder to create the starter in
    std::string each_area; // build --each-area KIND: one edition per area (-o has {area.id})
};

// Parses argv (without the program name). Throws UsageError.
CliOptions parse_cli(const std::vector<std::string>& args);

// The --help text.
std::string usage_text();

} // namespace bp::app
