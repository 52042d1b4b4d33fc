import Foundation

/// Finds and runs a real editor for `kubectl edit` and `vi FILE`.
public enum EditorLauncher {
  /// The editors tried, in order, when neither the request nor `$EDITOR` names one installed.
  static let fallbacks = ["vi", "vim", "nano"]

  /// The command to run: for `vi FILE` the named editor when installed, for `kubectl edit`
  /// `$VISUAL` or `$EDITOR`; then the other of the two; then any installed editor.
  /// Nil when there is none.
  public static func command(
    for request: EditorRequest, environment: [String: String], isInstalled: (String) -> Bool
  ) -> String? {
    let configured = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.filter {
      !$0.isEmpty
    }
    let order = request.named ? [request.program] + configured : configured + [request.program]
    for candidate in order + fallbacks {
      guard let program = candidate.split(separator: " ").first.map(String.init) else { continue }
      if isInstalled(program) { return candidate }
    }
    return nil
  }

  /// True when `program` is an executable file, or one on `PATH`.
  public static func isInstalled(
    _ program: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Bool {
    if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) }
    let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    return path.split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: "\($0)/\(program)")
    }
  }

  /// Runs `command` (an editor and its arguments) on `file` in the foreground, with the
  /// terminal as its standard streams. Returns its exit status (128 + the signal when a signal
  /// ended it), or nil when it did not start.
  ///
  /// NB: not Foundation's `Process`, which starts the child in a process group of its own: a
  /// background group on the terminal, where an editor is stopped or fails as soon as it
  /// touches the terminal. posix_spawn keeps it in kubetutor's foreground group.
  public static func run(_ command: String, file: URL) -> Int32? {
    let arguments = ["/usr/bin/env"] + command.split(separator: " ").map(String.init) + [file.path]
    let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid: pid_t = 0
    guard posix_spawn(&pid, "/usr/bin/env", nil, nil, &argv, &envp) == 0 else { return nil }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      guard errno == EINTR else { return nil }
    }
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
  }
}
