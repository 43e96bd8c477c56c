// Writes the seed corpora of the fuzz targets into OUT/<target>/ from the project's own inputs:
// the layouts and themes in layouts/ and tests/, the reference data set, the unit-test data
// folders and the robustness cases (templates expanded). Usage: fuzz_seeds OUT
#include "case_files.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path kRoot = BOARDPACK_SOURCE_DIR;
constexpr std::size_t kMaxSeedBytes = 256 * 1024; // bigger inputs only slow the fuzzers down

// A file's contents, with a robustness template (NAME.in) expanded.
std::string contents(const fs::path& path) {
    std::string bytes = bp::robustness::read_bytes(path);
    return path.extension() == ".in" ? bp::robustness::expand_template(bytes) : bytes;
}

// The file's name without a template's ".in".
std::string plain_name(const fs::path& path) {
    return (path.extension() == ".in" ? path.stem() : path.filename()).string();
}

class SeedWriter {
public:
    explicit SeedWriter(fs::path out) : out_(std::move(out)) {}

    void add(const std::string& target, const fs::path& source, const std::string& bytes,
             std::size_t max_bytes = kMaxSeedBytes) {
        if (bytes.size() > max_bytes) return;
        std::string name = fs::relative(source, kRoot).string();
        if (name.size() > 3 && name.compare(name.size() - 3, 3, ".in") == 0)
            name.resize(name.size() - 3);
        std::string flat;
        for (char c : name)
            flat += (c == '/' ? '_' : c);
        fs::create_directories(out_ / target);
        std::ofstream(out_ / target / flat, std::ios::binary) << bytes;
        ++count_[target];
    }

    void report() const {
        for (const auto& [target, n] : count_)
            std::cout << target << ": " << n << " seeds\n";
    }

private:
    fs::path out_;
    std::map<std::string, int> count_;
};

std::vector<fs::path> files_under(const fs::path& dir) {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file()) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

// The five data files joined by NUL bytes, as fuzz_data reads them; "" if none is present.
std::string joined_data(const std::map<std::string, std::string>& files) {
    static const char* const names[] = {"indicators.csv", "areas.csv", "values.csv", "stated.csv",
                                        "verdicts.csv"};
    std::string out;
    bool any = false;
    for (int i = 0; i < 5; ++i) {
        if (i) out += '\0';
        auto it = files.find(names[i]);
        if (it != files.end()) {
            out += it->second;
            any = true;
        }
    }
    return any ? out : "";
}

std::map<std::string, std::string> data_files(const fs::path& dir) {
    std::map<std::string, std::string> files;
    if (!fs::is_directory(dir)) return files;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.is_regular_file()) files[plain_name(e.path())] = contents(e.path());
    return files;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: fuzz_seeds OUT\n";
        return 2;
    }
    SeedWriter seeds(argv[1]);
    std::vector<fs::path> sources = files_under(kRoot / "layouts");
    for (const auto& f : files_under(kRoot / "tests"))
        sources.push_back(f);
    for (const auto& f : files_under(kRoot / "data"))
        sources.push_back(f);
    for (const auto& path : sources) {
        const std::string name = plain_name(path);
        const std::string ext = fs::path(name).extension().string();
        if (ext == ".xml") {
            const std::string bytes = contents(path);
            seeds.add("layout", path, bytes);
            seeds.add("build", path, bytes);
        } else if (ext == ".ini") {
            seeds.add("theme", path, contents(path));
        } else if (ext == ".csv") {
            seeds.add("csv", path, contents(path));
        }
    }
    // Data folders: every folder holding a data file, and each robustness case's data laid
    // over the shared set as the robustness runner does.
    std::map<fs::path, bool> folders;
    for (const auto& path : sources)
        if (plain_name(path) == "indicators.csv" || plain_name(path) == "values.csv")
            folders[path.parent_path()] = true;
    const auto shared = data_files(kRoot / "tests/robustness/shared/data");
    for (const auto& [dir, yes] : folders) {
        auto files = data_files(dir);
        if (dir.parent_path().filename() != "shared" &&
            dir.parent_path().parent_path().filename() == "cases") {
            auto merged = shared;
            for (auto& [name, bytes] : files)
                merged[name] = bytes;
            files = merged;
        }
        if (auto bytes = joined_data(files); !bytes.empty())
            seeds.add("data", dir / "folder", bytes);
    }
    // Fonts: the project's own, whole and cut short, and with a table record pointing outside
    // the file (the damage that crashed libharu's TrueType loader).
    for (const auto& path : files_under(kRoot / "fonts")) {
        if (path.extension() != ".ttf") continue;
        const std::string font = bp::robustness::read_bytes(path);
        seeds.add("font", path, font, 1024 * 1024);
        seeds.add("font", path.string() + ".cut", font.substr(0, 4096));
        std::string damaged = font;
        for (std::size_t rec = 12; rec + 16 <= damaged.size() && rec < 12 + 16 * 32; rec += 16)
            if (damaged.compare(rec, 4, "cmap") == 0)
                damaged.replace(rec + 8, 4, "\x7f\xff\xff\xf0", 4);
        seeds.add("font", path.string() + ".cmap-outside", damaged, 1024 * 1024);
    }
    seeds.report();
    return 0;
}
