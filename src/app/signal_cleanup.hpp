// Removes the build's temporary files and created folders when SIGINT, SIGTERM or SIGHUP
// arrives, then exits with 128 + the signal's number (130, 143, 129).
#pragma once

namespace bp::app {

// Blocks SIGINT, SIGTERM and SIGHUP in this thread (and so in every thread it starts later)
// and starts a thread that waits for them. Call first thing in main(), before any thread.
void start_signal_cleanup();

// While `fd` ≥ 0, a signal is not handled there but its number written (one byte) to `fd`,
// for a caller that stops at a moment of its own choosing (watch, between builds); -1 goes
// back to handling signals.
void forward_signals_to(int fd);

} // namespace bp::app
