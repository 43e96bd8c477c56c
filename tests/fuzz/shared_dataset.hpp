// The small data set the layout fuzz targets read layouts against (so <repeat> expands), read
// once per process from tests/robustness/shared/data.
#pragma once

#include "input/data_reader.hpp"

namespace bp::fuzz {

inline const model::Dataset& shared_dataset() {
    static const model::Dataset data =
        input::read_data_folder(BOARDPACK_SOURCE_DIR "/tests/robustness/shared/data");
    return data;
}

} // namespace bp::fuzz
