// docs/layout-reference.md against the reader's own list of elements and attributes
// (input/layout_grammar.hpp, the list ElementReader rejects unknown attributes with): every
// element the reader accepts has a section "### `KEY`" whose table names exactly the attributes
// the reader accepts, and the reference documents nothing the reader does not accept.
#define BOOST_TEST_MODULE layout_reference
#include "input/layout_grammar.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

namespace {

// A section of the reference: the attributes its table names, and whether it has an example.
struct Documented {
    std::set<std::string> attributes;
    bool example = false;
};

// "### `chart`" starts the section of element "chart"; "| `kind` | …" is an attribute row.
std::map<std::string, Documented> read_reference(const std::string& path) {
    std::ifstream in(path);
    BOOST_TEST_REQUIRE(in.good(), "cannot read " << path);
    std::map<std::string, Documented> out;
    Documented* current = nullptr;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("### `", 0) == 0) {
            const auto end = line.find('`', 5);
            BOOST_TEST_REQUIRE(end != std::string::npos, "bad heading: " << line);
            const std::string key = line.substr(5, end - 5);
            BOOST_TEST(!out.count(key), "element documented twice: " << key);
            current = &out[key];
        } else if (line.rfind("## ", 0) == 0 || line.rfind("### ", 0) == 0) {
            current = nullptr; // another kind of section
        } else if (current && line.rfind("| `", 0) == 0) {
            const auto end = line.find('`', 3);
            BOOST_TEST_REQUIRE(end != std::string::npos, "bad attribute row: " << line);
            current->attributes.insert(line.substr(3, end - 3));
        } else if (current && line.rfind("```xml", 0) == 0) {
            current->example = true;
        }
    }
    return out;
}

const std::string kReference = std::string(BOARDPACK_SOURCE_DIR) + "/docs/layout-reference.md";

} // namespace

BOOST_AUTO_TEST_CASE(every_attribute_the_reader_accepts_is_documented) {
    const auto documented = read_reference(kReference);
    BOOST_TEST(bp::input::layout_grammar().size() >= 30u); // the list is the reader's, not empty
    for (const auto& element : bp::input::layout_grammar()) {
        const std::string key(element.key);
        auto it = documented.find(key);
        BOOST_TEST_CONTEXT("element " << key) {
            const bool found = it != documented.end();
            BOOST_TEST_REQUIRE(found,
                               "docs/layout-reference.md has no section ### `" << key << "`");
            for (std::string_view a : element.attributes)
                BOOST_TEST(it->second.attributes.count(std::string(a)) == 1u,
                           "attribute '" << a << "' of <" << key << "> is not documented");
            BOOST_TEST(it->second.example, "no ```xml example for <" << key << ">");
        }
    }
}

BOOST_AUTO_TEST_CASE(the_reference_documents_only_what_the_reader_accepts) {
    for (const auto& [key, doc] : read_reference(kReference)) {
        BOOST_TEST_CONTEXT("element " << key) {
            const bp::input::ElementGrammar* element = nullptr;
            for (const auto& e : bp::input::layout_grammar())
                if (e.key == key) element = &e;
            const bool read = element != nullptr;
            BOOST_TEST_REQUIRE(read, "documented but not read: " << key);
            for (const auto& a : doc.attributes) {
                bool accepted = false;
                for (std::string_view name : element->attributes)
                    accepted = accepted || name == a;
                BOOST_TEST(accepted, "documented attribute '" << a << "' is not accepted");
            }
        }
    }
}
