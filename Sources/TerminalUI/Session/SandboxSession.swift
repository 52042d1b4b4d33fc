import ClusterSim
import Foundation
import Kubectl

/// The session of `kubetutor sandbox`: the learner's shell next to a fresh cluster, with no
/// lesson. It answers `lang ko|en` itself, and `hint`/`solution` with a note that the
/// sandbox has no lesson.
public final class SandboxSession: ScreenSession {
  public let shell: Shell
  private let editors: EditorBridge
  private var lastVersion: Int

  public init(shell: Shell) {
    self.shell = shell
    editors = EditorBridge(shell: shell)
    lastVersion = shell.cluster.state.resourceVersion
  }

  public var language: Language { shell.language }
  public var prompt: String { shell.prompt }
  public var location: Location { shell.location }
  public var lessonPane: LessonPane? { nil }
  public var lessonList: LessonList? { nil }
  public var cluster: ClusterState { shell.cluster.state }

  public var editorHandler: EditorHandler? {
    get { editors.handler }
    set { editors.handler = newValue }
  }

  public func needsMoreInput(_ text: String) -> Bool { shell.needsMoreInput(text) }

  public func submit(_ line: String) -> SessionReply {
    let words = line.split(separator: " ").map(String.init)
    switch words.first {
    case "lang" where words.count == 2 && Language(rawValue: words[1]) != nil:
      return perform(.setLanguage(Language(rawValue: words[1])!))
    case "hint" where words.count == 1, "solution" where words.count == 1,
      "next" where words.count == 1:
      return SessionReply(notice: label(.noLesson))
    default:
      break
    }
    var reply = editors.run(line) ?? SessionReply(shell.run(line))
    let program =
      words.first.flatMap { EditorBridge.editorCommands.contains($0) ? $0 : nil }
      ?? shell.variables["KUBE_EDITOR"] ?? shell.variables["EDITOR"] ?? "vi"
    if let notice = editors.takeNotice(LabelBook(language: language), program: program) {
      reply.note(notice)
    }
    lastVersion = shell.cluster.state.resourceVersion
    return reply
  }

  public func perform(_ action: SessionAction) -> SessionReply {
    switch action {
    case .setLanguage(let language):
      shell.language = language
      return SessionReply()
    case .hint, .solution:
      return SessionReply(notice: label(.noLesson))
    case .openLesson:
      return SessionReply(notice: label(.lessonsNone))
    }
  }

  public func tick() -> Bool {
    shell.cluster.tick()
    let version = shell.cluster.state.resourceVersion
    defer { lastVersion = version }
    return version != lastVersion
  }

  public func completions(for line: String, cursor: Int) -> Completion {
    ShellCompleter(
      shell: shell, sessionCommands: ["quit", "map", "keys", "lessons", "lang", "hint", "solution"]
    )
    .completions(for: line, cursor: cursor)
  }
}
