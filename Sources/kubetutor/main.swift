import ArgumentParser
import ClusterSim
import Foundation
import Kubectl

/// kubetutor: learn Kubernetes Services in a terminal, against a simulated cluster.
struct KubeTutor: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kubetutor",
    abstract: "Learn Kubernetes Services in a terminal, against a simulated cluster.",
    discussion: """
      kubetutor runs a kubeadm-like cluster inside this program: kubectl, curl, ssh and \
      the rest answer as on a real cluster, with nothing to install and no network used.
      """,
    subcommands: [Sandbox.self],
    defaultSubcommand: Sandbox.self)
}

/// Options every mode shares.
struct ClusterChoice: ParsableArguments {
  @Option(help: "Seed for names, IPs and ports: the same seed and commands give the same cluster.")
  var seed: UInt64 = 1

  @Option(help: "Number of nodes (1-3): controlplane, node01, node02.")
  var nodes: Int = 1

  @Option(help: "Language of kubetutor's own messages: ko or en (default: from LANG).")
  var lang: String?

  func validate() throws {
    guard (1...3).contains(nodes) else {
      throw ValidationError("--nodes must be 1, 2 or 3")
    }
    if let lang, Language(rawValue: lang) == nil {
      throw ValidationError("--lang must be ko or en")
    }
  }

  var language: Language {
    if let lang, let language = Language(rawValue: lang) { return language }
    let environment = ProcessInfo.processInfo.environment
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[key], !value.isEmpty { return value.hasPrefix("ko") ? .ko : .en }
    }
    return .en
  }
}

struct Sandbox: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "A shell on a laptop next to a fresh cluster, with no lesson.")

  @OptionGroup var cluster: ClusterChoice

  @Flag(help: "Line-based mode with no full-screen interface (for pipes and screen readers).")
  var plain = false

  @Option(help: "Folder for your files (default: a temporary folder when reading a script).")
  var workspace: String?

  mutating func run() throws {
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
      while let entry = session.nextCommand(from: &reader) {
        FileHandle.standardOutput.write(Data((shell.prompt + entry.echo + "\n").utf8))
        FileHandle.standardOutput.write(Data(session.run(entry.command).utf8))
      }
      return
    }
    print(shell.language == .ko
      ? "kubetutor 샌드박스입니다. help 로 명령 목록을, quit 로 종료합니다."
      : "kubetutor sandbox. Type help for the commands, quit to leave.")
    while true {
      FileHandle.standardOutput.write(Data(shell.prompt.utf8))
      guard var line = readLine(strippingNewline: true) else { print(""); break }
      while shell.needsMoreInput(line) {
        FileHandle.standardOutput.write(Data("> ".utf8))
        guard let more = readLine(strippingNewline: true) else { break }
        line += "\n" + more
      }
      if line.trimmingCharacters(in: .whitespaces) == "quit" { break }
      FileHandle.standardOutput.write(Data(session.run(line).utf8))
    }
  }
}

/// Where the learner's files live.
enum Workspaces {
  static func make(path: String?, scripted: Bool) throws -> Workspace {
    if let path { return try DiskWorkspace(root: URL(fileURLWithPath: path)) }
    if scripted {
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-\(getpid())")
      atexit { try? FileManager.default.removeItem(atPath: FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-\(getpid())").path) }
      return try DiskWorkspace(root: folder)
    }
    let base = ProcessInfo.processInfo.environment["XDG_DATA_HOME"].map { URL(fileURLWithPath: $0) }
      ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share")
    return try DiskWorkspace(root: base.appendingPathComponent("kubetutor/workspace"))
  }
}

KubeTutor.main()
