import ClusterSim
import Foundation

/// A line-based session over a shell: what `kubetutor sandbox --plain` runs.
///
/// When input comes from a pipe or a file, each command is echoed after its prompt, so the
/// output is a transcript that can be compared; simulated time then moves a fixed step
/// before each command, so pods become Ready within a few commands.
public final class PlainSession {
  public let shell: Shell
  /// Seconds the manual clock advances before each command after the first.
  public var step: Double
  private var first = true

  public init(shell: Shell, step: Double = 2) {
    self.shell = shell
    self.step = step
  }

  /// Runs every command of `lines` (a script), returning the transcript.
  /// `afterEach` sees every command once it has run (tests check the cluster there).
  public func transcript(of script: String, afterEach: ((String) -> Void)? = nil) -> String {
    var text = ""
    var reader = LineReader(lines: script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    if script.hasSuffix("\n") { reader.lines.removeLast() }
    while let entry = reader.nextEntry(needsMoreInput: shell.needsMoreInput) {
      text += shell.prompt + entry.echo + "\n"
      text += run(entry.command)
      afterEach?(entry.command)
    }
    return text
  }


  /// Runs one command and returns what it printed (stdout and stderr, in order).
  public func run(_ command: String) -> String {
    if !first, step > 0 { shell.cluster.advance(by: step) }
    first = false
    let result = shell.run(command)
    return result.output.text
  }
}

/// Lines to read one at a time.
public struct LineReader {
  public var lines: [String]
  var index = 0

  public init(lines: [String]) { self.lines = lines }

  public mutating func next() -> String? {
    guard index < lines.count else { return nil }
    defer { index += 1 }
    return lines[index]
  }

  /// Reads one entry, with the continuation lines a here-document or an open quote needs
  /// (`needsMoreInput`), and the echo a terminal shows for it (`> ` before each such line).
  public mutating func nextEntry(needsMoreInput: (String) -> Bool) -> (command: String, echo: String)? {
    guard var command = next() else { return nil }
    var echo = command
    while needsMoreInput(command), let more = next() {
      command += "\n" + more
      echo += "\n> " + more
    }
    return (command, echo)
  }
}
