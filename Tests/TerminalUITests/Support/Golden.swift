import Foundation
import Testing

/// Compares `text` with `Golden/NAME.txt`; `RECORD_GOLDEN=1 swift test` rewrites the file.
///
/// A missing file fails (after being written), so a new screen is looked at once by a person
/// before it becomes the reference.
func assertGolden(
  _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("Golden")
  let file = folder.appendingPathComponent(name + ".txt")
  let record =
    ProcessInfo.processInfo.environment["RECORD_GOLDEN"].map { !$0.isEmpty && $0 != "0" } ?? false
  let expected = try? String(contentsOf: file, encoding: .utf8)
  if record || expected == nil {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? (text + "\n").write(to: file, atomically: true, encoding: .utf8)
    if !record {
      Issue.record(
        Comment(rawValue: "Recorded \(name).txt: check it, then run the tests again."),
        sourceLocation: sourceLocation)
    }
    return
  }
  guard let expected, expected != text + "\n" else { return }
  let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let got = (text + "\n").split(separator: "\n", omittingEmptySubsequences: false)
  var diff: [String] = []
  for index in 0..<max(want.count, got.count) {
    let left = index < want.count ? String(want[index]) : "<none>"
    let right = index < got.count ? String(got[index]) : "<none>"
    if left != right { diff.append("row \(index + 1)\n  expected: \(left)\n  actual:   \(right)") }
  }
  let message =
    "\(name).txt differs (RECORD_GOLDEN=1 to accept):\n" + diff.prefix(12).joined(separator: "\n")
  Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
}
