#include "render/pdf/parts.hpp"

#include <chrono>

namespace bp::render::pdf {

namespace {

// `seconds` since the epoch as a UTC PDF date, computed without the process's time zone.
HPDF_Date utc_date(long long seconds) {
    using namespace std::chrono;
    const sys_seconds t{std::chrono::seconds{seconds}};
    const auto day = floor<days>(t);
    const year_month_day ymd{day};
    const hh_mm_ss hms{t - day};
    HPDF_Date d{};
    d.year = static_cast<int>(ymd.year());
    d.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
    d.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
    d.hour = static_cast<int>(hms.hours().count());
    d.minutes = static_cast<int>(hms.minutes().count());
    d.seconds = static_cast<int>(hms.seconds().count());
    d.ind = 'Z';
    return d;
}

void set_text(HPDF_Doc doc, HPDF_InfoType type, const std::string& value) {
    if (!value.empty()) HPDF_SetInfoAttr(doc, type, haru_text(value).c_str()); // UTF-8 → UTF-16BE
}

} // namespace

void set_document_info(HaruDoc& doc, const display::Document& document, HPDF_Page first_page) {
    const auto& info = document.info;
    set_text(doc.get(), HPDF_INFO_TITLE, info.title);
    set_text(doc.get(), HPDF_INFO_AUTHOR, info.author);
    set_text(doc.get(), HPDF_INFO_SUBJECT, info.subject);
    set_text(doc.get(), HPDF_INFO_KEYWORDS, info.keywords);
    set_text(doc.get(), HPDF_INFO_CREATOR, info.creator); // Producer stays libharu's own
    doc.check("writing the document information");
    if (info.created) { // no dates otherwise, so the same input gives the same bytes
        HPDF_SetInfoDateAttr(doc.get(), HPDF_INFO_CREATION_DATE, utc_date(*info.created));
        HPDF_SetInfoDateAttr(doc.get(), HPDF_INFO_MOD_DATE, utc_date(*info.created));
        doc.check("writing the document dates");
    }
    if (document.show_outline && !document.outline.empty())
        HPDF_SetPageMode(doc.get(), HPDF_PAGE_MODE_USE_OUTLINE);
    HPDF_SetOpenAction(doc.get(), HPDF_Page_CreateDestination(first_page)); // page 1, /Fit
    doc.check("setting how the document opens");
}

} // namespace bp::render::pdf
