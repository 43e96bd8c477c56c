#include "app/init_command.hpp"

#include "app/starter_files.hpp"
#include "core/error.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sys/stat.h>
#include <vector>

namespace bp::app {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw OutputError(path + ": error: " + what);
}

// A new hidden folder `pattern` (ending in XXXXXX), with the permissions a new folder gets.
std::string make_temp_folder(const fs::path& pattern) {
    std::string name = pattern.string();
    if (!mkdtemp(name.data()))
        fail(pattern.parent_path().string(),
             std::string("cannot write here: ") + std::strerror(errno));
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(name.c_str(), 0777 & ~mask);
    return name;
}

void write_starter(const fs::path& into) {
    for (const auto& file : starter_files()) {
        const fs::path path = into / file.path;
        std::error_code ec;
        fs::create_directories(path.parent_path(), ec);
        if (ec) fail(path.parent_path().string(), "cannot create the folder: " + ec.message());
        std::ofstream stream(path, std::ios::binary);
        stream.write(file.text.data(), static_cast<std::streamsize>(file.text.size()));
        stream.close();
        if (!stream) fail(path.string(), "cannot write the file");
    }
}

// The top-level names of the starter ("report.xml", "theme.ini", "data"), in order.
std::vector<std::string> top_level_names() {
    std::vector<std::string> names;
    for (const auto& file : starter_files()) {
        const std::string first = fs::path(file.path).begin()->string();
        if (std::find(names.begin(), names.end(), first) == names.end()) names.push_back(first);
    }
    return names;
}

} // namespace

int run_init(const std::string& dir, std::ostream& out, std::ostream& err) {
    fs::path target = fs::path(dir).lexically_normal();
    if (target.has_filename() == false && target.has_parent_path()) target = target.parent_path();
    std::string temp;
    std::vector<fs::path> moved; // entries already moved into an existing empty folder
    try {
        std::error_code ec;
        const bool exists = fs::exists(fs::symlink_status(target, ec));
        if (exists && !fs::is_directory(fs::status(target, ec)))
            fail(dir, "exists and is not a folder; init writes into a new or empty folder");
        if (exists) {
            const bool empty = fs::is_empty(target, ec);
            if (ec) fail(dir, "cannot read the folder: " + ec.message());
            if (!empty)
                fail(dir, "the folder is not empty; init writes only into a new or empty folder");
        }
        if (exists) {
            // Written into a hidden folder inside the empty one, then moved up entry by entry.
            temp = make_temp_folder(target / ".boardpack-init-XXXXXX");
            write_starter(temp);
            for (const auto& name : top_level_names()) {
                if (std::rename((fs::path(temp) / name).c_str(), (target / name).c_str()) != 0)
                    fail((target / name).string(),
                         std::string("cannot move into place: ") + std::strerror(errno));
                moved.push_back(target / name);
            }
            fs::remove(temp, ec);
            temp.clear();
        } else {
            fs::path parent = target.parent_path();
            if (parent.empty()) parent = ".";
            if (!fs::is_directory(parent, ec))
                fail(dir, "the folder '" + parent.string() +
                              "' does not exist (init creates one folder, not its parents)");
            // Written into a hidden folder beside the new one, renamed to it when complete.
            temp = make_temp_folder(parent / ("." + target.filename().string() + ".init-XXXXXX"));
            write_starter(temp);
            if (std::rename(temp.c_str(), target.c_str()) != 0)
                fail(dir, std::string("cannot create the folder: ") + std::strerror(errno));
            temp.clear();
        }
    } catch (const OutputError& e) {
        std::error_code ec;
        if (!temp.empty()) fs::remove_all(temp, ec);
        for (const auto& path : moved)
            fs::remove_all(path, ec);
        err << e.what() << '\n';
        return 1;
    }
    for (const auto& file : starter_files())
        out << "wrote " << (target / file.path).string() << '\n';
    out << "next: cd " << target.string()
        << " && boardpack watch report.xml   (rebuilds report.pdf on every save)\n";
    return 0;
}

} // namespace bp::app
