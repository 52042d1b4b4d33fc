/// A Pod: one or more containers sharing a network identity (one IP) on a node.
public struct Pod: APIObject {
  public static let kind = ResourceKind.pod

  /// NB: a pod's fields live in a shared box, copied on write, so that the thousands of
  /// copies controllers and printers make cost one reference count each.
  final class Storage: @unchecked Sendable {
    var metadata: ObjectMeta
    var spec: PodSpec
    var status: PodStatus

    init(metadata: ObjectMeta, spec: PodSpec, status: PodStatus) {
      self.metadata = metadata
      self.spec = spec
      self.status = status
    }
  }

  private var storage: Storage

  private mutating func unique() {
    if !isKnownUniquelyReferenced(&storage) {
      storage = Storage(metadata: storage.metadata, spec: storage.spec, status: storage.status)
    }
  }

  public var metadata: ObjectMeta {
    get { storage.metadata }
    set { unique(); storage.metadata = newValue }
    _modify { unique(); yield &storage.metadata }
  }

  public var spec: PodSpec {
    get { storage.spec }
    set { unique(); storage.spec = newValue }
    _modify { unique(); yield &storage.spec }
  }

  public var status: PodStatus {
    get { storage.status }
    set { unique(); storage.status = newValue }
    _modify { unique(); yield &storage.status }
  }

  public init(metadata: ObjectMeta, spec: PodSpec, status: PodStatus = PodStatus()) {
    storage = Storage(metadata: metadata, spec: spec, status: status)
  }

  public static func == (lhs: Pod, rhs: Pod) -> Bool {
    lhs.storage === rhs.storage
      || (lhs.metadata == rhs.metadata && lhs.spec == rhs.spec && lhs.status == rhs.status)
  }

  /// True when the pod's Ready condition is True.
  public var isReady: Bool {
    status.conditions.first { $0.type == "Ready" }?.status == "True"
  }

  /// True once the pod is being deleted.
  public var isTerminating: Bool { metadata.deletionTimestamp != nil }

  /// The pod's IP, if it has one.
  public var ip: IPv4Address? { status.podIP.flatMap(IPv4Address.init) }
}

/// What a pod should run and where.
public struct PodSpec: Equatable, Hashable, Sendable {
  public var volumes: JSONValue?
  public var initContainers: [Container]
  public var containers: [Container]
  public var restartPolicy: String?
  public var terminationGracePeriodSeconds: Int64?
  public var activeDeadlineSeconds: Int64?
  public var dnsPolicy: String?
  public var nodeSelector: [String: String]?
  public var serviceAccountName: String?
  public var serviceAccount: String?
  public var automountServiceAccountToken: Bool?
  public var nodeName: String?
  public var hostNetwork: Bool?
  public var securityContext: JSONValue?
  public var imagePullSecrets: JSONValue?
  public var hostname: String?
  public var subdomain: String?
  public var affinity: JSONValue?
  public var schedulerName: String?
  public var tolerations: [Toleration]?
  public var priorityClassName: String?
  public var priority: Int32?
  public var dnsConfig: JSONValue?
  public var enableServiceLinks: Bool?
  public var preemptionPolicy: String?
  public var topologySpreadConstraints: JSONValue?

  public init(containers: [Container] = []) {
    self.containers = containers
    initContainers = []
  }
}

/// A taint toleration.
public struct Toleration: Equatable, Hashable, Sendable {
  public var key: String?
  public var `operator`: String?
  public var value: String?
  public var effect: String?
  public var tolerationSeconds: Int64?

  public init(
    key: String?, operator: String?, value: String? = nil, effect: String?,
    tolerationSeconds: Int64? = nil
  ) {
    self.key = key
    self.operator = `operator`
    self.value = value
    self.effect = effect
    self.tolerationSeconds = tolerationSeconds
  }

  /// Whether this toleration tolerates `taint`.
  public func tolerates(_ taint: Taint) -> Bool {
    if let effect, !effect.isEmpty, effect != taint.effect { return false }
    if `operator` == "Exists" {
      return key == nil || key == "" || key == taint.key
    }
    return key == taint.key && (value ?? "") == (taint.value ?? "")
  }
}

/// The observed state of a pod.
public struct PodStatus: Equatable, Hashable, Sendable {
  public var phase: String?
  public var conditions: [PodCondition]
  public var message: String?
  public var reason: String?
  public var hostIP: String?
  public var podIP: String?
  public var startTime: Instant?
  public var containerStatuses: [ContainerStatus]
  public var qosClass: String?

  public init(phase: String? = nil) {
    self.phase = phase
    conditions = []
    containerStatuses = []
  }
}

/// One condition of a pod (PodScheduled, Initialized, ContainersReady, Ready, ...).
public struct PodCondition: Equatable, Hashable, Sendable {
  public var type: String
  public var status: String
  public var lastTransitionTime: Instant?
  public var reason: String?
  public var message: String?

  public init(type: String, status: String, lastTransitionTime: Instant?) {
    self.type = type
    self.status = status
    self.lastTransitionTime = lastTransitionTime
  }
}

/// The state of one container, as the kubelet reports it.
public struct ContainerStatus: Equatable, Hashable, Sendable {
  public enum State: Equatable, Hashable, Sendable {
    case waiting(reason: String, message: String?)
    case running(startedAt: Instant)
    case terminated(
      exitCode: Int32, reason: String, startedAt: Instant?, finishedAt: Instant?,
      containerID: String?)
  }
  public var name: String
  public var state: State
  public var lastState: State?
  public var ready: Bool
  public var restartCount: Int32
  public var image: String
  public var imageID: String
  public var containerID: String?
  public var started: Bool?

  public init(name: String, state: State, image: String) {
    self.name = name
    self.state = state
    self.image = image
    ready = false
    restartCount = 0
    imageID = ""
  }
}
