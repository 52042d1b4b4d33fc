extension Pod {
  public func encodedBody() -> [(String, JSONValue?)] {
    [("spec", spec.encoded()), ("status", status.encoded())]
  }

  public static func decodeBody(metadata: ObjectMeta, _ reader: inout ObjectReader)
    throws(DecodeError) -> Pod
  {
    let spec = try reader.object("spec", goStruct: "PodSpec", PodSpec.decode) ?? PodSpec()
    reader.skip("status")
    return Pod(metadata: metadata, spec: spec)
  }
}

extension PodSpec {
  func encoded() -> JSONValue {
    .object([
      ("volumes", volumes),
      (
        "initContainers",
        initContainers.isEmpty ? nil : .array(initContainers.map { $0.encoded() })
      ),
      ("containers", .array(containers.map { $0.encoded() })),
      ("restartPolicy", restartPolicy.map(JSONValue.string)),
      ("terminationGracePeriodSeconds", terminationGracePeriodSeconds.map(JSONValue.int)),
      ("activeDeadlineSeconds", activeDeadlineSeconds.map(JSONValue.int)),
      ("dnsPolicy", dnsPolicy.map(JSONValue.string)),
      ("nodeSelector", nodeSelector.flatMap(JSONValue.stringMap)),
      ("serviceAccountName", serviceAccountName.map(JSONValue.string)),
      ("serviceAccount", serviceAccount.map(JSONValue.string)),
      ("automountServiceAccountToken", automountServiceAccountToken.map(JSONValue.bool)),
      ("nodeName", nodeName.map(JSONValue.string)),
      ("hostNetwork", hostNetwork.map(JSONValue.bool)),
      ("securityContext", securityContext),
      ("imagePullSecrets", imagePullSecrets),
      ("hostname", hostname.map(JSONValue.string)),
      ("subdomain", subdomain.map(JSONValue.string)),
      ("affinity", affinity),
      ("schedulerName", schedulerName.map(JSONValue.string)),
      ("tolerations", tolerations.map { .array($0.map { $0.encoded() }) }),
      ("priorityClassName", priorityClassName.map(JSONValue.string)),
      ("priority", priority.map { .int(Int64($0)) }),
      ("dnsConfig", dnsConfig),
      ("enableServiceLinks", enableServiceLinks.map(JSONValue.bool)),
      ("preemptionPolicy", preemptionPolicy.map(JSONValue.string)),
      ("topologySpreadConstraints", topologySpreadConstraints),
    ])
  }

  static func decode(_ reader: inout ObjectReader) throws(DecodeError) -> PodSpec {
    var spec = PodSpec()
    spec.volumes = reader.raw("volumes")
    spec.initContainers =
      try reader.array("initContainers", goStruct: "Container", Container.decode) ?? []
    spec.containers = try reader.array("containers", goStruct: "Container", Container.decode) ?? []
    spec.restartPolicy = try reader.string("restartPolicy")
    spec.terminationGracePeriodSeconds = try reader.int64("terminationGracePeriodSeconds")
    spec.activeDeadlineSeconds = try reader.int64("activeDeadlineSeconds")
    spec.dnsPolicy = try reader.string("dnsPolicy")
    spec.nodeSelector = try reader.stringMap("nodeSelector")
    spec.serviceAccountName = try reader.string("serviceAccountName")
    spec.serviceAccount = try reader.string("serviceAccount")
    spec.automountServiceAccountToken = try reader.bool("automountServiceAccountToken")
    spec.nodeName = try reader.string("nodeName")
    spec.hostNetwork = try reader.bool("hostNetwork")
    spec.securityContext = reader.raw("securityContext")
    spec.imagePullSecrets = reader.raw("imagePullSecrets")
    spec.hostname = try reader.string("hostname")
    spec.subdomain = try reader.string("subdomain")
    spec.affinity = reader.raw("affinity")
    spec.schedulerName = try reader.string("schedulerName")
    spec.tolerations = try reader.array("tolerations", goStruct: "Toleration", Toleration.decode)
    spec.priorityClassName = try reader.string("priorityClassName")
    spec.priority = try reader.int32("priority")
    spec.dnsConfig = reader.raw("dnsConfig")
    spec.enableServiceLinks = try reader.bool("enableServiceLinks")
    spec.preemptionPolicy = try reader.string("preemptionPolicy")
    spec.topologySpreadConstraints = reader.raw("topologySpreadConstraints")
    for ignored in [
      "ephemeralContainers", "hostPID", "hostIPC", "shareProcessNamespace", "hostAliases",
      "readinessGates", "runtimeClassName", "overhead", "setHostnameAsFQDN", "os", "hostUsers",
      "schedulingGates", "resourceClaims",
    ] {
      reader.skip(ignored)
    }
    return spec
  }
}

extension Toleration {
  func encoded() -> JSONValue {
    .object([
      ("key", key.map(JSONValue.string)), ("operator", self.operator.map(JSONValue.string)),
      ("value", value.map(JSONValue.string)), ("effect", effect.map(JSONValue.string)),
      ("tolerationSeconds", tolerationSeconds.map(JSONValue.int)),
    ])
  }

  static func decode(_ reader: inout ObjectReader) throws(DecodeError) -> Toleration {
    Toleration(
      key: try reader.string("key"), operator: try reader.string("operator"),
      value: try reader.string("value"), effect: try reader.string("effect"),
      tolerationSeconds: try reader.int64("tolerationSeconds"))
  }
}

extension PodStatus {
  func encoded() -> JSONValue {
    .object([
      ("phase", phase.map(JSONValue.string)),
      ("conditions", conditions.isEmpty ? nil : .array(conditions.map { $0.encoded() })),
      ("message", message.map(JSONValue.string)),
      ("reason", reason.map(JSONValue.string)),
      ("hostIP", hostIP.map(JSONValue.string)),
      ("hostIPs", hostIP.map { .array([["ip": .string($0)]]) }),
      ("podIP", podIP.map(JSONValue.string)),
      ("podIPs", podIP.map { .array([["ip": .string($0)]]) }),
      ("startTime", startTime.map { .string($0.rfc3339) }),
      (
        "containerStatuses",
        containerStatuses.isEmpty ? nil : .array(containerStatuses.map { $0.encoded() })
      ),
      ("qosClass", qosClass.map(JSONValue.string)),
    ])
  }
}

extension PodCondition {
  func encoded() -> JSONValue {
    .object([
      ("type", .string(type)), ("status", .string(status)), ("lastProbeTime", .null),
      ("lastTransitionTime", lastTransitionTime.map { .string($0.rfc3339) } ?? .null),
      ("reason", reason.map(JSONValue.string)), ("message", message.map(JSONValue.string)),
    ])
  }
}

extension ContainerStatus.State {
  func encoded() -> JSONValue {
    switch self {
    case .waiting(let reason, let message):
      return .object([
        (
          "waiting",
          .object([("reason", .string(reason)), ("message", message.map(JSONValue.string))])
        )
      ])
    case .running(let startedAt):
      return .object([("running", .object([("startedAt", .string(startedAt.rfc3339))]))])
    case .terminated(let exitCode, let reason, let startedAt, let finishedAt, let containerID):
      return .object([
        (
          "terminated",
          .object([
            ("exitCode", .int(Int64(exitCode))), ("reason", .string(reason)),
            ("startedAt", startedAt.map { .string($0.rfc3339) } ?? .null),
            ("finishedAt", finishedAt.map { .string($0.rfc3339) } ?? .null),
            ("containerID", containerID.map(JSONValue.string)),
          ])
        )
      ])
    }
  }
}

extension ContainerStatus {
  func encoded() -> JSONValue {
    .object([
      ("name", .string(name)),
      ("state", state.encoded()),
      ("lastState", lastState?.encoded() ?? .emptyObject),
      ("ready", .bool(ready)),
      ("restartCount", .int(Int64(restartCount))),
      ("image", .string(image)),
      ("imageID", .string(imageID)),
      ("containerID", containerID.map(JSONValue.string)),
      ("started", started.map(JSONValue.bool)),
    ])
  }
}
