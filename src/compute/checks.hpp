// Consistency checks on a data set, as diagnostics with the file:line:col they refer to:
// warnings for figures that disagree (parts that do not add up to the whole, stated figures
// that differ from the computed ones), errors for stated figures that cannot be checked.
#pragma once

#include "compute/figures.hpp"
#include "core/error.hpp"
#include "model/dataset.hpp"

#include <vector>

namespace bp::compute {

// All checks below, in this order. Callers must treat any Severity::Error as fatal.
std::vector<Diagnostic> check_dataset(const model::Dataset& data, const Figures& figures);

// Additive indicators: for every stored value of an area with child areas, at a period where
// every child has a value (stored or derived from months), the children must sum to it.
// Warning at the parent value's position: "asb.total at 12m:2017-06: the 12 child areas of
// force sum to 21,695, but force's value is 21,705".
std::vector<Diagnostic> check_child_totals(const model::Dataset& data, const Figures& figures);

// Stored values for a span of months: a count's stored quarter, year or 12-month value must
// equal the sum of its stored monthly values when all are present; two stored values for
// exactly the same months ("2016/17" and "12m:2017-03") must be equal. Warnings at the stored
// value (the later one of a pair).
std::vector<Diagnostic> check_stored_totals(const model::Dataset& data, const Figures& figures);

// Every stated figure must equal the computed one rounded half away from zero to the stated
// figure's typed decimals (−9.77 accepts −9.765 up to, not including, −9.775; 37 does not
// accept 37.5, which rounds to 38). Warning at the stated value otherwise: "stated %
// difference −9.77% for asb.total / force (12m:2016-06 → 12m:2017-06) disagrees with the
// computed −9.96%". Error if its inputs are missing or it is a % difference from zero.
std::vector<Diagnostic> check_stated(const model::Dataset& data, const Figures& figures);

} // namespace bp::compute
