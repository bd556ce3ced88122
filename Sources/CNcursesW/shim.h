// The C side of ecowerk's terminal backend. Swift 6 cannot import ncurses' mutable globals
// (stdscr, COLS, LINES) or its function-like macros (A_BOLD, KEY_F(n), the mouse masks), so
// this header wraps them in static inline functions. NCURSES_WIDECHAR must be defined here:
// SwiftPM does not pass pkg-config's -D flags for system library targets.
#ifndef ECOWERK_CNCURSESW_SHIM_H
#define ECOWERK_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <curses.h>
#include <term.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>

int wcwidth(wchar_t c);

#include <langinfo.h>

static inline WINDOW *ecw_stdscr(void) { return stdscr; }
static inline WINDOW *ecw_curscr(void) { return curscr; }
static inline int ecw_lines(void) { return LINES; }
static inline int ecw_cols(void) { return COLS; }
static inline int ecw_escdelay(void) { return ESCDELAY; }

static inline attr_t ecw_a_normal(void) { return A_NORMAL; }
static inline attr_t ecw_a_bold(void) { return A_BOLD; }
static inline attr_t ecw_a_reverse(void) { return A_REVERSE; }
static inline attr_t ecw_a_underline(void) { return A_UNDERLINE; }
static inline attr_t ecw_a_dim(void) { return A_DIM; }
static inline attr_t ecw_color_pair(int n) { return COLOR_PAIR(n); }

static inline int ecw_key_f(int n) { return KEY_F(n); }
static inline int ecw_key_code_yes(void) { return KEY_CODE_YES; }
static inline int ecw_err(void) { return ERR; }
static inline int ecw_ok(void) { return OK; }

static inline int ecw_key_resize(void) { return KEY_RESIZE; }
static inline int ecw_key_mouse(void) { return KEY_MOUSE; }
static inline int ecw_is_utf8_locale(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/// Whether terminal type `term` (NULL: $TERM) can place the cursor anywhere (terminfo `cup`):
/// 1 yes, 0 no (TERM=dumb, a printing terminal), -1 when terminfo does not know the type.
/// Loads the description on its own, so nothing is written to the terminal.
static inline int ecw_can_address_cursor(const char *term, int fd) {
  int error = 0;
  if (setupterm((char *)term, fd, &error) != OK) return -1;
  const char *cup = tigetstr("cup");
  int able = cup != NULL && cup != (char *)-1;
  del_curterm(cur_term);
  return able;
}

/// Binds an escape sequence to a key code of our own, replacing whatever terminfo bound it to.
static inline void ecw_define_key(const char *sequence, int code) {
  define_key(sequence, 0);
  define_key(sequence, code);
}

/// Switches a terminal control character off (Ctrl-C's interrupt, Ctrl-Z's suspend) so that
/// its key reaches the program. `which` is VINTR or VSUSP.
static inline void ecw_disable_control_character(int fd, int which) {
  struct termios modes;
  if (tcgetattr(fd, &modes) != 0) return;
  modes.c_cc[which] = _POSIX_VDISABLE;
  tcsetattr(fd, TCSANOW, &modes);
}

static inline int ecw_unget_key(int code) { return ungetch(code); }

static inline int ecw_vintr(void) { return VINTR; }
static inline int ecw_vsusp(void) { return VSUSP; }

static inline mmask_t ecw_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t ecw_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t ecw_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t ecw_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t ecw_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t ecw_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t ecw_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }

/// Builds one wide-character cell (a base character plus attributes) for wadd_wch.
static inline int ecw_setcchar(cchar_t *cell, const wchar_t *text, attr_t attrs, short pair) {
  return setcchar(cell, text, attrs, pair, NULL);
}

#endif
