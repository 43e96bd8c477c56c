// Writes a set of output files as nearly all-or-nothing as POSIX allows. Each output is written
// through a descriptor we own to a temporary file beside its destination, checked (every write,
// the size on disk, fsync, close) and only when every one is complete are they renamed into
// place, each earlier file kept as a hard link until all renames have succeeded.
//
// What is guaranteed:
// - A failure (or a signal, see signal_cleanup.hpp) before commit() leaves every destination
//   as it was and removes every temporary and every folder made by make_folder().
// - commit() renames only complete, fsynced files. If a rename fails, the destinations already
//   replaced get their earlier files back (renamed back from the hard links) or are removed
//   if they had none; the folders are fsynced after the renames.
// - Not guaranteed: a power cut in the middle of commit() can leave some destinations new and
//   others old (each file is whole, old or new); on a file system without hard links a failed
//   rename cannot restore the files already replaced.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace bp::app {

class AtomicOutput {
public:
    AtomicOutput() = default;
    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;
    ~AtomicOutput(); // removes temporaries and made folders not committed

    // Throws bp::OutputError unless `path` can be replaced by a regular file: its folder
    // exists, and the path is new or names a regular file (not a folder, symbolic link,
    // device, FIFO or socket).
    static void check_path(const std::string& path);
    // Makes the folder `dir` if it does not exist (removed again if nothing is committed);
    // throws bp::OutputError if it exists and is not a folder.
    void make_folder(const std::string& dir);

    // Writes `bytes` as the next content of `path` (through a temporary; see commit()).
    void stage(const std::string& path, const std::vector<unsigned char>& bytes);
    // Opens the temporary of `path` for writing piece by piece: call write() then finish().
    void open(const std::string& path);
    void write(const unsigned char* bytes, std::size_t size);
    void finish(); // fsync, size check and close of the file opened last
    // Renames every staged file into place. Throws bp::OutputError.
    void commit();
    // The folders of the staged files (to lock them around commit(); see folder_lock.hpp).
    std::set<std::string> folders() const;

private:
    // One output: its temporary, its destination and, during commit(), the earlier file's link.
    struct Staged {
        std::string temp;
        std::string path;
        std::string backup; // hard link to the earlier file during commit(), if any
        int fd = -1;
        unsigned long long written = 0;
    };
    void rollback(std::size_t renamed);
    std::vector<Staged> staged_;
    std::vector<std::string> made_folders_;
};

} // namespace bp::app
