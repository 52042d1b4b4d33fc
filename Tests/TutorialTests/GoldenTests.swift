import Foundation
import Kubectl
import Testing
import Tutorial

/// A golden transcript of a scripted plain session that uses the tutorial's own commands
/// (hint, solution, undo, check, lang, lessons, quit). Set RECORD_GOLDEN=1 to rewrite it. Each
/// lesson's own golden, run by its solutions, is in ``LessonGoldenTests``.
@Suite struct GoldenTests {
  @Test func aScriptedSessionWithTutorialCommands() throws {
    // NB: a course of one lesson, so that new lessons elsewhere do not change this transcript
    // (the `lessons` command lists the whole course).
    let course = TestSupport.course()
    let podIPs = try #require(course.lessons.first { $0.id == "pod-ips" })
    let session = TestSupport.session([podIPs])
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
    let transcript = PlainTutorial(session: session).transcript(lesson: 0, script: script)
    // Three steps were done when `lessons` ran, in Korean; nothing ran after `quit`.
    #expect(transcript.contains("› 1. … 파드 IP는 왜 바뀔까 (3/10 단계)"))
    #expect(transcript.components(separatedBy: "$ quit\n").last?.contains("$ ") == false)
    try Golden.check("session.out", transcript, recordWith: "swift test --filter GoldenTests")
  }
}
