// The test module for compute.
#define BOOST_TEST_MODULE compute
#include <boost/test/unit_test.hpp>
