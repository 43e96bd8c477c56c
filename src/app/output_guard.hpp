// Refuses outputs that would destroy something: an input of the build (layout, theme, data,
// fonts, images — the same file by device and inode, whatever the path or symbolic links),
// or a PDF named like one of the --png previews in the preview folder.
#pragma once

#include "display/display_list.hpp"

#include <string>
#include <vector>

namespace bp::app {

// The files one build reads.
struct BuildInputs {
    std::vector<std::string> paths;
};

// Every input file of a build: layout, theme, data files, and the fonts and images `doc` uses.
BuildInputs build_inputs(const std::string& layout, const std::string& theme,
                         const std::string& data_dir, const display::Document& doc);

// Throws bp::OutputError if `output` names the same file as one of `inputs`.
void refuse_overwriting_inputs(const std::string& output, const BuildInputs& inputs);

// Throws bp::OutputError if the PDF `output` lies in the folder `png_dir` under a preview's
// name ("page-001.png"): a preview would overwrite it or it would be removed as a stale one.
void refuse_pdf_among_previews(const std::string& output, const std::string& png_dir);

// True if `name` is a preview file name: "page-" then at least three digits, then ".png".
bool is_preview_name(const std::string& name);

} // namespace bp::app
