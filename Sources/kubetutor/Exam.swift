import ArgumentParser
import ClusterSim
import Foundation
import Kubectl
import TerminalUI
import Tutorial

/// `kubetutor exam`: a timed CKA-style practice exam on Services and networking.
struct Exam: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "A timed CKA-style practice exam on Services and networking, graded at the end.",
    discussion: """
      Tasks are drawn from the templates in Lessons/exam/ with names, namespaces and ports \
      of their own, and built in one simulated cluster. Work with kubectl and your files; \
      `submit` grades every task and shows the model solutions. The seed is shown at the \
      start: --seed repeats an exam exactly. --history lists your past attempts.
      """)

  @OptionGroup var options: LessonOptions

  @Option(help: "How many tasks to draw.")
  var tasks: Int = 10

  @Option(help: "The time limit in minutes (default: 6 per task).")
  var minutes: Int?

  @Option(help: "Seed of the draw and the cluster (default: a new one, shown at the start).")
  var seed: UInt64?

  @Flag(help: "Line-based mode with no full-screen interface (for pipes and screen readers).")
  var plain = false

  @Flag(help: "Draw borders with ASCII (+-|) for terminals that show box lines two columns wide.")
  var ascii = false

  @Option(help: "An empty folder for your files (default: a new temporary folder).")
  var workspace: String?

  @Flag(help: "List your past attempts and leave.")
  var history = false

  @Flag(
    help: "Record the attempt also when reading a script (it is recorded in a terminal anyway).")
  var saveProgress = false

  @OptionGroup var recording: RecordOptions

  func validate() throws {
    guard (1...50).contains(tasks) else { throw ValidationError("--tasks must be 1 to 50") }
    if let minutes, !(1...600).contains(minutes) {
      throw ValidationError("--minutes must be 1 to 600")
    }
  }

  mutating func run() throws {
    let language = options.language
    if history { return Self.printHistory(language) }
    let recorder = try recording.start()
    defer { recorder?.stop() }
    let folder = ExamLoader.directory(inLessons: try options.directory())
    let catalogue = ExamLoader.load(directory: folder)
    for diagnostic in catalogue.diagnostics {
      FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
    }
    guard !catalogue.templates.isEmpty else {
      FileHandle.standardError.write(Data("kubetutor: no exam tasks in \(folder.path)\n".utf8))
      throw ExitCode(2)
    }
    let chosenSeed = seed ?? UInt64.random(in: 1...99_999)
    let paper = ExamPaper.draw(from: catalogue, count: tasks, seed: chosenSeed)
    let scripted = isatty(STDIN_FILENO) == 0
    let limit = minutes ?? ExamConfiguration.defaultMinutes(tasks: paper.tasks.count)
    let files = try Self.workspace(workspace)
    let store =
      scripted && !saveProgress ? nil : ProgressStore(directory: ProgressStore.defaultDirectory())
    let session = ExamSession(
      paper: paper,
      configuration: ExamConfiguration(
        language: language, clock: scripted ? ManualClock() : WallClock(),
        calendar: WallClock(), workspace: files,
        secondsPerCommand: scripted ? 2 : 0, progressStore: store,
        timeLimit: Double(limit) * 60))
    let front = PlainExam(session: session)
    if scripted {
      var lines: [String] = []
      while let line = readLine(strippingNewline: true) { lines.append(line) }
      var reader = LineReader(lines: lines)
      front.run(reading: &reader) { Learn.write($0) }
      return
    }
    let opening = session.start()
    if !plain && isatty(STDOUT_FILENO) != 0 {
      let screen = ExamScreenSession(exam: session, opening: opening)
      do {
        let status = try ScreenRunner.run(
          session: screen, options: ScreenRunner.options(ascii: ascii))
        for warning in screen.closingWarnings {
          FileHandle.standardError.write(Data((warning + "\n").utf8))
        }
        for note in screen.closingNotes { print(note) }
        if status != 0 { throw ExitCode(status) }
        return
      } catch let error as CursesBackend.StartError {
        // NB: the screen never opened, so the exam is untouched: go on in the line mode.
        FileHandle.standardError.write(Data("\(error)\n".utf8))
      }
    }
    session.editor = { program, path in Editors.run(program, path: path, workspace: files) }
    Learn.write(opening.text)
    while true {
      guard let line = Learn.readEntry(prompt: session.plainPrompt, needsMoreInput: session.needsMoreInput)
      else {
        // Ctrl-D ends the exam as `quit` does: graded as it stands and recorded.
        if session.hasStarted && !session.isFinished {
          _ = session.perform(.submit)
          Learn.write(session.submit("y").text)
        }
        break
      }
      let response = session.submit(line)
      if response.effects.contains(.clearScreen) { Learn.write("\u{1B}[H\u{1B}[2J") }
      Learn.write(response.text)
      if response.quit { break }
    }
  }

  /// The learner's folder: a new temporary one, or the one given if it holds no `course/`
  /// from an earlier attempt (its files would be graded).
  static func workspace(_ path: String?) throws -> Workspace {
    guard let path else { return try Workspaces.make(path: nil, scripted: true) }
    let course = URL(fileURLWithPath: path).appendingPathComponent("course").path
    if FileManager.default.fileExists(atPath: course) {
      FileHandle.standardError.write(
        Data(
          "kubetutor: \(course) already exists; files from an earlier attempt would be graded. Choose an empty folder.\n"
            .utf8))
      throw ExitCode(2)
    }
    return try Workspaces.make(path: path, scripted: true)
  }

  /// `kubetutor exam --history`.
  static func printHistory(_ language: Language) {
    let store = ProgressStore(directory: ProgressStore.defaultDirectory())
    let loaded = store.load()
    if let moved = loaded.movedAside {
      FileHandle.standardError.write(
        Data(
          (UIStrings.text(
            "progress.corrupt", language,
            ["path": store.file.path, "reason": moved.reason, "moved": moved.path]) + "\n").utf8))
    }
    print(ExamStrings.text("history.header", language, ["path": store.file.path]))
    guard !loaded.progress.exams.isEmpty else {
      return print(ExamStrings.text("history.none", language))
    }
    for record in loaded.progress.exams {
      let date = record.date.replacingOccurrences(of: "T", with: " ").prefix(16) + " UTC"
      print(
        ExamStrings.text(
          "history.row", language,
          [
            "date": String(date), "seed": String(record.seed), "tasks": String(record.tasks.count),
            "score": ExamStrings.points(record.score),
            "verdict": ExamStrings.text(
              record.passed ? "report.passed" : "report.failed", language),
            "used": String(Int((record.secondsUsed / 60).rounded())),
            "minutes": String(record.minutes),
          ]))
    }
  }

  /// `kubetutor check --exam [DIR]`: loads the exam folder (DIR/exam, or DIR itself when it
  /// holds topics.yaml) and self-tests every template for seeds 1, 2 and 3 (or --seed).
  static func checkTemplates(directory: String?, seed: UInt64?) throws {
    var folder: URL
    var shown: String
    if let directory {
      folder = URL(fileURLWithPath: directory)
      shown = directory.hasSuffix("/") ? directory : directory + "/"
      if !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent(ExamLoader.topicsFile).path)
      {
        folder = ExamLoader.directory(inLessons: folder)
        shown += "exam/"
      }
    } else {
      guard let lessons = LessonDirectory.locate(explicit: nil) else {
        FileHandle.standardError.write(Data("kubetutor check: no Lessons folder found\n".utf8))
        throw ExitCode(2)
      }
      folder = ExamLoader.directory(inLessons: lessons)
      shown = folder.path + "/"
    }
    let catalogue = ExamLoader.load(directory: folder, displayPrefix: shown)
    let seeds = seed.map { [$0] } ?? ExamSelfTest.Options().seeds
    let report = ExamCheck.run(catalogue, options: ExamSelfTest.Options(seeds: seeds))
    for diagnostic in report.diagnostics { print(diagnostic) }
    for template in report.templates
    where !report.diagnostics.contains(where: { $0.file == template.file }) {
      print(
        "\(template.file): ok (\(template.id), topic \(template.topic), weight \(template.weight))")
    }
    let errors = report.diagnostics.filter { $0.severity == .error }.count
    print(
      "\(counted(report.templates.count, "exam template")), seed\(seeds.count == 1 ? "" : "s") "
        + seeds.map(String.init).joined(separator: ", ") + ": \(counted(errors, "error"))")
    if errors > 0 { throw ExitCode(1) }
  }
}
