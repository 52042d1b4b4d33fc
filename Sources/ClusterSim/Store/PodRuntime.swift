/// What the kubelet knows about a pod it runs: where it is in its life, and when the next
/// thing happens. The pod's status is derived from this.
struct PodRuntime: Equatable, Hashable, Sendable {
  var node: String
  /// The pod's namespace and name, so that the kubelet can find the pods it runs without
  /// reading every pod in the cluster.
  var namespace = ""
  var name = ""
  var scheduledAt: Instant
  var sandboxAt: Instant
  var sandboxReady = false
  var ip: IPv4Address?
  var containers: [ContainerRuntime]
  /// For pods created by bootstrap that are simply running.
  var isStatic = false
  /// When a terminating pod's containers have stopped and the pod can go.
  var goneAt: Instant?
  var readinessReportedAt: Instant?
  /// Set when the pod's status must be derived again even if no transition happened.
  var statusDirty = false
}

struct ContainerRuntime: Equatable, Hashable, Sendable {
  enum Stage: Equatable, Hashable, Sendable {
    case waitingForSandbox
    /// Pulling; at `until` the pull succeeds or fails.
    case pulling(until: Instant, fails: Bool)
    /// ErrImagePull shown until `backOffAt`, then ImagePullBackOff until `retryAt`.
    case pullFailed(backOffAt: Instant, retryAt: Instant)
    /// Created at `at`, started shortly after.
    case starting(at: Instant)
    case running(since: Instant, exitsAt: Instant?, exitCode: Int32)
    /// Exited; a restart is due at `restartAt` (CrashLoopBackOff in the meantime).
    case crashed(restartAt: Instant)
    /// Exited and will not restart (restartPolicy Never/OnFailure).
    case finished
    /// Could not start: the command is not in the image.
    case startFailed(restartAt: Instant)
  }
  var name: String
  var image: String
  var stage: Stage = .waitingForSandbox
  var restartCount: Int32 = 0
  var backOff: Double = 10
  var pullBackOff: Double = 10
  var containerID = ""
  var startedAt: Instant?
  var lastExit: ExitRecord?
  var pullMessage: String?
  var waitingReason: String?
  var waitingMessage: String?

  struct ExitRecord: Equatable, Hashable, Sendable {
    var code: Int32
    var reason: String
    var started: Instant?
    var finished: Instant
  }
}

/// Identifies an event for de-duplication (same object, reason and message: count goes up).
struct EventKey: Equatable, Hashable, Sendable {
  var uid: String
  var reason: String
  var message: String
}
