// Finishes the file libharu saved: objects libharu has no API for go into compressed object
// streams, and libharu's cross-reference table and trailer become one compressed
// cross-reference stream (PDF 1.5) that carries /Root, /Info and an /ID derived from the bytes
// (the same input gives the same ID). Both need PDF 1.5 or later.
#pragma once

#include <string>
#include <vector>

namespace bp::render::pdf {

// The next object number libharu's file leaves free: the objects of `extra` (each a PDF object
// body: a dictionary or array, no stream) are numbered from it in order, and must already refer
// to one another (and to libharu's objects) by those numbers.
// Throws bp::OutputError if `saved` does not end as libharu 2.3 ends a file, or if its
// cross-reference table has other than `expected_size` entries.
std::vector<unsigned char> finish_file(const std::vector<unsigned char>& saved,
                                       unsigned expected_size,
                                       const std::vector<std::string>& extra);

} // namespace bp::render::pdf
