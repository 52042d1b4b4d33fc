import Foundation
import Testing

/// Golden text files: what a transcript must be, kept in `Golden/` next to the tests so that a
/// change shows up as a readable diff. `RECORD_GOLDEN=1 swift test` rewrites them.
enum Golden {
  /// `Tests/TutorialTests/Golden`.
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Golden")

  /// Whether this run records goldens instead of comparing with them.
  static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

  /// Compares `actual` with the golden file `name` (a path under `Golden/`), or writes it when
  /// recording. A missing golden is a failure that says how to record it; a difference names
  /// the first line that differs.
  static func check(
    _ name: String, _ actual: String, recordWith command: String = "swift test",
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = directory.appendingPathComponent(name)
    if isRecording {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "There is no golden \(name) yet. Record it with RECORD_GOLDEN=1 \(command), then read it.",
        sourceLocation: sourceLocation)
      return
    }
    guard actual != expected else { return }
    let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let line =
      (0..<max(left.count, right.count)).first { index in
        index >= left.count || index >= right.count || left[index] != right[index]
      } ?? 0
    let want = line < left.count ? String(left[line]) : "<end>"
    let got = line < right.count ? String(right[line]) : "<end>"
    Issue.record(
      "\(name) differs at line \(line + 1):\n- \(want)\n+ \(got)\n(RECORD_GOLDEN=1 \(command) rewrites it)",
      sourceLocation: sourceLocation)
  }
}
