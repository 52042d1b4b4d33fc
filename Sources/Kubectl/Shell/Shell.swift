import ClusterSim
import Foundation

/// The result of one command line.
public struct ShellResult: Equatable, Sendable {
  public var output: Output
  public var exitCode: Int32
  public var effects: [ShellEffect]
  /// The command lines actually run (after alias expansion), for the lesson engine.
  public var commands: [[String]]
}

/// The learner's shell: parses a line as bash would, expands it, and runs each command
/// (kubectl, host tools, network tools) against the embedded cluster.
///
/// ```swift
/// let shell = Shell(cluster: cluster, workspace: MemoryWorkspace())
/// let result = shell.run("kubectl get pods -o wide")
/// ```
public final class Shell {
  public let cluster: Cluster
  public let workspace: Workspace
  public var language: Language
  public internal(set) var location: Location = .laptop
  /// Where `cd` has moved to, relative to the workspace root.
  public internal(set) var cwd = ""
  public var variables: [String: String]
  public var aliases: [String: String] = ["k": "kubectl"]
  public internal(set) var history: [String] = []
  public internal(set) var lastExitCode: Int32 = 0
  /// Commands run by the current line (filled as it runs).
  var ranCommands: [[String]] = []
  var effects: [ShellEffect] = []
  /// Runs an editor on a workspace file; nil when there is no terminal to run one in.
  public var editor: ((_ program: String, _ path: String) -> Bool)?
  /// The kubectl client.
  lazy var kubectl = KubectlClient(shell: self)
  /// Nesting depth of command substitutions, to stop runaway recursion.
  var depth = 0
  /// The shells entered with ssh or exec, innermost last, with what `exit` does.
  var sessionStack: [(Location, ExitAction)] = []
  /// The variables of the shells below the current one, restored by `exit`.
  var variableStack: [[String: String]] = []
  /// Lines background jobs print on the terminal during a command (port-forward's
  /// "Handling connection for 8080"), shown before the command's own output.
  var terminalNotes: [String] = []
  /// Simulated seconds one command line may wait (sleep, timeouts) before kubetutor stops
  /// it as Ctrl-C would.
  static let waitBudget = 1800.0
  var waitedThisLine = 0.0
  /// Set when the current command line was stopped as by Ctrl-C: nothing more of it runs.
  var interrupted = false
  /// Lines printed after the command's own output (the `^C` of an interrupted line).
  var terminalTail: [String] = []
  /// Set by `break` / `continue` until the enclosing loop acts on it.
  var loopControl: LoopControl?
  /// How many loops are running around the current command.
  var loopDepth = 0
  /// Background jobs (`kubectl port-forward ... &`).
  public internal(set) var jobs: [ShellJob] = []
  /// The disks of nodes and containers the learner has been on.
  var hostFiles: [String: MemoryWorkspace] = [:]

  public init(cluster: Cluster, workspace: Workspace, language: Language = .en) {
    self.cluster = cluster
    self.workspace = workspace
    self.language = language
    variables = [:]
    variables = startingVariables(for: .laptop)
  }

  /// The variables a new shell starts with at `location`: a login shell's on the laptop and
  /// on nodes, the container's environment in a pod. Nothing typed elsewhere carries over.
  func startingVariables(for location: Location) -> [String: String] {
    switch location {
    case .laptop:
      return [
        "HOME": "/home/user", "USER": "user", "SHELL": "/bin/bash", "LANG": "C.UTF-8",
        "PATH": "/usr/local/bin:/usr/bin:/bin", "EDITOR": "vi",
      ]
    case .node:
      return [
        "HOME": "/root", "USER": "root", "SHELL": "/bin/bash", "LANG": "C.UTF-8",
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
      ]
    case .container(let namespace, let name, let containerName):
      guard let pod = cluster.state.store.get(Pod.self, namespace, name),
        let container = pod.spec.containers.first(where: { $0.name == containerName })
      else { return [:] }
      var result: [String: String] = [:]
      for line in ContainerEnvironment.variables(pod: pod, container: container, state: cluster.state) {
        guard let equals = line.firstIndex(of: "=") else { continue }
        result[String(line[..<equals])] = String(line[line.index(after: equals)...])
      }
      return result
    }
  }

  /// Whether `sh` here is dash, as in the Debian-based images (nginx, httpd, redis, postgres).
  var usesDash: Bool {
    guard case .container = location, let image = currentContainer?.image else { return false }
    return ["nginx", "httpd", "redis", "postgres"].contains(image.repository)
  }

  /// The prompt for the current location.
  public var prompt: String {
    // sh in Debian-based images (nginx, httpd, redis) is dash, whose root prompt is "# ";
    // curlimages/curl runs as an ordinary user in its home folder.
    if case .container = location, let image = currentContainer?.image {
      if usesDash { return "# " }
      if image.repository == "curlimages/curl" { return "~ $ " }
    }
    return location.prompt(cwd: cwd)
  }

  /// Whether `text` needs more lines before it can run (open quote, here-document, trailing
  /// pipe or `&&`, a line ending in a backslash).
  public func needsMoreInput(_ text: String) -> Bool {
    do {
      _ = try ShellParser.parse(text)
      return text.hasSuffix("\\") && !text.hasSuffix("\\\\")
    } catch {
      return error.isIncomplete
    }
  }

  /// Runs one command line (possibly several lines with a here-document) and returns what
  /// it printed.
  public func run(_ input: String) -> ShellResult {
    cluster.tick()
    ranCommands = []
    effects = []
    let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
    if !trimmed.isEmpty && depth == 0 { history.append(trimmed) }
    var output = Output()
    terminalNotes = []
    terminalTail = []
    waitedThisLine = 0
    interrupted = false
    loopControl = nil
    var code = execute(input, into: &output)
    if interrupted { code = 130 }
    for line in terminalTail { output.errorLine(line) }
    if !terminalNotes.isEmpty {
      var combined = Output()
      for note in terminalNotes { combined.out(note) }
      combined.append(output)
      output = combined
    }
    lastExitCode = code
    cluster.tick()
    return ShellResult(output: output, exitCode: code, effects: effects, commands: ranCommands)
  }

  /// Parses and runs `text`, appending what it prints to `output`.
  func execute(_ text: String, into output: inout Output) -> Int32 {
    let list: CommandList
    do {
      list = try ShellParser.parse(text)
    } catch {
      output.errorLine(error.message)
      if error.message.hasPrefix("bash: unexpected EOF") {
        output.errorLine("bash: syntax error: unexpected end of file")
      }
      return 2
    }
    return execute(list, into: &output)
  }

  /// Runs a parsed list; a `break` or `continue` inside a loop body ends it early.
  func execute(_ list: CommandList, into output: inout Output) -> Int32 {
    var code: Int32 = 0
    var skip = false
    for (index, item) in list.items.enumerated() {
      if loopControl != nil || interrupted { break }
      if !skip {
        let before = ranCommands.count
        let jobsBefore = jobs.count
        var produced = Output()
        code = runPipeline(item.pipeline, background: item.connector == .background, into: &produced)
        lastExitCode = code
        let started = ranCommands[before...]
        if item.connector == .background && jobs.count == jobsBefore {
          // A job that finished at once (or failed to start): bash still numbers it, and
          // reports how it ended before the next prompt.
          let id = (jobs.map(\.id).max() ?? 0) + 1
          let text = started.map { $0.joined(separator: " ") }.joined(separator: " | ")
          let status = code == 0 ? "Done" : "Exit \(code)"
          output.err("[\(id)] \(processID(for: id))\n")
          output.append(produced)
          output.err("[\(id)]+  " + status.padding(toLength: 24, withPad: " ", startingAt: 0) + text + "\n")
        } else {
          output.append(produced)
        }
      }
      let connector = item.connector
      skip = false
      if connector == .and && code != 0 { skip = true }
      if connector == .or && code == 0 { skip = true }
      _ = index
    }
    return code
  }

  func runPipeline(_ pipeline: Pipeline, background: Bool, into output: inout Output) -> Int32 {
    var input: String?
    var code: Int32 = 0
    for (index, command) in pipeline.commands.enumerated() {
      let last = index == pipeline.commands.count - 1
      var commandOutput = Output()
      code = runSimple(
        command, stdin: input, toTerminal: last, background: background && last, into: &commandOutput)
      if last {
        output.append(commandOutput)
      } else {
        for chunk in commandOutput.chunks where chunk.stream == .error {
          output.err(chunk.text)
        }
        input = commandOutput.standardText
      }
    }
    return code
  }
}
