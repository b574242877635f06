// Exposes the parts of ncursesw that Swift cannot import directly: macros, function-like macros and
// mutable globals (which Swift 6 rejects as not concurrency-safe).
#ifndef GLEAN_CNCURSES_SHIM_H
#define GLEAN_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *gl_stdscr(void) { return stdscr; }
/// Starts curses on the process's own terminal (stdout/stdin), returning NULL instead of exiting on failure.
static inline SCREEN *gl_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline int gl_width(void) { return getmaxx(stdscr); }
static inline int gl_height(void) { return getmaxy(stdscr); }
static inline int gl_color_pairs(void) { return COLOR_PAIRS; }
static inline int gl_colors(void) { return COLORS; }

static inline attr_t gl_a_normal(void) { return A_NORMAL; }
static inline attr_t gl_a_bold(void) { return A_BOLD; }
static inline attr_t gl_a_reverse(void) { return A_REVERSE; }
static inline attr_t gl_a_underline(void) { return A_UNDERLINE; }
static inline attr_t gl_a_dim(void) { return A_DIM; }

static inline int gl_key_code_yes(void) { return KEY_CODE_YES; }
static inline int gl_key_resize(void) { return KEY_RESIZE; }
static inline int gl_key_up(void) { return KEY_UP; }
static inline int gl_key_down(void) { return KEY_DOWN; }
static inline int gl_key_left(void) { return KEY_LEFT; }
static inline int gl_key_right(void) { return KEY_RIGHT; }
static inline int gl_key_home(void) { return KEY_HOME; }
static inline int gl_key_end(void) { return KEY_END; }
static inline int gl_key_npage(void) { return KEY_NPAGE; }
static inline int gl_key_ppage(void) { return KEY_PPAGE; }
static inline int gl_key_backspace(void) { return KEY_BACKSPACE; }
static inline int gl_key_dc(void) { return KEY_DC; }
static inline int gl_key_enter(void) { return KEY_ENTER; }
static inline int gl_key_btab(void) { return KEY_BTAB; }
static inline int gl_key_sr(void) { return KEY_SR; }
static inline int gl_key_sf(void) { return KEY_SF; }
static inline int gl_key_sleft(void) { return KEY_SLEFT; }
static inline int gl_key_sright(void) { return KEY_SRIGHT; }

/// Reads one key from stdscr (get_wch is a macro). Returns OK, KEY_CODE_YES or ERR.
static inline int gl_get_wch(wint_t *key) { return wget_wch(stdscr, key); }

/// Puts one cell at (y, x). `text` is NUL-terminated: a spacing character, then non-spacing ones
/// (setcchar keeps at most CCHARW_MAX and stops at the first spacing one). Text that setcchar
/// rejects is drawn as U+FFFD. The ERR that mvwadd_wch reports at the bottom-right corner is harmless.
static inline void gl_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    static const wchar_t replacement[] = { 0xFFFD, 0 };
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) == ERR) {
        setcchar(&cell, replacement, attrs, pair, NULL);
    }
    mvwadd_wch(stdscr, y, x, &cell);
}

#endif
