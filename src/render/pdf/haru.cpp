#include "render/pdf/haru.hpp"

#include "core/error.hpp"
#include "core/quoted_path.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstddef>
#include <memory>
#include <new>
#include <string>
#include <vector>

namespace bp::render::pdf {

namespace {

// A short explanation of the libharu error codes this renderer can meet.
const char* describe(HPDF_STATUS code) {
    switch (code) {
    case HPDF_FAILD_TO_ALLOC_MEM:
        return "out of memory";
    case HPDF_FILE_IO_ERROR:
        return "the file could not be read or written";
    case HPDF_FILE_OPEN_ERROR:
        return "cannot open file";
    case HPDF_INVALID_DATE_TIME:
        return "invalid date";
    case HPDF_INVALID_FONTDEF_DATA:
        return "invalid font data";
    case HPDF_INVALID_FONT_NAME:
        return "invalid font name";
    case HPDF_INVALID_OBJECT:
        return "invalid object";
    case HPDF_INVALID_PARAMETER:
        return "invalid parameter";
    case HPDF_INVALID_PNG_IMAGE:
        return "invalid PNG image";
    case HPDF_LIBPNG_ERROR:
        return "libpng error";
    case HPDF_PAGE_INVALID_FONT_SIZE:
        return "invalid font size";
    case HPDF_PAGE_INVALID_GMODE:
        return "operation not allowed here";
    case HPDF_PAGE_INVALID_PARAM_COUNT:
        return "invalid number of parameters";
    case HPDF_PAGE_INVALID_SIZE:
        return "invalid page size (3 to 14400 pt)";
    case HPDF_PAGE_OUT_OF_RANGE:
        return "value out of range";
    case HPDF_TTF_CANNOT_EMBEDDING_FONT:
        return "font licence forbids embedding";
    case HPDF_TTF_INVALID_CMAP:
        return "font has no usable Unicode cmap";
    case HPDF_TTF_INVALID_FOMAT:
        return "not a TrueType font";
    case HPDF_TTF_MISSING_TABLE:
        return "font is missing a required table";
    case HPDF_UNSUPPORTED_FONT_TYPE:
        return "unsupported font type";
    default:
        return "the PDF library refused it";
    }
}

} // namespace

// Memory for one libharu document, given out in blocks and released all at once: a long
// report makes some 170,000 small objects that libharu would otherwise allocate and free one
// by one (a tenth of the PDF time). Blocks are small (16 KiB) so that they fill the holes the
// display list's pages leave as their content is made: 256 KiB blocks could not, and grew the
// heap by the whole arena (1,200 sectors: peak 61 MiB, with 16 KiB blocks 52 MiB).
class HaruArena {
public:
    void* allocate(std::size_t size) {
        size = (size + kAlign - 1) / kAlign * kAlign;
        if (size > kBlock / 4) return block(size); // a large one gets a block of its own
        if (size > left_) {
            next_ = block(kBlock);
            left_ = kBlock;
        }
        void* p = next_;
        next_ += size;
        left_ -= size;
        return p;
    }

private:
    // Aligned for any object, unlike libharu's own pool, whose unaligned objects UBSan rejects.
    static constexpr std::size_t kAlign = alignof(std::max_align_t);
    static constexpr std::size_t kBlock = 16 * 1024;

    std::byte* block(std::size_t size) {
        blocks_.push_back(std::make_unique_for_overwrite<std::byte[]>(size));
        return blocks_.back().get();
    }

    std::vector<std::unique_ptr<std::byte[]>> blocks_;
    std::byte* next_ = nullptr;
    std::size_t left_ = 0;
};

namespace {

// The arena of the document being built on this thread (libharu's allocation hooks take no
// context); null when none is.
thread_local HaruArena* current_arena = nullptr;

// Nothing may be thrown through libharu: out of memory is a null, which libharu reports.
void* HPDF_STDCALL arena_alloc(HPDF_UINT size) noexcept {
    try {
        return current_arena->allocate(size);
    } catch (const std::bad_alloc&) {
        return nullptr;
    }
}

void HPDF_STDCALL arena_free(void*) noexcept {} // all at once, with the arena

} // namespace

HaruDoc::HaruDoc() {
    // A second document built on the same thread at the same time uses the C allocator, so that
    // neither gets the other's memory.
    if (!current_arena) {
        arena_ = std::make_unique<HaruArena>();
        current_arena = arena_.get();
        doc_ = HPDF_NewEx(&HaruDoc::on_error, arena_alloc, arena_free, 0, this);
    } else {
        doc_ = HPDF_New(&HaruDoc::on_error, this);
    }
    if (!doc_) {
        if (arena_) current_arena = nullptr;
        throw OutputError("PDF output failed: libharu could not create a document");
    }
}

HaruDoc::~HaruDoc() {
    HPDF_Free(doc_);
    if (arena_) current_arena = nullptr;
}

void HaruDoc::on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self) noexcept {
    auto* doc = static_cast<HaruDoc*>(self);
    if (doc->error_ == HPDF_OK) {
        doc->error_ = error;
        doc->detail_ = detail;
    }
}

std::string haru_text(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return std::string(text);
    std::size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return std::string(text.substr(0, end));
}

HPDF_String haru_string(HaruDoc& doc, const std::string& text) {
    const bool ascii =
        std::all_of(text.begin(), text.end(), [](char c) { return c > 0x1f && c < 0x7f; });
    HPDF_Encoder enc = ascii ? nullptr : HPDF_GetEncoder(doc.get(), "UTF-8");
    return HPDF_String_New(doc.get()->mmgr, text.c_str(), enc);
}

void HaruDoc::check(std::string_view doing) const {
    if (error_ == HPDF_OK) return;
    throw OutputError("PDF output failed while " + std::string(doing) + ": " + describe(error_));
}

void HaruDoc::check_font(const std::string& path) const {
    if (error_ == HPDF_OK) return;
    const std::string p = printable_path(path);
    throw OutputError(p + ": error: font " + p + ": " + describe(error_) +
                      "; the PDF writer cannot embed it");
}

} // namespace bp::render::pdf
