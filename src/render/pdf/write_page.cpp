#include "render/pdf/parts.hpp"

#include <variant>

namespace bp::render::pdf {

void write_page(const PageTarget& target, const display::Page& page, const PageBytes& content) {
    for (const auto& item : page.items)
        if (const auto* link = std::get_if<display::LinkArea>(&item)) add_link(target, *link);
    set_page_content(target, content);
    target.doc.check("writing page " + std::to_string(target.number));
}

} // namespace bp::render::pdf
