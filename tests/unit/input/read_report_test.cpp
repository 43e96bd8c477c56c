// read_report: a layout and its data folder, whose records are read on a second thread while
// the layout is read; a data error still comes before a layout error.
#include "core/error.hpp"
#include "input/layout_reader.hpp"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace bp;
namespace fs = std::filesystem;

namespace {

// A folder with a layout (layout.xml) and a data folder (data/), removed at the end.
struct ReportFolder {
    fs::path dir = fs::temp_directory_path() / ("bp-read-report-" + std::to_string(::getpid()));

    ReportFolder(const std::string& layout_body, const std::string& values) {
        fs::remove_all(dir);
        fs::create_directories(dir / "data");
        write("layout.xml", "<report title=\"T\" data=\"data\">\n" + layout_body + "</report>\n");
        write("data/indicators.csv", "id,label,unit,polarity,decimals,additive\n"
                                     "crime,Crime,count,lower-is-better,0,yes\n");
        write("data/areas.csv", "id,name,kind,parent\nforce,The Force,force,\n"
                                "n1,North,sector,force\ns2,South,sector,force\n");
        write("data/values.csv", "indicator,area,period,value\n" + values);
    }
    ~ReportFolder() { fs::remove_all(dir); }
    void write(const std::string& name, const std::string& text) const {
        std::ofstream(dir / name) << text;
    }
    std::string layout() const { return (dir / "layout.xml").string(); }
    std::string error() const {
        try {
            input::read_report(layout());
        } catch (const InputError& e) {
            return e.what();
        }
        return "no error";
    }
};

const std::string repeat_layout = R"(  <repeat areas="sector" as="s">
    <section id="sector-{s.id}" title="{s.name}"/>
  </repeat>
)";
const std::string good_values = "crime,n1,2017,10\ncrime,s2,2017,12\n";

} // namespace

BOOST_AUTO_TEST_CASE(layout_and_data_are_both_read) {
    ReportFolder folder(repeat_layout, good_values);
    auto loaded = input::read_report(folder.layout());
    BOOST_REQUIRE(loaded.data);
    BOOST_TEST(loaded.report.sections.size() == 2u);
    BOOST_TEST(loaded.report.sections[1].title == "South");
    BOOST_TEST(loaded.data->values().size() == 2u);
}

BOOST_AUTO_TEST_CASE(a_data_error_comes_before_a_layout_error) {
    ReportFolder folder(repeat_layout + "  <nonsense/>\n", "crime,n1,2017,ten\n");
    const std::string error = folder.error();
    BOOST_TEST(error.find("values.csv:2:") != std::string::npos, error);
    BOOST_TEST(error.find("bad value") != std::string::npos, error);
}

BOOST_AUTO_TEST_CASE(a_layout_error_is_reported_when_the_data_is_good) {
    ReportFolder folder(repeat_layout + "  <nonsense/>\n", good_values);
    const std::string error = folder.error();
    BOOST_TEST(error.find("layout.xml:5:") != std::string::npos, error);
    BOOST_TEST(error.find("<nonsense>") != std::string::npos, error);
}
