// Removes the build's temporary files and created folders when SIGINT, SIGTERM or SIGHUP
// arrives, then exits with 128 + the signal's number (130, 143, 129).
#pragma once

namespace bp::app {

// Blocks SIGINT, SIGTERM and SIGHUP in this thread (and so in every thread it starts later)
// and starts a thread that waits for them. Call first thing in main(), before any thread.
void start_signal_cleanup();

} // namespace bp::app
