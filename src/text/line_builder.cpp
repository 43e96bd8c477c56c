#include "text/line_builder.hpp"

namespace bp::text {

LineBuilder::LineBuilder(const std::vector<Span>& spans) : spans_(spans) {}

double LineBuilder::scaled_width() const {
    if (!open_) return closed_;
    const int span = line_.fragments.back().span;
    return closed_ + static_cast<double>(fragment_units_) * spans_[span].size;
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
    if (!joins) {
        close_fragment();
        if (space) {
            closed_ += space_scaled(space_span);
            line_.fragments.back().space_after = true; // a space needs a fragment before it
        }
        Fragment fragment;
        fragment.span = span;
        fragment.x = closed_ / 1000.0;
        line_.fragments.push_back(std::move(fragment));
        open_ = true;
        fragment_units_ = units;
        from_ = from;
        to_ = to;
        return;
    }
    if (space) fragment_units_ += space_units(span);
    fragment_units_ += units;
    // Most runs continue the span's text exactly (after a single ' '): the pending bytes grow.
    const std::string& text = spans_[span].text;
    if (space ? from == to_ + 1 && text[to_] == ' ' : from == to_) {
        to_ = to;
        return;
    }
    flush_text();
    if (space) line_.fragments.back().text += ' ';
    from_ = from;
    to_ = to;
}

void LineBuilder::flush_text() {
    line_.fragments.back().text.append(spans_[line_.fragments.back().span].text, from_,
                                       to_ - from_);
    from_ = to_;
}

void LineBuilder::close_fragment() {
    if (!open_) return;
    flush_text();
    Fragment& last = line_.fragments.back();
    const double scaled = static_cast<double>(fragment_units_) * spans_[last.span].size;
    last.width = scaled / 1000.0;
    closed_ += scaled;
    fragment_units_ = 0;
    open_ = false;
}

void LineBuilder::end_line(bool ends_paragraph, bool at_space) {
    close_fragment();
    if (at_space && !line_.fragments.empty()) line_.fragments.back().space_after = true;
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
