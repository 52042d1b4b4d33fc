import ArgumentParser
import ClusterSim
import Foundation
import Kubectl
import TerminalUI
import Tutorial

/// `kubetutor learn`: the lessons, with checks after every command.
struct Learn: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Take the lessons: read a step, type commands, get checked after each one.",
    discussion: """
      In a terminal the tutorial opens full screen: the lesson beside (or above) your \
      terminal, function keys for help, language, hints, solutions, the cluster map and the \
      lesson list. With --plain, or when the terminal cannot show the full screen (TERM=dumb), \
      it runs as a line program. When standard input is not a terminal it runs as a script: \
      each command is echoed after its prompt and simulated time moves 2 s per command, so a \
      session is a transcript.
      """)

  @OptionGroup var options: LessonOptions

  @Option(help: "The lesson to start, by number or id (default: the first one not completed).")
  var lesson: String?

  @Option(help: "Seed for names, IPs and ports: the same seed and commands give the same cluster.")
  var seed: UInt64 = 1

  @Flag(help: "Line-based mode with no full-screen interface (for pipes and screen readers).")
  var plain = false

  @Option(help: "Folder for your files (default: a temporary folder when reading a script).")
  var workspace: String?

  @Flag(help: "Save progress also when reading a script (it is saved in a terminal anyway).")
  var saveProgress = false

  @Flag(help: "Draw borders with ASCII (+-|) for terminals that show box lines two columns wide.")
  var ascii = false

  @OptionGroup var recording: RecordOptions

  mutating func run() throws {
    let recorder = try recording.start()
    defer { recorder?.stop() }
    let course = try options.course()
    guard !course.lessons.isEmpty else { throw ExitCode(2) }
    let scripted = isatty(STDIN_FILENO) == 0
    let clock: Clock = scripted ? ManualClock() : WallClock()
    let store =
      scripted && !saveProgress ? nil : ProgressStore(directory: ProgressStore.defaultDirectory())
    let files = try Workspaces.make(path: workspace, scripted: scripted)
    let session = TutorialSession(
      lessons: course.lessons,
      configuration: TutorialConfiguration(
        seed: seed, language: options.language, clock: clock,
        // NB: a clock of its own, so the time skipped by setup and waits is not counted as spent.
        timeSource: scripted ? nil : WallClock(), workspace: files,
        secondsPerCommand: scripted ? 2 : 0, progressStore: store))
    let index: Int
    if let lesson {
      guard let found = session.lessonIndex(named: lesson) else {
        FileHandle.standardError.write(
          Data(
            ("kubetutor: " + UIStrings.text("lesson.unknown", options.language, ["name": lesson])
              + "\n").utf8))
        throw ExitCode(2)
      }
      index = found
    } else {
      index = session.lessonEntries.firstIndex { !$0.isComplete } ?? 0
    }
    let plainTutorial = PlainTutorial(session: session)
    if scripted {
      var lines: [String] = []
      while let line = readLine(strippingNewline: true) { lines.append(line) }
      var reader = LineReader(lines: lines)
      plainTutorial.run(lesson: index, reading: &reader) { Self.write($0) }
      return
    }
    // Without --lesson, come back where the learner stopped.
    let opening = lesson == nil ? session.resume(lesson: index) : session.start(lesson: index)
    if !plain && isatty(STDOUT_FILENO) != 0 {
      let screen = TutorialScreenSession(session: session, opening: opening)
      do {
        let status = try ScreenRunner.run(
          session: screen, options: ScreenRunner.options(ascii: ascii))
        for warning in screen.closingWarnings {
          FileHandle.standardError.write(Data((warning + "\n").utf8))
        }
        if status != 0 { throw ExitCode(status) }
        return
      } catch let error as CursesBackend.StartError {
        // NB: the screen never opened, so the session is untouched: go on in the line mode.
        FileHandle.standardError.write(Data("\(error)\n".utf8))
      }
    }
    session.editor = { program, path in Editors.run(program, path: path, workspace: files) }
    Self.write(UIStrings.text("learn.welcome", session.language) + "\n")
    Self.write(opening.text)
    while let line = Self.readEntry(prompt: session.prompt, needsMoreInput: session.needsMoreInput) {
      let response = session.submit(line)
      if response.effects.contains(.clearScreen) { Self.write("\u{1B}[H\u{1B}[2J") }
      Self.write(response.text)
      if response.quit { break }
    }
  }

  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
    CastRecorder.current?.lineOutput(text)
  }

  /// Shows `prompt` and reads one entry from standard input, with the `> ` continuation
  /// lines a here-document or an open quote needs, each typed line recorded; nil at the end
  /// of input (after ending the prompt's line).
  static func readEntry(prompt: String, needsMoreInput: (String) -> Bool) -> String? {
    write(prompt)
    guard var line = readLine(strippingNewline: true) else {
      write("\n")
      return nil
    }
    typed(line)
    while needsMoreInput(line) {
      write("> ")
      guard let more = readLine(strippingNewline: true) else { break }
      typed(more)
      line += "\n" + more
    }
    return line
  }

  /// A line typed at a terminal, which the terminal echoed: the recording shows it too.
  static func typed(_ line: String) {
    CastRecorder.current?.lineOutput(line + "\n")
  }
}
