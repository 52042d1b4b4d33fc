import Foundation

/// Tees what curses writes into a recording, on its way to the terminal.
///
/// ncurses writes its output with `write(2)` on the descriptor of the stream it was given,
/// and sets the terminal's modes on that same descriptor, except in one case it supports
/// since SVr3: when standard output is not a terminal, it keeps the modes (and the size) on
/// standard error. ``redirectingStandardOutput(recorder:)`` uses exactly that: standard
/// output becomes an unlinked temporary file opened for appending, standard error becomes
/// the terminal, and after each frame ``drain()`` copies the new bytes to the terminal and
/// into the recorder, then empties the file. All on the screen's thread, with no thread or
/// pipe in between: the terminal gets the same bytes at the same point of the loop, only
/// copied once more, and the file never fills up as a pipe would.
///
/// While an editor runs (``suspend()``), standard output is the terminal again; ``close()``
/// puts both descriptors back. A signal that ends kubetutor at once (a crash) still gets the
/// terminal's reset sequences through: ``TerminalRestorer`` calls ``drainAfterSignal()``.
final class OutputCapture {
  private let capture: Int32
  private let terminal: Int32?
  private let recorder: CastRecorder
  private var saved: (output: Int32, error: Int32)?
  private var offset: off_t = 0
  private var buffer = [UInt8](repeating: 0, count: 1 << 16)
  private var closed = false

  // NB: what the signal path needs, without touching Swift objects from a handler.
  nonisolated(unsafe) private static var signalCapture: Int32 = -1
  nonisolated(unsafe) private static var signalTerminal: Int32 = -1
  nonisolated(unsafe) private static var signalBuffer = UnsafeMutablePointer<UInt8>.allocate(
    capacity: 4096)

  /// A capture of what is written to `capture` (a file opened for appending), copied to
  /// `terminal` (if any) and into `recorder`.
  init(capture: Int32, terminal: Int32?, recorder: CastRecorder) {
    self.capture = capture
    self.terminal = terminal
    self.recorder = recorder
  }

  /// Standard output redirected into a capture, standard error onto the terminal (see the
  /// type's summary); nil when a descriptor cannot be made (nothing is changed then).
  static func redirectingStandardOutput(recorder: CastRecorder) -> OutputCapture? {
    guard let file = temporaryFile() else { return nil }
    let output = dup(STDOUT_FILENO)
    let error = dup(STDERR_FILENO)
    let terminal = dup(STDOUT_FILENO)
    guard output >= 0, error >= 0, terminal >= 0 else {
      for descriptor in [file, output, error, terminal] where descriptor >= 0 {
        Foundation.close(descriptor)
      }
      return nil
    }
    fflush(nil)
    dup2(terminal, STDERR_FILENO)
    dup2(file, STDOUT_FILENO)
    let capture = OutputCapture(capture: file, terminal: terminal, recorder: recorder)
    capture.saved = (output, error)
    signalCapture = file
    signalTerminal = terminal
    return capture
  }

  /// An unlinked temporary file, opened for reading and appending.
  static func temporaryFile() -> Int32? {
    let folder =
      ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array((folder + "/kubetutor-screen-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { return nil }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_APPEND)
    return descriptor
  }

  /// Copies what was written since the last call to the terminal and into the recording.
  func drain() {
    guard !closed else { return }
    var copied = false
    while true {
      let count = buffer.withUnsafeMutableBytes { pread(capture, $0.baseAddress, $0.count, offset) }
      guard count > 0 else { break }
      offset += off_t(count)
      copied = true
      if let terminal {
        buffer.withUnsafeBytes { OutputCapture.writeAll(terminal, $0.baseAddress!, count) }
      }
      recorder.output(Array(buffer[0..<count]))
    }
    if copied {
      _ = ftruncate(capture, 0)
      offset = 0
    }
  }

  /// Records the terminal's new size (after what was drawn at the old one).
  func resized(to size: TerminalSize) {
    drain()
    recorder.resized(to: size)
  }

  /// Standard output is the terminal again (an editor is about to run).
  func suspend() {
    drain()
    if let saved { dup2(saved.output, STDOUT_FILENO) }
  }

  /// Standard output goes into the capture again.
  func resume() {
    if saved != nil { dup2(capture, STDOUT_FILENO) }
  }

  /// Copies what is left and puts standard output and error back.
  func close() {
    drain()
    closed = true
    if let saved {
      dup2(saved.output, STDOUT_FILENO)
      dup2(saved.error, STDERR_FILENO)
      Foundation.close(saved.output)
      Foundation.close(saved.error)
      OutputCapture.signalCapture = -1
      OutputCapture.signalTerminal = -1
    }
    if let terminal { Foundation.close(terminal) }
    Foundation.close(capture)
  }

  /// Copies what curses wrote last (its `endwin()`) to the terminal, from a signal handler:
  /// only `pread`, `write` and `ftruncate` on descriptors set beforehand.
  static func drainAfterSignal() {
    let capture = signalCapture
    let terminal = signalTerminal
    guard capture >= 0, terminal >= 0 else { return }
    var offset: off_t = 0
    while true {
      let count = pread(capture, signalBuffer, 4096, offset)
      guard count > 0 else { break }
      offset += off_t(count)
      writeAll(terminal, signalBuffer, count)
    }
    _ = ftruncate(capture, 0)
  }

  private static func writeAll(_ descriptor: Int32, _ start: UnsafeRawPointer, _ count: Int) {
    var written = 0
    while written < count {
      let result = write(descriptor, start + written, count - written)
      if result < 0 && errno == EINTR { continue }
      guard result > 0 else { return }
      written += result
    }
  }
}
