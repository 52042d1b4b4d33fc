import Foundation
import Kubectl

/// A request to edit a file in a real editor, outside the full screen.
public struct EditorRequest: Equatable, Sendable {
  /// The editor asked for: `vim` when the learner typed `vim web.yaml`, the shell's
  /// `$KUBE_EDITOR`/`$EDITOR` for `kubectl edit`.
  public var program: String
  public var file: URL
  /// True when the learner named the editor (`vi FILE`), false for `kubectl edit`.
  public var named: Bool

  public init(program: String, file: URL, named: Bool) {
    self.program = program
    self.file = file
    self.named = named
  }
}

/// How an edit ended.
public enum EditorOutcome: Equatable, Sendable {
  case edited
  /// The editor ran and exited with an error.
  case failed
  /// No editor is installed.
  case missing
}

/// Runs an editor with the terminal given back to it (see ``ScreenRunner``).
public typealias EditorHandler = (EditorRequest) -> EditorOutcome

/// Connects a shell's editor hook (`kubectl edit`) and the `vi`/`vim`/`nano` commands to the
/// screen's ``EditorHandler``, on files of a workspace.
///
/// Files of a ``DiskWorkspace`` are edited in place; files of another workspace go through a
/// temporary copy.
public final class EditorBridge {
  public let shell: Shell
  public var handler: EditorHandler? {
    didSet { install() }
  }
  /// How the last edit ended (for a message after the command's output).
  public private(set) var lastOutcome: EditorOutcome?

  /// Editors typed as commands.
  public static let editorCommands: Set<String> = ["vi", "vim", "nano"]

  public init(shell: Shell) {
    self.shell = shell
  }

  private func install() {
    guard handler != nil else {
      shell.editor = nil
      return
    }
    shell.editor = { [weak self] program, path in
      self?.edit(path, program: program, named: false) == .edited
    }
  }

  /// Edits a workspace file (a path relative to the workspace root).
  @discardableResult
  public func edit(_ path: String, program: String, named: Bool) -> EditorOutcome {
    guard let handler else { return .missing }
    let outcome: EditorOutcome
    if let disk = shell.workspace as? DiskWorkspace {
      outcome = handler(
        EditorRequest(program: program, file: disk.root.appendingPathComponent(path), named: named))
    } else {
      let copy = FileManager.default.temporaryDirectory.appendingPathComponent(
        "kubetutor-edit-\(UUID().uuidString)-\((path as NSString).lastPathComponent)")
      try? Data(((try? shell.workspace.read(path)) ?? "").utf8).write(to: copy)
      outcome = handler(EditorRequest(program: program, file: copy, named: named))
      if let data = FileManager.default.contents(atPath: copy.path) {
        try? shell.workspace.write(path, String(decoding: data, as: UTF8.self), append: false)
      }
      try? FileManager.default.removeItem(at: copy)
    }
    lastOutcome = outcome
    return outcome
  }

  /// Runs `vi FILE`, `vim FILE` or `nano FILE` typed on the laptop; nil when `line` is not
  /// such a command (it then goes to the shell).
  public func run(_ line: String) -> SessionReply? {
    let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard let program = words.first, Self.editorCommands.contains(program),
      case .laptop = shell.location,
      !line.contains("|"), !line.contains(";"), !line.contains("&"), !line.contains(">")
    else { return nil }
    func failure(_ message: String, _ code: Int32) -> SessionReply {
      SessionReply(chunks: [SessionReply.Chunk(.error, message + "\n")], exitCode: code)
    }
    let files = words.dropFirst().filter { !$0.hasPrefix("-") && !$0.hasPrefix("+") }
    guard let file = files.first else {
      return failure("kubetutor: \(program) needs a file name here: \(program) web.yaml", 2)
    }
    guard let path = ShellCompleter.resolved(file, cwd: shell.cwd), !path.isEmpty else {
      return failure("\(program): \(file): Permission denied", 1)
    }
    if shell.workspace.isDirectory(path) == true {
      return failure("\(program): \(file): Is a directory", 1)
    }
    if shell.workspace.isDirectory(path) == nil {
      do { try shell.workspace.write(path, "", append: false) } catch {
        return failure("\(program): \(file): \(error.text)", 1)
      }
      created = path
    }
    let outcome = edit(path, program: program, named: true)
    if outcome != .edited, let created, (try? shell.workspace.read(created))?.isEmpty == true {
      try? shell.workspace.remove(created)
    }
    created = nil
    return SessionReply(exitCode: outcome == .edited ? 0 : 1)
  }

  private var created: String?

  /// The message to show after a command that tried an editor and could not, once.
  public func takeNotice(_ labels: LabelBook, program: String) -> String? {
    defer { lastOutcome = nil }
    switch lastOutcome {
    case .missing: return labels.text(.editorMissing, ["program": program])
    case .failed: return labels[.editorFailed]
    default: return nil
    }
  }
}
