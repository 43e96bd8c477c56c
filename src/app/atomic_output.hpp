// Writes a set of output files all-or-nothing: each is written to a temporary file beside its
// destination, and only when every one is complete are they renamed into place. On any
// failure the temporaries are removed and earlier files at the destinations stay untouched.
#pragma once

#include <string>
#include <vector>

namespace bp::app {

class AtomicOutput {
public:
    AtomicOutput() = default;
    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;
    ~AtomicOutput(); // removes temporaries not committed

    // Checks that `path` can be written (its folder exists, it is not a folder) and writes
    // `bytes` to a temporary file beside it. Throws bp::OutputError.
    void stage(const std::string& path, const std::vector<unsigned char>& bytes);
    // Checks `path` as stage() does and returns the name of a new, empty temporary file beside
    // it for the caller to write; it is then renamed into place or removed like the others.
    std::string reserve(const std::string& path);
    // Renames every staged file into place. Throws bp::OutputError.
    void commit();

private:
    struct Staged {
        std::string temp;
        std::string path;
    };
    std::vector<Staged> staged_;
};

} // namespace bp::app
