// The Boost.Test entry point of the text layer's tests.
#define BOOST_TEST_MODULE text
#include <boost/test/unit_test.hpp>
