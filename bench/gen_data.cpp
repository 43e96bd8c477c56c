// gen-data N DIR [--from REFERENCE]: writes a data folder shaped like the reference one
// (data/2017-q1) but with N policing sectors, for timing boardpack on big reports.
//
// Indicators, non-sector areas (force, urban, rural) and their values, stated figures and
// verdicts are copied from the reference. The sectors become sector-001 … sector-N (kind
// "sector", parent "force"), and every force value of an indicator the reference stores per
// sector is shared out over them by fixed weights (largest remainder), so the sectors always
// add up to the force exactly and every published force figure still checks.
#include "core/error.hpp"
#include "input/csv_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using bp::input::CsvRow;
using bp::input::CsvTable;

namespace {

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

void write_row(std::ostream& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i)
        out << (i ? "," : "") << csv_field(fields[i]);
    out << '\n';
}

std::vector<std::string> texts(const CsvRow& row) {
    std::vector<std::string> out;
    for (const auto& f : row.fields)
        out.push_back(f.text);
    return out;
}

// A sector's fixed weight in 1..4: unequal sectors, the same on every run.
double weight(std::size_t sector) {
    std::uint64_t x = sector * 0x9E3779B97F4A7C15ull;
    x ^= x >> 29;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 32;
    return 1.0 + static_cast<double>(x % 3000) / 1000.0;
}

// `total` (a whole number) shared out over `weights` by largest remainder.
std::vector<long long> share(long long total, const std::vector<double>& weights) {
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<long long> parts(weights.size());
    std::vector<std::pair<double, std::size_t>> rest;
    long long given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const double exact = static_cast<double>(total) * weights[i] / sum;
        parts[i] = static_cast<long long>(std::floor(exact));
        given += parts[i];
        rest.push_back({exact - static_cast<double>(parts[i]), i});
    }
    std::stable_sort(rest.begin(), rest.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; given < total; ++k, ++given)
        ++parts[rest[k % rest.size()].second];
    return parts;
}

std::ofstream open_out(const fs::path& path) {
    std::ofstream out(path, std::ios::binary);
    if (!out) throw std::runtime_error("cannot write " + path.string());
    return out;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    fs::path from = fs::path(BOARDPACK_SOURCE_DIR) / "data" / "2017-q1";
    if (args.size() == 4 && args[2] == "--from") from = args[3];
    std::size_t n = 0;
    if ((args.size() != 2 && args.size() != 4) ||
        std::from_chars(args[0].data(), args[0].data() + args[0].size(), n).ec != std::errc() ||
        n < 1 || n > 99999) {
        std::cerr << "usage: gen-data N DIR [--from REFERENCE_DATA_DIR]   (1 <= N <= 99999)\n";
        return 2;
    }
    const fs::path dir = args[1];
    try {
        fs::create_directories(dir);
        auto read = [&](const char* name) {
            return bp::input::read_csv_file((from / name).string());
        };

        // Areas: the reference's sectors are replaced by N generated ones.
        const CsvTable areas = read("areas.csv");
        std::set<std::string> old_sectors;
        {
            auto out = open_out(dir / "areas.csv");
            write_row(out, texts(areas.header));
            for (const auto& row : areas.rows) {
                if (row.fields[2].text == "sector") {
                    old_sectors.insert(row.fields[0].text);
                    continue;
                }
                write_row(out, texts(row));
                if (row.fields[0].text == "force")
                    for (std::size_t s = 1; s <= n; ++s) {
                        char id[32];
                        std::snprintf(id, sizeof id, "sector-%03zu", s);
                        write_row(out, {id, "Sector " + std::string(id + 7), "sector", "force"});
                    }
            }
        }
        auto is_old_sector = [&](const std::string& area) { return old_sectors.count(area) > 0; };

        fs::copy_file(from / "indicators.csv", dir / "indicators.csv",
                      fs::copy_options::overwrite_existing);

        // Values: the indicators stored per sector get the force value shared out.
        const CsvTable values = read("values.csv");
        std::set<std::string> per_sector;
        for (const auto& row : values.rows)
            if (is_old_sector(row.fields[1].text)) per_sector.insert(row.fields[0].text);
        std::vector<double> weights;
        for (std::size_t s = 1; s <= n; ++s)
            weights.push_back(weight(s));
        {
            auto out = open_out(dir / "values.csv");
            write_row(out, texts(values.header));
            for (const auto& row : values.rows) {
                const auto& f = row.fields;
                if (is_old_sector(f[1].text)) continue;
                write_row(out, texts(row));
                if (f[1].text != "force" || !per_sector.count(f[0].text)) continue;
                long long total = 0;
                auto [end, ec] =
                    std::from_chars(f[3].text.data(), f[3].text.data() + f[3].text.size(), total);
                if (ec != std::errc() || end != f[3].text.data() + f[3].text.size())
                    throw bp::InputError(values.pos(f[3]),
                                         "gen-data can only share out whole numbers");
                const auto parts = share(total, weights);
                for (std::size_t s = 0; s < n; ++s) {
                    char id[32];
                    std::snprintf(id, sizeof id, "sector-%03zu", s + 1);
                    write_row(out, {f[0].text, id, f[2].text, std::to_string(parts[s])});
                }
            }
        }

        // Stated figures and verdicts of the old sectors go; the rest is copied.
        for (const char* name : {"stated.csv", "verdicts.csv"}) {
            if (!fs::exists(from / name)) continue;
            const CsvTable table = read(name);
            auto out = open_out(dir / name);
            write_row(out, texts(table.header));
            for (const auto& row : table.rows)
                if (!is_old_sector(row.fields[1].text)) write_row(out, texts(row));
        }
    } catch (const bp::InputError& e) {
        std::cerr << e.what() << '\n';
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "gen-data: error: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
