// Holds an exclusive flock(2) on each of a set of folders, so that two boardpack runs writing
// into the same folders replace their outputs one after the other: the PDF and its previews
// always come from the same run. Taken in a fixed order (device, inode), so two runs never
// wait for each other; released by the destructor (or the process's end).
#pragma once

#include <set>
#include <string>
#include <vector>

namespace bp::app {

class FolderLock {
public:
    // Waits until every folder is free; throws bp::OutputError if one cannot be opened.
    explicit FolderLock(const std::set<std::string>& folders);
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;
    ~FolderLock();

private:
    std::vector<int> fds_;
};

} // namespace bp::app
