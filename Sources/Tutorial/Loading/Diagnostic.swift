/// A problem found in a lesson file, named by file and line as compilers do.
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
  /// How bad it is.
  public enum Severity: String, Equatable, Sendable {
    /// The lesson cannot be used as it is.
    case error
    /// Worth a look; the lesson works.
    case warning
  }

  /// The file, as the loader was given it.
  public var file: String
  /// The line, from 1 (0 when the whole file is meant).
  public var line: Int
  /// Error or warning.
  public var severity: Severity
  /// What is wrong, for the lesson's author.
  public var message: String

  /// A diagnostic at `file:line`.
  public init(file: String, line: Int, severity: Severity = .error, message: String) {
    self.file = file
    self.line = line
    self.severity = severity
    self.message = message
  }

  /// `file:line: error: message`.
  public var description: String { "\(file):\(line): \(severity.rawValue): \(message)" }
}
