// The test module for the data model and data input.
#define BOOST_TEST_MODULE data
#include <boost/test/unit_test.hpp>
