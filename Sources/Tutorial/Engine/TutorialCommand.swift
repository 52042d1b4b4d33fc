/// A line the lesson engine handles itself instead of the shell.
///
/// Every action of the front end's function keys has a typed form here, so a terminal
/// without function keys loses nothing.
public enum TutorialCommand: Equatable, Sendable {
  /// `help`: the tutorial's commands, then the shell's help.
  case help
  /// `hint`: the step's next hint.
  case hint
  /// `solution` (asks first) or `solution run`.
  case solution(run: Bool)
  /// `check`: what the step still needs.
  case check
  /// `answer N`: a quiz answer, as typed.
  case answer(String)
  /// `next`: skip to the next step, or start the next lesson once this one is complete.
  case next
  /// `prev`: back to the previous step.
  case previous
  /// `reset`: the step from its starting state.
  case reset
  /// `undo`: the cluster as before the last command.
  case undo
  /// `lessons`: the list with progress marks.
  case lessons
  /// `lesson N` or `lesson ID`.
  case lesson(String?)
  /// `lang ko` or `lang en`.
  case language(String?)
  /// `quit`.
  case quit
  /// `notes FILE`: the learner's run of the lesson as Markdown notes.
  case notes(String?)

  /// The tutorial command `line` is, or nil when it is for the shell.
  public static func parse(_ line: String) -> TutorialCommand? {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard let first = words.first else { return nil }
    let rest = Array(words.dropFirst())
    switch (first, rest.count) {
    case ("help", _): return .help
    case ("hint", 0): return .hint
    case ("solution", 0): return .solution(run: false)
    case ("solution", 1) where rest[0] == "run": return .solution(run: true)
    case ("check", 0): return .check
    case ("answer", _): return .answer(rest.joined(separator: " "))
    case ("next", 0): return .next
    case ("prev", 0), ("previous", 0), ("back", 0): return .previous
    case ("reset", 0): return .reset
    case ("undo", 0): return .undo
    case ("lessons", 0): return .lessons
    case ("lesson", 0): return .lesson(nil)
    case ("lesson", 1): return .lesson(rest[0])
    case ("lang", 0), ("language", 0): return .language(nil)
    case ("lang", 1), ("language", 1): return .language(rest[0])
    case ("quit", 0), ("q", 0): return .quit
    case ("notes", 0): return .notes(nil)
    case ("notes", 1): return .notes(rest[0])
    default: return nil
    }
  }
}
