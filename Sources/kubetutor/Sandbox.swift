import ArgumentParser
import ClusterSim
import Foundation
import Kubectl
import TerminalUI

/// `kubetutor sandbox`: a shell next to a fresh cluster, with no lesson.
struct Sandbox: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "A shell on a laptop next to a fresh cluster, with no lesson.")

  @OptionGroup var cluster: ClusterChoice

  @Flag(help: "Line-based mode with no full-screen interface (for pipes and screen readers).")
  var plain = false

  @Option(help: "Folder for your files (default: a temporary folder when reading a script).")
  var workspace: String?

  @Flag(help: "Draw borders with ASCII (+-|) for terminals that show box lines two columns wide.")
  var ascii = false

  @OptionGroup var recording: RecordOptions

  mutating func run() throws {
    let recorder = try recording.start()
    defer { recorder?.stop() }
    let scripted = isatty(STDIN_FILENO) == 0
    let clock: Clock = scripted ? ManualClock() : WallClock()
    let simulated = Cluster(options: ClusterOptions(seed: cluster.seed, nodeCount: cluster.nodes), clock: clock)
    let files = try Workspaces.make(path: workspace, scripted: scripted)
    let shell = Shell(cluster: simulated, workspace: files, language: cluster.language)
    let session = PlainSession(shell: shell, step: scripted ? 2 : 0)
    if scripted {
      var lines: [String] = []
      while let line = readLine(strippingNewline: true) { lines.append(line) }
      var reader = LineReader(lines: lines)
      while let entry = reader.nextEntry(needsMoreInput: session.shell.needsMoreInput) {
        Learn.write(shell.prompt + entry.echo + "\n")
        Learn.write(session.run(entry.command))
      }
      return
    }
    if !plain && isatty(STDOUT_FILENO) != 0 {
      do {
        let status = try ScreenRunner.run(
          session: SandboxSession(shell: shell), options: ScreenRunner.options(ascii: ascii))
        if status != 0 { throw ExitCode(status) }
        return
      } catch let error as CursesBackend.StartError {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
      }
    }
    shell.editor = { program, path in Editors.run(program, path: path, workspace: files) }
    Learn.write(
      (shell.language == .ko
        ? "kubetutor 샌드박스입니다. help 로 명령 목록을, quit 로 종료합니다."
        : "kubetutor sandbox. Type help for the commands, quit to leave.") + "\n")
    while let line = Learn.readEntry(prompt: shell.prompt, needsMoreInput: shell.needsMoreInput) {
      if line.trimmingCharacters(in: .whitespaces) == "quit" { break }
      Learn.write(session.run(line))
    }
  }
}


/// Runs a real editor on a workspace file, for `kubectl edit` in a terminal.
enum Editors {
  static func run(_ program: String, path: String, workspace: Workspace) -> Bool {
    guard let disk = workspace as? DiskWorkspace else { return false }
    let file = disk.root.appendingPathComponent(path).path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = program.split(separator: " ").map(String.init) + [file]
    do {
      try process.run()
      process.waitUntilExit()
      return process.terminationStatus == 0
    } catch {
      return false
    }
  }
}
