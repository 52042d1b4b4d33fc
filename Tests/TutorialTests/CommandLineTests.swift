import Foundation
import Testing

/// The kubetutor executable, run as a learner or a teacher would: `learn --plain` from a
/// pipe, `check`, `lessons` and `progress`.
@Suite struct CommandLineTests {
  /// The built executable, next to the test bundle.
  static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("kubetutor")

  struct Run {
    var output: String
    var status: Int32
  }

  /// Runs kubetutor with `arguments` and `input` on standard input, from /tmp.
  func kubetutor(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> Run {
    let process = Process()
    process.executableURL = Self.executable
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: "/tmp")
    var merged = ProcessInfo.processInfo.environment
    merged["KUBETUTOR_LESSONS"] = nil
    merged["LANG"] = "C.UTF-8"
    for (key, value) in environment { merged[key] = value }
    process.environment = merged
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stdout
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let data = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(output: String(decoding: data, as: UTF8.self), status: process.terminationStatus)
  }

  /// The binary, fed the commands of a lesson's golden on standard input, prints that golden:
  /// `learn --plain` from a pipe is the same program as the in-process demonstration.
  @Test(arguments: ["en", "ko"])
  func learnPlainFromAPipeGivesTheGoldenTranscript(language: String) throws {
    try #require(FileManager.default.isExecutableFile(atPath: Self.executable.path), "build kubetutor first")
    let golden = try String(
      contentsOf: Golden.directory.appendingPathComponent("lessons/pod-ips.\(language).out"),
      encoding: .utf8)
    let script = golden.split(separator: "\n").filter { $0.hasPrefix("user@laptop:~$ ") }
      .map { $0.dropFirst("user@laptop:~$ ".count) }.joined(separator: "\n") + "\n"
    let run = try kubetutor(["learn", "--plain", "--lesson", "pod-ips", "--lang", language], input: script)
    #expect(run.status == 0)
    #expect(run.output == golden)
  }

  @Test func checkReportsFileAndLineAndExitsNonZero() throws {
    let fixtures = TestSupport.fixtures.path
    let broken = try kubetutor(["check", fixtures + "/broken-kind"])
    #expect(broken.status == 1)
    #expect(broken.output.hasPrefix(fixtures + "/broken-kind/01-bad-kind.yaml:10: error: unknown check kind 'podIsHappy'"))
    let good = try kubetutor(["check", TestSupport.lessonsDirectory.path])
    #expect(good.status == 0, "\(good.output)")
    let course = TestSupport.course()
    let steps = course.lessons.map(\.steps.count).reduce(0, +)
    #expect(
      good.output.hasSuffix(
        "\(course.lessons.count) lessons, \(steps) steps: 0 errors, 0 warnings\n"), "\(good.output)")
  }

  @Test func lessonsAndProgressMoveBetweenMachines() throws {
    let home = TestSupport.temporaryDirectory()
    let environment = ["XDG_STATE_HOME": home.appendingPathComponent("a").path]
    let script = "kubectl create deployment web --image=nginx --replicas=3\nhint\n"
    _ = try kubetutor(["learn", "--plain", "--lesson", "pod-ips", "--save-progress"], input: script, environment: environment)
    let lessons = try kubetutor(["lessons"], environment: environment)
    let podIPs = TestSupport.course().lessons[try TestSupport.index(of: "pod-ips")]
    let (number, steps) = (podIPs.order, podIPs.steps.count)
    #expect(lessons.output.contains("  \(number). … Why pod IPs change  [pod-ips, 1/\(steps) steps]"))
    let file = home.appendingPathComponent("moved.json").path
    #expect(try kubetutor(["progress", "--export", file], environment: environment).status == 0)
    let other = ["XDG_STATE_HOME": home.appendingPathComponent("b").path]
    #expect(try kubetutor(["progress", "--import", file], environment: other).status == 0)
    let shown = try kubetutor(["progress", "--lang", "ko"], environment: other)
    #expect(shown.output.contains("… pod-ips: 파드 IP는 왜 바뀔까 — 단계 1/\(steps), 힌트 1번, 정답 0번"))
    let refused = try kubetutor(["progress", "--reset"], input: "n\n", environment: other)
    #expect(refused.output.hasSuffix("Nothing was changed.\n"))
    #expect(try kubetutor(["progress", "--reset", "--yes"], environment: other).output == "Progress cleared.\n")
    #expect(try kubetutor(["progress"], environment: other).output.hasSuffix("No progress yet.\n"))
  }
}
