/// A node's taint: pods without a matching toleration are kept off (NoSchedule).
public struct Taint: Equatable, Hashable, Sendable {
  public var key: String
  public var value: String?
  public var effect: String

  public init(key: String, value: String? = nil, effect: String) {
    self.key = key
    self.value = value
    self.effect = effect
  }

  /// `node-role.kubernetes.io/control-plane:NoSchedule`.
  public var text: String {
    if let value { return "\(key)=\(value):\(effect)" }
    return "\(key):\(effect)"
  }
}

/// A node: a machine that runs pods, with an IP on the machines' network and a pod CIDR.
public struct Node: APIObject {
  public static let kind = ResourceKind.node
  public var metadata: ObjectMeta
  public var podCIDR: String
  public var taints: [Taint]
  public var unschedulable: Bool
  public var internalIP: String
  public var ready: Bool
  public var readySince: Instant

  public init(
    metadata: ObjectMeta, podCIDR: String, internalIP: String, taints: [Taint] = [],
    readySince: Instant
  ) {
    self.metadata = metadata
    self.podCIDR = podCIDR
    self.internalIP = internalIP
    self.taints = taints
    unschedulable = false
    ready = true
    self.readySince = readySince
  }

  public var isControlPlane: Bool {
    metadata.labels["node-role.kubernetes.io/control-plane"] != nil
  }

  /// The roles column of `kubectl get nodes`.
  public var roles: [String] {
    metadata.labels.keys.compactMap { key in
      guard key.hasPrefix("node-role.kubernetes.io/") else { return nil }
      return String(key.dropFirst("node-role.kubernetes.io/".count))
    }.sorted()
  }

  public static let kubeletVersion = "v1.32.4"
  /// The kubelet's default maximum number of pods on a node.
  public static let podCapacity = 110
  public static let osImage = "Ubuntu 22.04.5 LTS"
  public static let kernelVersion = "5.15.0-1083-gcp"
  public static let containerRuntime = "containerd://1.7.27"
}

extension Node {
  public func encodedBody() -> [(String, JSONValue?)] {
    let created = metadata.creationTimestamp ?? readySince
    let condition = { (type: String, status: String, reason: String, message: String) -> JSONValue in
      .object([
        ("type", .string(type)), ("status", .string(status)),
        ("lastHeartbeatTime", .string(readySince.rfc3339)),
        ("lastTransitionTime", .string(created.rfc3339)),
        ("reason", .string(reason)), ("message", .string(message)),
      ])
    }
    let resources: JSONValue = [
      "cpu": "2", "ephemeral-storage": "50620216Ki", "hugepages-1Gi": "0", "hugepages-2Mi": "0",
      "memory": "4015440Ki", "pods": "110",
    ]
    let spec = JSONValue.object([
      ("podCIDR", .string(podCIDR)),
      ("podCIDRs", .array([.string(podCIDR)])),
      (
        "taints",
        taints.isEmpty
          ? nil
          : .array(
            taints.map {
              .object([
                ("key", .string($0.key)), ("value", $0.value.map(JSONValue.string)),
                ("effect", .string($0.effect)),
              ])
            })
      ),
      ("unschedulable", unschedulable ? .bool(true) : nil),
    ])
    let status = JSONValue.object([
      ("capacity", resources),
      ("allocatable", resources),
      (
        "conditions",
        .array([
          condition("MemoryPressure", "False", "KubeletHasSufficientMemory",
            "kubelet has sufficient memory available"),
          condition("DiskPressure", "False", "KubeletHasNoDiskPressure",
            "kubelet has no disk pressure"),
          condition("PIDPressure", "False", "KubeletHasSufficientPID",
            "kubelet has sufficient PID available"),
          ready
            ? condition("Ready", "True", "KubeletReady", "kubelet is posting ready status")
            : condition("Ready", "Unknown", "NodeStatusUnknown", "Kubelet stopped posting node status."),
        ])
      ),
      (
        "addresses",
        .array([
          ["type": "InternalIP", "address": .string(internalIP)],
          ["type": "Hostname", "address": .string(name)],
        ])
      ),
      ("daemonEndpoints", ["kubeletEndpoint": ["Port": 10250]]),
      (
        "nodeInfo",
        .object([
          ("machineID", ""), ("systemUUID", ""), ("bootID", ""),
          ("kernelVersion", .string(Node.kernelVersion)), ("osImage", .string(Node.osImage)),
          ("containerRuntimeVersion", .string(Node.containerRuntime)),
          ("kubeletVersion", .string(Node.kubeletVersion)),
          ("kubeProxyVersion", .string(Node.kubeletVersion)),
          ("operatingSystem", "linux"), ("architecture", "amd64"),
        ])
      ),
    ])
    return [("spec", spec), ("status", status)]
  }

  public static func decodeBody(metadata: ObjectMeta, _ reader: inout ObjectReader)
    throws(DecodeError) -> Node
  {
    reader.skip("spec")
    reader.skip("status")
    return Node(metadata: metadata, podCIDR: "", internalIP: "", readySince: Instant(seconds: 0))
  }
}

/// A namespace: a scope for names.
public struct Namespace: APIObject {
  public static let kind = ResourceKind.namespace
  public var metadata: ObjectMeta
  public var phase: String

  public init(metadata: ObjectMeta, phase: String = "Active") {
    self.metadata = metadata
    self.phase = phase
  }

  public func encodedBody() -> [(String, JSONValue?)] {
    [
      ("spec", metadata.creationTimestamp == nil ? .emptyObject : ["finalizers": ["kubernetes"]]),
      ("status", metadata.creationTimestamp == nil ? .emptyObject : ["phase": .string(phase)]),
    ]
  }

  public static func decodeBody(metadata: ObjectMeta, _ reader: inout ObjectReader)
    throws(DecodeError) -> Namespace
  {
    reader.skip("spec")
    reader.skip("status")
    return Namespace(metadata: metadata)
  }
}
