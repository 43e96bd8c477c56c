// Fuzz target: a whole data folder, then every figure check run on it. The input holds the
// files indicators.csv, areas.csv, values.csv, stated.csv and verdicts.csv in that order,
// separated by NUL bytes (which no CSV file may contain); missing trailing parts are absent
// files. The files go to a private temporary folder because the data reader reads a folder.
#include "compute/checks.hpp"
#include "compute/figures.hpp"
#include "core/error.hpp"
#include "input/data_reader.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

const fs::path& folder() {
    static const fs::path dir = [] {
        // In memory where possible: a fuzzer writes these files hundreds of times a second.
        const fs::path base =
            fs::is_directory("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
        fs::path d = base / ("bp-fuzz-data-" + std::to_string(getpid()));
        fs::create_directories(d);
        std::atexit([] {
            std::error_code ec;
            fs::remove_all(folder(), ec);
        });
        return d;
    }();
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    static const char* const names[] = {"indicators.csv", "areas.csv", "values.csv", "stated.csv",
                                        "verdicts.csv"};
    std::string_view rest(reinterpret_cast<const char*>(bytes), size);
    for (const char* name : names) {
        const fs::path path = folder() / name;
        if (rest.data() == nullptr) {
            fs::remove(path);
            continue;
        }
        std::size_t nul = rest.find('\0');
        std::ofstream(path, std::ios::binary) << rest.substr(0, nul);
        rest = nul == std::string_view::npos ? std::string_view() : rest.substr(nul + 1);
    }
    try {
        bp::model::Dataset data = bp::input::read_data_folder(folder().string());
        bp::compute::Figures figures(data);
        bp::compute::check_dataset(data, figures);
    } catch (const bp::InputError&) {
    }
    return 0;
}
