import Foundation

/// Finishes the recording in progress when SIGINT, SIGTERM or SIGHUP ends kubetutor in a line
/// mode, then lets the signal end it as it would have (the exit status still tells which).
///
/// The handler only writes the signal's number to a pipe (all a handler may safely do); a
/// thread of its own reads it, finishes ``CastRecorder/current`` and raises the signal again
/// with its default action. The full screen replaces these handlers with its own
/// (``TerminalRestorer``), which end the screen's loop in order; ``ScreenRunner`` then flushes
/// the recording before the signal is raised again.
public enum RecordingSignals {
  nonisolated(unsafe) private static var pipeEnds: (read: Int32, write: Int32) = (-1, -1)

  /// The signals that finish the recording.
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// Installs the handlers (once).
  public static func install() {
    guard pipeEnds.read < 0 else { return }
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { return }
    pipeEnds = (ends[0], ends[1])
    let readEnd = ends[0]
    let reader = Thread {
      var number: Int32 = 0
      while read(readEnd, &number, MemoryLayout<Int32>.size) == MemoryLayout<Int32>.size {
        CastRecorder.current?.finish()
        signal(number, SIG_DFL)
        kill(getpid(), number)
      }
    }
    reader.name = "kubetutor.recording.signals"
    reader.start()
    for number in signals {
      signal(number) { received in
        var value = received
        _ = write(RecordingSignals.pipeEnds.write, &value, MemoryLayout<Int32>.size)
      }
    }
  }
}
