#include "app/output_guard.hpp"

#include "core/error.hpp"
#include "core/quoted_path.hpp"
#include "input/data_reader.hpp"

#include <filesystem>
#include <sys/stat.h>

namespace bp::app {

namespace fs = std::filesystem;

namespace {

// The device and inode of `path` (symbolic links followed), if it exists.
bool identity(const std::string& path, dev_t& dev, ino_t& ino) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return false;
    dev = info.st_dev;
    ino = info.st_ino;
    return true;
}

} // namespace

BuildInputs build_inputs(const std::string& layout, const std::string& theme,
                         const std::string& data_dir, const display::Document& doc) {
    BuildInputs in;
    in.paths = {layout, theme};
    if (!data_dir.empty())
        for (const std::string& name : input::data_file_names())
            in.paths.push_back((fs::path(data_dir) / name).string());
    for (const auto& font : doc.fonts)
        in.paths.push_back(font.path);
    for (const auto& page : doc.pages)
        for (const auto& item : page.items)
            if (const auto* image = std::get_if<display::ImageItem>(&item))
                in.paths.push_back(image->path);
    return in;
}

void refuse_overwriting_inputs(const std::string& output, const BuildInputs& inputs) {
    dev_t out_dev{};
    ino_t out_ino{};
    if (!identity(output, out_dev, out_ino)) return; // a new file replaces nothing
    for (const auto& input : inputs.paths) {
        dev_t dev{};
        ino_t ino{};
        if (!input.empty() && identity(input, dev, ino) && dev == out_dev && ino == out_ino)
            throw OutputError(printable_path(output) +
                              ": error: the output would overwrite an input file (" +
                              printable_path(input) + "); choose another -o");
    }
}

bool is_preview_name(const std::string& name) {
    if (name.size() < 12 || name.rfind("page-", 0) != 0 ||
        name.compare(name.size() - 4, 4, ".png") != 0)
        return false;
    const std::string digits = name.substr(5, name.size() - 9);
    return digits.find_first_not_of("0123456789") == std::string::npos;
}

void refuse_pdf_among_previews(const std::string& output, const std::string& png_dir) {
    if (png_dir.empty() || !is_preview_name(fs::path(output).filename().string())) return;
    fs::path folder = fs::path(output).parent_path();
    if (folder.empty()) folder = ".";
    std::error_code ec;
    if (fs::equivalent(folder, png_dir, ec))
        throw OutputError(printable_path(output) +
                          ": error: the PDF would be named like a preview in the --png folder '" +
                          printable_path(png_dir) + "'; choose another -o or --png");
}

} // namespace bp::app
