// The errors and warnings boardpack reports about its inputs, in the form
// "file:line:col: error: message" that editors and CI logs understand.
#pragma once

#include "core/source_pos.hpp"

#include <stdexcept>
#include <string>
#include <vector>

namespace bp {

enum class Severity { Error, Warning };

// One message about an input, with the place it refers to.
struct Diagnostic {
    SourcePos pos;
    Severity severity = Severity::Error;
    std::string message;

    // "file:line:col: error: message" (or "warning:").
    std::string to_string() const;
};

// Thrown for bad input (a file that cannot be read, parsed or resolved). The build stops and
// nothing is written; the CLI prints what() and exits 1.
class InputError : public std::runtime_error {
public:
    InputError(SourcePos pos, const std::string& message);
    const SourcePos& pos() const { return pos_; }
    const std::string& message() const { return message_; }

private:
    SourcePos pos_;
    std::string message_;
};

// Thrown when an output cannot be written (the earlier file at that path is left intact).
class OutputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Warnings collected during a build, printed by the CLI and listed by `boardpack check`.
class Warnings {
public:
    void add(SourcePos pos, std::string message);
    const std::vector<Diagnostic>& all() const { return items_; }
    bool empty() const { return items_.empty(); }

private:
    std::vector<Diagnostic> items_;
};

} // namespace bp
