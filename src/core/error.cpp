#include "core/error.hpp"

namespace bp {

namespace {
std::string format(const SourcePos& pos, Severity severity, const std::string& message) {
    std::string out = pos.to_string();
    if (!out.empty()) out += ": ";
    out += severity == Severity::Error ? "error: " : "warning: ";
    out += message;
    return out;
}
} // namespace

std::string Diagnostic::to_string() const {
    return format(pos, severity, message);
}

InputError::InputError(SourcePos pos, const std::string& message)
    : std::runtime_error(format(pos, Severity::Error, message)), pos_(std::move(pos)),
      message_(message) {}

void Warnings::add(SourcePos pos, std::string message) {
    items_.push_back(Diagnostic{std::move(pos), Severity::Warning, std::move(message)});
}

} // namespace bp
