import Foundation

/// The learner's files: what `>` writes, `cat` reads and `kubectl apply -f` applies.
///
/// Paths are relative to the workspace root, which the shell shows as `~`.
public protocol Workspace: AnyObject {
  func read(_ path: String) throws(WorkspaceError) -> String
  func write(_ path: String, _ contents: String, append: Bool) throws(WorkspaceError)
  func remove(_ path: String) throws(WorkspaceError)
  func makeDirectory(_ path: String) throws(WorkspaceError)
  /// What is at `path`: nil when nothing, true for a directory.
  func isDirectory(_ path: String) -> Bool?
  /// Names in a directory, sorted.
  func list(_ path: String) throws(WorkspaceError) -> [String]
  func size(_ path: String) -> Int
}

/// Why a file operation failed, in the words of coreutils.
public enum WorkspaceError: Error, Equatable {
  case notFound
  case isDirectory
  case notDirectory
  case permissionDenied
  case exists

  public var text: String {
    switch self {
    case .notFound: return "No such file or directory"
    case .isDirectory: return "Is a directory"
    case .notDirectory: return "Not a directory"
    case .permissionDenied: return "Permission denied"
    case .exists: return "File exists"
    }
  }
}

/// Normalises a workspace path: strips `~/`, `./`, resolves `..` within the root.
func normalizedPath(_ path: String, cwd: String = "") -> String? {
  var text = path
  if text == "~" { text = "" }
  if text.hasPrefix("~/") { text.removeFirst(2) }
  var parts: [String] = text.hasPrefix("/") ? [] : cwd.split(separator: "/").map(String.init)
  if text.hasPrefix("/home/user") {
    text.removeFirst("/home/user".count)
    parts = []
  } else if text.hasPrefix("/") {
    return nil
  }
  for part in text.split(separator: "/") {
    switch part {
    case ".": continue
    case "..": if !parts.isEmpty { parts.removeLast() }
    default: parts.append(String(part))
    }
  }
  return parts.joined(separator: "/")
}

/// A workspace kept in memory, for tests and scripted sessions.
public final class MemoryWorkspace: Workspace {
  private var files: [String: String] = [:]
  private var directories: Set<String> = [""]
  public var readOnly = false

  public init(files: [String: String] = [:]) {
    for (path, contents) in files { self.files[path] = contents }
  }

  public func read(_ path: String) throws(WorkspaceError) -> String {
    if directories.contains(path) { throw .isDirectory }
    guard let contents = files[path] else { throw .notFound }
    return contents
  }

  public func write(_ path: String, _ contents: String, append: Bool) throws(WorkspaceError) {
    if readOnly { throw .permissionDenied }
    if directories.contains(path) { throw .isDirectory }
    let parent = path.split(separator: "/").dropLast().joined(separator: "/")
    guard directories.contains(parent) else { throw .notFound }
    files[path] = append ? (files[path] ?? "") + contents : contents
  }

  public func remove(_ path: String) throws(WorkspaceError) {
    if readOnly { throw .permissionDenied }
    if directories.contains(path) { throw .isDirectory }
    guard files.removeValue(forKey: path) != nil else { throw .notFound }
  }

  public func makeDirectory(_ path: String) throws(WorkspaceError) {
    if files[path] != nil || directories.contains(path) { throw .exists }
    directories.insert(path)
  }

  public func isDirectory(_ path: String) -> Bool? {
    if directories.contains(path) { return true }
    return files[path] == nil ? nil : false
  }

  public func list(_ path: String) throws(WorkspaceError) -> [String] {
    guard directories.contains(path) else {
      if files[path] != nil { return [path.split(separator: "/").last.map(String.init) ?? path] }
      throw .notFound
    }
    let prefix = path.isEmpty ? "" : path + "/"
    let names = (Array(files.keys) + Array(directories)).compactMap { candidate -> String? in
      guard candidate.hasPrefix(prefix), candidate != path else { return nil }
      let rest = candidate.dropFirst(prefix.count)
      return rest.contains("/") ? nil : String(rest)
    }
    return Array(Set(names)).sorted()
  }

  public func size(_ path: String) -> Int { files[path]?.utf8.count ?? 4096 }
}

/// A workspace on disk, under a folder of real files.
public final class DiskWorkspace: Workspace {
  public let root: URL
  private let manager = FileManager.default

  public init(root: URL) throws {
    self.root = root
    try manager.createDirectory(at: root, withIntermediateDirectories: true)
  }

  private func url(_ path: String) -> URL {
    path.isEmpty ? root : root.appendingPathComponent(path)
  }

  public func read(_ path: String) throws(WorkspaceError) -> String {
    if isDirectory(path) == true { throw .isDirectory }
    guard let data = manager.contents(atPath: url(path).path) else {
      throw manager.fileExists(atPath: url(path).path) ? .permissionDenied : .notFound
    }
    return String(decoding: data, as: UTF8.self)
  }

  public func write(_ path: String, _ contents: String, append: Bool) throws(WorkspaceError) {
    if isDirectory(path) == true { throw .isDirectory }
    let target = url(path)
    guard isDirectory(target.deletingLastPathComponent().path.replacingOccurrences(of: root.path, with: "").trimmingCharacters(in: .init(charactersIn: "/"))) == true
    else { throw .notFound }
    let data = Data(contents.utf8)
    if append, let handle = try? FileHandle(forWritingTo: target) {
      defer { try? handle.close() }
      do {
        try handle.seekToEnd()
        try handle.write(contentsOf: data)
      } catch { throw .permissionDenied }
      return
    }
    do { try data.write(to: target) } catch { throw .permissionDenied }
  }

  public func remove(_ path: String) throws(WorkspaceError) {
    guard let directory = isDirectory(path) else { throw .notFound }
    if directory { throw .isDirectory }
    do { try manager.removeItem(at: url(path)) } catch { throw .permissionDenied }
  }

  public func makeDirectory(_ path: String) throws(WorkspaceError) {
    if isDirectory(path) != nil { throw .exists }
    do { try manager.createDirectory(at: url(path), withIntermediateDirectories: false) } catch {
      throw .notFound
    }
  }

  public func isDirectory(_ path: String) -> Bool? {
    var directory: ObjCBool = false
    guard manager.fileExists(atPath: url(path).path, isDirectory: &directory) else { return nil }
    return directory.boolValue
  }

  public func list(_ path: String) throws(WorkspaceError) -> [String] {
    guard let directory = isDirectory(path) else { throw .notFound }
    if !directory { return [url(path).lastPathComponent] }
    do {
      return try manager.contentsOfDirectory(atPath: url(path).path).filter { !$0.hasPrefix(".") }.sorted()
    } catch { throw .permissionDenied }
  }

  public func size(_ path: String) -> Int {
    (try? manager.attributesOfItem(atPath: url(path).path)[.size] as? Int) ?? 0
  }
}
