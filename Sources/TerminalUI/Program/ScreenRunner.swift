import Foundation

/// The entry point of the full-screen front end.
///
/// ```swift
/// let session = SandboxSession(shell: shell)
/// let status = try ScreenRunner.run(session: session, options: ScreenRunner.options(ascii: false))
/// ```
public enum ScreenRunner {
  /// Opens the screen on the terminal, runs `session` until the learner quits (F10, `quit`,
  /// Ctrl-D then y), and gives the terminal back. Nothing is written to standard output while
  /// the screen is open. Returns the exit status for the process.
  ///
  /// Throws when the terminal cannot be used (no terminfo entry): callers fall back to the
  /// plain line mode.
  ///
  /// However the screen ends (F10, `quit`, SIGTERM, SIGHUP), the session's ``ScreenSession/close()``
  /// runs before the terminal is given back; a signal then ends the process as it would have.
  public static func run(session: ScreenSession, options: ScreenOptions) throws -> Int32 {
    let backend = try CursesBackend(mouse: options.mouse)
    defer {
      backend.close()
      // NB: a signal that stopped the loop ends kubetutor next: the recording first.
      if TerminalRestorer.pending != 0 { CastRecorder.current?.finish() }
      TerminalRestorer.raisePending()
    }
    let controller = ScreenController(session: session, backend: backend, options: options)
    let environment = ProcessInfo.processInfo.environment
    session.editorHandler = { [unowned backend] request in
      guard
        let command = EditorLauncher.command(
          for: request, environment: environment,
          isInstalled: { EditorLauncher.isInstalled($0, environment: environment) })
      else { return .missing }
      backend.suspend()
      let status = EditorLauncher.run(command, file: request.file)
      backend.resume()
      switch status {
      case .none: return .missing
      case .some(0): return .edited
      default: return .failed
      }
    }
    defer { session.editorHandler = nil }
    TerminalRestorer.deferring = true
    controller.run(until: { TerminalRestorer.pending != 0 })
    session.close()
    return 0
  }

  /// Options from the command line and the environment: NO_COLOR turns colours off, history
  /// is kept in the state folder, the title bar shows the cluster's seed.
  public static func options(
    ascii: Bool, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> ScreenOptions {
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    var options = ScreenOptions(
      ascii: ascii, color: !noColor, historyStore: HistoryStore.standard(environment: environment))
    options.showsSeed = true
    return options
  }
}
