#include "render/pdf/font_subset.hpp"

#include "core/temp_files.hpp"

#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <hb-subset.h>
#include <hb.h>
#include <mutex>
#include <unistd.h>

namespace bp::render::pdf {

SubsetFont::~SubsetFont() {
    if (path_.empty()) return;
    std::remove(path_.c_str());
    TempFiles::forget(path_);
}

namespace {
// Releases a HarfBuzz object at the end of a scope.
template <typename T, void (*Destroy)(T*)> struct HbPtr {
    T* p;
    ~HbPtr() {
        if (p) Destroy(p);
    }
};
} // namespace

std::optional<SubsetFont> subset_font(const std::string& path, const Codes& codes) {
    HbPtr<hb_blob_t, hb_blob_destroy> blob{hb_blob_create_from_file_or_fail(path.c_str())};
    if (!blob.p) return std::nullopt;
    HbPtr<hb_face_t, hb_face_destroy> face{hb_face_create(blob.p, 0)};
    HbPtr<hb_subset_input_t, hb_subset_input_destroy> input{hb_subset_input_create_or_fail()};
    if (!input.p) return std::nullopt;
    hb_set_t* unicodes = hb_subset_input_unicode_set(input.p);
    for (char16_t c : codes)
        hb_set_add(unicodes, c);
    hb_set_add(unicodes, U' '); // libharu needs a character map even for a face drawing nothing
    // Hinting is for screens at small pixel sizes; PDF viewers do without it. Text is drawn
    // glyph by glyph from the character map, so the layout tables (and the work of keeping
    // every glyph their substitutions reach) are dropped too.
    hb_subset_input_set_flags(input.p, HB_SUBSET_FLAGS_NO_HINTING);
    hb_set_t* dropped = hb_subset_input_set(input.p, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const char* tag : {"GSUB", "GPOS", "GDEF", "kern", "morx", "BASE", "JSTF", "DSIG"})
        hb_set_add(dropped, hb_tag_from_string(tag, 4));
    HbPtr<hb_face_t, hb_face_destroy> subset{hb_subset_or_fail(face.p, input.p)};
    if (!subset.p) return std::nullopt;
    HbPtr<hb_blob_t, hb_blob_destroy> out{hb_face_reference_blob(subset.p)};
    unsigned int length = 0;
    const char* data = hb_blob_get_data(out.p, &length);
    if (!data || length == 0) return std::nullopt;

    std::string name = (std::filesystem::temp_directory_path() / "boardpack-font-XXXXXX").string();
    std::unique_lock listed(TempFiles::lock()); // created and listed together (signals)
    int fd = mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    TempFiles::add(name);
    listed.unlock();
    SubsetFont file(name);
    std::size_t done = 0;
    while (done < length) {
        ssize_t n = ::write(fd, data + done, length - done);
        if (n <= 0) {
            ::close(fd);
            return std::nullopt;
        }
        done += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) return std::nullopt;
    return file;
}

} // namespace bp::render::pdf
