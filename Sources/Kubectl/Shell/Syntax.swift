/// The parsed form of a command line, as bash would see it.
///
/// ```
/// IP=$(kubectl get svc web -o jsonpath='{.spec.clusterIP}'); curl -s http://$IP | head -1
/// ```
/// is a ``CommandList`` of two ``Pipeline``s joined by `;`, the second of two ``SimpleCommand``s.
public struct CommandList: Equatable, Sendable {
  public enum Connector: String, Equatable, Sendable {
    case sequence = ";"
    case and = "&&"
    case or = "||"
    case background = "&"
  }
  /// Pipelines with the connector that follows each (the last one's is `;` or `&`).
  public var items: [(pipeline: Pipeline, connector: Connector)]

  public static func == (lhs: CommandList, rhs: CommandList) -> Bool {
    lhs.items.map(\.pipeline) == rhs.items.map(\.pipeline)
      && lhs.items.map(\.connector) == rhs.items.map(\.connector)
  }
}

/// Commands joined by `|`.
public struct Pipeline: Equatable, Sendable {
  public var commands: [SimpleCommand]
}

/// One command: its words (still to be expanded), redirections and variable assignments.
public struct SimpleCommand: Equatable, Sendable {
  public var assignments: [(name: String, value: Word)]
  public var words: [Word]
  public var redirects: [Redirect]
  /// A loop in place of a command name (its redirections still apply to the whole loop).
  public var compound: Compound? = nil

  public static func == (lhs: SimpleCommand, rhs: SimpleCommand) -> Bool {
    lhs.words == rhs.words && lhs.redirects == rhs.redirects && lhs.compound == rhs.compound
      && lhs.assignments.map(\.name) == rhs.assignments.map(\.name)
      && lhs.assignments.map(\.value) == rhs.assignments.map(\.value)
  }
}

/// A loop: `for NAME in WORDS; do BODY; done`, or `while`/`until CONDITION; do BODY; done`.
public indirect enum Compound: Equatable, Sendable {
  case forEach(variable: String, words: [Word], body: CommandList)
  case loop(condition: CommandList, body: CommandList, until: Bool)
}

/// A redirection: `> file`, `>> file`, `< file`, `2>&1`, `2> /dev/null`, a heredoc.
public struct Redirect: Equatable, Sendable {
  public enum Operation: Equatable, Sendable {
    case write, append, read
    /// `2>&1`: standard error joins standard output.
    case duplicateErrorToOutput
    /// `<<EOF` with its body; `expand` is false when the delimiter was quoted.
    case hereDocument(body: String, expand: Bool)
    /// `<<< word`.
    case hereString
  }
  public var fd: Int
  public var operation: Operation
  public var target: Word?
}

/// A word as typed: a sequence of pieces, each with its quoting, expanded when run.
public struct Word: Equatable, Sendable {
  public enum Piece: Equatable, Sendable {
    /// Unquoted text: variables expand, globs match files.
    case plain(String)
    /// 'single quoted': taken literally.
    case literal(String)
    /// "double quoted": variables and command substitutions expand; no globbing.
    case quoted([Piece])
    /// `$NAME`, `${NAME}`, `$?`.
    case variable(String)
    /// `$(command)` or a backquoted command.
    case substitution(String)
  }
  public var pieces: [Piece]

  /// The word's text with quotes removed and nothing expanded (for alias lookup).
  public var rawText: String {
    pieces.map(Word.raw).joined()
  }

  static func raw(_ piece: Piece) -> String {
    switch piece {
    case .plain(let text), .literal(let text): return text
    case .quoted(let inner): return inner.map(raw).joined()
    case .variable(let name): return "$" + name
    case .substitution(let command): return "$(" + command + ")"
    }
  }

  /// True when any part was quoted (so the word is never a glob or an alias).
  public var isQuoted: Bool {
    pieces.contains {
      if case .plain = $0 { return false }
      if case .variable = $0 { return false }
      if case .substitution = $0 { return false }
      return true
    }
  }
}

/// A syntax error, worded as bash words it.
public struct SyntaxError: Error, Equatable, Sendable {
  public var message: String
  /// True when more input would complete the line (open quote, heredoc, trailing pipe).
  public var isIncomplete: Bool
}
