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
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

// A private folder for this process under TMPDIR (std::filesystem::temp_directory_path), the
// only place a test may write outside the build folder; `make fuzz` points TMPDIR at /dev/shm
// when it is writable, because a fuzzer writes these files hundreds of times a second. It
// exists only during a run, so nothing is left behind however the process ends (libFuzzer
// leaves with _Exit, skipping atexit handlers).
const fs::path& folder() {
    static const fs::path dir =
        fs::temp_directory_path() / ("bp-fuzz-data-" + std::to_string(getpid()));
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    static const char* const names[] = {"indicators.csv", "areas.csv", "values.csv", "stated.csv",
                                        "verdicts.csv"};
    std::string_view rest(reinterpret_cast<const char*>(bytes), size);
    fs::create_directories(folder());
    for (const char* name : names) {
        const fs::path path = folder() / name;
        if (rest.data() == nullptr) continue; // this file and the later ones are absent
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
    fs::remove_all(folder());
    return 0;
}
