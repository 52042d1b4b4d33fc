/// A line the exam handles itself instead of the shell. A front end's keys perform the same
/// commands with ``ExamSession/perform(_:)``.
public enum ExamCommand: Equatable, Sendable {
  /// `help`: the exam's commands, then the shell's help.
  case help
  /// `tasks`: the task list with weights, flags and the time left.
  case tasks
  /// `task N` (nil: show the current task again).
  case task(String?)
  /// `next`: the next task.
  case next
  /// `prev`: the previous task.
  case previous
  /// `flag` or `flag N`: flag or unflag a task.
  case flag(String?)
  /// `time`: the time left.
  case time
  /// `submit`: end the exam (asks first).
  case submit
  /// `report`: the report again, after the exam.
  case report
  /// `lang ko` or `lang en`.
  case language(String?)
  /// `quit`: leave (asks first while the exam runs).
  case quit
  /// `hint`, `solution`, `check`: not during an exam.
  case refused

  /// The exam command `line` is, or nil when it is for the shell. Words that are also shell
  /// commands count only in the exam's own form: `time` alone (not `time kubectl get pods`),
  /// `task` with a number.
  public static func parse(_ line: String) -> ExamCommand? {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard let first = words.first else { return nil }
    let rest = Array(words.dropFirst())
    switch (first, rest.count) {
    case ("help", 0): return .help
    case ("tasks", 0): return .tasks
    case ("task", 0): return .task(nil)
    case ("task", 1): return .task(rest[0])
    case ("next", 0): return .next
    case ("prev", 0), ("previous", 0): return .previous
    case ("flag", 0): return .flag(nil)
    case ("flag", 1): return .flag(rest[0])
    case ("time", 0): return .time
    case ("submit", 0): return .submit
    case ("report", 0): return .report
    case ("lang", 0), ("language", 0): return .language(nil)
    case ("lang", 1), ("language", 1): return .language(rest[0])
    case ("quit", 0), ("q", 0): return .quit
    case ("hint", 0), ("solution", _), ("check", 0): return .refused
    default: return nil
    }
  }
}
