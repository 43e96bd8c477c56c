// boardpack-mail: the `boardpack mail` command, run by boardpack (main.cpp) as
// `boardpack-mail mail ARGS…`, so that only this program links GMime, libcurl and libqpdf.
#include "app/mail_command.hpp"
#include "app/signal_cleanup.hpp"

#include <exception>
#include <iostream>
#include <new>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    using namespace bp::app;
    start_signal_cleanup(); // before any other thread exists
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] != "mail") args.insert(args.begin(), "mail");
    try {
        return run_mail(args, std::cout, std::cerr);
    } catch (const std::bad_alloc&) {
        std::cerr << "boardpack: error: out of memory\n";
    } catch (const std::exception& e) {
        std::cerr << "boardpack: internal error: " << e.what() << '\n';
    }
    return 1;
}
