// Fuzz target: any text through the strict CSV reader, whose rows must then be well formed.
#include "core/error.hpp"
#include "input/csv_reader.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(bytes), size);
    try {
        bp::input::CsvTable table = bp::input::parse_csv(text, "fuzz.csv");
        // The reader's promises: a header, every row as wide as it, positions counted from 1.
        if (table.header.fields.empty()) std::abort();
        for (const auto& row : table.rows) {
            if (row.fields.size() != table.header.fields.size()) std::abort();
            for (const auto& f : row.fields)
                if (f.line < 1 || f.col < 1) std::abort();
        }
    } catch (const bp::InputError&) {
    }
    return 0;
}
