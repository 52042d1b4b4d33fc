import Foundation
import Kubectl
import Testing
import Tutorial

/// Golden transcripts of `kubetutor learn --plain --lesson 1` driven by the lesson's own
/// solutions. Set RECORD_GOLDEN=1 to rewrite them.
@Suite struct GoldenTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  func check(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let url = Self.directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
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
      "\(name) differs at line \(line + 1):\n- \(want)\n+ \(got)\n(RECORD_GOLDEN=1 rewrites it)",
      sourceLocation: sourceLocation)
  }

  func demonstration(_ language: Language) -> String {
    let session = TestSupport.session(TestSupport.course().lessons, language: language)
    return PlainTutorial(session: session).demonstration(lesson: 0)
  }

  @Test func lessonOneInEnglish() throws {
    let text = demonstration(.en)
    #expect(text.contains("✓ Step 7/7 done."))
    #expect(text.contains("Lesson complete: Why pod IPs change"))
    try check("lesson1.en.out", text)
  }

  @Test func lessonOneInKorean() throws {
    let text = demonstration(.ko)
    #expect(text.contains("✓ 7/7 단계 완료."))
    #expect(text.contains("레슨 완료: 파드 IP는 왜 바뀔까"))
    try check("lesson1.ko.out", text)
  }

  @Test func aScriptedSessionWithTutorialCommands() throws {
    let session = TestSupport.session(TestSupport.course().lessons)
    let script = """
      kubectl get pods
      hint
      hint
      hint
      solution
      y
      kubectl create deploy web --image=nginx --replicas=3
      k get po -owide
      undo
      check
      kubectl get pods -o wide
      lang ko
      solution run
      lessons
      quit
      kubectl get pods
      """
    try check("session.out", PlainTutorial(session: session).transcript(lesson: 0, script: script))
  }
}
