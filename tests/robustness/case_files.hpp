// Puts one robustness case into a scratch folder: copies its files, expands the small
// templates that stand for big or binary inputs, overlays its data on the shared data set and
// applies its set-up steps. Also snapshots folders to prove nothing was written.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace bp::robustness {

// What a case's `setup` file asked for beyond copying files.
struct SetUp {
    std::string root_skip; // non-empty: skip when run as root, for this reason
    int seed_pages = 0;    // previews of an earlier, longer report to put in png/ first
};

// Copies `case_dir` into `work` (which must not exist). A file "NAME.in" is written as NAME
// with its directives expanded:
//   @hex:EFBBBF@        these bytes
//   @repeat:N:TEXT@     TEXT (no '@' inside) N times
//   @random:SEED:N@     N bytes of a fixed pseudo-random sequence
//   @numbered:N:TEXT@   TEXT N times, a '#' in it replaced by 0, 1, … N-1
//   @crlf@              (anywhere) the file's own text gets CRLF line ends
// A folder "data" is first filled from `shared`/data. The file "setup" is not copied; each of
// its lines is one of: "chmod OCTAL PATH", "mkdir PATH", "rm PATH", "seed-pages N",
// "root-skip REASON", "mkfifo PATH", "symlink TARGET PATH", "copy-font FILE DIR" (from the
// project's fonts/), "font-table-offset FONT TAG OFFSET" (damages a font's table record).
SetUp prepare_case(const std::filesystem::path& case_dir, const std::filesystem::path& shared,
                   const std::filesystem::path& work);

// The expansion of one template text (exposed for the fuzz seed corpus).
std::string expand_template(const std::string& text);

// Every regular file under `dir` by relative path, with its bytes; folders as "path/".
using Snapshot = std::map<std::string, std::string>;
Snapshot snapshot(const std::filesystem::path& dir);

// "" if equal, else one line per added, removed or changed path.
std::string describe_changes(const Snapshot& before, const Snapshot& after);

std::string read_bytes(const std::filesystem::path& path);

// "page-001.png": boardpack's preview name for a 1-based page.
std::string preview_name(int page);

// Gives the owner full access to everything under `dir` again (after "chmod 000" cases).
void make_removable(const std::filesystem::path& dir);

} // namespace bp::robustness
