import ClusterSim
import Foundation
import Kubectl
import Testing
import Tutorial

@testable import TerminalUI

/// `--record FILE.cast`: a valid asciicast v2 file, written off the typing path, whose events
/// replay to what the screen showed.
@Suite struct RecordingTests {
  @Test func aRecordingIsAsciicastVersion2() throws {
    let clock = TestClock()
    let (recorder, sink) = try memoryRecorder(clock: clock)
    recorder.lineOutput("user@laptop:~$ echo 안녕\n")
    clock.advance(0.25)
    let hangul = Array("안녕\n".utf8)
    // A Hangul syllable split between two writes stays whole.
    recorder.output(Array(hangul[0..<2]))
    clock.advance(0.01)
    recorder.output(Array(hangul[2...]) + Array("\u{1B}[1;1H\"quoted\" \\".utf8))
    clock.advance(1)
    recorder.resized(to: TerminalSize(width: 100, height: 30))
    recorder.finish()
    recorder.lineOutput("after the end\n")
    #expect(sink.closed)

    let cast = try CastFile(sink.text)
    #expect(cast.header["version"] as? Int == 2)
    #expect(cast.header["width"] as? Int == 80)
    #expect(cast.header["height"] as? Int == 24)
    #expect(cast.header["timestamp"] as? Int == 1_795_683_600)
    #expect((cast.header["env"] as? [String: String])?["TERM"] == "xterm-256color")
    #expect(cast.events.map(\.code) == ["o", "o", "r"])
    #expect(cast.events[0].data == "user@laptop:~$ echo 안녕\r\n")
    #expect(cast.events[1].data == "안녕\n\u{1B}[1;1H\"quoted\" \\")
    #expect(abs(cast.events[1].time - 0.26) < 1e-9, "the time its last byte came")
    #expect(cast.events[2].data == "100x30")
    #expect(zip(cast.events, cast.events.dropFirst()).allSatisfy { $0.time <= $1.time })
    #expect(!sink.text.contains("after the end"))
  }

  /// The writer never holds up the caller: with a file that takes a fifth of a second per
  /// write, two hundred keystrokes' worth of output is recorded in a few milliseconds, and
  /// the writes are batched.
  @Test func recordingNeverWaitsForTheFile() throws {
    let (recorder, sink) = try memoryRecorder()
    sink.delay = 0.2
    let start = ContinuousClock.now
    for index in 0..<200 { recorder.output(Array("\u{1B}[5;\(index)Hx".utf8)) }
    let spent = ContinuousClock.now - start
    #expect(spent < .milliseconds(100), "output() waited \(spent)")
    recorder.finish()
    let cast = try CastFile(sink.text)
    #expect(cast.events.count == 200)
    #expect(sink.writes < 20, "\(sink.writes) writes for 200 events")
  }

  /// A line mode's recording replays to the transcript's last screenful, lines wrapped at the
  /// terminal's width by display width (Hangul two columns).
  @Test func aLineModeRecordingReplaysToTheTranscript() throws {
    let lessons = try fixtureLessons()
    let session = TutorialSession(
      lessons: lessons, configuration: TutorialConfiguration(seed: 1, language: .ko))
    let transcript = PlainTutorial(session: session).transcript(
      lesson: session.lessonIndex(named: "reach-web") ?? 0,
      script:
        "kubectl create deployment web --image=nginx --replicas=2\nkubectl get pods -o wide\nhint\n"
    )
    let (recorder, sink) = try memoryRecorder()
    for line in transcript.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
      recorder.lineOutput(String(line) + "\n")
    }
    recorder.finish()
    let screen = try CastFile(sink.text).replayed()

    var rows: [String] = []
    for line in transcript.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
      var row = ""
      for character in line {
        if TextWidth.of(row) + TextWidth.of(character) > 80 {
          rows.append(row)
          row = ""
        }
        row.append(character)
      }
      rows.append(row)
    }
    rows.append("")
    let expected = rows.suffix(24).map { TextWidth.padded($0, to: 80) }
    #expect(screen.rows == Array(expected))
    #expect(screen.unknown.isEmpty)
  }
}

/// The curses screen's recording: the bytes ncurses wrote, teed from its output.
extension CursesBackendTests {
  /// A curses backend writing into a capture file whose bytes go into `recorder`.
  func recordingBackend(_ size: TerminalSize, recorder: CastRecorder) throws -> CursesBackend {
    setlocale(LC_ALL, "C.UTF-8")
    let file = try #require(OutputCapture.temporaryFile())
    let output = try #require(fdopen(dup(file), "w"))
    let input = try #require(fopen("/dev/null", "r"))
    let capture = OutputCapture(capture: file, terminal: nil, recorder: recorder)
    let backend = try CursesBackend(
      terminalNames: ["xterm-256color"], output: output, input: input, mouse: false,
      restoresTerminal: false, capture: capture)
    backend.resize(to: size)
    return backend
  }

  @Test func aCursesRecordingReplaysToTheFinalScreen() throws {
    let size = TerminalSize(width: 100, height: 30)
    let (recorder, sink) = try memoryRecorder(size: size)
    let backend = try recordingBackend(size, recorder: recorder)
    let lessons = try fixtureLessons()
    let clock = ManualClock()
    let tutorial = TutorialSession(
      lessons: lessons,
      configuration: TutorialConfiguration(
        seed: 1, language: .ko, clock: clock, secondsPerCommand: 0))
    let opening = tutorial.start(lesson: tutorial.lessonIndex(named: "reach-web") ?? 0)
    let controller = ScreenController(
      session: TutorialScreenSession(session: tutorial, opening: opening), backend: backend,
      options: ScreenOptions())
    func type(_ text: String) {
      for character in text {
        controller.send(.key(character == "\r" ? .enter : .character(character)))
      }
    }
    type("kubectl create deployment web --image=nginx --replicas=2\r")
    clock.advance(by: 20)
    controller.tick()
    type("echo 안녕하세요 kubetutor\r")
    controller.send(.key(.function(5)))
    type("kubectl get pods -o wide")

    recorder.flush()
    let playing = try CastFile(sink.text)
    let replayed = playing.replayed()
    let memory = MemoryBackend(size: size)
    memory.draw(ScreenRenderer.render(controller.state))
    // NB: the cursor first: reading the rows back moves curses' cursor.
    let cursor = backend.cursorPosition()
    #expect(replayed.rows == backend.screenRows())
    #expect(replayed.rows == (0..<size.height).map(memory.row))
    #expect(Position(row: replayed.row, column: replayed.column) == cursor)
    #expect(cursor == memory.cursor)
    #expect(replayed.unknown.isEmpty, "\(replayed.unknown)")
    #expect(replayed.rows.contains { $0.contains("안녕하세요 kubetutor") })

    backend.close()
    recorder.finish()
    let whole = try CastFile(sink.text)
    #expect(whole.events.count > playing.events.count, "endwin's output is recorded too")
    #expect(zip(whole.events, whole.events.dropFirst()).allSatisfy { $0.time <= $1.time })
  }

  /// Typing with the recording on costs what typing without it costs: the same frames, one
  /// more copy of their bytes. Medians of 300 keystrokes, each a frame drawn through curses.
  @Test func typingWithARecordingIsAsFastAsWithout() throws {
    let size = TerminalSize(width: 160, height: 45)
    func medianKeystroke(recording: Bool) throws -> Duration {
      let (recorder, _) = try memoryRecorder(size: size)
      let backend =
        try recording ? recordingBackend(size, recorder: recorder) : self.backend(size)
      defer {
        backend.close()
        recorder.finish()
      }
      let controller = ScreenController(
        session: SandboxSession(shell: mapShell(language: .ko)), backend: backend,
        options: ScreenOptions())
      controller.send(.key(.function(5)))
      var times: [Duration] = []
      for index in 0..<300 {
        let key: Key = index % 40 == 39 ? .control("u") : .character(index % 2 == 0 ? "가" : "k")
        let start = ContinuousClock.now
        controller.send(.key(key))
        times.append(ContinuousClock.now - start)
      }
      return times.sorted()[times.count / 2]
    }
    _ = try medianKeystroke(recording: false)
    let without = try medianKeystroke(recording: false)
    let with = try medianKeystroke(recording: true)
    print("keystroke median: \(without) without recording, \(with) with")
    #expect(with < without * 2 + .microseconds(300), "\(with) with, \(without) without")
  }
}
