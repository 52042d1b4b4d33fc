import Kubectl

/// What the session answers to one submitted line: text to show, what happened, and what the
/// front end must do.
public struct TutorialResponse: ChunkedText, Equatable, Sendable {
  /// Text to show, in order.
  public var chunks: [TutorialChunk] = []
  /// What happened, for a front end to react to (redraw, beep, scroll the lesson pane).
  public var events: [TutorialEvent] = []
  /// Effects from the shell (clear the screen, the prompt's location changed).
  public var effects: [ShellEffect] = []
  /// True when the lesson pane shows something else now (new step, hint, language, ...).
  public var lessonChanged = false
  /// True when the learner asked to leave.
  public var quit = false

  /// An empty response.
  public init() {}
}

/// Text in styled chunks, as a lesson's and an exam's responses hold it.
public protocol ChunkedText {
  var chunks: [TutorialChunk] { get set }
}

extension ChunkedText {
  /// Every chunk's text, joined: what a line-based front end prints.
  public var text: String { chunks.map(\.text).joined() }

  /// The chunks a front end with its own lesson or task pane prints in its terminal pane:
  /// all but the lesson text, which it draws from the session's view.
  public var terminalText: String { chunks.filter { $0.kind != .lesson }.map(\.text).joined() }

  /// Adds text, joined to the last chunk when it is of the same kind.
  mutating func add(_ kind: TutorialChunk.Kind, _ text: String) {
    guard !text.isEmpty else { return }
    if let last = chunks.last, last.kind == kind {
      chunks[chunks.count - 1].text += text
    } else {
      chunks.append(TutorialChunk(kind: kind, text: text))
    }
  }

  /// Adds a line (a newline is added).
  mutating func line(_ kind: TutorialChunk.Kind, _ text: String) { add(kind, text + "\n") }
}

/// A piece of text in a response, with what it is so a front end can style it.
public struct TutorialChunk: Equatable, Sendable {
  /// What a piece of text is.
  public enum Kind: Equatable, Sendable {
    /// A command's standard output.
    case output
    /// A command's standard error.
    case error
    /// A command line kubetutor runs for the learner (`solution run`), with its prompt.
    case echo
    /// kubetutor's own message (hints, confirmations, notices).
    case message
    /// A step or lesson done (the ✓ line and the success text).
    case success
    /// What is still missing, or a refused command.
    case warning
    /// The lesson pane's text: lesson and step headers, step text, quiz choices.
    case lesson
  }

  /// What this text is.
  public var kind: Kind
  /// The text, lines ending in newlines.
  public var text: String
}

/// Something that happened in the session.
public enum TutorialEvent: Equatable, Sendable {
  /// A lesson began (its id).
  case lessonStarted(String)
  /// A step began (1-based number).
  case stepStarted(Int)
  /// A step's checks passed (1-based number).
  case stepCompleted(Int)
  /// The whole lesson is done (its id).
  case lessonCompleted(String)
  /// A hint was shown (1-based number).
  case hintShown(Int)
  /// The solution was shown.
  case solutionShown
  /// The cluster went back to an earlier state (undo, prev, reset).
  case clusterRestored
  /// The language changed.
  case languageChanged(Language)
  /// A command was refused because the step turns it off.
  case commandRefused
  /// A warning for the learner's attention (progress file problems).
  case warning(String)
}
