#include "input/data_reader.hpp"

#include "core/error.hpp"
#include "core/shaping.hpp"
#include "core/utf8.hpp"
#include "input/csv_cursor.hpp"
#include "input/csv_reader.hpp"
#include "input/file_text.hpp"
#include "model/data_number.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <initializer_list>
#include <vector>

namespace bp::input {

namespace {

using model::Dataset;
using model::Period;

// `text` in double quotes for a message, cut to 40 characters.
std::string quote(std::string_view text) {
    std::size_t bytes = 0;
    int chars = 0;
    while (bytes < text.size() && chars < 40) {
        ++bytes;
        while (bytes < text.size() && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80)
            ++bytes;
        ++chars;
    }
    std::string out = "\"";
    out.append(text, 0, bytes);
    out += bytes < text.size() ? "\u2026\"" : "\"";
    return out;
}

// The records of one file, read one at a time, with helpers that turn the current record's
// fields into model values or throw at the field.
class FileReader {
public:
    FileReader(const std::string& path, std::initializer_list<std::string_view> columns)
        : text_(read_file_text(path, max_csv_bytes)), csv_(text_, path), columns_(columns) {}
    FileReader(const FileReader&) = delete;
    FileReader& operator=(const FileReader&) = delete;

    // Calls read_row() for every record after the header. A problem in a field is thrown only
    // once the rest of the file has been read as CSV: a CSV error anywhere in the file is
    // reported first, as when whole files were parsed before their fields were looked at.
    template <class ReadRow> void read(ReadRow read_row) {
        csv_.next(); // the header (a file without one is an error)
        finish_on_error([&] { check_header(); });
        while (csv_.next())
            finish_on_error(read_row);
    }

    // The number of lines, but no more than one per `min_bytes` bytes: enough room for the
    // records of a file whose records take at least `min_bytes` bytes each.
    std::size_t max_records(std::size_t min_bytes) const {
        auto lines = static_cast<std::size_t>(std::count(text_.begin(), text_.end(), '\n')) + 1;
        return std::min(lines, text_.size() / min_bytes + 1);
    }
    const std::string& path() const { return csv_.file(); }

    std::string_view text(std::size_t i) const { return csv_.field(i); }
    int line(std::size_t i) const { return csv_.field_line(i); }
    int col(std::size_t i) const { return csv_.field_col(i); }
    SourcePos pos(std::size_t i) const { return csv_.pos(i); }
    SourcePos row_pos() const { return csv_.record_pos(); }

    [[noreturn]] void fail(std::size_t i, const std::string& message) const {
        throw InputError(pos(i), message);
    }

    // A non-empty id of letters, digits, '.', '_' and '-'.
    std::string id(std::size_t i, std::string_view what) const {
        std::string_view t = text(i);
        if (t.empty()) fail(i, "empty " + std::string(what));
        for (char c : t) {
            bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '.' || c == '_' || c == '-';
            if (!ok)
                fail(i, "bad " + std::string(what) + " " + quote(t) +
                            ": use only letters, digits, '.', '_' and '-'");
        }
        return std::string(t);
    }

    // A text that is drawn in the report: not empty, and without characters that need shaping
    // (right-to-left scripts, Indic scripts, combining marks), which boardpack cannot lay out.
    std::string non_empty(std::size_t i, std::string_view what) const {
        const std::string_view t = text(i);
        if (t.empty()) fail(i, "empty " + std::string(what));
        for (std::size_t at = 0; at < t.size();) {
            const char32_t cp = next_code_point(t, at);
            const std::string why = why_not_laid_out(cp);
            if (why.empty()) continue;
            char code[16];
            std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
            std::string shown;
            append_utf8(shown, cp);
            fail(i,
                 std::string(code) + " '" + shown + "' in the " + std::string(what) + ": " + why);
        }
        return std::string(t);
    }

    // The number of the indicator named by field i, which must be in indicators.csv.
    std::uint32_t indicator(const Dataset& data, std::size_t i) const {
        std::uint32_t n = data.indicator_number(text(i));
        if (!data.indicator_at(n))
            fail(i, "unknown indicator " + quote(text(i)) + " (not in indicators.csv)");
        return n;
    }

    // The number of the area named by field i, which must be in areas.csv.
    std::uint32_t area(const Dataset& data, std::size_t i) const {
        std::uint32_t n = data.area_number(text(i));
        if (!data.area_at(n)) fail(i, "unknown area " + quote(text(i)) + " (not in areas.csv)");
        return n;
    }

    Period period(std::size_t i) const {
        std::string problem;
        auto p = model::parse_period(text(i), &problem);
        if (!p)
            fail(i, "bad period " + quote(text(i)) + ": " + problem + "; expected " +
                        std::string(model::period_forms));
        return *p;
    }

private:
    template <class F> void finish_on_error(F&& f) {
        try {
            f();
        } catch (const InputError&) {
            while (csv_.next()) {
            }
            throw;
        }
    }

    void check_header() const {
        std::string expected;
        for (std::string_view c : columns_) {
            if (!expected.empty()) expected += ',';
            expected += c;
        }
        std::size_t i = 0;
        for (std::string_view c : columns_) {
            if (i >= csv_.size())
                throw InputError(row_pos(), "bad header: missing column \"" + std::string(c) +
                                                "\"; the header must be " + expected);
            if (text(i) != c)
                fail(i, "bad header: expected column \"" + std::string(c) + "\", found " +
                            quote(text(i)) + "; the header must be " + expected);
            ++i;
        }
        if (csv_.size() > i)
            fail(i, "bad header: unexpected column " + quote(text(i)) + "; the header must be " +
                        expected);
    }

    std::string text_;
    CsvCursor csv_;
    std::vector<std::string_view> columns_; // string literals
};

std::string join(const std::string& dir, std::string_view name) {
    return (std::filesystem::path(dir) / name).string();
}

// A required file of the folder, or an error naming it.
std::string required(const std::string& dir, std::string_view name) {
    std::string path = join(dir, name);
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw InputError(SourcePos{path},
                         "file not found (every data folder needs " + std::string(name) + ")");
    return path;
}

void read_indicators(Dataset& data, const std::string& path) {
    FileReader file(path, {"id", "label", "unit", "polarity", "decimals", "additive"});
    file.read([&] {
        model::Indicator ind;
        ind.pos = file.row_pos();
        ind.id = file.id(0, "indicator id");
        ind.label = file.non_empty(1, "label");
        auto unit = model::parse_unit(file.text(2));
        if (!unit)
            file.fail(2,
                      "unknown unit " + quote(file.text(2)) + " (expected count, percent or rate)");
        ind.unit = *unit;
        auto polarity = model::parse_polarity(file.text(3));
        if (!polarity)
            file.fail(3, "unknown polarity " + quote(file.text(3)) +
                             " (expected lower-is-better, higher-is-better or neutral)");
        ind.polarity = *polarity;
        std::string_view d = file.text(4);
        if (d.size() != 1 || d[0] < '0' || d[0] > '6')
            file.fail(4, "bad decimals " + quote(d) + " (expected a whole number from 0 to 6)");
        ind.decimals = d[0] - '0';
        std::string_view additive = file.text(5);
        if (additive != "yes" && additive != "no")
            file.fail(5, "bad additive " + quote(additive) + " (expected yes or no)");
        ind.additive = additive == "yes";
        if (ind.additive && ind.unit != model::Unit::Count)
            file.fail(5, "only counts can be additive (percentages and rates of child areas "
                         "do not add up to the parent's)");
        data.add_indicator(std::move(ind));
    });
}

// "a → b → … → a": the parents of `area`, which lead back to it.
std::string parent_cycle(const Dataset& data, const model::Area& area) {
    std::string chain = area.id;
    const model::Area* a = &area;
    do {
        chain += " \u2192 " + a->parent;
        a = data.find_area(a->parent);
    } while (a != &area);
    return chain;
}

// Each area's parent exists and following parents never comes back to an area.
void check_parents(const Dataset& data) {
    for (const model::Area& area : data.areas()) {
        if (area.parent.empty()) continue;
        if (!data.find_area(area.parent))
            throw InputError(area.parent_pos,
                             "unknown parent area " + quote(area.parent) + " (not in areas.csv)");
    }
    // An area is on a cycle if its parents lead back to it; a walk longer than there are areas
    // is caught in a cycle further up, reported at one of that cycle's own areas.
    for (const model::Area& area : data.areas()) {
        const model::Area* a = &area;
        for (std::size_t steps = 0; !a->parent.empty() && steps < data.areas().size(); ++steps) {
            if (a->parent == area.id)
                throw InputError(area.parent_pos,
                                 "parent areas form a cycle: " + parent_cycle(data, area));
            a = data.find_area(a->parent);
        }
    }
}

void read_areas(Dataset& data, const std::string& path) {
    FileReader file(path, {"id", "name", "kind", "parent"});
    file.read([&] {
        model::Area area;
        area.pos = file.row_pos();
        area.id = file.id(0, "area id");
        area.name = file.non_empty(1, "area name");
        area.kind = file.id(2, "area kind");
        if (!file.text(3).empty()) area.parent = file.id(3, "parent area id");
        area.parent_pos = file.pos(3);
        data.add_area(std::move(area));
    });
    check_parents(data);
}

// Throws if `value` (field i) is impossible for the indicator's unit.
void check_possible(const FileReader& file, std::size_t i, const model::Indicator& ind,
                    double value) {
    auto impossible = [&](const char* why) {
        file.fail(i, "impossible value " + std::string(file.text(i)) + ": " + why);
    };
    switch (ind.unit) {
    case model::Unit::Count:
        if (value < 0) impossible("a count cannot be negative");
        if (value != static_cast<double>(static_cast<long long>(value)))
            impossible("a count is a whole number");
        break;
    case model::Unit::Percent:
        if (value < 0 || value > 100) impossible("a percentage is between 0 and 100");
        break;
    case model::Unit::Rate:
        if (value < 0) impossible("a rate cannot be negative");
        break;
    }
}

void read_values(Dataset& data, const std::string& path) {
    FileReader file(path, {"indicator", "area", "period", "value"});
    const std::uint32_t file_number = data.file_number(file.path());
    data.reserve_values(file.max_records(10)); // "a,b,2017,1" is the shortest record
    std::uint32_t ind = Dataset::none;         // rows mostly repeat the indicator of the row before
    file.read([&] {
        if (ind == Dataset::none || file.text(0) != data.indicator_id(ind))
            ind = file.indicator(data, 0);
        const std::uint32_t area = file.area(data, 1);
        const Period period = file.period(2);
        std::string problem;
        auto number = model::parse_plain_number(file.text(3), &problem);
        if (!number) file.fail(3, "bad value " + quote(file.text(3)) + ": " + problem);
        check_possible(file, 3, *data.indicator_at(ind), number->value);
        data.add_value(model::Value{number->value, period, data.series_number({ind, area}),
                                    file_number, file.line(3), file.col(3)});
    });
}

void read_stated(Dataset& data, const std::string& path) {
    FileReader file(path, {"indicator", "area", "measure", "from", "to", "value", "source"});
    file.read([&] {
        model::StatedFigure s;
        s.pos = file.row_pos();
        const model::Indicator& ind = *data.indicator_at(file.indicator(data, 0));
        s.indicator = ind.id;
        s.area = data.area_at(file.area(data, 1))->id;
        auto measure = model::parse_measure(file.text(2));
        if (!measure)
            file.fail(2, "unknown measure " + quote(file.text(2)) +
                             " (expected value, difference, pct-difference or pp-difference)");
        s.measure = *measure;
        if (s.measure == model::Measure::Value) {
            if (!file.text(3).empty()) file.fail(3, "a stated value has no 'from' window");
        } else {
            if (file.text(3).empty()) file.fail(3, "a stated difference needs a 'from' window");
            s.from = file.period(3);
        }
        s.to = file.period(4);
        if (s.measure == model::Measure::PpDifference && ind.unit == model::Unit::Count)
            file.fail(2, "a pp-difference needs a percent or rate indicator; " + ind.id +
                             " is a count");
        std::string problem;
        auto number = model::parse_typed_figure(file.text(5), &problem);
        if (!number) file.fail(5, "bad figure " + quote(file.text(5)) + ": " + problem);
        bool percent_ok = s.measure == model::Measure::PctDifference ||
                          s.measure == model::Measure::PpDifference ||
                          (s.measure == model::Measure::Value && ind.unit == model::Unit::Percent);
        if ((number->suffix == "%" && !percent_ok) ||
            (number->suffix == "pp" && s.measure != model::Measure::PpDifference))
            file.fail(5, "the figure " + quote(file.text(5)) + " has a '" + number->suffix +
                             "' that does not fit the measure " + std::string(file.text(2)));
        s.value = number->value;
        s.decimals = number->decimals;
        s.text = file.text(5);
        s.value_pos = file.pos(5);
        s.source = file.text(6);
        data.add_stated(std::move(s));
    });
}

void read_verdicts(Dataset& data, const std::string& path) {
    FileReader file(path, {"indicator", "area", "period", "verdict", "mark", "note"});
    file.read([&] {
        model::ExplicitVerdict v;
        v.pos = file.row_pos();
        v.indicator = data.indicator_at(file.indicator(data, 0))->id;
        v.area = data.area_at(file.area(data, 1))->id;
        v.period = file.period(2);
        auto verdict = model::parse_verdict(file.text(3));
        if (!verdict)
            file.fail(3, "unknown verdict " + quote(file.text(3)) +
                             " (expected happy, monitor, unhappy or none)");
        v.verdict = *verdict;
        v.mark = file.text(4);
        v.note = file.text(5);
        data.add_verdict(std::move(v));
    });
}

} // namespace

model::Dataset read_data_catalogue(const std::string& dir) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        throw InputError(SourcePos{dir}, "data folder not found");
    Dataset data;
    read_indicators(data, required(dir, "indicators.csv"));
    read_areas(data, required(dir, "areas.csv"));
    return data;
}

void read_data_records(model::Dataset& data, const std::string& dir) {
    std::error_code ec;
    read_values(data, required(dir, "values.csv"));
    if (std::string stated = join(dir, "stated.csv"); std::filesystem::exists(stated, ec))
        read_stated(data, stated);
    if (std::string verdicts = join(dir, "verdicts.csv"); std::filesystem::exists(verdicts, ec))
        read_verdicts(data, verdicts);
}

model::Dataset read_data_folder(const std::string& dir) {
    Dataset data = read_data_catalogue(dir);
    read_data_records(data, dir);
    return data;
}

} // namespace bp::input
