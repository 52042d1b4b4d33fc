import ArgumentParser
import ClusterSim
import Foundation
import Kubectl
import TerminalUI
import Tutorial

/// `kubetutor present`: a lesson on a projector, driven by the teacher.
struct Present: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Present a lesson to a class: Space types and runs each step's command, ← goes back.",
    discussion: """
      Full screen: Space or → on an empty line types the step's next command at --speed \
      (press again to finish it at once) and runs it; ← returns to the start of the step, or \
      of the one before, with the cluster exactly as it was. You can type any command \
      yourself at any time. --lang both shows each step in Korean and English. The title \
      bar shows the seed: students who run `kubetutor learn --lesson N --seed S` get the \
      same names and IPs for the same commands. With --plain (or a script on standard \
      input) an empty line goes forward and `back` goes back.
      """)

  @Option(
    help: "Folder of lesson files (default: KUBETUTOR_LESSONS, else Lessons/ next to kubetutor).")
  var lessons: String?

  @Option(help: "The lesson to present, by number or id (default: the first).")
  var lesson: String?

  @Option(help: "Seed for names, IPs and ports: give the class the same one.")
  var seed: UInt64 = 1

  @Option(help: "Language: ko, en, or both (Korean and English together; default: from LANG).")
  var lang: String?

  @Option(help: "Typing speed: slow, normal, fast, or characters a second.")
  var speed = "normal"

  @Flag(help: "Line-based mode with no full-screen interface.")
  var plain = false

  @Flag(help: "Draw borders with ASCII (+-|) for terminals that show box lines two columns wide.")
  var ascii = false

  @OptionGroup var recording: RecordOptions

  func validate() throws {
    if let lang, lang != "both", LanguageChoice.parse(lang) == nil {
      throw ValidationError("--lang must be ko, en or both")
    }
    if Presentation.charactersPerSecond(named: speed) == nil {
      throw ValidationError("--speed must be slow, normal, fast or a number of characters a second")
    }
  }

  mutating func run() throws {
    let recorder = try recording.start()
    defer { recorder?.stop() }
    let bilingual = lang == "both"
    let language: Language =
      bilingual
      ? .ko : LanguageChoice.resolve(flag: lang, environment: ProcessInfo.processInfo.environment)
    let course = try LessonOptions.parse(lessons.map { ["--lessons", $0] } ?? []).course()
    guard !course.lessons.isEmpty else { throw ExitCode(2) }
    let scripted = isatty(STDIN_FILENO) == 0
    let fullScreen = !scripted && !plain && isatty(STDOUT_FILENO) != 0
    // NB: a manual clock in every case, so that ← sets the time back with the cluster; the
    // full screen moves it on with the wall, the line mode 2 s a command as a script does.
    let clock =
      scripted ? ManualClock() : ManualClock(start: Instant(seconds: Date().timeIntervalSince1970))
    let session = TutorialSession(
      lessons: course.lessons,
      configuration: TutorialConfiguration(
        seed: seed, language: language, clock: clock, workspace: MemoryWorkspace(),
        secondsPerCommand: fullScreen ? 0 : 2))
    var index = 0
    if let lesson {
      guard let found = session.lessonIndex(named: lesson) else {
        FileHandle.standardError.write(
          Data(
            ("kubetutor: " + UIStrings.text("lesson.unknown", language, ["name": lesson]) + "\n")
              .utf8))
        throw ExitCode(2)
      }
      index = found
    }
    let opening = session.start(lesson: index)
    let presenter = Presenter(session: session)
    let speed = Presentation.charactersPerSecond(named: self.speed) ?? 25
    if fullScreen {
      let screen = PresenterScreenSession(
        presenter: presenter, opening: opening, bilingual: bilingual, followingWallTime: clock)
      var options = ScreenRunner.options(ascii: ascii)
      options.presentation = Presentation(charactersPerSecond: speed, bilingual: bilingual)
      do {
        let status = try ScreenRunner.run(session: screen, options: options)
        if status != 0 { throw ExitCode(status) }
        return
      } catch let error as CursesBackend.StartError {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
      }
    }
    Learn.write(PresenterStrings.text("present.plainKeys", language) + "\n")
    Learn.write(opening.text)
    presenter.run(
      readLine: {
        let line = readLine(strippingNewline: true)
        if !scripted, let line { Learn.typed(line) }
        return line
      },
      echo: scripted,
      type: { text in
        guard !scripted else { return Learn.write(text) }
        for character in text {
          Learn.write(String(character))
          usleep(useconds_t(1_000_000 / speed))
        }
      },
      write: Learn.write)
  }
}
