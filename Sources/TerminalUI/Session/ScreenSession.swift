import ClusterSim
import Foundation
import Kubectl

/// What the full-screen front end drives: a learner's session, with a lesson or without one
/// (the sandbox).
///
/// The screen calls these from its one thread, after each key that needs them and on clock
/// ticks; it never holds cluster or lesson logic itself. ``SandboxSession`` is the session
/// without a lesson; ``TutorialScreenSession`` puts the lesson engine on the screen, with a
/// lesson pane and a lesson list.
///
/// ```swift
/// let session = SandboxSession(shell: shell)
/// let code = try ScreenRunner.run(session: session, options: ScreenOptions())
/// ```
public protocol ScreenSession: AnyObject {
  /// The language of kubetutor's own texts: the bars, the help, the lesson.
  var language: Language { get }
  /// The prompt before the input line, as the shell shows it (`user@laptop:~$ `).
  var prompt: String { get }
  /// Where the shell is: the prompt's colour says laptop, node or pod.
  var location: Location { get }
  /// Whether `text` needs more lines before it can run (an open quote, a here-document).
  func needsMoreInput(_ text: String) -> Bool
  /// Runs what the learner typed: one line, or several for a here-document.
  func submit(_ line: String) -> SessionReply
  /// Does what a function key asks (F2 language, F3 hint, F4 solution, a lesson from F6).
  func perform(_ action: SessionAction) -> SessionReply
  /// Lets simulated time follow the wall clock (pods become Ready while the learner reads).
  /// Returns true when something the screen shows may have changed.
  func tick() -> Bool
  /// Candidates for the word before `cursor` (a character offset into `line`).
  func completions(for line: String, cursor: Int) -> Completion
  /// The lesson pane's content; nil in the sandbox (the terminal then takes the whole width).
  var lessonPane: LessonPane? { get }
  /// Every lesson with the learner's progress (F6); nil when there are no lessons.
  var lessonList: LessonList? { get }
  /// The cluster as it is now, for the map (F5).
  var cluster: ClusterState { get }
  /// The path of the last curl, wget, ping or nslookup, highlighted on the map.
  var lastConnection: ConnectionRecord? { get }
  /// A text of the screen (a key's name, a message) in ``language``.
  func label(_ label: UILabel) -> String
  /// Set by the screen: leaves the full screen, runs an editor on a file, and comes back.
  /// Sessions hand it to their shell's `kubectl edit` and to `vi FILE` (see ``EditorBridge``).
  var editorHandler: EditorHandler? { get set }
  /// Text the session has to show without being asked: when the screen opens (a welcome, a
  /// warning), and after a ``tick()`` that returned true (a step completed while pods became
  /// Ready). The screen takes it, once, and prints it in the terminal pane.
  func takeAnnouncement() -> SessionReply?
  /// Called once when the screen closes, before the terminal is given back, also when a
  /// SIGTERM or SIGHUP ends kubetutor: the session saves what it must keep.
  func close()
  /// The title bar's words, when the session has its own (the exam's countdown); nil draws
  /// the lesson's number, title and step, or the sandbox's name.
  var titleBar: TitleBar? { get }
  /// True while leaving would cost the learner something (an exam that is still running):
  /// F10 and `quit` then ask first, as Ctrl-D does.
  var asksBeforeQuit: Bool { get }
}

extension ScreenSession {
  public var lastConnection: ConnectionRecord? { cluster.network.lastConnection }
  public func label(_ label: UILabel) -> String { Labels.text(label, in: language) }
  public func takeAnnouncement() -> SessionReply? { nil }
  public func close() {}
  public var titleBar: TitleBar? { nil }
  public var asksBeforeQuit: Bool { false }
}

/// The words of the title bar, for a session that words it itself.
///
/// ```
/// ┌─ kubetutor ─ CKA practice · task 3/10 · seed 7 ──────── 41:07 left ─ English ─┐
/// ```
/// `left` follows `kubetutor ─ ` and is cut when the bar is too narrow; `right` comes before
/// the language's name and is always shown whole.
public struct TitleBar: Equatable, Sendable {
  public var left: String
  public var right: String

  public init(left: String, right: String) {
    self.left = left
    self.right = right
  }
}

/// What a function key asks of a session.
public enum SessionAction: Equatable, Hashable, Sendable {
  /// F2 (or `lang ko`): switch the language of kubetutor's texts.
  case setLanguage(Language)
  /// F3: reveal the next hint of the current step.
  case hint
  /// F4: reveal the current step's solution.
  case solution
  /// F6, then Enter: open the lesson at this index of ``LessonList/entries``.
  case openLesson(Int)
}

/// What came of a line or an action: the text to show, in order, and what the screen must do.
public struct SessionReply: Equatable, Sendable {
  /// A piece of text for the terminal pane, with what it is (for its style).
  public struct Chunk: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
      /// A command's standard output.
      case output
      /// A command's standard error (red).
      case error
      /// A command line run for the learner, with its prompt (`solution run`).
      case echo
      /// kubetutor's own message: a note, a hint given in the terminal.
      case info
      /// A step or lesson completed (green).
      case success
      /// What is still missing, a refused command (yellow).
      case warning
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
      self.kind = kind
      self.text = text
    }
  }

  public var chunks: [Chunk]
  /// What the screen must do beyond printing: clear, show a new location.
  public var effects: [ShellEffect]
  public var exitCode: Int32
  /// The session asks to leave kubetutor.
  public var quit: Bool
  /// A command for the screen to type into the input line and run, as the presenter's
  /// Space does (``TypingAnimation``).
  public var typing: String?

  public init(
    chunks: [Chunk] = [], effects: [ShellEffect] = [], exitCode: Int32 = 0, quit: Bool = false
  ) {
    self.chunks = chunks
    self.effects = effects
    self.exitCode = exitCode
    self.quit = quit
  }

  /// A reply that is one message of kubetutor's (a line of its own).
  public init(notice: String) {
    self.init(chunks: [Chunk(.info, notice + "\n")])
  }

  /// The reply for a shell command's result: its output and errors in order.
  public init(_ result: ShellResult) {
    self.init(
      chunks: result.output.chunks.map { Chunk($0.stream == .error ? .error : .output, $0.text) },
      effects: result.effects, exitCode: result.exitCode)
  }

  /// Adds one message of kubetutor's after what is there.
  public mutating func note(_ text: String, _ kind: Chunk.Kind = .info) {
    chunks.append(Chunk(kind, text.hasSuffix("\n") ? text : text + "\n"))
  }
}
