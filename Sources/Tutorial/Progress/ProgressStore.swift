import Foundation

/// Where progress is kept: `progress.json` in a directory, by default
/// `$XDG_STATE_HOME/kubetutor/` (else `~/.local/state/kubetutor/`).
///
/// Writes are atomic (a temporary file in the same directory, then `rename`), so a crash
/// never leaves half a file. A file that cannot be read or decoded is moved aside with a
/// warning and the learner starts fresh; nothing else is touched.
public struct ProgressStore: Sendable {
  /// The directory that holds the file.
  public let directory: URL

  /// A store in `directory`.
  public init(directory: URL) { self.directory = directory }

  /// The default directory for an environment.
  public static func defaultDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return URL(fileURLWithPath: state).appendingPathComponent("kubetutor")
    }
    let home =
      environment["HOME"].map { URL(fileURLWithPath: $0) }
      ?? FileManager.default.homeDirectoryForCurrentUser
    return home.appendingPathComponent(".local/state/kubetutor")
  }

  /// The progress file.
  public var file: URL { directory.appendingPathComponent("progress.json") }

  /// What loading found.
  public struct Loaded: Equatable, Sendable {
    /// The progress (empty when there was none or it was unreadable).
    public var progress: Progress
    /// Set when the file was unreadable and was moved aside.
    public var movedAside: MovedAside?

    /// A result of loading.
    public init(progress: Progress, movedAside: MovedAside? = nil) {
      self.progress = progress
      self.movedAside = movedAside
    }
  }

  /// Where an unreadable file went, and why it was unreadable.
  public struct MovedAside: Equatable, Sendable {
    /// The file's new path.
    public var path: String
    /// What was wrong with it.
    public var reason: String
  }

  /// Reads the progress; an unreadable file is moved aside to `progress.json.broken-N`.
  public func load() -> Loaded {
    guard FileManager.default.fileExists(atPath: file.path) else {
      return Loaded(progress: Progress())
    }
    do {
      return Loaded(progress: try ProgressStore.decode(Data(contentsOf: file)))
    } catch {
      let reason = (error as? ProgressError)?.message ?? "unreadable"
      let aside = moveAside()
      return Loaded(
        progress: Progress(), movedAside: MovedAside(path: aside ?? file.path, reason: reason))
    }
  }

  /// Writes the progress atomically.
  public func save(_ progress: Progress) throws {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw ProgressError("cannot create the folder \(directory.path): \(ProgressStore.reason(error))")
    }
    let data = try ProgressStore.encode(progress)
    let temporary = directory.appendingPathComponent(".progress.json.\(getpid()).tmp")
    do { try data.write(to: temporary) } catch {
      throw ProgressError("cannot write in \(directory.path): \(ProgressStore.reason(error))")
    }
    guard rename(temporary.path, file.path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw ProgressError("cannot replace \(file.path): \(reason)")
    }
  }

  /// The operating system's words for a file error ("Not a directory", "Permission
  /// denied"), not Foundation's dump of it.
  public static func reason(_ error: Error) -> String {
    let ns = error as NSError
    if let inner = ns.userInfo[NSUnderlyingErrorKey] as? Error {
      let underlying = inner as NSError
      if underlying.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(underlying.code))) }
    }
    if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
    return ns.localizedDescription
  }

  /// Removes the progress file.
  public func clear() throws {
    if FileManager.default.fileExists(atPath: file.path) {
      try FileManager.default.removeItem(at: file)
    }
  }

  /// Writes the progress to `url` (for another machine).
  public func export(to url: URL) throws {
    try ProgressStore.encode(load().progress).write(to: url, options: .atomic)
  }

  /// Reads a file written by ``export(to:)`` and merges it into the stored progress.
  /// Throws, changing nothing, when the file is not valid progress.
  @discardableResult
  public func importing(from url: URL) throws -> Progress {
    let incoming = try ProgressStore.decode(Data(contentsOf: url))
    let merged = load().progress.merged(with: incoming)
    try save(merged)
    return merged
  }

  /// Moves the file aside; returns the new path.
  func moveAside() -> String? {
    for number in 1...999 {
      let target = directory.appendingPathComponent("progress.json.broken-\(number)")
      if FileManager.default.fileExists(atPath: target.path) { continue }
      return (try? FileManager.default.moveItem(at: file, to: target)) != nil ? target.path : nil
    }
    return nil
  }

  /// The JSON of `progress`, keys sorted so the file diffs well.
  public static func encode(_ progress: Progress) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    var copy = progress
    copy.version = Progress.currentVersion
    return try encoder.encode(copy) + Data("\n".utf8)
  }

  /// Decodes progress, refusing other versions and malformed files.
  public static func decode(_ data: Data) throws -> Progress {
    struct Header: Decodable { var version: Int? }
    guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
      throw ProgressError("not JSON progress")
    }
    guard let version = header.version else { throw ProgressError("no version") }
    guard version == Progress.currentVersion else {
      throw ProgressError(
        "version \(version); this kubetutor reads version \(Progress.currentVersion)")
    }
    do {
      return try JSONDecoder().decode(Progress.self, from: data)
    } catch {
      throw ProgressError("malformed progress")
    }
  }
}

/// Why progress could not be read or written.
public struct ProgressError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What went wrong.
  public var message: String
  /// An error with `message`.
  public init(_ message: String) { self.message = message }
  /// The message.
  public var description: String { message }
}
