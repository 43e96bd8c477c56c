#define BOOST_TEST_MODULE graphics
#include <boost/test/unit_test.hpp>
