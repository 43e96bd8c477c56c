// Laid-out table cells kept for reuse: a data table repeated for every area lays the same header
// and label cells out again and again, and laid-out text is immutable, so blocks can share it.
#pragma once

#include "layout/inline_layout.hpp"
#include "model/report.hpp"
#include "model/theme.hpp"

#include <array>
#include <memory>
#include <string>
#include <string_view>

namespace bp::layout {

// Produces a table cell's laid-out text, reusing the last identical cell held in the slot its
// text hashes to (a fixed number of slots: the cache stays small whatever the report). Cells
// are identified by their text and emphasis, their style's address, the width they are laid out
// at and whether they are body cells: styles must be the theme's, alive and unchanged while the
// cache is used.
class CellCache {
public:
    // True for a cell the cache can hold: one piece of text without a link or italics.
    static bool holds(const model::InlineText& cell) {
        return cell.size() == 1 && cell.front().link.empty() && !cell.front().italic;
    }

    // The laid-out `cell` (one that holds() accepts): the one held, if any, else `lay(cell)`,
    // then held for next time.
    template <typename Lay>
    std::shared_ptr<const LaidText> get(model::InlineText cell, const model::TextStyle& style,
                                        double width, bool body, Lay&& lay) {
        const model::Inline& piece = cell.front();
        Slot& slot = slots_[index(piece.text, width)];
        if (slot.laid && slot.text == piece.text && slot.bold == piece.bold &&
            slot.style == &style && slot.width == width && slot.body == body)
            return slot.laid;
        slot.laid.reset(); // until laid out: `lay` may throw
        slot.text = piece.text;
        slot.bold = piece.bold;
        slot.style = &style;
        slot.width = width;
        slot.body = body;
        slot.laid = lay(std::move(cell));
        return slot.laid;
    }

private:
    struct Slot {
        std::string text;
        bool bold = false;
        const model::TextStyle* style = nullptr;
        double width = 0;
        bool body = false;
        std::shared_ptr<const LaidText> laid;
    };
    static std::size_t index(std::string_view text, double width);

    std::array<Slot, 256> slots_;
};

} // namespace bp::layout
