/// The terminal the screen draws on and reads keys from.
///
/// ``CursesBackend`` is the real one (ncursesw); ``MemoryBackend`` is its in-memory twin for
/// tests and benchmarks, as swift-nio's EmbeddedChannel is for channels.
public protocol TerminalBackend: AnyObject {
  /// The terminal's size now.
  var size: TerminalSize { get }
  /// True when the terminal can show colours.
  var supportsColor: Bool { get }
  /// Copies a frame to the terminal and places (or hides) the cursor.
  func draw(_ canvas: Canvas)
  /// Waits up to `timeout` seconds for input. Returns nil when the time ran out.
  func nextEvent(timeout: Double) -> BackendEvent?
  /// Gives the terminal back (before running an editor); ``resume()`` takes it again.
  func suspend()
  /// Takes the terminal back after ``suspend()``; the next ``draw(_:)`` repaints everything.
  func resume()
}

/// Input from a terminal.
public enum BackendEvent: Equatable, Sendable {
  case key(Key)
  case resize(TerminalSize)
}
