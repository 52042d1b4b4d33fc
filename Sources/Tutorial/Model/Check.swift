import ClusterSim

/// A condition on the learner's cluster, shell or answers, with the words to say when it
/// does not hold.
///
/// Checks judge meaning, never generated values or exact command strings: objects are found
/// by kind and name or by label selector, extra objects never fail a check, and commands are
/// compared by their parsed shape.
public struct Check: Equatable, Sendable {
  /// What is checked.
  public var kind: CheckKind
  /// What to tell the learner when it does not hold (required on every check but `all`/`any`).
  public var explanation: LocalizedText?
  /// The line of the check in its lesson file.
  public var line: Int

  /// A check of `kind`.
  public init(_ kind: CheckKind, explanation: LocalizedText? = nil, line: Int = 0) {
    self.kind = kind
    self.explanation = explanation
    self.line = line
  }
}

/// The kinds of check a lesson file can use; the YAML key of each is in ``CheckKind/names``.
public indirect enum CheckKind: Equatable, Sendable {
  /// `exists`: objects exist (not being deleted), by name or selector, with a count rule.
  case exists(ObjectSelection, count: CountRule)
  /// `absent`: no such object (a Terminating pod counts as gone).
  case absent(ObjectSelection)
  /// `field`: a JSONPath value of the selected objects meets a condition.
  case field(ObjectSelection, path: String, condition: FieldCondition, every: Bool)
  /// `endpoints`: a Service's ready endpoints.
  case endpoints(service: String, namespace: String, rule: EndpointRule)
  /// `reachable` / `unreachable`: an HTTP request from a host gets an answer (with `expect`
  /// in its body) or does not, probed on a copy of the cluster.
  case reachable(from: HostPattern, url: String, expect: String?, reachable: Bool)
  /// `attempt`: the learner's own connection (curl, wget, ping, ...) during this step, from a
  /// host to a target, ended a given way.
  case attempt(from: HostPattern?, to: String, verdict: AttemptVerdict, expect: String?)
  /// `ran`: a command of this shape ran during this step.
  case ran(CommandPattern)
  /// `output`: a command's output during this step contained the text.
  case output(contains: String, command: CommandPattern?)
  /// `file`: a workspace file exists (and contains the text; and, read as a manifest, its first
  /// object has `field` equal to `equals`).
  case file(path: String, contains: String?, field: String? = nil, equals: String? = nil)
  /// `compare`: a value now, against the same value when the step began.
  case compare(ObjectSelection, path: String, relation: Relation)
  /// `at`: where the learner's shell is now (the laptop, a node over ssh, a pod).
  case location(HostPattern)
  /// `answer`: the quiz answer given with `answer N`.
  case answer(Int)
  /// `all`: every check holds.
  case all([Check])
  /// `any`: at least one check holds.
  case any([Check])
  /// `not`: the check does not hold.
  case not(Check)

  /// The YAML keys of every kind, as the validator and the authoring guide list them.
  public static let names = [
    "exists", "absent", "field", "endpoints", "reachable", "unreachable", "attempt", "ran",
    "output", "file", "compare", "at", "answer", "all", "any", "not",
  ]
}

/// How many objects `exists` wants.
public enum CountRule: Equatable, Sendable {
  /// Exactly this many.
  case exactly(Int)
  /// At least this many.
  case atLeast(Int)
}

/// What a `field` value must be.
public enum FieldCondition: Equatable, Sendable {
  /// The value printed as text equals this.
  case equals(String)
  /// The value is one of these.
  case oneOf([String])
  /// The value matches this regular expression (anywhere; anchor with `^...$`).
  case matches(String)
  /// The value is a number greater than this.
  case greaterThan(Double)
  /// The value is a number less than this.
  case lessThan(Double)
}

/// What `endpoints` wants of a Service.
public enum EndpointRule: Equatable, Sendable {
  /// Exactly this many ready addresses.
  case ready(Int)
  /// The ready addresses are exactly the IPs of the ready pods this selector matches (and
  /// there is at least one).
  case pods(LabelQuery)
}

/// How a value now relates to the same value when the step began (`compare`).
public enum Relation: String, Equatable, Sendable {
  /// The same values as at the start (and there is one).
  case same
  /// Other values than at the start.
  case changed
  /// Only values that did not exist at the start (every pod replaced).
  case new
}

/// How a learner's connection attempt ended (`attempt`).
public enum AttemptVerdict: String, Equatable, Sendable {
  /// Connected and answered.
  case answered
  /// Actively refused (nothing listens, a Service without endpoints).
  case refused
  /// Nothing came back.
  case timedOut
  /// The name did not resolve.
  case unresolved
  /// Anything but answered.
  case failed
}

/// A place in the network, as checks name it: the laptop, a node, a pod by selector.
public enum HostPattern: Equatable, Sendable {
  /// The learner's laptop, 192.168.1.10.
  case laptop
  /// A node by name, or any node when nil.
  case node(String?)
  /// A pod matching a selector in a namespace, or any pod when the selector is nil.
  case pod(LabelQuery?, namespace: String)
}
