import ArgumentParser
import Foundation
import TerminalUI

/// `--record FILE.cast`, shared by the modes that talk with the learner (learn, sandbox,
/// present, exam): what the screen shows, as an asciicast v2 file for `asciinema play`.
///
/// ```swift
/// let recording = try record.start()
/// defer { recording?.stop() }
/// ```
struct RecordOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Record what the screen shows to FILE, as asciicast v2 (play it with `asciinema play FILE`).",
      valueName: "file"))
  var record: String?

  /// Starts the recording asked for, if any: the full screen tees what curses writes into
  /// it, the line modes what they print (and the lines typed at a terminal); a signal or the
  /// end of kubetutor finishes the file.
  func start() throws -> Recording? {
    guard let record else { return nil }
    do {
      let recorder = try CastRecorder(path: record, size: CastRecorder.terminalSize())
      CastRecorder.current = recorder
      RecordingSignals.install()
      return Recording(recorder: recorder, path: record)
    } catch {
      FileHandle.standardError.write(Data("kubetutor: \(error)\n".utf8))
      throw ExitCode(2)
    }
  }
}

/// A recording in progress; ``stop()`` finishes its file.
final class Recording {
  let recorder: CastRecorder
  let path: String

  init(recorder: CastRecorder, path: String) {
    self.recorder = recorder
    self.path = path
  }

  /// Finishes the file and says where it is (or why it stopped short), on standard error.
  func stop() {
    recorder.finish()
    if CastRecorder.current === recorder { CastRecorder.current = nil }
    let message =
      recorder.failure.map { "kubetutor: recording \(path) stopped: \($0)" }
      ?? "kubetutor: recorded to \(path) (asciinema play \(path))"
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}
