#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

/*
 * kubetutor's binding to ncursesw. Only TerminalUI's curses backend imports it.
 *
 * The two defines must precede every include and must live in this header:
 * SwiftPM drops the -D flags that pkg-config prints, and a C target's
 * cSettings never reach the Swift importer of its clients.
 *   NCURSES_WIDECHAR  curses.h declares the wide API (wget_wch, mvwaddnwstr, cchar_t).
 *   _XOPEN_SOURCE     glibc's <wchar.h> declares wcwidth.
 */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift 6 rejects reads of C mutable globals: expose them as functions. */
static inline WINDOW *CNcurses_stdscr(void) { return stdscr; }
static inline int CNcurses_LINES(void) { return LINES; }
static inline int CNcurses_COLS(void) { return COLS; }
static inline int CNcurses_COLORS(void) { return COLORS; }

/* NCURSES_BITS(...) attributes and the mouse masks are not importable macros. */
static const attr_t CNcurses_A_NORMAL = A_NORMAL;
static const attr_t CNcurses_A_BOLD = A_BOLD;
static const attr_t CNcurses_A_DIM = A_DIM;
static const attr_t CNcurses_A_REVERSE = A_REVERSE;
static const attr_t CNcurses_A_UNDERLINE = A_UNDERLINE;
static const mmask_t CNcurses_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t CNcurses_BUTTON5_PRESSED = BUTTON5_PRESSED;

#endif /* CNCURSES_SHIM_H */
