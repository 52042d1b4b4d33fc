import ClusterSim
import Kubectl

/// Everything a check may look at: the cluster now and when the step began, and what the
/// learner did during the step.
public struct CheckContext {
  /// The cluster now.
  public var state: ClusterState
  /// The cluster when the step began (for `compare`).
  public var start: ClusterState
  /// What the learner ran during the step, line by line.
  public var log: [CommandRecord]
  /// The learner's connection attempts during the step (curl, wget, ping, ...), from the
  /// network's path records.
  public var attempts: [ConnectionRecord]
  /// Where the learner's shell is.
  public var location: Location
  /// The learner's files.
  public var workspace: Workspace?
  /// The quiz answer given during the step, if any.
  public var answer: Int?

  /// A context with every part given.
  public init(
    state: ClusterState, start: ClusterState, log: [CommandRecord] = [],
    attempts: [ConnectionRecord] = [],
    location: Location = .laptop, workspace: Workspace? = nil, answer: Int? = nil
  ) {
    self.state = state
    self.start = start
    self.log = log
    self.attempts = attempts
    self.location = location
    self.workspace = workspace
    self.answer = answer
  }
}

/// One line the learner ran: what it was, the commands it ran and what it printed.
public struct CommandRecord: Equatable, Sendable {
  /// The line as typed.
  public var line: String
  /// The commands the shell ran for it (after aliases and expansion).
  public var commands: [[String]]
  /// What it printed, stdout and stderr.
  public var output: String
  /// Its exit code.
  public var exitCode: Int32

  /// A record of one line.
  public init(line: String, commands: [[String]], output: String, exitCode: Int32 = 0) {
    self.line = line
    self.commands = commands
    self.output = output
    self.exitCode = exitCode
  }
}

/// The verdict on a list of checks: whether they hold, and what to say about those that do not.
public struct CheckReport: Equatable, Sendable {
  /// Whether every check holds.
  public var passed: Bool
  /// The explanations of the checks that do not hold, outermost first.
  public var failures: [LocalizedText]

  /// A report.
  public init(passed: Bool, failures: [LocalizedText] = []) {
    self.passed = passed
    self.failures = failures
  }
}
