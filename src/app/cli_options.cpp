#include "app/cli_options.hpp"

#include <charconv>
#include <filesystem>

namespace bp::app {

std::string usage_text() {
    return "usage: boardpack build LAYOUT.xml [--data DIR] [-o OUT.pdf] [--html OUT.html]\n"
           "                 [--png DIR] [--dpi N]"
           "\n"
           "                 [--fonts DIR] [--no-system-fonts] [--pdf-standard LIST] [-q]\n"
           "                 [--timings] [--each-area KIND]\n"
           "       boardpack check LAYOUT.xml [--data DIR] [--timings] [--format text|json]\n"
           "       boardpack watch LAYOUT.xml [the options of build]\n"
           "       boardpack init DIR\n"
           "       boardpack mail SETTINGS RECIPIENTS.csv -o OUTBOX [--date EPOCH]\n"
           "                [--max-size SIZE] [--encrypt [--passwords FILE]]\n"
           "                [--send URL [--preflight |\n"
           "                 --confirm [--resend] [--proof-to ADDRESS]]]\n"
           "       boardpack --help | --version\n"
           "\n"
           "build   lays the report out and writes the PDF (and PNG previews with --png)\n"
           "check   reads the layout, theme and data, checks every figure, lists warnings\n"
           "watch   builds, then rebuilds whenever the layout, theme, data or fonts change\n"
           "init    writes a starter layout, theme and data folder into a new or empty DIR\n"
           "mail    writes (or sends) one email per panel member with the summary and the\n"
           "        report or their area's edition; see boardpack mail --help\n"
           "\n"
           "  --data DIR         indicator data folder (default: the layout's data attribute)\n"
           "  -o, --output FILE  PDF to write (default: LAYOUT with .pdf)\n"
           "  --html FILE        write the web edition (one accessible HTML page) to FILE:\n"
           "                     beside the PDF with -o, without a PDF if -o is not given\n"
           "  --png DIR          also write one PNG preview per page into DIR\n"
           "  --dpi N            PNG resolution, 10 to 600 (default 96)\n"
           "  --fonts DIR        look for fonts in DIR first (repeatable)\n"
           "  --no-system-fonts  use only the layout's folder, --fonts and the project fonts\n"
           "  --pdf-standard LIST  what the PDF conforms to: pdf/ua-1, pdf/a-2b, both\n"
           "                     comma-separated (the default), or none\n"
           "  -q, --quiet        print nothing on success\n"
           "  --timings          print each stage's time and the peak memory on stderr\n"
           "  --format json      (check) one JSON object per diagnostic and line on stdout\n"
           "  --each-area KIND   (build) one edition per area of KIND: {area.id} and\n"
           "                     {area.name} in the layout and in -o name the area\n"
           "\n"
           "Exit status: 0 success, 1 input or output error, 2 usage error.\n"
           "Errors are printed as FILE:LINE:COL: error: MESSAGE.\n"
           "Set SOURCE_DATE_EPOCH to stamp the PDF with that creation date; without it the PDF\n"
           "carries no date, so the same input gives the same bytes.\n";
}

CliOptions parse_cli(const std::vector<std::string>& args) {
    CliOptions o;
    if (args.empty()) throw UsageError("no command given");
    std::size_t i = 0;
    const std::string& cmd = args[i++];
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        o.command = CliOptions::Command::Help;
        return o;
    }
    if (cmd == "--version") {
        o.command = CliOptions::Command::Version;
        return o;
    }
    if (cmd == "watch") { // the options of build, then watched
        std::vector<std::string> as_build(args);
        as_build[0] = "build";
        o = parse_cli(as_build);
        if (o.command == CliOptions::Command::Build) o.command = CliOptions::Command::Watch;
        return o;
    }
    if (cmd == "init") {
        if (args.size() == 2 && (args[1] == "--help" || args[1] == "-h")) return o;
        if (args.size() != 2 || args[1].empty() || args[1][0] == '-')
            throw UsageError("init takes one argument, the folder to create");
        o.command = CliOptions::Command::Init;
        o.init_dir = args[1];
        return o;
    }
    if (cmd == "build")
        o.command = CliOptions::Command::Build;
    else if (cmd == "check")
        o.command = CliOptions::Command::Check;
    else
        throw UsageError("unknown command '" + cmd + "' (expected build, check, watch or init)");

    auto value = [&](const std::string& flag) -> std::string {
        if (i >= args.size()) throw UsageError(flag + " needs a value");
        if (args[i].empty()) throw UsageError(flag + " needs a value, not an empty string");
        return args[i++];
    };
    while (i < args.size()) {
        const std::string& a = args[i++];
        if (a == "--data")
            o.data_dir = value(a);
        else if ((a == "-o" || a == "--output") && o.command == CliOptions::Command::Build)
            o.output = value(a);
        else if (a == "--html" && o.command == CliOptions::Command::Build)
            o.html = value(a);
        else if (a == "--png" && o.command == CliOptions::Command::Build)
            o.png_dir = value(a);
        else if (a == "--dpi" && o.command == CliOptions::Command::Build) {
            std::string v = value(a);
            int dpi = 0;
            auto res = std::from_chars(v.data(), v.data() + v.size(), dpi);
            if (res.ec != std::errc() || res.ptr != v.data() + v.size() || dpi < 10 || dpi > 600)
                throw UsageError("--dpi takes a whole number from 10 to 600, not '" + v + "'");
            o.dpi = dpi;
        } else if (a == "--pdf-standard" && o.command == CliOptions::Command::Build) {
            const std::string v = value(a);
            o.pdf_ua = o.pdf_a = false;
            if (v != "none") {
                for (std::size_t start = 0; start <= v.size();) {
                    std::size_t end = v.find(',', start);
                    if (end == std::string::npos) end = v.size();
                    const std::string name = v.substr(start, end - start);
                    if (name == "pdf/ua-1")
                        o.pdf_ua = true;
                    else if (name == "pdf/a-2b")
                        o.pdf_a = true;
                    else
                        throw UsageError(
                            "--pdf-standard takes pdf/ua-1, pdf/a-2b (comma-separated) "
                            "or none, not '" +
                            name + "'");
                    start = end + 1;
                }
            }
        } else if (a == "--each-area" && o.command == CliOptions::Command::Build)
            o.each_area = value(a);
        else if (a == "--fonts")
            o.font_dirs.push_back(value(a));
        else if (a == "--no-system-fonts")
            o.system_fonts = false;
        else if (a == "-q" || a == "--quiet")
            o.quiet = true;
        else if (a == "--timings")
            o.timings = true;
        else if (a == "--format" && o.command == CliOptions::Command::Check) {
            const std::string v = value(a);
            if (v != "json" && v != "text")
                throw UsageError("--format takes text or json, not '" + v + "'");
            o.json = v == "json";
        } else if (a == "--help" || a == "-h") {
            o.command = CliOptions::Command::Help;
            return o;
        } else if (!a.empty() && a[0] == '-')
            throw UsageError("unknown option '" + a + "'");
        else if (o.layout.empty())
            o.layout = a;
        else
            throw UsageError("unexpected argument '" + a + "' (one layout at a time)");
    }
    if (o.layout.empty()) throw UsageError("no layout file given");
    if (!o.html.empty() && !o.each_area.empty())
        throw UsageError("--html does not yet work with --each-area");
    if (o.command == CliOptions::Command::Build && o.output.empty() && !o.html.empty() &&
        o.png_dir.empty())
        o.pdf = false; // the web edition alone
    if (o.command == CliOptions::Command::Build && o.output.empty())
        o.output = std::filesystem::path(o.layout).filename().replace_extension(".pdf").string();
    return o;
}

} // namespace bp::app
