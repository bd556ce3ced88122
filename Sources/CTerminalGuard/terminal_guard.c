#include "terminal_guard.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static volatile sig_atomic_t pending_signal = 0;
static char reset_bytes[256];
static size_t reset_length = 0;
static struct termios saved_modes;
static volatile sig_atomic_t have_saved_modes = 0;
static volatile sig_atomic_t input_fd = STDIN_FILENO;
static volatile sig_atomic_t output_fd = STDOUT_FILENO;

static const int quit_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
static const int fatal_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};

int ecw_guard_save_terminal_modes(int input, int output) {
  input_fd = input;
  output_fd = output;
  if (tcgetattr(input, &saved_modes) != 0) return -1;
  have_saved_modes = 1;
  return 0;
}

void ecw_guard_set_reset_bytes(const char *bytes, size_t length) {
  if (length > sizeof(reset_bytes)) length = sizeof(reset_bytes);
  memcpy(reset_bytes, bytes, length);
  reset_length = length;
}

static void on_quit_signal(int sig) { pending_signal = sig; }

static void on_fatal_signal(int sig) {
  if (reset_length > 0) {
    ssize_t ignored = write(output_fd, reset_bytes, reset_length);
    (void)ignored;
  }
  if (have_saved_modes) tcsetattr(input_fd, TCSANOW, &saved_modes);
  signal(sig, SIG_DFL);
  raise(sig);
}

void ecw_guard_install(void) {
  struct sigaction action;
  memset(&action, 0, sizeof(action));
  sigemptyset(&action.sa_mask);
  action.sa_handler = on_quit_signal;
  action.sa_flags = 0;  // no SA_RESTART: interrupt the blocking read
  for (size_t i = 0; i < sizeof(quit_signals) / sizeof(quit_signals[0]); i++) {
    sigaction(quit_signals[i], &action, NULL);
  }
  struct sigaction fatal;
  memset(&fatal, 0, sizeof(fatal));
  sigemptyset(&fatal.sa_mask);
  fatal.sa_handler = on_fatal_signal;
  fatal.sa_flags = SA_RESETHAND | SA_NODEFER;
  for (size_t i = 0; i < sizeof(fatal_signals) / sizeof(fatal_signals[0]); i++) {
    sigaction(fatal_signals[i], &fatal, NULL);
  }
}

int ecw_guard_take_pending_signal(void) {
  int sig = pending_signal;
  pending_signal = 0;
  return sig;
}

void ecw_guard_restore_terminal_modes(void) {
  if (have_saved_modes) tcsetattr(input_fd, TCSANOW, &saved_modes);
}

void ecw_guard_uninstall(void) {
  for (size_t i = 0; i < sizeof(quit_signals) / sizeof(quit_signals[0]); i++) {
    signal(quit_signals[i], SIG_DFL);
  }
  for (size_t i = 0; i < sizeof(fatal_signals) / sizeof(fatal_signals[0]); i++) {
    signal(fatal_signals[i], SIG_DFL);
  }
}
