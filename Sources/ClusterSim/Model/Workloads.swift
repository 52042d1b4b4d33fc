/// A pod template: the metadata and spec of the pods a controller creates.
public struct PodTemplateSpec: Equatable, Hashable, Sendable {
  public var metadata: ObjectMeta
  public var spec: PodSpec

  public init(metadata: ObjectMeta = ObjectMeta(), spec: PodSpec = PodSpec()) {
    self.metadata = metadata
    self.spec = spec
  }

  func encoded() -> JSONValue {
    var meta = metadata.encoded()
    if meta["creationTimestamp"] == nil { meta["creationTimestamp"] = .null }
    return .object([("metadata", meta), ("spec", spec.encoded())])
  }

  static func decode(_ reader: inout ObjectReader) throws(DecodeError) -> PodTemplateSpec {
    let metadata =
      try reader.object("metadata", goStruct: "ObjectMeta") {
        (meta: inout ObjectReader) throws(DecodeError) in try ObjectMeta.decode(&meta)
      } ?? ObjectMeta()
    let spec = try reader.object("spec", goStruct: "PodSpec", PodSpec.decode) ?? PodSpec()
    return PodTemplateSpec(metadata: metadata, spec: spec)
  }
}

/// A condition of a Deployment (Available, Progressing, ReplicaFailure).
public struct WorkloadCondition: Equatable, Hashable, Sendable {
  public var type: String
  public var status: String
  public var lastUpdateTime: Instant?
  public var lastTransitionTime: Instant?
  public var reason: String
  public var message: String

  public init(type: String, status: String, at time: Instant, reason: String, message: String) {
    self.type = type
    self.status = status
    lastUpdateTime = time
    lastTransitionTime = time
    self.reason = reason
    self.message = message
  }

  func encoded() -> JSONValue {
    .object([
      ("type", .string(type)), ("status", .string(status)),
      ("lastUpdateTime", lastUpdateTime.map { .string($0.rfc3339) }),
      ("lastTransitionTime", lastTransitionTime.map { .string($0.rfc3339) }),
      ("reason", .string(reason)), ("message", .string(message)),
    ])
  }
}

/// A Deployment: keeps a number of identical pods running through ReplicaSets.
public struct Deployment: APIObject {
  public static let kind = ResourceKind.deployment
  public var metadata: ObjectMeta
  public var spec: DeploymentSpec
  public var status: DeploymentStatus

  public init(metadata: ObjectMeta, spec: DeploymentSpec) {
    self.metadata = metadata
    self.spec = spec
    status = DeploymentStatus()
  }
}

public struct DeploymentSpec: Equatable, Hashable, Sendable {
  public var replicas: Int32?
  public var selector: LabelSelector?
  public var template: PodTemplateSpec
  public var strategy: JSONValue?
  public var minReadySeconds: Int32?
  public var revisionHistoryLimit: Int32?
  public var paused: Bool?
  public var progressDeadlineSeconds: Int32?

  public init(replicas: Int32? = nil, selector: LabelSelector? = nil, template: PodTemplateSpec) {
    self.replicas = replicas
    self.selector = selector
    self.template = template
  }
}

public struct DeploymentStatus: Equatable, Hashable, Sendable {
  public var observedGeneration: Int64?
  public var replicas: Int32 = 0
  public var updatedReplicas: Int32 = 0
  public var readyReplicas: Int32 = 0
  public var availableReplicas: Int32 = 0
  public var unavailableReplicas: Int32 = 0
  public var conditions: [WorkloadCondition] = []
  public init() {}
}

/// A ReplicaSet: keeps a number of pods matching its selector.
public struct ReplicaSet: APIObject {
  public static let kind = ResourceKind.replicaSet
  public var metadata: ObjectMeta
  public var spec: ReplicaSetSpec
  public var status: ReplicaSetStatus

  public init(metadata: ObjectMeta, spec: ReplicaSetSpec) {
    self.metadata = metadata
    self.spec = spec
    status = ReplicaSetStatus()
  }
}

public struct ReplicaSetSpec: Equatable, Hashable, Sendable {
  public var replicas: Int32?
  public var minReadySeconds: Int32?
  public var selector: LabelSelector?
  public var template: PodTemplateSpec

  public init(replicas: Int32?, selector: LabelSelector?, template: PodTemplateSpec) {
    self.replicas = replicas
    self.selector = selector
    self.template = template
  }
}

public struct ReplicaSetStatus: Equatable, Hashable, Sendable {
  public var replicas: Int32 = 0
  public var fullyLabeledReplicas: Int32 = 0
  public var readyReplicas: Int32 = 0
  public var availableReplicas: Int32 = 0
  public var observedGeneration: Int64?
  public init() {}
}

/// A DaemonSet: one pod on every node (kube-proxy, the CNI agent).
public struct DaemonSet: APIObject {
  public static let kind = ResourceKind.daemonSet
  public var metadata: ObjectMeta
  public var spec: DaemonSetSpec
  public var status: DaemonSetStatus

  public init(metadata: ObjectMeta, spec: DaemonSetSpec) {
    self.metadata = metadata
    self.spec = spec
    status = DaemonSetStatus()
  }
}

public struct DaemonSetSpec: Equatable, Hashable, Sendable {
  public var selector: LabelSelector?
  public var template: PodTemplateSpec
  public var updateStrategy: JSONValue?
  public var minReadySeconds: Int32?
  public var revisionHistoryLimit: Int32?

  public init(selector: LabelSelector?, template: PodTemplateSpec) {
    self.selector = selector
    self.template = template
  }
}

public struct DaemonSetStatus: Equatable, Hashable, Sendable {
  public var currentNumberScheduled: Int32 = 0
  public var numberMisscheduled: Int32 = 0
  public var desiredNumberScheduled: Int32 = 0
  public var numberReady: Int32 = 0
  public var observedGeneration: Int64?
  public var updatedNumberScheduled: Int32 = 0
  public var numberAvailable: Int32 = 0
  public init() {}
}

extension Deployment {
  public func encodedBody() -> [(String, JSONValue?)] {
    let specJSON = JSONValue.object([
      ("replicas", spec.replicas.map { .int(Int64($0)) }),
      ("selector", spec.selector?.encoded()),
      ("template", spec.template.encoded()),
      ("strategy", spec.strategy ?? .emptyObject),
      ("minReadySeconds", spec.minReadySeconds.map { .int(Int64($0)) }),
      ("revisionHistoryLimit", spec.revisionHistoryLimit.map { .int(Int64($0)) }),
      ("paused", spec.paused.map(JSONValue.bool)),
      ("progressDeadlineSeconds", spec.progressDeadlineSeconds.map { .int(Int64($0)) }),
    ])
    let statusJSON = JSONValue.object([
      ("observedGeneration", status.observedGeneration.map(JSONValue.int)),
      ("replicas", status.replicas == 0 ? nil : .int(Int64(status.replicas))),
      ("updatedReplicas", status.updatedReplicas == 0 ? nil : .int(Int64(status.updatedReplicas))),
      ("readyReplicas", status.readyReplicas == 0 ? nil : .int(Int64(status.readyReplicas))),
      (
        "availableReplicas",
        status.availableReplicas == 0 ? nil : .int(Int64(status.availableReplicas))
      ),
      (
        "unavailableReplicas",
        status.unavailableReplicas == 0 ? nil : .int(Int64(status.unavailableReplicas))
      ),
      (
        "conditions",
        status.conditions.isEmpty ? nil : .array(status.conditions.map { $0.encoded() })
      ),
    ])
    return [("spec", specJSON), ("status", statusJSON)]
  }

  public static func decodeBody(metadata: ObjectMeta, _ reader: inout ObjectReader)
    throws(DecodeError) -> Deployment
  {
    let spec =
      try reader.object("spec", goStruct: "DeploymentSpec") {
        (item: inout ObjectReader) throws(DecodeError) in
        var spec = DeploymentSpec(
          replicas: try item.int32("replicas"),
          selector: try item.object("selector", goStruct: "LabelSelector", LabelSelector.decode),
          template: try item.object("template", goStruct: "PodTemplateSpec", PodTemplateSpec.decode)
            ?? PodTemplateSpec())
        spec.strategy = item.raw("strategy")
        spec.minReadySeconds = try item.int32("minReadySeconds")
        spec.revisionHistoryLimit = try item.int32("revisionHistoryLimit")
        spec.paused = try item.bool("paused")
        spec.progressDeadlineSeconds = try item.int32("progressDeadlineSeconds")
        return spec
      } ?? DeploymentSpec(template: PodTemplateSpec())
    reader.skip("status")
    return Deployment(metadata: metadata, spec: spec)
  }
}

extension ReplicaSet {
  public func encodedBody() -> [(String, JSONValue?)] {
    let specJSON = JSONValue.object([
      ("replicas", spec.replicas.map { .int(Int64($0)) }),
      ("minReadySeconds", spec.minReadySeconds.map { .int(Int64($0)) }),
      ("selector", spec.selector?.encoded()),
      ("template", spec.template.encoded()),
    ])
    let statusJSON = JSONValue.object([
      ("replicas", .int(Int64(status.replicas))),
      (
        "fullyLabeledReplicas",
        status.fullyLabeledReplicas == 0 ? nil : .int(Int64(status.fullyLabeledReplicas))
      ),
      ("readyReplicas", status.readyReplicas == 0 ? nil : .int(Int64(status.readyReplicas))),
      (
        "availableReplicas",
        status.availableReplicas == 0 ? nil : .int(Int64(status.availableReplicas))
      ),
      ("observedGeneration", status.observedGeneration.map(JSONValue.int)),
    ])
    return [("spec", specJSON), ("status", statusJSON)]
  }

  public static func decodeBody(metadata: ObjectMeta, _ reader: inout ObjectReader)
    throws(DecodeError) -> ReplicaSet
  {
    let spec =
      try reader.object("spec", goStruct: "ReplicaSetSpec") {
        (item: inout ObjectReader) throws(DecodeError) in
        var spec = ReplicaSetSpec(
          replicas: try item.int32("replicas"),
          selector: try item.object("selector", goStruct: "LabelSelector", LabelSelector.decode),
          template: try item.object("template", goStruct: "PodTemplateSpec", PodTemplateSpec.decode)
            ?? PodTemplateSpec())
        spec.minReadySeconds = try item.int32("minReadySeconds")
        return spec
      } ?? ReplicaSetSpec(replicas: nil, selector: nil, template: PodTemplateSpec())
    reader.skip("status")
    return ReplicaSet(metadata: metadata, spec: spec)
  }
}

extension DaemonSet {
  public func encodedBody() -> [(String, JSONValue?)] {
    let specJSON = JSONValue.object([
      ("selector", spec.selector?.encoded()),
      ("template", spec.template.encoded()),
      ("updateStrategy", spec.updateStrategy),
      ("minReadySeconds", spec.minReadySeconds.map { .int(Int64($0)) }),
      ("revisionHistoryLimit", spec.revisionHistoryLimit.map { .int(Int64($0)) }),
    ])
    let statusJSON = JSONValue.object([
      ("currentNumberScheduled", .int(Int64(status.currentNumberScheduled))),
      ("numberMisscheduled", .int(Int64(status.numberMisscheduled))),
      ("desiredNumberScheduled", .int(Int64(status.desiredNumberScheduled))),
      ("numberReady", .int(Int64(status.numberReady))),
      ("observedGeneration", status.observedGeneration.map(JSONValue.int)),
      ("updatedNumberScheduled", .int(Int64(status.updatedNumberScheduled))),
      ("numberAvailable", .int(Int64(status.numberAvailable))),
    ])
    return [("spec", specJSON), ("status", statusJSON)]
  }

  public static func decodeBody(metadata: ObjectMeta, _ reader: inout ObjectReader)
    throws(DecodeError) -> DaemonSet
  {
    let spec =
      try reader.object("spec", goStruct: "DaemonSetSpec") {
        (item: inout ObjectReader) throws(DecodeError) in
        var spec = DaemonSetSpec(
          selector: try item.object("selector", goStruct: "LabelSelector", LabelSelector.decode),
          template: try item.object("template", goStruct: "PodTemplateSpec", PodTemplateSpec.decode)
            ?? PodTemplateSpec())
        spec.updateStrategy = item.raw("updateStrategy")
        spec.minReadySeconds = try item.int32("minReadySeconds")
        spec.revisionHistoryLimit = try item.int32("revisionHistoryLimit")
        return spec
      } ?? DaemonSetSpec(selector: nil, template: PodTemplateSpec())
    reader.skip("status")
    return DaemonSet(metadata: metadata, spec: spec)
  }
}
