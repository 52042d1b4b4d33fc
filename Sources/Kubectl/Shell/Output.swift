/// Which stream a piece of output went to.
public enum OutputStream: Equatable, Sendable {
  case standard
  case error
}

/// A piece of output, in the order it was written.
public struct OutputChunk: Equatable, Sendable {
  public var stream: OutputStream
  public var text: String

  public init(_ stream: OutputStream, _ text: String) {
    self.stream = stream
    self.text = text
  }
}

/// What a command wrote, in order, stdout and stderr interleaved.
public struct Output: Equatable, Sendable {
  public private(set) var chunks: [OutputChunk] = []

  public init() {}

  public mutating func out(_ text: String) { append(.standard, text) }
  public mutating func err(_ text: String) { append(.error, text) }

  /// Writes a line (a newline is added) to standard output.
  public mutating func line(_ text: String = "") { out(text + "\n") }
  /// Writes a line to standard error.
  public mutating func errorLine(_ text: String) { err(text + "\n") }

  public mutating func append(_ stream: OutputStream, _ text: String) {
    guard !text.isEmpty else { return }
    if let last = chunks.last, last.stream == stream {
      chunks[chunks.count - 1].text += text
    } else {
      chunks.append(OutputChunk(stream, text))
    }
  }

  public mutating func append(_ other: Output) {
    for chunk in other.chunks { append(chunk.stream, chunk.text) }
  }

  /// Everything written to standard output.
  public var standardText: String {
    chunks.filter { $0.stream == .standard }.map(\.text).joined()
  }

  /// Everything written to standard error.
  public var errorText: String { chunks.filter { $0.stream == .error }.map(\.text).joined() }

  /// Everything, as a terminal shows it.
  public var text: String { chunks.map(\.text).joined() }
}
