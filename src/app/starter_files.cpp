#include "app/starter_files.hpp"

namespace bp::app {

namespace {

constexpr std::string_view kLayout = R"starter(<?xml version="1.0" encoding="UTF-8"?>
<!--
  A starter report made by `boardpack init`: two indicators (data/indicators.csv) for two
  areas (data/areas.csv), a main menu, a table of indicators and a monthly chart.
  Build it:                  boardpack build report.xml
  Rebuild on every save:     boardpack watch report.xml
  Every element and attribute is described in docs/layout-reference.md of boardpack.
-->
<report title="Quarterly Performance Report" author="Performance Team" lang="en-GB"
        theme="theme.ini" data="data">

  <!-- A page template: landscape A4, the section's title in the header, the page number and
       two navigation buttons in the footer. -->
  <template id="page" size="A4" orientation="landscape" margin="28 36 24 36">
    <header height="34"><text>{section.title}</text></header>
    <footer height="28">
      <page-number align="left" format="Page {page} of {pages}"/>
      <button to="menu">Main Menu</button>
      <button to="@next">Next Page</button>
    </footer>
  </template>

  <!-- The main menu: one button for every section of the group "topics". -->
  <section id="menu" title="Main Menu" template="page">
    <heading level="1">Quarterly Performance Report</heading>
    <p>The year to March 2024, compared with its first quarter. Choose a topic:</p>
    <menu of="topics" columns="2"/>
  </section>

  <!-- A topic: a figure in the text, a table of indicators (both figures, the change and the
       verdict) and a chart of the monthly values. -->
  <section id="overview" title="Overview" template="page" group="topics">
    <p>Burglaries in North fell to <fig indicator="burglary" area="north" period="2023/24 Q4"/>
      in the last quarter.</p>
    <indicator-table before="2023/24 Q1" after="2023/24 Q4"
                     before-header="Apr–Jun 2023" after-header="Jan–Mar 2024">
      <row indicator="burglary" area="north" label="Burglaries, North"/>
      <row indicator="burglary" area="south" label="Burglaries, South"/>
      <row indicator="satisfaction" area="north" label="Victims satisfied, North"/>
      <row indicator="satisfaction" area="south" label="Victims satisfied, South"/>
    </indicator-table>
    <chart kind="line" title="Burglaries per month" from="2023-04" to="2024-03" height="170">
      <series indicator="burglary" area="north" label="North"/>
      <series indicator="burglary" area="south" label="South"/>
    </chart>
    <verdict-legend/>
  </section>
</report>
)starter";

constexpr std::string_view kTheme =
    R"starter(; The starter theme: colours and text styles (sizes in points).
; Any [style.NAME] can be used by a paragraph: <p style="NAME">.

[colors]
brand = #1f3864
accent = #2f6ea5
link = #1f5fa8
button = #2f6ea5
table-header = #1f3864
; the verdict faces
happy = #3a9a4a
monitor = #e9a11a
unhappy = #d2473d

[style.body]
family = Liberation Sans
size = 11
leading = 1.35
color = #222222
space-after = 6

[style.h1]
size = 22
color = #1f3864
space-after = 10

[style.banner]
bold = yes
size = 14
color = #ffffff

[verdicts]
; the change at which a verdict turns happy, then unhappy (% for counts, pp for percentages)
lower-is-better = -2 2
higher-is-better = 2 -2
)starter";

constexpr std::string_view kIndicators =
    R"starter(# One row per indicator. unit: count, percent or rate; decimals: digits shown.
id,label,unit,polarity,decimals,additive
burglary,Burglaries,count,lower-is-better,0,yes
satisfaction,Victims satisfied (%),percent,higher-is-better,1,no
)starter";

constexpr std::string_view kAreas =
    R"starter(# One row per area; kind groups areas (for <repeat areas="district">), parent is optional.
id,name,kind,parent
north,North,district,
south,South,district,
)starter";

constexpr std::string_view kValues =
    R"starter(# One figure per indicator, area and month (or any window: 2023/24 Q1, 2023/24, 12m:2024-03).
indicator,area,period,value
burglary,north,2023-04,42
burglary,north,2023-05,39
burglary,north,2023-06,45
burglary,north,2023-07,41
burglary,north,2023-08,38
burglary,north,2023-09,36
burglary,north,2023-10,40
burglary,north,2023-11,37
burglary,north,2023-12,35
burglary,north,2024-01,33
burglary,north,2024-02,34
burglary,north,2024-03,31
burglary,south,2023-04,28
burglary,south,2023-05,30
burglary,south,2023-06,27
burglary,south,2023-07,29
burglary,south,2023-08,31
burglary,south,2023-09,30
burglary,south,2023-10,28
burglary,south,2023-11,32
burglary,south,2023-12,33
burglary,south,2024-01,31
burglary,south,2024-02,34
burglary,south,2024-03,35
satisfaction,north,2023-04,71.5
satisfaction,north,2023-05,72.0
satisfaction,north,2023-06,70.8
satisfaction,north,2023-07,73.1
satisfaction,north,2023-08,74.0
satisfaction,north,2023-09,73.6
satisfaction,north,2023-10,74.9
satisfaction,north,2023-11,75.2
satisfaction,north,2023-12,76.0
satisfaction,north,2024-01,75.5
satisfaction,north,2024-02,76.8
satisfaction,north,2024-03,77.2
satisfaction,south,2023-04,68.2
satisfaction,south,2023-05,67.9
satisfaction,south,2023-06,69.0
satisfaction,south,2023-07,68.4
satisfaction,south,2023-08,67.5
satisfaction,south,2023-09,66.9
satisfaction,south,2023-10,67.2
satisfaction,south,2023-11,66.1
satisfaction,south,2023-12,65.8
satisfaction,south,2024-01,66.4
satisfaction,south,2024-02,65.0
satisfaction,south,2024-03,64.7
)starter";

} // namespace

const std::vector<StarterFile>& starter_files() {
    static const std::vector<StarterFile> files = {
        {"report.xml", kLayout},
        {"theme.ini", kTheme},
        {"data/indicators.csv", kIndicators},
        {"data/areas.csv", kAreas},
        {"data/values.csv", kValues},
    };
    return files;
}

} // namespace bp::app
