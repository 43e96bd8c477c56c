#include "graphics/chart_style.hpp"

namespace bp::graphics {

ChartStyle ChartStyle::with_fonts(display::FontId regular, const text::FontMetrics* regular_metrics,
                                  display::FontId bold, const text::FontMetrics* bold_metrics,
                                  double base_size) {
    const Color ink = rgb(0x262626), soft = rgb(0x595959);
    ChartStyle s;
    s.title = {bold, bold_metrics, base_size * 1.15, ink};
    s.subtitle = {regular, regular_metrics, base_size * 0.95, soft};
    s.labels = {regular, regular_metrics, base_size * 0.85, soft};
    s.legend = {regular, regular_metrics, base_size * 0.9, ink};
    s.source = {regular, regular_metrics, base_size * 0.8, soft};
    s.values = {regular, regular_metrics, base_size * 0.85, ink};
    return s;
}

} // namespace bp::graphics
