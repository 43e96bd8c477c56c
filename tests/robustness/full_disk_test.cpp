// A full disk: as root, mounts a small tmpfs, fills it so the PDF cannot be completed, and
// checks that the build fails plainly ("disk full …", exit 1), that the earlier report is
// byte-identical, and that no temporary file or created --png folder is left. Not root, or no
// permission to mount: exits 77, which ctest reports as skipped (never as passed).
#include "case_files.hpp"
#include "child_process.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace bp::robustness;

namespace {

constexpr int kSkip = 77;
int failures = 0;

void expect(bool ok, const std::string& what) {
    if (!ok) {
        ++failures;
        std::cerr << "FAILED: " << what << '\n';
    } else {
        std::cout << "ok: " << what << '\n';
    }
}

// Fills the file system of `dir` with `filler` until only `leave` bytes are free.
void fill(const fs::path& dir, const fs::path& filler, unsigned long long leave) {
    struct statvfs s {};
    statvfs(dir.c_str(), &s);
    const unsigned long long free_bytes = s.f_bavail * s.f_frsize;
    std::ofstream out(filler, std::ios::binary | std::ios::app);
    const std::string block(4096, 'x');
    for (unsigned long long n = 0; n + leave + 4096 <= free_bytes; n += 4096)
        out << block;
}

// One full-disk run: the earlier report on the tmpfs, `leave` bytes free, then a build.
void run(const fs::path& scratch, const fs::path& mnt, unsigned long long leave, bool png) {
    const std::string label =
        "leaving " + std::to_string(leave) + " bytes" + (png ? " (with --png)" : "") + ": ";
    for (const auto& e : fs::directory_iterator(mnt))
        fs::remove_all(e.path());
    fs::copy_file(scratch / "earlier.pdf", mnt / "out.pdf");
    fill(mnt, mnt / "filler", leave);
    const Snapshot before = snapshot(mnt);
    std::vector<std::string> args{"build", "layout.xml", "-o", (mnt / "out.pdf").string(),
                                  "--no-system-fonts"};
    if (png) args.insert(args.end(), {"--png", (mnt / "previews").string(), "--dpi", "20"});
    RunResult r = run_boardpack(BOARDPACK_BIN, args, scratch, 60);
    expect(r.exited && r.status == 1, label + "exit 1 (got " + std::to_string(r.status) + ")");
    expect(r.err.find("error: disk full writing ") != std::string::npos,
           label + "says \"disk full\": " + r.err);
    // A libharu code looks like "0x1025"; the message's paths (a random mkdtemp name, which may
    // hold "0x" itself) are left out of the search.
    std::string words = r.err;
    for (const std::string path = scratch.string(); words.find(path) != std::string::npos;)
        words.erase(words.find(path), path.size());
    expect(words.find("0x") == std::string::npos, label + "no library error code");
    expect(describe_changes(before, snapshot(mnt)).empty(),
           label + "nothing added or changed: " + describe_changes(before, snapshot(mnt)));
    expect(read_bytes(mnt / "out.pdf") == read_bytes(scratch / "earlier.pdf"),
           label + "the earlier report is byte-identical");
}

} // namespace

int main() {
    if (geteuid() != 0) {
        std::cout << "skipped: mounting a small tmpfs needs root\n"
                     "to run it: make test as root\n";
        return kSkip;
    }
    std::string pattern = (fs::temp_directory_path() / "bp-full-disk-XXXXXX").string();
    if (!mkdtemp(pattern.data())) return 1;
    const fs::path scratch = pattern, mnt = scratch / "mnt";
    fs::create_directories(mnt);
    if (::mount("tmpfs", mnt.c_str(), "tmpfs", 0, "size=2m") != 0) {
        std::cout << "skipped: cannot mount a tmpfs here: " << std::strerror(errno) << '\n'
                  << "to run it: make test as root, outside a container that forbids mount\n";
        fs::remove_all(scratch);
        return kSkip;
    }
    int status = 0;
    try {
        std::ofstream(scratch / "layout.xml") << "<report title=\"Full\"><section id=\"a\" "
                                                 "title=\"A\"><p>New text.</p></section></report>";
        std::ofstream(scratch / "earlier.xml") << "<report title=\"Earlier\"><section id=\"a\" "
                                                  "title=\"A\"><p>Old.</p></section></report>";
        RunResult r = run_boardpack(
            BOARDPACK_BIN, {"build", "earlier.xml", "-o", "earlier.pdf", "--no-system-fonts"},
            scratch, 60);
        expect(r.status == 0, "the earlier report builds: " + r.err);
        RunResult sized = run_boardpack(
            BOARDPACK_BIN, {"build", "layout.xml", "-o", "sized.pdf", "--no-system-fonts"}, scratch,
            60);
        const auto size = fs::file_size(scratch / "sized.pdf");
        // Room for nothing; for every whole 4 KiB page of the PDF but not its last part; for
        // the previews but not the PDF.
        run(scratch, mnt, 0, false);
        run(scratch, mnt, size / 4096 * 4096, false);
        run(scratch, mnt, size / 4096 * 4096, true);
        status = failures == 0 ? 0 : 1;
    } catch (const std::exception& e) {
        std::cerr << "FAILED: " << e.what() << '\n';
        status = 1;
    }
    ::umount2(mnt.c_str(), MNT_DETACH);
    std::error_code ec;
    fs::remove_all(scratch, ec);
    return status;
}
