import Kubectl

/// `kubetutor exam --plain`: the exam as a line program. The time left and the open task
/// are shown in front of every prompt, since there is no title bar.
///
/// ```swift
/// let transcript = PlainExam(session: exam).transcript(script: "task 2\nk get ns\nsubmit\ny\n")
/// ```
public struct PlainExam {
  /// The exam driven.
  public let session: ExamSession

  /// A plain front end over `session`.
  public init(session: ExamSession) { self.session = session }

  /// Starts the exam and runs every line of `script`, echoing each after its prompt.
  public func transcript(script: String) -> String {
    var lines = script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if script.hasSuffix("\n") { lines.removeLast() }
    var reader = LineReader(lines: lines)
    var text = ""
    run(reading: &reader) { text += $0 }
    return text
  }

  /// Starts the exam and runs the lines of `reader`, writing the transcript as it goes, until
  /// the lines end or the learner leaves.
  public func run(reading reader: inout LineReader, write: (String) -> Void) {
    write(session.start().text)
    while let entry = reader.nextEntry(needsMoreInput: session.needsMoreInput) {
      write(session.plainPrompt + entry.echo + "\n")
      let response = session.submit(entry.command)
      write(response.text)
      if response.quit { break }
    }
  }
}
