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
    // `required`: how many of `columns` the header must name; it may name more of them, in
    // order (0: all of them).
    FileReader(const std::string& path, std::initializer_list<std::string_view> columns,
               std::size_t required = 0)
        : text_(read_file_text(path, max_csv_bytes)), csv_(text_, path), columns_(columns),
          required_(required == 0 ? columns_.size() : required) {}
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
    // The number of columns the header names.
    std::size_t columns() const { return header_columns_; }

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

    void check_header() {
        std::string expected;
        for (std::size_t n = 0; n < columns_.size(); ++n) {
            if (n == required_) expected += '[';
            if (n > 0) expected += ',';
            expected += columns_[n];
        }
        if (required_ < columns_.size())
            expected += "] (the columns in brackets are optional, in this order)";
        std::size_t i = 0;
        for (std::string_view c : columns_) {
            if (i >= required_ && i >= csv_.size()) break;
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
        header_columns_ = i;
    }

    std::string text_;
    CsvCursor csv_;
    std::vector<std::string_view> columns_; // string literals
    std::size_t required_ = 0;
    std::size_t header_columns_ = 0;
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

// A number in a rule or tolerance ("-5", "0.5"), or fails at field i naming `what`.
double rule_number(const FileReader& file, std::size_t i, std::string_view word,
                   std::string_view what) {
    std::string problem;
    auto n = model::parse_plain_number(word, &problem);
    if (!n) file.fail(i, "bad " + std::string(what) + " " + quote(word) + ": " + problem);
    return n->value;
}

// The words of a field separated by spaces.
std::vector<std::string_view> words(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t space = text.find(' ', at);
        if (space == std::string_view::npos) space = text.size();
        if (space > at) out.push_back(text.substr(at, space - at));
        at = space + 1;
    }
    return out;
}

constexpr std::string_view rule_forms =
    "theme, change HAPPY UNHAPPY, target [TOLERANCE], baseline WINDOW [HAPPY UNHAPPY] or none";

// Limits in the order the polarity needs (lower-is-better: happy ≤ unhappy), or fails.
void check_limits(const FileReader& file, std::size_t i, const model::Indicator& ind) {
    const auto& r = ind.rule;
    if (ind.polarity == model::Polarity::LowerIsBetter && r.happy > r.unhappy)
        file.fail(i, "lower-is-better: the happy limit must not be above the unhappy limit "
                     "(e.g. change -5 5)");
    if (ind.polarity == model::Polarity::HigherIsBetter && r.happy < r.unhappy)
        file.fail(i, "higher-is-better: the happy limit must not be below the unhappy limit "
                     "(e.g. change 5 -5)");
}

// The `rule` field (see rule_forms); empty is the theme's limits.
void read_rule(const FileReader& file, std::size_t i, model::Indicator& ind) {
    ind.rule_pos = file.pos(i);
    const auto w = words(file.text(i));
    model::VerdictRule& r = ind.rule;
    if (w.empty() || (w[0] == "theme" && w.size() == 1)) {
        r.kind = model::RuleKind::Theme;
    } else if (w[0] == "none" && w.size() == 1) {
        r.kind = model::RuleKind::None;
    } else if (w[0] == "change" && w.size() == 3) {
        r.kind = model::RuleKind::Limits;
        r.happy = rule_number(file, i, w[1], "happy limit");
        r.unhappy = rule_number(file, i, w[2], "unhappy limit");
    } else if (w[0] == "target" && w.size() <= 2) {
        r.kind = model::RuleKind::Target;
        if (w.size() == 2) r.tolerance = rule_number(file, i, w[1], "tolerance");
        if (r.tolerance < 0) file.fail(i, "a tolerance cannot be negative");
    } else if (w[0] == "baseline" && (w.size() == 2 || w.size() == 4)) {
        r.kind = model::RuleKind::Baseline;
        std::string problem;
        if (!model::parse_period(w[1], &problem))
            file.fail(i, "bad baseline window " + quote(w[1]) + ": " + problem + "; expected " +
                             std::string(model::period_forms));
        r.baseline = std::string(w[1]);
        if (w.size() == 4) {
            r.own_limits = true;
            r.happy = rule_number(file, i, w[2], "happy limit");
            r.unhappy = rule_number(file, i, w[3], "unhappy limit");
        }
    } else {
        file.fail(i, "unknown rule " + quote(file.text(i)) + " (expected " +
                         std::string(rule_forms) + ")");
    }
    if (ind.polarity == model::Polarity::Neutral && r.kind != model::RuleKind::Theme &&
        r.kind != model::RuleKind::None)
        file.fail(i, "a neutral indicator has no verdict rule (use rule none, or give the "
                     "indicator a polarity)");
    if (r.kind == model::RuleKind::Limits || (r.kind == model::RuleKind::Baseline && r.own_limits))
        check_limits(file, i, ind);
}

// The `aggregate` field: empty (the unit's default), sum, mean, last or "weighted ID".
void read_aggregate(const FileReader& file, std::size_t i, model::Indicator& ind) {
    ind.aggregate_pos = file.pos(i);
    const auto w = words(file.text(i));
    if (w.empty()) return;
    if (w.size() == 1 && w[0] == "sum")
        ind.aggregation = model::Aggregation::Sum;
    else if (w.size() == 1 && w[0] == "mean")
        ind.aggregation = model::Aggregation::Mean;
    else if (w.size() == 1 && w[0] == "last")
        ind.aggregation = model::Aggregation::Last;
    else if (w.size() == 2 && w[0] == "weighted")
        ind.aggregation = model::Aggregation::WeightedMean, ind.denominator = std::string(w[1]);
    else
        file.fail(i, "unknown aggregate " + quote(file.text(i)) +
                         " (expected sum, mean, last or weighted INDICATOR)");
    const model::Unit u = ind.unit;
    if (ind.aggregation == model::Aggregation::Sum &&
        (u == model::Unit::Percent || u == model::Unit::Rate || u == model::Unit::Score ||
         u == model::Unit::Ratio))
        file.fail(i, "a " + std::string(model::unit_name(u)) +
                         " cannot be summed over months (use mean, last or weighted INDICATOR)");
}

// The `change` field: empty (the unit's default), percent, points (percent only) or absolute.
void read_change(const FileReader& file, std::size_t i, model::Indicator& ind) {
    std::string_view t = file.text(i);
    if (t.empty()) return;
    auto c = model::parse_change_measure(t);
    if (!c) file.fail(i, "unknown change " + quote(t) + " (expected percent, points or absolute)");
    if (*c == model::ChangeMeasure::Points && ind.unit != model::Unit::Percent)
        file.fail(i, "a change in percentage points needs a percent indicator; " + ind.id +
                         " is a " + std::string(model::unit_name(ind.unit)) +
                         " (expected percent or absolute)");
    ind.change = c;
}

void read_indicators(Dataset& data, const std::string& path) {
    FileReader file(path,
                    {"id", "label", "unit", "polarity", "decimals", "additive", "aggregate",
                     "change", "rule", "group", "description"},
                    6);
    std::vector<std::pair<std::string, SourcePos>> denominators;
    file.read([&] {
        model::Indicator ind;
        ind.pos = file.row_pos();
        ind.id = file.id(0, "indicator id");
        ind.label = file.non_empty(1, "label");
        std::string problem;
        auto unit = model::parse_unit_spec(file.text(2), &problem);
        if (!unit)
            file.fail(2, problem == "unknown unit"
                             ? "unknown unit " + quote(file.text(2)) + " (expected " +
                                   std::string(model::unit_forms) + ")"
                             : "bad unit " + quote(file.text(2)) + ": " + problem);
        ind.unit = unit->kind;
        ind.spec = *unit;
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
        if (ind.additive && ind.unit != model::Unit::Count && ind.unit != model::Unit::Money)
            file.fail(5, "only counts and money can be additive (percentages, rates and "
                         "averages of child areas do not add up to the parent's)");
        if (file.columns() > 6) read_aggregate(file, 6, ind);
        if (file.columns() > 7) read_change(file, 7, ind);
        if (file.columns() > 8) read_rule(file, 8, ind);
        if (file.columns() > 9 && !file.text(9).empty()) ind.group = file.id(9, "group");
        if (file.columns() > 10 && !file.text(10).empty())
            ind.description = file.non_empty(10, "description");
        if (ind.aggregation == model::Aggregation::WeightedMean)
            denominators.emplace_back(ind.denominator, ind.aggregate_pos);
        data.add_indicator(std::move(ind));
    });
    for (const auto& [id, pos] : denominators) {
        const model::Indicator* d = data.find_indicator(id);
        if (!d)
            throw InputError(pos, "unknown denominator indicator " + quote(id) +
                                      " (not in indicators.csv)");
        if (aggregation_of(*d) != model::Aggregation::Sum)
            throw InputError(pos, "the denominator " + quote(id) +
                                      " must be summed over months (a count or money, or "
                                      "aggregate sum)");
    }
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
    case model::Unit::Duration:
        if (value < 0) impossible("a duration cannot be negative");
        break;
    case model::Unit::Ratio:
        if (value < 0) impossible("a ratio cannot be negative");
        break;
    case model::Unit::Money:
    case model::Unit::Score:
    case model::Unit::Number:
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

void read_targets(Dataset& data, const std::string& path) {
    FileReader file(path, {"indicator", "area", "period", "value", "tolerance"}, 4);
    file.read([&] {
        model::Target t;
        t.pos = file.row_pos();
        const model::Indicator& ind = *data.indicator_at(file.indicator(data, 0));
        t.indicator = ind.id;
        if (!file.text(1).empty()) t.area = data.area_at(file.area(data, 1))->id;
        t.period = file.period(2);
        std::string problem;
        auto number = model::parse_plain_number(file.text(3), &problem);
        if (!number) file.fail(3, "bad target " + quote(file.text(3)) + ": " + problem);
        check_possible(file, 3, ind, number->value);
        t.value = number->value;
        if (file.columns() > 4 && !file.text(4).empty()) {
            auto tol = model::parse_plain_number(file.text(4), &problem);
            if (!tol) file.fail(4, "bad tolerance " + quote(file.text(4)) + ": " + problem);
            if (tol->value < 0) file.fail(4, "a tolerance cannot be negative");
            t.tolerance = tol->value;
        }
        data.add_target(std::move(t));
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
    if (std::string targets = join(dir, "targets.csv"); std::filesystem::exists(targets, ec))
        read_targets(data, targets);
}

const std::vector<std::string>& data_file_names() {
    static const std::vector<std::string> names{"indicators.csv", "areas.csv",    "values.csv",
                                                "stated.csv",     "verdicts.csv", "targets.csv"};
    return names;
}

model::Dataset read_data_folder(const std::string& dir) {
    Dataset data = read_data_catalogue(dir);
    read_data_records(data, dir);
    return data;
}

} // namespace bp::input
