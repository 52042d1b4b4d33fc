/// A Service: a stable virtual IP, DNS name and ports in front of the pods its selector picks.
public struct Service: APIObject {
  public static let kind = ResourceKind.service
  public var metadata: ObjectMeta
  public var spec: ServiceSpec
  public var status: ServiceStatus

  public init(metadata: ObjectMeta, spec: ServiceSpec, status: ServiceStatus = ServiceStatus()) {
    self.metadata = metadata
    self.spec = spec
    self.status = status
  }

  /// The type, `ClusterIP` when unset.
  public var type: String { spec.type ?? "ClusterIP" }

  /// True for `clusterIP: None`.
  public var isHeadless: Bool { spec.clusterIP == "None" }

  /// The cluster IP as an address (nil for headless and ExternalName Services).
  public var clusterIPAddress: IPv4Address? { spec.clusterIP.flatMap(IPv4Address.init) }

  /// The load balancer ingress IPs, as the LB controller set them.
  public var ingressIPs: [String] { status.loadBalancerIngress.map(\.ip) }
}

/// The desired state of a Service.
public struct ServiceSpec: Equatable, Hashable, Sendable {
  public var ports: [ServicePort]
  public var selector: [String: String]?
  public var clusterIP: String?
  public var clusterIPs: [String]?
  public var type: String?
  public var externalIPs: [String]?
  public var sessionAffinity: String?
  public var loadBalancerIP: String?
  public var loadBalancerSourceRanges: [String]?
  public var externalName: String?
  public var externalTrafficPolicy: String?
  public var healthCheckNodePort: Int32?
  public var publishNotReadyAddresses: Bool?
  public var sessionAffinityConfig: JSONValue?
  public var ipFamilies: [String]?
  public var ipFamilyPolicy: String?
  public var allocateLoadBalancerNodePorts: Bool?
  public var loadBalancerClass: String?
  public var internalTrafficPolicy: String?

  public init(ports: [ServicePort] = [], selector: [String: String]? = nil, type: String? = nil) {
    self.ports = ports
    self.selector = selector
    self.type = type
  }

  /// The ClientIP affinity timeout in seconds (10800 unless set).
  public var affinityTimeoutSeconds: Int64 {
    sessionAffinityConfig?["clientIP"]?["timeoutSeconds"]?.intValue ?? 10800
  }
}

/// One port of a Service.
public struct ServicePort: Equatable, Hashable, Sendable {
  public var name: String?
  public var `protocol`: String?
  public var appProtocol: String?
  public var port: Int32
  public var targetPort: IntOrString?
  public var nodePort: Int32?

  public init(
    port: Int32, targetPort: IntOrString? = nil, name: String? = nil, protocol: String? = nil,
    nodePort: Int32? = nil
  ) {
    self.port = port
    self.targetPort = targetPort
    self.name = name
    self.protocol = `protocol`
    self.nodePort = nodePort
  }

  /// The protocol, `TCP` when unset.
  public var proto: String { self.protocol ?? "TCP" }
}

/// The observed state of a Service: its load balancer ingress.
public struct ServiceStatus: Equatable, Hashable, Sendable {
  public struct Ingress: Equatable, Hashable, Sendable {
    public var ip: String
    public var ipMode: String?
    public init(ip: String, ipMode: String? = "VIP") {
      self.ip = ip
      self.ipMode = ipMode
    }
  }
  public var loadBalancerIngress: [Ingress]
  public init(loadBalancerIngress: [Ingress] = []) {
    self.loadBalancerIngress = loadBalancerIngress
  }
}

extension Service {
  public func encodedBody() -> [(String, JSONValue?)] {
    [("spec", spec.encoded()), ("status", status.encoded())]
  }

  public static func decodeBody(metadata: ObjectMeta, _ reader: inout ObjectReader)
    throws(DecodeError) -> Service
  {
    let spec =
      try reader.object("spec", goStruct: "ServiceSpec", ServiceSpec.decode) ?? ServiceSpec()
    reader.skip("status")
    return Service(metadata: metadata, spec: spec)
  }
}

extension ServiceSpec {
  func encoded() -> JSONValue {
    .object([
      ("ports", ports.isEmpty ? nil : .array(ports.map { $0.encoded() })),
      ("selector", selector.flatMap(JSONValue.stringMap)),
      ("clusterIP", clusterIP.map(JSONValue.string)),
      ("clusterIPs", clusterIPs.map { .array($0.map(JSONValue.string)) }),
      ("type", type.map(JSONValue.string)),
      ("externalIPs", externalIPs.map { .array($0.map(JSONValue.string)) }),
      ("sessionAffinity", sessionAffinity.map(JSONValue.string)),
      ("loadBalancerIP", loadBalancerIP.map(JSONValue.string)),
      ("loadBalancerSourceRanges", loadBalancerSourceRanges.map { .array($0.map(JSONValue.string)) }),
      ("externalName", externalName.map(JSONValue.string)),
      ("externalTrafficPolicy", externalTrafficPolicy.map(JSONValue.string)),
      ("healthCheckNodePort", healthCheckNodePort.map { .int(Int64($0)) }),
      ("publishNotReadyAddresses", publishNotReadyAddresses.map(JSONValue.bool)),
      ("sessionAffinityConfig", sessionAffinityConfig),
      ("ipFamilies", ipFamilies.map { .array($0.map(JSONValue.string)) }),
      ("ipFamilyPolicy", ipFamilyPolicy.map(JSONValue.string)),
      ("allocateLoadBalancerNodePorts", allocateLoadBalancerNodePorts.map(JSONValue.bool)),
      ("loadBalancerClass", loadBalancerClass.map(JSONValue.string)),
      ("internalTrafficPolicy", internalTrafficPolicy.map(JSONValue.string)),
    ])
  }

  static func decode(_ reader: inout ObjectReader) throws(DecodeError) -> ServiceSpec {
    var spec = ServiceSpec()
    spec.ports = try reader.array("ports", goStruct: "ServicePort", ServicePort.decode) ?? []
    spec.selector = try reader.stringMap("selector")
    spec.clusterIP = try reader.string("clusterIP")
    spec.clusterIPs = try reader.stringArray("clusterIPs")
    spec.type = try reader.string("type")
    spec.externalIPs = try reader.stringArray("externalIPs")
    spec.sessionAffinity = try reader.string("sessionAffinity")
    spec.loadBalancerIP = try reader.string("loadBalancerIP")
    spec.loadBalancerSourceRanges = try reader.stringArray("loadBalancerSourceRanges")
    spec.externalName = try reader.string("externalName")
    spec.externalTrafficPolicy = try reader.string("externalTrafficPolicy")
    spec.healthCheckNodePort = try reader.int32("healthCheckNodePort")
    spec.publishNotReadyAddresses = try reader.bool("publishNotReadyAddresses")
    spec.sessionAffinityConfig = reader.raw("sessionAffinityConfig")
    spec.ipFamilies = try reader.stringArray("ipFamilies")
    spec.ipFamilyPolicy = try reader.string("ipFamilyPolicy")
    spec.allocateLoadBalancerNodePorts = try reader.bool("allocateLoadBalancerNodePorts")
    spec.loadBalancerClass = try reader.string("loadBalancerClass")
    spec.internalTrafficPolicy = try reader.string("internalTrafficPolicy")
    reader.skip("trafficDistribution")
    return spec
  }
}

extension ServicePort {
  func encoded() -> JSONValue {
    .object([
      ("name", name.map(JSONValue.string)),
      ("protocol", self.protocol.map(JSONValue.string)),
      ("appProtocol", appProtocol.map(JSONValue.string)),
      ("port", .int(Int64(port))),
      ("targetPort", targetPort?.json),
      ("nodePort", nodePort.map { .int(Int64($0)) }),
    ])
  }

  static func decode(_ reader: inout ObjectReader) throws(DecodeError) -> ServicePort {
    var port = ServicePort(port: try reader.int32("port") ?? 0)
    port.name = try reader.string("name")
    port.protocol = try reader.string("protocol")
    port.appProtocol = try reader.string("appProtocol")
    port.targetPort = try reader.intOrString("targetPort")
    port.nodePort = try reader.int32("nodePort")
    return port
  }
}

extension ServiceStatus {
  func encoded() -> JSONValue {
    .object([
      (
        "loadBalancer",
        loadBalancerIngress.isEmpty
          ? .emptyObject
          : .object([
            (
              "ingress",
              .array(
                loadBalancerIngress.map {
                  .object([("ip", .string($0.ip)), ("ipMode", $0.ipMode.map(JSONValue.string))])
                })
            )
          ])
      )
    ])
  }
}
