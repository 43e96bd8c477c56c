#include "text/line_builder.hpp"

namespace bp::text {

LineBuilder::LineBuilder(const std::vector<Span>& spans) : spans_(spans) {
    sizes_.reserve(spans.size());
    space_units_.reserve(spans.size());
    for (const Span& span : spans) {
        sizes_.push_back(span.size);
        space_units_.push_back(span.font ? span.font->advance(' ') : 0);
    }
}

double LineBuilder::scaled_width() const {
    if (!open_) return closed_;
    const int span = line_.fragments.back().span;
    return closed_ + static_cast<double>(fragment_units_) * sizes_[span];
}

void LineBuilder::add(const Word& word, std::size_t begin, std::size_t end, bool space) {
    bool pending_space = space && !empty();
    // Characters of one span with adjacent bytes go in as one run.
    std::size_t i = begin;
    while (i < end) {
        const WordChar& first = word.chars[i];
        std::int64_t units = first.units;
        std::uint32_t to = first.begin + first.length;
        std::size_t j = i + 1;
        for (; j < end && word.chars[j].span == first.span && word.chars[j].begin == to; ++j) {
            units += word.chars[j].units;
            to += word.chars[j].length;
        }
        append_run(first.span, first.begin, to, units, pending_space, word.space_span);
        pending_space = false;
        i = j;
    }
}

void LineBuilder::append_run(int span, std::uint32_t from, std::uint32_t to, std::int64_t units,
                             bool space, int space_span) {
    const bool joins =
        open_ && line_.fragments.back().span == span && (!space || space_span == span);
    if (joins) {
        if (space) {
            line_.fragments.back().text += ' ';
            fragment_units_ += space_units_[span];
        }
    } else {
        close_fragment();
        if (space) closed_ += space_scaled(space_span);
        Fragment fragment;
        fragment.span = span;
        fragment.x = closed_ / 1000.0;
        line_.fragments.push_back(std::move(fragment));
        fragment_units_ = 0;
        open_ = true;
    }
    line_.fragments.back().text.append(spans_[span].text, from, to - from);
    fragment_units_ += units;
}

void LineBuilder::close_fragment() {
    if (!open_) return;
    Fragment& last = line_.fragments.back();
    const double scaled = static_cast<double>(fragment_units_) * sizes_[last.span];
    last.width = scaled / 1000.0;
    closed_ += scaled;
    fragment_units_ = 0;
    open_ = false;
}

void LineBuilder::end_line(bool ends_paragraph) {
    close_fragment();
    line_.width = closed_ / 1000.0;
    line_.ends_paragraph = ends_paragraph;
    lines_.push_back(std::move(line_));
    line_ = Line{};
    open_ = false;
    closed_ = 0;
}

std::vector<Line> LineBuilder::finish() {
    if (!empty())
        end_line(true);
    else if (lines_.empty())
        lines_.push_back(Line{{}, 0, true});
    else
        lines_.back().ends_paragraph = true; // a trailing hard break adds no empty line
    return std::move(lines_);
}

} // namespace bp::text
