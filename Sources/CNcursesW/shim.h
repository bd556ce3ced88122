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
