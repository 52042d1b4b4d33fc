import Kubectl

/// Every text the screen itself shows, by key. ``Labels`` holds the English and Korean
/// texts; a session may answer from another catalogue (``ScreenSession/label(_:)``).
///
/// Texts with `{name}` placeholders are filled by the screen (``LabelBook/text(_:_:)``).
public enum UILabel: String, CaseIterable, Hashable, Sendable {
  case sandbox, step, languageName
  case keyHelp, keyLanguage, keyHint, keySolution, keyMap, keyLessons, keyQuit
  /// `{width}`, `{height}`: the terminal's size now.
  case tooSmall
  case helpTitle, helpFunctionKeys, helpEditing, helpTyped, helpClose
  case helpF1, helpF2, helpF3, helpF4, helpF5, helpF6, helpF10
  /// The command F6 stands for: `lessons`, or `tasks` in the exam.
  case helpF6Typed
  case helpScrollTerminal, helpScrollLesson, helpMove, helpKill, helpHistory, helpSearch
  case helpComplete, helpCancel, helpEndOfInput, helpClear
  case mapTitle, mapLaptop, mapOutside, mapServices, mapNoServices, mapHidden, mapUnscheduled
  case mapNoEndpoints, mapNoPods
  /// `{count}`: how many more items did not fit.
  case mapMore
  case mapLastConnection, mapNoConnection, mapAnswered, mapStopped
  case lessonsTitle, lessonsNone, lessonsKeys
  case quitQuestion
  case sandboxWelcome
  case noLesson
  /// `{program}`: the editor asked for.
  case editorMissing
  case editorFailed
  case scrolledBack
  /// `{number}`: the hint's number.
  case hintTitle
  case solutionTitle
  case searchPrompt, searchFailed
}

/// The labels of one language, looked up once when the language changes.
public struct LabelBook: Equatable, Sendable {
  private var texts: [UILabel: String]

  public init(_ lookup: (UILabel) -> String) {
    var texts: [UILabel: String] = [:]
    for label in UILabel.allCases { texts[label] = lookup(label) }
    self.texts = texts
  }

  /// The built-in texts of `language`.
  public init(language: Language) { self.init { Labels.text($0, in: language) } }

  public subscript(_ label: UILabel) -> String { texts[label] ?? label.rawValue }

  /// The text with its `{name}` placeholders filled.
  public func text(_ label: UILabel, _ values: [String: String]) -> String {
    var text = self[label]
    for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
    return text
  }
}
