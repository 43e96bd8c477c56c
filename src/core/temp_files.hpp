// The process's list of temporary files and of folders it created for its outputs, so that
// whatever is not finished can be removed when the build fails or is interrupted by a signal.
#pragma once

#include <mutex>
#include <string>

namespace bp {

// Every temporary file (and created output folder) of this process, under one lock. The code
// that creates a temporary registers it under the same lock (create_registered) so a signal
// can never leave one that is not listed; remove_all() is what the signal handler thread runs.
class TempFiles {
public:
    // The lock taken by every change and by remove_all(): hold it across a multi-step change
    // (e.g. renaming outputs into place) that must not be cut in the middle.
    static std::recursive_mutex& lock();
    static void add(const std::string& path);
    static void forget(const std::string& path);
    // A folder made for outputs: removed (if empty) by remove_all() unless forgotten.
    static void add_folder(const std::string& path);
    static void forget_folder(const std::string& path);
    // Unlinks every listed file and removes every listed folder that is then empty.
    static void remove_all();
};

} // namespace bp
