import Foundation

/// Records what the terminal shows as an asciicast v2 file (``Asciicast``), for
/// `--record FILE.cast`, without slowing the program: the caller only stamps the time and
/// appends the bytes to a buffer under a lock; encoding and writing happen on a queue of
/// their own, at most ``delay`` seconds later. ``flush()`` waits for the file to catch up,
/// ``finish()`` also closes it (on exit, and before a signal ends kubetutor).
///
/// ```swift
/// let recorder = try CastRecorder(path: "lesson.cast", size: TerminalSize(width: 100, height: 30))
/// recorder.output(Array("\u{1B}[2J".utf8))   // bytes the terminal received (the curses screen)
/// recorder.lineOutput("deployment.apps/web created\n")  // a line program's text
/// recorder.finish()
/// ```
public final class CastRecorder: @unchecked Sendable {
  /// The recording in progress, if `--record` asked for one: the curses screen tees what it
  /// writes into it (see ``OutputCapture``), and the screen flushes it before a signal ends
  /// kubetutor. Set and cleared on the main thread.
  nonisolated(unsafe) public static var current: CastRecorder?

  /// Seconds at most between an event and its write to the file.
  public static let delay = 0.05

  /// The size in the header.
  public let size: TerminalSize
  /// Why writing failed, if it did (the recording stops there).
  public var failure: String? { lock.withLock { failed } }

  private enum Kind { case output, lineOutput, resize }
  private struct Pending {
    var time: Double
    var kind: Kind
    var bytes: [UInt8]
  }

  private let lock = NSLock()
  private var pending: [Pending] = []
  private var scheduled = false
  private var finished = false
  private var failed: String?
  private let queue = DispatchQueue(label: "kubetutor.recording")
  private let sink: CastSink
  private let elapsed: @Sendable () -> Double
  /// Only touched on `queue`.
  private var joiner = UTF8Joiner()

  /// Starts a recording in a new file at `path` (replacing one that is there).
  public convenience init(
    path: String, size: TerminalSize,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    timestamp: Date = Date()
  ) throws {
    try self.init(
      sink: FileCastSink(path: path), size: size, environment: environment, timestamp: timestamp)
  }

  /// A recording into `sink`; `elapsed` gives the seconds since the start (a monotonic clock
  /// by default; tests pass their own).
  init(
    sink: CastSink, size: TerminalSize, environment: [String: String], timestamp: Date,
    elapsed: (@Sendable () -> Double)? = nil
  ) throws {
    self.sink = sink
    self.size = size
    if let elapsed {
      self.elapsed = elapsed
    } else {
      let start = ContinuousClock.now
      self.elapsed = {
        let duration = ContinuousClock.now - start
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
      }
    }
    let header = Asciicast.header(
      size: size, timestamp: Int(timestamp.timeIntervalSince1970), environment: environment)
    try sink.write(Data((header + "\n").utf8))
  }

  /// Bytes the terminal received, as they are (escape sequences included).
  public func output(_ bytes: [UInt8]) {
    append(Pending(time: elapsed(), kind: .output, bytes: bytes))
  }

  /// Text a line program printed: a terminal shows each `\n` as a new line at its left
  /// margin, so the recording has `\r\n` where the text has `\n`.
  public func lineOutput(_ text: String) {
    append(Pending(time: elapsed(), kind: .lineOutput, bytes: Array(text.utf8)))
  }

  /// The terminal's new size.
  public func resized(to size: TerminalSize) {
    append(
      Pending(time: elapsed(), kind: .resize, bytes: Array("\(size.width)x\(size.height)".utf8)))
  }

  /// Waits until everything recorded so far is in the file.
  public func flush() {
    queue.sync { drain() }
  }

  /// Writes what is left and closes the file; anything recorded later is dropped. Safe to
  /// call more than once.
  public func finish() {
    let first = lock.withLock {
      defer { finished = true }
      return !finished
    }
    guard first else { return }
    queue.sync {
      drain()
      let rest = joiner.flush()
      if !rest.isEmpty { write(Asciicast.event(at: elapsed(), code: "o", data: rest)) }
      sink.close()
    }
  }

  private func append(_ event: Pending) {
    let schedule: Bool = lock.withLock {
      guard !finished, failed == nil else { return false }
      pending.append(event)
      defer { scheduled = true }
      return !scheduled
    }
    guard schedule else { return }
    queue.asyncAfter(deadline: .now() + CastRecorder.delay) { [self] in drain() }
  }

  /// Encodes and writes the events waiting (on `queue`).
  private func drain() {
    let events: [Pending] = lock.withLock {
      defer {
        pending = []
        scheduled = false
      }
      return pending
    }
    guard !events.isEmpty else { return }
    var lines = ""
    for event in events {
      switch event.kind {
      case .output, .lineOutput:
        var text = joiner.text(event.bytes)
        if event.kind == .lineOutput {
          text = text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
        }
        if text.isEmpty { continue }
        lines += Asciicast.event(at: event.time, code: "o", data: text) + "\n"
      case .resize:
        lines +=
          Asciicast.event(
            at: event.time, code: "r", data: String(decoding: event.bytes, as: UTF8.self)) + "\n"
      }
    }
    write(lines)
  }

  private func write(_ text: String) {
    guard !text.isEmpty else { return }
    do {
      try sink.write(Data(text.utf8))
    } catch {
      lock.withLock { failed = failed ?? "\(error)" }
    }
  }
}

/// Where a recording goes: a file, or memory in tests.
protocol CastSink: AnyObject, Sendable {
  func write(_ data: Data) throws
  func close()
}

/// A recording's file.
final class FileCastSink: CastSink, @unchecked Sendable {
  private let handle: FileHandle

  init(path: String) throws {
    guard FileManager.default.createFile(atPath: path, contents: nil) else {
      throw RecordingError(path: path, reason: String(cString: strerror(errno)))
    }
    guard let handle = FileHandle(forWritingAtPath: path) else {
      throw RecordingError(path: path, reason: String(cString: strerror(errno)))
    }
    self.handle = handle
  }

  func write(_ data: Data) throws { try handle.write(contentsOf: data) }
  func close() { try? handle.close() }
}

/// A recording that could not be started.
public struct RecordingError: Error, CustomStringConvertible {
  /// The file asked for.
  public var path: String
  /// What went wrong.
  public var reason: String

  public var description: String { "cannot record to \(path): \(reason)" }
}

extension CastRecorder {
  /// The size of the terminal kubetutor runs in (standard output's, else standard error's or
  /// input's), else `COLUMNS` x `LINES`, else 80x24: the size a recording starts with.
  public static func terminalSize(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> TerminalSize {
    for descriptor in [STDOUT_FILENO, STDERR_FILENO, STDIN_FILENO] {
      var size = winsize()
      if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 {
        return TerminalSize(width: Int(size.ws_col), height: Int(size.ws_row))
      }
    }
    let width = environment["COLUMNS"].flatMap(Int.init) ?? 80
    let height = environment["LINES"].flatMap(Int.init) ?? 24
    return TerminalSize(width: max(1, width), height: max(1, height))
  }
}
