import ClusterSim
import Kubectl

/// A command line to look for, compared by meaning rather than by spelling.
///
/// kubectl commands compare by their parsed shape (``CommandShape``), so
/// `kubectl get po -owide` matches the pattern `kubectl get pods -o wide`: flag order, short
/// flags, resource short names and verb aliases do not matter. A pattern matches a subset:
/// the learner may add flags, names or kinds. `*` stands for any name (`kubectl delete pod *`)
/// and `--flag=*` for any value of a flag.
///
/// Other commands (`curl`, `ssh`, `ping`) match on their first word and then on every other
/// word of the pattern appearing among the arguments, in any order.
///
/// Patterns may hold `{{live values}}`, filled in from the cluster when compared.
public struct CommandPattern: Equatable, Sendable {
  /// The pattern as written.
  public let text: String

  /// Parses a pattern; throws for an empty one or a kubectl command kubectl would reject.
  public init(_ text: String) throws(LessonError) {
    self.text = text
    let words = ShellWords.split(text)
    guard !words.isEmpty else { throw LessonError("empty command pattern") }
    if LiveText.sources(in: text).isEmpty {
      _ = try CommandPattern.compiled(words, source: text)
    } else {
      for problem in LiveText.problems(in: text) { throw LessonError(problem) }
    }
  }

  /// Whether the command `argv` (as the shell ran it) matches, with live values read from
  /// `state`.
  public func matches(_ argv: [String], in state: ClusterState) -> Bool {
    guard let rendered = LiveText.rendered(text, in: [state]),
      let compiled = try? CommandPattern.compiled(ShellWords.split(rendered), source: text)
    else { return false }
    return compiled.matches(argv)
  }

  /// The first word of the pattern (`kubectl`, `curl`).
  public var program: String { ShellWords.split(text).first ?? "" }

  /// A pattern ready to compare.
  enum Compiled {
    case kubectl(CommandShape, anyName: Bool, anyFlags: Set<String>)
    case tool(String, [String])

    func matches(_ argv: [String]) -> Bool {
      switch self {
      case .tool(let program, let words):
        guard argv.first == program else { return false }
        let arguments = argv.dropFirst()
        return words.allSatisfy(arguments.contains)
      case .kubectl(let pattern, let anyName, let anyFlags):
        guard let shape = CommandShape(argv), shape.verb == pattern.verb else { return false }
        guard pattern.kinds.allSatisfy(shape.kinds.contains),
          pattern.names.allSatisfy(shape.names.contains),
          !anyName || !shape.names.isEmpty,
          anyFlags.allSatisfy({ shape.flags[$0] != nil }),
          pattern.afterDash.allSatisfy(shape.afterDash.contains)
        else { return false }
        for (flag, values) in pattern.flags {
          guard let given = shape.flags[flag], values.allSatisfy(given.contains) else {
            return false
          }
        }
        return true
      }
    }
  }

  static func compiled(_ words: [String], source: String) throws(LessonError) -> Compiled {
    guard let program = words.first else { throw LessonError("empty command pattern") }
    guard program == "kubectl" || program == "k" else {
      return .tool(program, words.dropFirst().filter { $0 != "*" })
    }
    var kept: [String] = []
    var anyName = false
    var anyFlags: Set<String> = []
    for word in words {
      if word == "*" {
        anyName = true
      } else if word.hasPrefix("--"), word.hasSuffix("=*") {
        anyFlags.insert(String(word.dropFirst(2).dropLast(2)))
      } else if word.hasPrefix("-"), word.hasSuffix("*") {
        throw LessonError("'\(word)' in '\(source)': write a flag of any value as --name=*")
      } else {
        kept.append(word)
      }
    }
    guard let shape = CommandShape(kept) else {
      throw LessonError("'\(source)' is not a kubectl command that kubetutor understands")
    }
    return .kubectl(shape, anyName: anyName, anyFlags: anyFlags)
  }
}

/// Splits a command line into words as a shell would for simple cases: spaces separate,
/// single and double quotes group, a backslash escapes the next character.
public enum ShellWords {
  /// The words of `line`.
  public static func split(_ line: String) -> [String] {
    var words: [String] = []
    var current = ""
    var hasWord = false
    var quote: Character?
    var escaped = false
    for character in line {
      if escaped {
        current.append(character)
        escaped = false
        continue
      }
      if let open = quote {
        if character == open {
          quote = nil
        } else if character == "\\" && open == "\"" {
          escaped = true
        } else {
          current.append(character)
        }
        continue
      }
      switch character {
      case "\\":
        escaped = true
        hasWord = true
      case "'", "\"":
        quote = character
        hasWord = true
      case " ", "\t", "\n":
        if hasWord || !current.isEmpty { words.append(current) }
        current = ""
        hasWord = false
      default:
        current.append(character)
        hasWord = true
      }
    }
    if hasWord || !current.isEmpty { words.append(current) }
    return words
  }
}
