import Foundation

/// How `kubetutor present` shows a lesson on a projector: the lesson with wider margins, the
/// cluster map on beside the terminal, a one-line key reminder, and the presenter's commands
/// typed at a visible speed.
public struct Presentation: Equatable, Sendable {
  /// How fast Space types a command into the input line.
  public var charactersPerSecond: Double
  /// Columns left blank on each side of the lesson text.
  public var lessonMargin: Int
  /// Whether the lesson shows its Korean and English text together (`--lang both`).
  public var bilingual: Bool

  /// A presenter's screen.
  public init(charactersPerSecond: Double = 25, lessonMargin: Int = 3, bilingual: Bool = false) {
    self.charactersPerSecond = max(1, charactersPerSecond)
    self.lessonMargin = max(1, lessonMargin)
    self.bilingual = bilingual
  }

  /// The typing speed a `--speed` word or number names: `slow` (12 characters a second),
  /// `normal` (25), `fast` (50), or a number of characters a second; nil for anything else.
  public static func charactersPerSecond(named name: String) -> Double? {
    switch name.lowercased() {
    case "slow": return 12
    case "normal": return 25
    case "fast": return 50
    default:
      guard let number = Double(name), number >= 1, number <= 1000 else { return nil }
      return number
    }
  }
}

/// The presenter's two moves.
public enum PresenterMove: Equatable, Sendable {
  /// Space or →: type and run the step's next command.
  case forward
  /// ←: back to the start of this step, or of the one before.
  case back
}

/// A session a presenter drives with Space, → and ← (see ``PresenterScreenSession``).
public protocol PresentingSession: ScreenSession {
  /// Space or → on an empty line: a reply whose ``SessionReply/typing`` is the command to
  /// type and run, or a notice (time moved on, the lesson is complete).
  func forward() -> SessionReply
  /// ← on an empty line: back one step, the cluster as it was.
  func back() -> SessionReply
}

/// A command being typed into the input line for the presenter, a character at a time.
public struct TypingAnimation: Equatable, Sendable {
  /// The whole command.
  public var characters: [Character]
  /// How many are in the input line so far.
  public var typed = 0

  /// A command to type.
  public init(_ text: String) { characters = Array(text) }

  /// Whether every character is in the line.
  public var isDone: Bool { typed >= characters.count }
}

/// When the next typed character is due, at a speed (the screen's loop waits for it).
struct TypingClock {
  private let interval: Duration
  private var next: ContinuousClock.Instant?

  init(charactersPerSecond: Double?) {
    interval = .milliseconds(Int(1000 / max(1, charactersPerSecond ?? 25)))
  }

  /// Seconds until the next character (the loop's timeout for keys).
  mutating func secondsToNext() -> Double {
    let now = ContinuousClock.now
    let due = next ?? now + interval
    next = due
    let left = due - now
    return max(0, Double(left.components.seconds) + Double(left.components.attoseconds) / 1e18)
  }

  /// True when a character is due (and the next one is scheduled).
  mutating func isDue() -> Bool {
    let now = ContinuousClock.now
    guard let due = next else {
      next = now + interval
      return false
    }
    guard now >= due else { return false }
    next = due + interval < now ? now + interval : due + interval
    return true
  }

  /// No typing: the next one starts an interval after it begins.
  mutating func reset() { next = nil }
}

extension ScreenState {
  /// Whether the lesson pane is on the screen: unless the map took its place (F5), and on a
  /// presenter's screen wherever its layout keeps it beside the map.
  var showsLessonPane: Bool {
    options.presentation == nil ? !showsMap : layout.pane != nil
  }
}
