import Foundation
import Kubectl

/// `kubetutor learn --plain`: the tutorial as a line program, with no curses. The step text is
/// printed before the prompt, each command after its prompt, then its output, then a ✓ line
/// when the command completed the step.
///
/// ```swift
/// let plain = PlainTutorial(session: session)
/// let transcript = plain.transcript(lesson: 0, script: "kubectl get pods\nhint\n")
/// ```
public struct PlainTutorial {
  /// The session driven.
  public let session: TutorialSession

  /// A plain front end over `session`.
  public init(session: TutorialSession) { self.session = session }

  /// Starts `lesson` and runs every line of `script`, echoing each after its prompt: the
  /// transcript a pipe into `learn --plain` prints.
  public func transcript(lesson: Int, script: String) -> String {
    var lines = script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if script.hasSuffix("\n") { lines.removeLast() }
    var reader = LineReader(lines: lines)
    var text = ""
    run(lesson: lesson, reading: &reader) { text += $0 }
    return text
  }

  /// Starts `lesson` and runs the lines of `reader` as a script, writing the transcript as
  /// it goes (each command echoed after its prompt), until the lines end or `quit`.
  public func run(lesson: Int, reading reader: inout LineReader, write: (String) -> Void) {
    write(session.start(lesson: lesson).text)
    while let entry = reader.nextEntry(needsMoreInput: session.needsMoreInput) {
      write(session.prompt + entry.echo + "\n")
      let response = session.submit(entry.command)
      write(response.text)
      if response.quit { break }
    }
  }

  /// Plays `lesson` by typing its own solutions, as a learner copying them would, and
  /// returns the transcript (a demonstration, and the golden test of a lesson).
  public func demonstration(lesson: Int, patience: Double = 30) -> String {
    var text = session.start(lesson: lesson).text
    while !session.isLessonComplete {
      let index = session.stepIndex
      for number in 0..<(session.step?.solution.count ?? 0) {
        guard session.stepIndex == index, let line = session.solutionLine(number) else { break }
        text += session.prompt + line.replacingOccurrences(of: "\n", with: "\n> ") + "\n"
        text += session.submit(line).text
      }
      var waited = 0.0
      while session.stepIndex == index && waited < patience {
        text += session.wait(seconds: 2).text
        waited += 2
      }
      if session.stepIndex == index { break }
    }
    return text
  }
}
