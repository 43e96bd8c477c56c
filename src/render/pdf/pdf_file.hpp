// Finishes the file libharu saved: objects libharu has no API for go into compressed object
// streams, and libharu's cross-reference table and trailer become one compressed
// cross-reference stream (PDF 1.5) that carries /Root, /Info and an /ID derived from the bytes
// (the same input gives the same ID). Both need PDF 1.5 or later.
#pragma once

#include <string>
#include <vector>

namespace bp::render::pdf {

// Objects packed into compressed object streams, ready to append to a file.
struct ObjectStreams {
    unsigned first = 0; // the number of the first object packed
    std::size_t count = 0;
    struct Stream {
        std::size_t objects = 0; // how many, from `first + index of its first`
        std::string header;      // "12 0 13 41 …": each object's number and offset
        std::string data;        // header and objects, compressed
    };
    std::vector<Stream> streams;
};

// `objects` (each a PDF object body: a dictionary or array, no stream), numbered from `first`
// in order and already referring to one another by those numbers, packed into object streams.
// Needs nothing of libharu's file, so it can be made while libharu saves.
ObjectStreams pack_objects(const std::vector<std::string>& objects, unsigned first);

// libharu's saved file with `packed` appended (its objects must be numbered from the first
// number libharu left free) and a cross-reference stream instead of the table. Throws
// bp::OutputError if `saved` does not end as libharu 2.3 ends a file, or if its
// cross-reference table does not end just before `packed.first`.
std::vector<unsigned char> finish_file(const std::vector<unsigned char>& saved,
                                       const ObjectStreams& packed);

} // namespace bp::render::pdf
