// boardpack: turns a layout (XML + INI theme) and indicator data (CSV) into a PDF board report.
#include "app/area_editions.hpp"
#include "app/cli_options.hpp"
#include "app/init_command.hpp"
#include "app/install_paths.hpp"
#include "app/report_job.hpp"
#include "app/signal_cleanup.hpp"
#include "app/watch.hpp"

#include <cerrno>
#include <cstring>
#include <exception>
#include <iostream>
#include <unistd.h>

namespace {

// Runs boardpack-mail in this process (execv); returns only if it cannot be run.
int run_mail_program(char** argv) {
    const std::string& program = bp::app::install_paths().mail_program;
    argv[0] = const_cast<char*>(program.c_str());
    ::execv(program.c_str(), argv);
    std::cerr << "boardpack: error: cannot run the mail program " << program << ": "
              << std::strerror(errno) << '\n';
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    using namespace bp::app;
    start_signal_cleanup(); // before any other thread exists
    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        if (!args.empty() && args[0] == "mail") return run_mail_program(argv);
        CliOptions options = parse_cli(args);
        switch (options.command) {
        case CliOptions::Command::Help:
            std::cout << usage_text();
            return 0;
        case CliOptions::Command::Version:
            std::cout << "boardpack " << BOARDPACK_VERSION << '\n';
            return 0;
        case CliOptions::Command::Build:
            if (!options.each_area.empty()) return run_area_editions(options, std::cout, std::cerr);
            return run_build(options, std::cout, std::cerr);
        case CliOptions::Command::Check:
            return run_check(options, std::cout, std::cerr);
        case CliOptions::Command::Watch:
            return run_watch(options, std::cout, std::cerr);
        case CliOptions::Command::Init:
            return run_init(options.init_dir, std::cout, std::cerr);
        }
    } catch (const UsageError& e) {
        std::cerr << "boardpack: " << e.what() << "\n" << usage_text();
        return 2;
    } catch (const std::bad_alloc&) {
        std::cerr << "boardpack: error: out of memory\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "boardpack: internal error: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
