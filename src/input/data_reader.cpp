#include "input/data_reader.hpp"

#include "core/error.hpp"
#include "input/csv_reader.hpp"
#include "model/data_number.hpp"

#include <filesystem>
#include <initializer_list>
#include <set>

namespace bp::input {

namespace {

using model::Dataset;
using model::Period;

// `text` in double quotes for a message, cut to 40 characters.
std::string quote(const std::string& text) {
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

// The rows of one file, with helpers that turn fields into model values or throw at the field.
class FileReader {
public:
    FileReader(const std::string& path, std::initializer_list<std::string_view> columns)
        : table_(read_csv_file(path)) {
        check_header(columns);
    }

    const std::vector<CsvRow>& rows() const { return table_.rows; }
    SourcePos pos(const CsvField& f) const { return table_.pos(f); }
    SourcePos pos(const CsvRow& r) const { return table_.pos(r); }

    [[noreturn]] void fail(const CsvField& f, const std::string& message) const {
        throw InputError(pos(f), message);
    }

    // A non-empty id of letters, digits, '.', '_' and '-'.
    std::string id(const CsvField& f, std::string_view what) const {
        if (f.text.empty()) fail(f, "empty " + std::string(what));
        for (char c : f.text) {
            bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '.' || c == '_' || c == '-';
            if (!ok)
                fail(f, "bad " + std::string(what) + " " + quote(f.text) +
                            ": use only letters, digits, '.', '_' and '-'");
        }
        return f.text;
    }

    std::string non_empty(const CsvField& f, std::string_view what) const {
        if (f.text.empty()) fail(f, "empty " + std::string(what));
        return f.text;
    }

    const model::Indicator& indicator(const Dataset& data, const CsvField& f) const {
        const model::Indicator* found = data.find_indicator(f.text);
        if (!found) fail(f, "unknown indicator " + quote(f.text) + " (not in indicators.csv)");
        return *found;
    }

    const model::Area& area(const Dataset& data, const CsvField& f) const {
        const model::Area* found = data.find_area(f.text);
        if (!found) fail(f, "unknown area " + quote(f.text) + " (not in areas.csv)");
        return *found;
    }

    Period period(const CsvField& f) const {
        std::string problem;
        auto p = model::parse_period(f.text, &problem);
        if (!p)
            fail(f, "bad period " + quote(f.text) + ": " + problem + "; expected " +
                        std::string(model::period_forms));
        return *p;
    }

private:
    void check_header(std::initializer_list<std::string_view> columns) const {
        std::string expected;
        for (std::string_view c : columns) {
            if (!expected.empty()) expected += ',';
            expected += c;
        }
        const auto& fields = table_.header.fields;
        std::size_t i = 0;
        for (std::string_view c : columns) {
            if (i >= fields.size())
                throw InputError(pos(table_.header), "bad header: missing column \"" +
                                                         std::string(c) +
                                                         "\"; the header must be " + expected);
            if (fields[i].text != c)
                fail(fields[i], "bad header: expected column \"" + std::string(c) + "\", found " +
                                    quote(fields[i].text) + "; the header must be " + expected);
            ++i;
        }
        if (fields.size() > i)
            fail(fields[i], "bad header: unexpected column " + quote(fields[i].text) +
                                "; the header must be " + expected);
    }

    CsvTable table_;
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
    for (const CsvRow& row : file.rows()) {
        const auto& f = row.fields;
        model::Indicator ind;
        ind.pos = file.pos(row);
        ind.id = file.id(f[0], "indicator id");
        ind.label = file.non_empty(f[1], "label");
        auto unit = model::parse_unit(f[2].text);
        if (!unit)
            file.fail(f[2],
                      "unknown unit " + quote(f[2].text) + " (expected count, percent or rate)");
        ind.unit = *unit;
        auto polarity = model::parse_polarity(f[3].text);
        if (!polarity)
            file.fail(f[3], "unknown polarity " + quote(f[3].text) +
                                " (expected lower-is-better, higher-is-better or neutral)");
        ind.polarity = *polarity;
        const std::string& d = f[4].text;
        if (d.size() != 1 || d[0] < '0' || d[0] > '6')
            file.fail(f[4], "bad decimals " + quote(d) + " (expected a whole number from 0 to 6)");
        ind.decimals = d[0] - '0';
        if (f[5].text != "yes" && f[5].text != "no")
            file.fail(f[5], "bad additive " + quote(f[5].text) + " (expected yes or no)");
        ind.additive = f[5].text == "yes";
        if (ind.additive && ind.unit != model::Unit::Count)
            file.fail(f[5], "only counts can be additive (percentages and rates of child areas "
                            "do not add up to the parent's)");
        data.add_indicator(std::move(ind));
    }
}

// Each area's parent exists and following parents never comes back to an area.
void check_parents(const Dataset& data) {
    for (const model::Area& area : data.areas()) {
        if (area.parent.empty()) continue;
        if (!data.find_area(area.parent))
            throw InputError(area.parent_pos,
                             "unknown parent area " + quote(area.parent) + " (not in areas.csv)");
    }
    for (const model::Area& area : data.areas()) {
        std::set<std::string> seen{area.id};
        std::string chain = area.id;
        const model::Area* a = &area;
        while (!a->parent.empty()) {
            chain += " \u2192 " + a->parent;
            if (!seen.insert(a->parent).second) {
                if (a->parent == area.id)
                    throw InputError(area.parent_pos, "parent areas form a cycle: " + chain);
                break; // a cycle further up; reported at one of its own areas
            }
            a = data.find_area(a->parent);
        }
    }
}

void read_areas(Dataset& data, const std::string& path) {
    FileReader file(path, {"id", "name", "kind", "parent"});
    for (const CsvRow& row : file.rows()) {
        const auto& f = row.fields;
        model::Area area;
        area.pos = file.pos(row);
        area.id = file.id(f[0], "area id");
        area.name = file.non_empty(f[1], "area name");
        area.kind = file.id(f[2], "area kind");
        if (!f[3].text.empty()) area.parent = file.id(f[3], "parent area id");
        area.parent_pos = file.pos(f[3]);
        data.add_area(std::move(area));
    }
    check_parents(data);
}

// Throws if `value` is impossible for the indicator's unit.
void check_possible(const FileReader& file, const CsvField& f, const model::Indicator& ind,
                    double value) {
    switch (ind.unit) {
    case model::Unit::Count:
        if (value < 0) file.fail(f, "impossible value " + f.text + ": a count cannot be negative");
        if (value != static_cast<double>(static_cast<long long>(value)))
            file.fail(f, "impossible value " + f.text + ": a count is a whole number");
        break;
    case model::Unit::Percent:
        if (value < 0 || value > 100)
            file.fail(f, "impossible value " + f.text + ": a percentage is between 0 and 100");
        break;
    case model::Unit::Rate:
        if (value < 0) file.fail(f, "impossible value " + f.text + ": a rate cannot be negative");
        break;
    }
}

void read_values(Dataset& data, const std::string& path) {
    FileReader file(path, {"indicator", "area", "period", "value"});
    for (const CsvRow& row : file.rows()) {
        const auto& f = row.fields;
        model::Value v;
        const model::Indicator& ind = file.indicator(data, f[0]);
        v.indicator = ind.id;
        v.area = file.area(data, f[1]).id;
        v.period = file.period(f[2]);
        std::string problem;
        auto number = model::parse_plain_number(f[3].text, &problem);
        if (!number) file.fail(f[3], "bad value " + quote(f[3].text) + ": " + problem);
        check_possible(file, f[3], ind, number->value);
        v.value = number->value;
        v.pos = file.pos(f[3]);
        data.add_value(std::move(v));
    }
}

void read_stated(Dataset& data, const std::string& path) {
    FileReader file(path, {"indicator", "area", "measure", "from", "to", "value", "source"});
    for (const CsvRow& row : file.rows()) {
        const auto& f = row.fields;
        model::StatedFigure s;
        s.pos = file.pos(row);
        const model::Indicator& ind = file.indicator(data, f[0]);
        s.indicator = ind.id;
        s.area = file.area(data, f[1]).id;
        auto measure = model::parse_measure(f[2].text);
        if (!measure)
            file.fail(f[2], "unknown measure " + quote(f[2].text) +
                                " (expected value, difference, pct-difference or pp-difference)");
        s.measure = *measure;
        if (s.measure == model::Measure::Value) {
            if (!f[3].text.empty()) file.fail(f[3], "a stated value has no 'from' window");
        } else {
            if (f[3].text.empty()) file.fail(f[3], "a stated difference needs a 'from' window");
            s.from = file.period(f[3]);
        }
        s.to = file.period(f[4]);
        if (s.measure == model::Measure::PpDifference && ind.unit == model::Unit::Count)
            file.fail(f[2], "a pp-difference needs a percent or rate indicator; " + ind.id +
                                " is a count");
        std::string problem;
        auto number = model::parse_typed_figure(f[5].text, &problem);
        if (!number) file.fail(f[5], "bad figure " + quote(f[5].text) + ": " + problem);
        bool percent_ok = s.measure == model::Measure::PctDifference ||
                          s.measure == model::Measure::PpDifference ||
                          (s.measure == model::Measure::Value && ind.unit == model::Unit::Percent);
        if ((number->suffix == "%" && !percent_ok) ||
            (number->suffix == "pp" && s.measure != model::Measure::PpDifference))
            file.fail(f[5], "the figure " + quote(f[5].text) + " has a '" + number->suffix +
                                "' that does not fit the measure " + f[2].text);
        s.value = number->value;
        s.decimals = number->decimals;
        s.text = f[5].text;
        s.value_pos = file.pos(f[5]);
        s.source = f[6].text;
        data.add_stated(std::move(s));
    }
}

void read_verdicts(Dataset& data, const std::string& path) {
    FileReader file(path, {"indicator", "area", "period", "verdict", "mark", "note"});
    for (const CsvRow& row : file.rows()) {
        const auto& f = row.fields;
        model::ExplicitVerdict v;
        v.pos = file.pos(row);
        v.indicator = file.indicator(data, f[0]).id;
        v.area = file.area(data, f[1]).id;
        v.period = file.period(f[2]);
        auto verdict = model::parse_verdict(f[3].text);
        if (!verdict)
            file.fail(f[3], "unknown verdict " + quote(f[3].text) +
                                " (expected happy, monitor, unhappy or none)");
        v.verdict = *verdict;
        v.mark = f[4].text;
        v.note = f[5].text;
        data.add_verdict(std::move(v));
    }
}

} // namespace

model::Dataset read_data_folder(const std::string& dir) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        throw InputError(SourcePos{dir}, "data folder not found");
    Dataset data;
    read_indicators(data, required(dir, "indicators.csv"));
    read_areas(data, required(dir, "areas.csv"));
    read_values(data, required(dir, "values.csv"));
    if (std::string stated = join(dir, "stated.csv"); std::filesystem::exists(stated, ec))
        read_stated(data, stated);
    if (std::string verdicts = join(dir, "verdicts.csv"); std::filesystem::exists(verdicts, ec))
        read_verdicts(data, verdicts);
    return data;
}

} // namespace bp::input
