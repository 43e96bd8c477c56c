// A libharu document with RAII ownership and libharu's sticky errors turned into exceptions.
#pragma once

#include <hpdf.h>
#include <hpdf_objects.h>

#include <memory>
#include <string>
#include <string_view>

namespace bp::render::pdf {

class HaruArena;

// One libharu document. The error handler only records the first error (nothing may be thrown
// through libharu's C code); check() turns it into a bp::OutputError naming the stage.
class HaruDoc {
public:
    HaruDoc();
    ~HaruDoc();
    HaruDoc(const HaruDoc&) = delete;
    HaruDoc& operator=(const HaruDoc&) = delete;

    HPDF_Doc get() const { return doc_; }
    // Throws bp::OutputError "PDF output failed while <doing>: <what went wrong>" if libharu
    // has reported an error. libharu errors are sticky, so call this after every stage.
    void check(std::string_view doing) const;
    // Throws bp::OutputError "FILE: error: font FILE: <what is wrong>" if libharu has reported
    // an error while loading the font file `path`.
    void check_font(const std::string& path) const;

private:
    static void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self) noexcept;

    std::unique_ptr<HaruArena> arena_; // its memory, if it has an arena of its own
    HPDF_Doc doc_ = nullptr;
    HPDF_STATUS error_ = HPDF_OK;
    HPDF_STATUS detail_ = 0;
};

// libharu refuses a string longer than 65,535 bytes (and then fails the whole document).
inline constexpr std::size_t kHaruMaxStringBytes = 65535;

// `text` cut at a character boundary to at most `max_bytes` bytes: for document information
// and bookmark titles, which no reader shows in full anyway.
std::string haru_text(std::string_view text, std::size_t max_bytes = kHaruMaxStringBytes);

// `text` as a libharu string object: as is if printable ASCII, else UTF-16BE (libharu's UTF-8
// encoder).
HPDF_String haru_string(HaruDoc& doc, const std::string& text);

} // namespace bp::render::pdf
