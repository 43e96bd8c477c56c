#include "app/install_paths.hpp"

#include <filesystem>
#include <system_error>

namespace bp::app {

namespace fs = std::filesystem;

InstallPaths install_paths_for(const std::string& exe) {
    const fs::path dir = fs::path(exe).parent_path();
    std::error_code ec;
    InstallPaths build{(dir / "boardpack-png.so").string(), (dir / "fonts").string()};
    if (fs::exists(build.png_module, ec)) return build;
    const fs::path prefix = dir.parent_path();
    InstallPaths installed{(prefix / "lib" / "boardpack" / "boardpack-png.so").string(),
                           (prefix / "share" / "boardpack" / "fonts").string()};
    if (fs::exists(installed.png_module, ec) || fs::is_directory(installed.font_dir, ec))
        return installed;
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
