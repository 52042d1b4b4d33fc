import Foundation

/// The history kept across sessions: one entry a line in a file in the state folder
/// (`$XDG_STATE_HOME/kubetutor/history`, by default `~/.local/state/kubetutor/history`).
///
/// A multi-line entry (a here-document) is stored on one line, its newlines written `\n` and
/// its backslashes `\\`.
public struct HistoryStore: Sendable {
  public let file: URL
  public let limit: Int

  public init(file: URL, limit: Int = 1000) {
    self.file = file
    self.limit = limit
  }

  /// The store in the default state folder for this environment.
  public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> HistoryStore
  {
    HistoryStore(file: StateFolder.url(environment: environment).appendingPathComponent("history"))
  }

  /// The saved entries, oldest first; empty when there is no file yet.
  public func load() -> [String] {
    guard let data = FileManager.default.contents(atPath: file.path) else { return [] }
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    return Array(lines.map(Self.decoded).suffix(limit))
  }

  /// Appends an entry; rewrites the file without its oldest entries when it grows past twice
  /// the limit. Failures are ignored: history is a convenience.
  public func append(_ entry: String) {
    let manager = FileManager.default
    try? manager.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    let line = Data((Self.encoded(entry) + "\n").utf8)
    if let handle = try? FileHandle(forWritingTo: file) {
      defer { try? handle.close() }
      _ = try? handle.seekToEnd()
      try? handle.write(contentsOf: line)
    } else {
      try? line.write(to: file)
    }
    if let data = manager.contents(atPath: file.path),
      data.reduce(0, { $0 + ($1 == 10 ? 1 : 0) }) > 2 * limit
    {
      let kept = load().map { Self.encoded($0) + "\n" }.joined()
      try? Data(kept.utf8).write(to: file)
    }
  }

  static func encoded(_ entry: String) -> String {
    entry.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
  }

  static func decoded(_ line: String) -> String {
    var result = ""
    var escaped = false
    for character in line {
      if escaped {
        result.append(character == "n" ? "\n" : character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        result.append(character)
      }
    }
    return result
  }
}

/// Where kubetutor keeps what it remembers between sessions.
public enum StateFolder {
  /// `$XDG_STATE_HOME/kubetutor`, or `~/.local/state/kubetutor`.
  public static func url(environment: [String: String]) -> URL {
    if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
      return URL(fileURLWithPath: state).appendingPathComponent("kubetutor")
    }
    let home =
      environment["HOME"].map { URL(fileURLWithPath: $0) }
      ?? FileManager.default.homeDirectoryForCurrentUser
    return home.appendingPathComponent(".local/state/kubetutor")
  }
}
