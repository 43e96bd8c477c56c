#include "core/temp_files.hpp"

#include <algorithm>
#include <cstdio>
#include <unistd.h>
#include <vector>

namespace bp {

namespace {

// The listed paths (files, then folders); touched only under TempFiles::lock().
struct Lists {
    std::vector<std::string> files;
    std::vector<std::string> folders;
};

Lists& lists() {
    static Lists l;
    return l;
}

void erase(std::vector<std::string>& v, const std::string& path) {
    auto it = std::find(v.rbegin(), v.rend(), path);
    if (it != v.rend()) v.erase(std::next(it).base());
}

} // namespace

std::recursive_mutex& TempFiles::lock() {
    static std::recursive_mutex m;
    return m;
}

void TempFiles::add(const std::string& path) {
    std::lock_guard g(lock());
    lists().files.push_back(path);
}

void TempFiles::forget(const std::string& path) {
    std::lock_guard g(lock());
    erase(lists().files, path);
}

void TempFiles::add_folder(const std::string& path) {
    std::lock_guard g(lock());
    lists().folders.push_back(path);
}

void TempFiles::forget_folder(const std::string& path) {
    std::lock_guard g(lock());
    erase(lists().folders, path);
}

void TempFiles::remove_all() {
    std::lock_guard g(lock());
    for (const auto& f : lists().files)
        ::unlink(f.c_str());
    lists().files.clear();
    for (auto it = lists().folders.rbegin(); it != lists().folders.rend(); ++it)
        ::rmdir(it->c_str());
    lists().folders.clear();
}

} // namespace bp
