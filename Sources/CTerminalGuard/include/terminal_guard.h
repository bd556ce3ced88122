// Signal handling for the workbench, in C because a signal handler may only make
// async-signal-safe calls: no allocation, no locks, nothing the Swift runtime might do.
//
// Two kinds of signals:
// - Quit signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT) only record that they arrived. The run loop
//   sees the record, flushes the recovery journal, restores the terminal with ncurses and exits.
// - Fatal signals (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE) cannot return to Swift.
//   The handler writes bytes prepared in advance (leave the alternate screen, show the cursor,
//   reset attributes, stop mouse reporting), puts back the terminal modes saved at start, and
//   re-raises the signal so the process still ends as it would have.
#ifndef ECOWERK_TERMINAL_GUARD_H
#define ECOWERK_TERMINAL_GUARD_H

#include <stddef.h>

/// Saves the terminal modes of `input` (the descriptor the workbench reads its keys from), to
/// be restored on a fatal signal; `output` is where the reset bytes go then.
/// Returns 0 on success, -1 when `input` is not a terminal.
int ecw_guard_save_terminal_modes(int input, int output);

/// Sets the bytes written to the output on a fatal signal (copied; at most 255 bytes).
void ecw_guard_set_reset_bytes(const char *bytes, size_t length);

/// Installs the handlers. Quit signals are installed without SA_RESTART so that a blocking
/// read returns and the run loop notices at once.
void ecw_guard_install(void);

/// The quit signal that arrived since the last call, or 0; clears it.
int ecw_guard_take_pending_signal(void);

/// Restores the saved terminal modes now (for the normal exit path's last resort).
void ecw_guard_restore_terminal_modes(void);

/// Puts the default action back for every signal the guard handles.
void ecw_guard_uninstall(void);

#endif
