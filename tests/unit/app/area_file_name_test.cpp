// area_file_path: every {area.*} placeholder one safe part of one file-name component.
#include "app/area_file_name.hpp"
#include "core/error.hpp"

#include <boost/test/unit_test.hpp>

using bp::app::area_file_path;
using bp::app::file_name_part;

namespace {

std::string refusal(const std::string& id, const std::string& name) {
    try {
        area_file_path("out/{area.id}-{area.name}.pdf", id, name);
    } catch (const bp::OutputError& e) {
        return e.what();
    }
    return "";
}

} // namespace

BOOST_AUTO_TEST_CASE(placeholders_fill_one_component) {
    BOOST_TEST(area_file_path("out/{area.id}-{area.name}.pdf", "crook", "Crook") ==
               "out/crook-Crook.pdf");
    BOOST_TEST(area_file_path("{area.id}/{area.id}.pdf", "a", "") == "a/a.pdf");
    BOOST_TEST(area_file_path("out/{area.name}.pdf", "tw", "Tees/Wear") == "out/Tees-Wear.pdf");
    BOOST_TEST(area_file_path("out/{area.name}.pdf", "x", "/etc/passwd") == "out/-etc-passwd.pdf");
    BOOST_TEST(area_file_path("out/{area.name}.pdf", "x", "a\\b") == "out/a-b.pdf");
    BOOST_TEST(area_file_path("out/{area.name}.pdf", "x", "Ynys Môn") == "out/Ynys Môn.pdf");
    // A value that reads like a placeholder is not filled again.
    BOOST_TEST(area_file_path("{area.id}-{area.name}", "{area.name}", "N") == "{area.name}-N");
    BOOST_TEST(file_name_part("a..b", "x") == "a..b"); // harmless inside a component
}

BOOST_AUTO_TEST_CASE(unsafe_values_are_refused) {
    BOOST_TEST(refusal("..", "N").find("the area id '..' cannot be part of a file name: it "
                                       "starts with '.'") != std::string::npos);
    BOOST_TEST(refusal("a", "../../../x-").find("starts with '.'") != std::string::npos);
    BOOST_TEST(refusal("a", ".hidden").find("starts with '.'") != std::string::npos);
    BOOST_TEST(refusal("a", "").find("it is empty") != std::string::npos);
    BOOST_TEST(refusal("", "N").find("it is empty") != std::string::npos);
    BOOST_TEST(refusal("a", "x\ny")
                   .find("'x?y' cannot be part of a file name: it holds a "
                         "control character") != std::string::npos);
    BOOST_TEST(refusal("a", std::string("x\0y", 3)).find("control") != std::string::npos);
    BOOST_TEST(refusal("a", std::string(201, 'n')).find("over 200 bytes") != std::string::npos);
    BOOST_TEST(refusal("a", "N").empty());
    // A placeholder not in the pattern is not judged.
    BOOST_CHECK_NO_THROW(area_file_path("out/{area.id}.pdf", "a", ""));
}
