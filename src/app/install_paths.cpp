#include "app/install_paths.hpp"

#include <filesystem>
#include <system_error>

namespace bp::app {

namespace fs = std::filesystem;

InstallPaths install_paths_for(const std::string& exe) {
    const fs::path dir = fs::path(exe).parent_path();
    std::error_code ec;
    InstallPaths build{(dir / "boardpack-png.so").string(), (dir / "fonts").string(),
                       (dir / "boardpack-mail").string()};
    if (fs::exists(build.png_module, ec) || fs::is_directory(build.font_dir, ec)) return build;
    // PREFIX/bin/boardpack, or PREFIX/lib/boardpack/boardpack-mail.
    const bool in_lib = dir.filename() == "boardpack" && dir.parent_path().filename() == "lib";
    const fs::path prefix = in_lib ? dir.parent_path().parent_path() : dir.parent_path();
    const fs::path lib = prefix / "lib" / "boardpack";
    InstallPaths installed{(lib / "boardpack-png.so").string(),
                           (prefix / "share" / "boardpack" / "fonts").string(),
                           (lib / "boardpack-mail").string()};
    if (fs::exists(installed.png_module, ec) || fs::is_directory(installed.font_dir, ec)) {
        // The .deb ships no copy of the fonts: they come from Debian's fonts-liberation2.
        if (!fs::is_directory(installed.font_dir, ec)) installed.font_dir = kDebianFontDir;
        return installed;
    }
    return build;
}

const InstallPaths& install_paths() {
    static const InstallPaths paths = [] {
        std::error_code ec;
        const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
        return install_paths_for(ec ? std::string() : exe.string());
    }();
    return paths;
}

} // namespace bp::app
