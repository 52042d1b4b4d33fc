import Foundation

/// Where the learner's runs of the lessons are kept for `kubetutor notes`: one file a lesson,
/// `sessions/LESSON-ID.json` in the progress folder (by default
/// `$XDG_STATE_HOME/kubetutor/sessions/`, else `~/.local/state/kubetutor/sessions/`).
///
/// Each file holds the latest run of its lesson: starting the lesson again starts a new one.
/// Writes are atomic (a temporary file in the same folder, then `rename`), and a journal is
/// bounded (see ``SessionJournal``), so a file stays under about a megabyte. A file that
/// cannot be read is ignored (the next run of that lesson replaces it).
public struct SessionJournalStore: Sendable {
  /// The folder that holds the files.
  public let directory: URL

  /// A store in `directory`.
  public init(directory: URL) { self.directory = directory }

  /// The store next to a progress file: its `sessions/` folder.
  public init(besides progress: ProgressStore) {
    directory = progress.directory.appendingPathComponent("sessions")
  }

  /// The file of lesson `id`.
  public func file(for id: String) -> URL {
    directory.appendingPathComponent(id.replacingOccurrences(of: "/", with: "_") + ".json")
  }

  /// The latest run of lesson `id`, if one was kept and is readable.
  public func load(_ id: String) -> SessionJournal? {
    guard let data = try? Data(contentsOf: file(for: id)) else { return nil }
    return try? SessionJournalStore.decode(data)
  }

  /// The latest run of the lesson named by id or by number (as the course numbers it).
  public func named(_ name: String) -> SessionJournal? {
    if let journal = load(name) { return journal }
    guard let number = Int(name) else { return nil }
    return all().first { $0.number == number }
  }

  /// Every run kept, newest first.
  public func all() -> [SessionJournal] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    let files = names.filter { $0.hasSuffix(".json") }.map { directory.appendingPathComponent($0) }
    func modified(_ url: URL) -> Date {
      ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date)
        ?? .distantPast
    }
    return files.sorted { modified($0) > modified($1) }.compactMap { url in
      (try? Data(contentsOf: url)).flatMap { try? SessionJournalStore.decode($0) }
    }
  }

  /// The run written last, of any lesson.
  public func latest() -> SessionJournal? { all().first }

  /// Writes a run atomically.
  public func save(_ journal: SessionJournal) throws {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let target = file(for: journal.lesson)
    let temporary = directory.appendingPathComponent(".\(journal.lesson).\(getpid()).tmp")
    try SessionJournalStore.encode(journal).write(to: temporary)
    guard rename(temporary.path, target.path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw ProgressError("cannot replace \(target.path): \(reason)")
    }
  }

  /// The JSON of a run, keys sorted.
  public static func encode(_ journal: SessionJournal) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(journal) + Data("\n".utf8)
  }

  /// Decodes a run, refusing other versions.
  public static func decode(_ data: Data) throws -> SessionJournal {
    let journal = try JSONDecoder().decode(SessionJournal.self, from: data)
    guard journal.version == SessionJournal.currentVersion else {
      throw ProgressError("session journal version \(journal.version)")
    }
    return journal
  }
}
