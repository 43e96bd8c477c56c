#include "app/source_record.hpp"

#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

using namespace bp;
namespace fs = std::filesystem;

namespace {

// A fresh folder under TMPDIR, removed at the end of the test.
struct Scratch {
    fs::path dir;
    Scratch() {
        std::string pattern = (fs::temp_directory_path() / "bp-sources-XXXXXX").string();
        dir = ::mkdtemp(pattern.data());
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    std::string write(const std::string& name, const std::string& text) const {
        fs::create_directories((dir / name).parent_path());
        std::ofstream(dir / name, std::ios::binary) << text;
        return (dir / name).string();
    }
};

// A stand-in for a PDF whose XMP records `lines` as boardpack writes them.
std::string pdf_with(const std::vector<std::string>& lines) {
    std::string x = "%PDF-1.7\n<x:xmpmeta><bp:sources><rdf:Seq>";
    for (const auto& l : lines)
        x += "<rdf:li>" + l + "</rdf:li>";
    return x + "</rdf:Seq></bp:sources></x:xmpmeta>\n%%EOF\n";
}

} // namespace

BOOST_AUTO_TEST_CASE(sha256_is_the_standard_digest) {
    BOOST_TEST(app::sha256_hex("abc") ==
               "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

BOOST_AUTO_TEST_CASE(sources_are_recorded_relative_to_the_pdf_and_checked) {
    Scratch s;
    const std::string layout = s.write("layouts/report.xml", "<report/>");
    const std::string values = s.write("data/values.csv", "a,b\n1,2\n");
    app::BuildInputs inputs;
    inputs.paths = {layout, values, (s.dir / "data" / "stated.csv").string()};
    const std::string pdf = (s.dir / "out" / "report.pdf").string();
    const auto lines = app::source_lines(inputs, pdf);
    BOOST_REQUIRE_EQUAL(lines.size(), 3u);
    BOOST_TEST(lines[0] == app::sha256_hex("<report/>") + " ../layouts/report.xml");
    BOOST_TEST(lines[1] == app::sha256_hex("a,b\n1,2\n") + " ../data/values.csv");
    BOOST_TEST(lines[2] == "absent ../data/stated.csv");
    s.write("out/report.pdf", pdf_with(lines));
    BOOST_TEST(!app::stale_report(pdf));
    BOOST_TEST((app::recorded_sources(pdf) == lines));

    // A changed value: the message names the file.
    s.write("data/values.csv", "a,b\n1,3\n");
    auto why = app::stale_report(pdf);
    BOOST_REQUIRE(why);
    BOOST_TEST(why->find("values.csv has changed since") != std::string::npos, *why);
    s.write("data/values.csv", "a,b\n1,2\n");
    BOOST_TEST(!app::stale_report(pdf));
    // An optional file that appears, and an input that goes.
    s.write("data/stated.csv", "x\n");
    why = app::stale_report(pdf);
    BOOST_REQUIRE(why);
    BOOST_TEST(why->find("stated.csv has appeared") != std::string::npos, *why);
    fs::remove(s.dir / "data" / "stated.csv");
    fs::remove(layout);
    why = app::stale_report(pdf);
    BOOST_REQUIRE(why);
    BOOST_TEST(why->find("report.xml has gone") != std::string::npos, *why);
}

BOOST_AUTO_TEST_CASE(a_pdf_without_a_record_is_not_taken_as_current) {
    Scratch s;
    const std::string pdf = s.write("other.pdf", "%PDF-1.4\n%%EOF\n");
    auto why = app::stale_report(pdf);
    BOOST_REQUIRE(why);
    BOOST_TEST(why->find("carries no record") != std::string::npos, *why);
}
