#include "case_files.hpp"

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace bp::robustness {

namespace fs = std::filesystem;

namespace {

void write_bytes(const fs::path& path, const std::string& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

// A fixed sequence (xorshift64*), the same on every machine.
std::string random_bytes(std::uint64_t seed, std::size_t n) {
    std::uint64_t x = seed * 0x9E3779B97F4A7C15ull + 1;
    std::string out;
    out.reserve(n);
    while (out.size() < n) {
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        out += static_cast<char>((x * 0x2545F4914F6CDD1Dull) >> 56);
    }
    return out;
}

std::string hex_bytes(const std::string& hex) {
    if (hex.size() % 2) throw std::runtime_error("odd number of hex digits: " + hex);
    std::string out;
    for (std::size_t i = 0; i < hex.size(); i += 2)
        out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
    return out;
}

void copy_tree(const fs::path& from, const fs::path& to) {
    for (const auto& e : fs::recursive_directory_iterator(from)) {
        const fs::path rel = fs::relative(e.path(), from);
        if (rel == "setup") continue;
        if (e.is_directory()) {
            fs::create_directories(to / rel);
        } else if (rel.extension() == ".in") {
            fs::path target = to / rel;
            target.replace_extension();
            write_bytes(target, expand_template(read_bytes(e.path())));
        } else if (rel.filename() != ".keep") {
            fs::create_directories((to / rel).parent_path());
            fs::copy_file(e.path(), to / rel, fs::copy_options::overwrite_existing);
        }
    }
}

// Points the table record `tag` of the TrueType font at `path` to `offset` (a damaged font).
void set_table_offset(const fs::path& path, const std::string& tag, std::uint32_t offset) {
    std::string font = read_bytes(path);
    const std::size_t count =
        (static_cast<unsigned char>(font.at(4)) << 8) | static_cast<unsigned char>(font.at(5));
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t rec = 12 + 16 * i;
        if (font.compare(rec, 4, tag) != 0) continue;
        for (int b = 0; b < 4; ++b)
            font[rec + 8 + static_cast<std::size_t>(b)] = static_cast<char>(offset >> (24 - 8 * b));
        write_bytes(path, font);
        return;
    }
    throw std::runtime_error("no table " + tag + " in " + path.string());
}

} // namespace

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string expand_template(const std::string& text) {
    std::string out;
    const bool crlf = text.find("@crlf@") != std::string::npos;
    auto literal = [&](std::string_view s) {
        for (char c : s) {
            if (c == '\n' && crlf) out += '\r';
            out += c;
        }
    };
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t at = text.find('@', pos);
        if (at == std::string::npos) {
            literal(std::string_view(text).substr(pos));
            break;
        }
        literal(std::string_view(text).substr(pos, at - pos));
        std::size_t end = text.find('@', at + 1);
        if (end == std::string::npos) throw std::runtime_error("unclosed @ directive");
        const std::string d = text.substr(at + 1, end - at - 1);
        if (d == "crlf") {
        } else if (d.rfind("hex:", 0) == 0) {
            out += hex_bytes(d.substr(4));
        } else if (d.rfind("repeat:", 0) == 0) {
            std::size_t colon = d.find(':', 7);
            const std::size_t n = std::stoul(d.substr(7, colon - 7));
            const std::string unit = d.substr(colon + 1);
            out.reserve(out.size() + n * unit.size());
            for (std::size_t i = 0; i < n; ++i)
                literal(unit);
        } else if (d.rfind("numbered:", 0) == 0) {
            std::size_t colon = d.find(':', 9);
            const std::size_t n = std::stoul(d.substr(9, colon - 9));
            const std::string unit = d.substr(colon + 1);
            const std::size_t hash = unit.find('#');
            for (std::size_t i = 0; i < n; ++i)
                literal(hash == std::string::npos
                            ? unit
                            : unit.substr(0, hash) + std::to_string(i) + unit.substr(hash + 1));
        } else if (d.rfind("random:", 0) == 0) {
            std::size_t colon = d.find(':', 7);
            out +=
                random_bytes(std::stoull(d.substr(7, colon - 7)), std::stoul(d.substr(colon + 1)));
        } else {
            throw std::runtime_error("unknown directive @" + d + "@");
        }
        pos = end + 1;
    }
    return out;
}

SetUp prepare_case(const fs::path& case_dir, const fs::path& shared, const fs::path& work) {
    if (fs::exists(work)) throw std::runtime_error(work.string() + " exists already");
    fs::create_directories(work);
    if (fs::is_directory(case_dir / "data")) copy_tree(shared / "data", work / "data");
    copy_tree(case_dir, work);
    SetUp setup;
    std::ifstream in(case_dir / "setup");
    for (std::string line; std::getline(in, line);) {
        std::istringstream words(line);
        std::string verb, arg;
        words >> verb;
        if (verb == "root-skip") {
            std::getline(words >> std::ws, setup.root_skip);
        } else if (verb == "seed-pages") {
            words >> setup.seed_pages;
        } else if (verb == "mkdir" && words >> arg) {
            fs::create_directories(work / arg);
        } else if (verb == "rm" && words >> arg) {
            fs::remove(work / arg);
        } else if (verb == "mkfifo" && words >> arg) {
            if (::mkfifo((work / arg).c_str(), 0644) != 0)
                throw std::runtime_error("cannot make the FIFO " + arg);
        } else if (verb == "symlink" && words >> arg) {
            std::string link;
            words >> link;
            fs::create_symlink(arg, work / link);
        } else if (verb == "copy-font" && words >> arg) {
            std::string dir;
            words >> dir;
            fs::create_directories(work / dir);
            fs::copy_file(fs::path(BOARDPACK_FONT_DIR) / arg, work / dir / arg);
        } else if (verb == "font-table-offset" && words >> arg) {
            std::string tag, value;
            words >> tag >> value;
            set_table_offset(work / arg, tag,
                             static_cast<std::uint32_t>(std::stoul(value, nullptr, 0)));
        } else if (verb == "chmod" && words >> arg) {
            const auto mode = static_cast<fs::perms>(std::stoi(arg, nullptr, 8));
            words >> arg;
            fs::permissions(work / arg, mode);
        } else if (!verb.empty()) {
            throw std::runtime_error(case_dir.string() + "/setup: cannot do \"" + line + "\"");
        }
    }
    return setup;
}

Snapshot snapshot(const fs::path& dir) {
    Snapshot s;
    for (auto it =
             fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied);
         it != fs::recursive_directory_iterator(); ++it) {
        const std::string rel = fs::relative(it->path(), dir).string();
        std::error_code ec;
        if (it->is_directory(ec))
            s[rel + "/"] = "";
        else if (it->is_symlink(ec))
            s[rel] = "(link to " + fs::read_symlink(it->path(), ec).string() + ")";
        else if (!it->is_regular_file(ec))
            s[rel] = "(special file)";
        else if ((it->status(ec).permissions() & fs::perms::owner_read) == fs::perms::none)
            s[rel] = "(unreadable)";
        else
            s[rel] = read_bytes(it->path());
    }
    return s;
}

std::string describe_changes(const Snapshot& before, const Snapshot& after) {
    std::string out;
    for (const auto& [path, bytes] : before) {
        auto it = after.find(path);
        if (it == after.end())
            out += "removed " + path + "\n";
        else if (it->second != bytes)
            out += "changed " + path + "\n";
    }
    for (const auto& [path, bytes] : after)
        if (!before.count(path)) out += "added " + path + "\n";
    return out;
}

std::string preview_name(int page) {
    char name[32];
    std::snprintf(name, sizeof name, "page-%03d.png", page);
    return name;
}

void make_removable(const fs::path& dir) {
    std::error_code ec;
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::add, ec);
    for (auto it = fs::recursive_directory_iterator(dir, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec))
        fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
}

} // namespace bp::robustness
