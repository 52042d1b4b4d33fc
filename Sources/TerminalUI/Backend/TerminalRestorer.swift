import CNcurses
import Foundation

/// Gives the terminal back however kubetutor ends: a normal exit (`atexit`), SIGTERM,
/// SIGHUP, SIGINT and SIGQUIT (while an editor runs, SIGINT is the editor's), and crashes
/// (SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE): `endwin()`, then the signal is raised
/// again with its default action, so the exit status still tells what happened.
enum TerminalRestorer {
  // NB: read from signal handlers; set only on the curses thread.
  nonisolated(unsafe) static var active = false
  nonisolated(unsafe) static var childRunning = false
  nonisolated(unsafe) private static var installed = false

  static let signals = [
    SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE,
  ]

  static func install() {
    active = true
    guard !installed else { return }
    installed = true
    atexit {
      if TerminalRestorer.active {
        TerminalRestorer.active = false
        endwin()
      }
    }
    for number in signals {
      signal(number) { received in
        if received == SIGINT && TerminalRestorer.childRunning { return }
        if TerminalRestorer.active {
          TerminalRestorer.active = false
          endwin()
        }
        signal(received, SIG_DFL)
        raise(received)
      }
    }
  }
}
