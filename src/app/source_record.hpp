// What a report was built from, recorded in the PDF (its XMP, bp:sources): one line per input —
// the layout, theme, data files, fonts and images — with its SHA-256, so that `mail` can tell
// a report that no longer matches its inputs before sending it.
#pragma once

#include "app/output_guard.hpp"
#include "core/source_pos.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bp::app {

// The SHA-256 of `bytes` in lower-case hex.
std::string sha256_hex(const std::string& bytes);

// One line per input of `inputs`: "SHA256 PATH" (or "absent PATH" for an optional data file
// that does not exist), PATH relative to the folder of `output` (the PDF), so the record is the
// same wherever the project is and holds no home folder.
// `digests` (path → SHA-256) spares hashing a file twice when several outputs share inputs.
std::vector<std::string> source_lines(const BuildInputs& inputs, const std::string& output,
                                      std::map<std::string, std::string>* digests = nullptr);

// The record of sources in the PDF at `pdf_path`; nullopt if it carries none.
std::optional<std::vector<std::string>> recorded_sources(const std::string& pdf_path);

// Why the PDF at `pdf_path` no longer matches its inputs — "data/values.csv has changed since
// …" — or nullopt if every input is as it was. A PDF with no record is reported as such.
std::optional<std::string> stale_report(const std::string& pdf_path);

// Throws InputError at `where` if the PDF at `pdf_path` is stale (see stale_report), saying
// which input changed and that the report must be built again before it is sent.
void require_current(const std::string& pdf_path, const SourcePos& where);

} // namespace bp::app
