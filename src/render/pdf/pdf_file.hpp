// Finishes the file libharu saved: objects libharu has no API for go into compressed object
// streams, and libharu's cross-reference table and trailer become one compressed
// cross-reference stream (PDF 1.5) that carries /Root, /Info and an /ID derived from the bytes
// (the same input gives the same ID). Both need PDF 1.5 or later.
#pragma once

#include <memory>
#include <string>
#include <string_view>
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

// The MD5 digest of the bytes written before the cross-reference stream: the file's /ID.
class ContentDigest {
public:
    ContentDigest();
    void update(const unsigned char* bytes, std::size_t size);
    // "<hex>" of the digest so far.
    std::string hex_string();

private:
    struct State;
    std::shared_ptr<State> state_;
};

// Where libharu's cross-reference table starts, read from the file's last bytes `end` (which
// hold its "startxref" line). Throws bp::OutputError if they do not end as libharu ends a file.
std::size_t xref_start(std::string_view end);

// What replaces everything from xref_start on: `packed`'s object streams and a cross-reference
// stream with /Root, /Info and /ID from `digest`, which has read every byte before `xref`.
// `xref` is the file from xref_start (`xref_offset`) to its end: libharu's table, which must
// end just before `packed.first`, and its trailer.
std::string finished_tail(std::string_view xref, std::size_t xref_offset,
                          const ObjectStreams& packed, ContentDigest& digest);

} // namespace bp::render::pdf
