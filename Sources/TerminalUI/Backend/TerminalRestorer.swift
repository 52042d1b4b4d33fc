import CNcurses
import Foundation

/// Gives the terminal back however kubetutor ends: a normal exit (`atexit`), SIGTERM,
/// SIGHUP, SIGINT and SIGQUIT (while an editor runs, SIGINT is the editor's), and crashes
/// (SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE): `endwin()`, then the signal is raised
/// again with its default action, so the exit status still tells what happened.
///
/// While the screen's loop runs (``deferring``), SIGTERM, SIGHUP and SIGINT only ask it to
/// stop (``pending``): the loop ends within a tenth of a second, the session saves its
/// progress, the terminal is given back, and then ``raisePending()`` ends kubetutor with that
/// signal. A second such signal, or one that comes while nothing is deferring, acts at once.
enum TerminalRestorer {
  // NB: read from signal handlers; set only on the curses thread.
  nonisolated(unsafe) static var active = false
  nonisolated(unsafe) static var childRunning = false
  nonisolated(unsafe) private static var installed = false
  /// Set while the screen's loop can end in order (see ``ScreenRunner``).
  nonisolated(unsafe) static var deferring = false
  /// The signal that asked the loop to stop; 0 when none did.
  nonisolated(unsafe) static var pending: Int32 = 0

  static let signals = [
    SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE,
  ]

  /// The signals that end kubetutor in order while the loop runs.
  static let orderly: Set<Int32> = [SIGTERM, SIGHUP, SIGINT]

  static func install() {
    active = true
    guard !installed else { return }
    installed = true
    atexit {
      if TerminalRestorer.active {
        TerminalRestorer.active = false
        endwin()
        OutputCapture.drainAfterSignal()
      }
    }
    for number in signals {
      signal(number) { received in
        if received == SIGINT && TerminalRestorer.childRunning { return }
        if TerminalRestorer.deferring && TerminalRestorer.pending == 0
          && (received == SIGTERM || received == SIGHUP || received == SIGINT)
        {
          TerminalRestorer.pending = received
          return
        }
        if TerminalRestorer.active {
          TerminalRestorer.active = false
          endwin()
          OutputCapture.drainAfterSignal()
        }
        signal(received, SIG_DFL)
        raise(received)
      }
    }
  }

  /// Ends kubetutor with the signal that stopped the loop, if one did (the terminal has been
  /// given back by then).
  static func raisePending() {
    deferring = false
    let received = pending
    guard received != 0 else { return }
    // Said in words before the shell's own note ("Terminated"), which may not come at all.
    let name = [SIGTERM: "SIGTERM", SIGHUP: "SIGHUP", SIGINT: "SIGINT"][received] ?? "signal \(received)"
    FileHandle.standardError.write(Data("kubetutor: stopped by \(name)\n".utf8))
    signal(received, SIG_DFL)
    raise(received)
  }
}
