/// A terminal in memory: keys are queued by the test, frames are copied into a grid of
/// cells that the test reads back as text.
///
/// ```swift
/// let backend = MemoryBackend(size: TerminalSize(width: 80, height: 24))
/// let controller = ScreenController(session: session, backend: backend, options: ScreenOptions())
/// backend.type("kubectl get pods\r")
/// controller.processQueuedInput()
/// backend.text   // the screen, row by row
/// ```
public final class MemoryBackend: TerminalBackend {
  public private(set) var size: TerminalSize
  public var supportsColor: Bool
  /// What the terminal shows, cell by cell.
  public private(set) var cells: [Cell]
  public private(set) var cursor: Position?
  /// Frames drawn so far.
  public private(set) var drawCount = 0
  public private(set) var isSuspended = false
  private var queue: [BackendEvent] = []

  public init(size: TerminalSize, supportsColor: Bool = true) {
    self.size = size
    self.supportsColor = supportsColor
    cells = Array(repeating: .blank, count: size.width * size.height)
  }

  /// Queues keys: each character of `text` as typed, `\r` as Enter, `\t` as Tab.
  public func type(_ text: String) {
    for character in text {
      switch character {
      case "\r", "\n": queue.append(.key(.enter))
      case "\t": queue.append(.key(.tab))
      default: queue.append(.key(.character(character)))
      }
    }
  }

  /// Queues key presses.
  public func press(_ keys: Key...) {
    queue += keys.map(BackendEvent.key)
  }

  /// Changes the size, and queues the resize event a terminal would send.
  public func resize(to size: TerminalSize) {
    self.size = size
    cells = Array(repeating: .blank, count: size.width * size.height)
    queue.append(.resize(size))
  }

  public var hasQueuedInput: Bool { !queue.isEmpty }

  public func nextEvent(timeout: Double) -> BackendEvent? {
    queue.isEmpty ? nil : queue.removeFirst()
  }

  public func draw(_ canvas: Canvas) {
    drawCount += 1
    guard canvas.size == size else { return }
    canvas.cells.withUnsafeBufferPointer { source in
      cells.withUnsafeMutableBufferPointer { target in
        for index in 0..<min(source.count, target.count) { target[index] = source[index] }
      }
    }
    cursor = canvas.cursor
  }

  public func suspend() { isSuspended = true }
  public func resume() { isSuspended = false }

  /// One row as a person sees it.
  public func row(_ row: Int) -> String {
    var text = ""
    for column in 0..<size.width where !cells[row * size.width + column].isContinuation {
      text += cells[row * size.width + column].text
    }
    return text
  }

  /// The whole screen, rows joined by newlines.
  public var text: String { (0..<size.height).map(row).joined(separator: "\n") }

  public subscript(row: Int, column: Int) -> Cell { cells[row * size.width + column] }
}
