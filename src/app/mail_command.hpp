// `boardpack mail SETTINGS RECIPIENTS.csv -o OUTBOX`: one ready-to-send draft email (.eml) per
// recipient with the board summary in the body and the report (and their area's edition)
// attached; optionally the restricted (encrypted) copy, and sending through SMTP.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace bp::app {

// Runs the mail command on argv (starting with "mail"); returns the exit status.
int run_mail(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace bp::app
