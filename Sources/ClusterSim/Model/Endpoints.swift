/// A reference from an endpoint to the pod behind it.
public struct EndpointTarget: Equatable, Hashable, Sendable {
  public var kind: String
  public var namespace: String
  public var name: String
  public var uid: String

  public init(kind: String = "Pod", namespace: String, name: String, uid: String) {
    self.kind = kind
    self.namespace = namespace
    self.name = name
    self.uid = uid
  }

  func encoded() -> JSONValue {
    .object([
      ("kind", .string(kind)), ("namespace", .string(namespace)), ("name", .string(name)),
      ("uid", .string(uid)),
    ])
  }
}

/// The addresses behind a Service (the v1 Endpoints object).
public struct Endpoints: APIObject {
  public static let kind = ResourceKind.endpoints
  public var metadata: ObjectMeta
  public var subsets: [Subset]

  public struct Address: Equatable, Hashable, Sendable {
    public var ip: String
    public var nodeName: String?
    public var targetRef: EndpointTarget?
    public init(ip: String, nodeName: String? = nil, targetRef: EndpointTarget? = nil) {
      self.ip = ip
      self.nodeName = nodeName
      self.targetRef = targetRef
    }
  }

  public struct Port: Equatable, Hashable, Sendable {
    public var name: String?
    public var port: Int32
    public var `protocol`: String
    public init(name: String?, port: Int32, protocol: String) {
      self.name = name
      self.port = port
      self.protocol = `protocol`
    }
  }

  public struct Subset: Equatable, Hashable, Sendable {
    public var addresses: [Address]
    public var notReadyAddresses: [Address]
    public var ports: [Port]
    public init(addresses: [Address], notReadyAddresses: [Address], ports: [Port]) {
      self.addresses = addresses
      self.notReadyAddresses = notReadyAddresses
      self.ports = ports
    }
  }

  public init(metadata: ObjectMeta, subsets: [Subset] = []) {
    self.metadata = metadata
    self.subsets = subsets
  }

  public func encodedBody() -> [(String, JSONValue?)] {
    let encodeAddress = { (address: Address) -> JSONValue in
      .object([
        ("ip", .string(address.ip)), ("nodeName", address.nodeName.map(JSONValue.string)),
        ("targetRef", address.targetRef?.encoded()),
      ])
    }
    return [
      (
        "subsets",
        subsets.isEmpty
          ? nil
          : .array(
            subsets.map { subset in
              .object([
                (
                  "addresses",
                  subset.addresses.isEmpty ? nil : .array(subset.addresses.map(encodeAddress))
                ),
                (
                  "notReadyAddresses",
                  subset.notReadyAddresses.isEmpty
                    ? nil : .array(subset.notReadyAddresses.map(encodeAddress))
                ),
                (
                  "ports",
                  .array(
                    subset.ports.map {
                      .object([
                        ("name", $0.name.map(JSONValue.string)), ("port", .int(Int64($0.port))),
                        ("protocol", .string($0.protocol)),
                      ])
                    })
                ),
              ])
            })
      )
    ]
  }

  public static func decodeBody(metadata: ObjectMeta, _ reader: inout ObjectReader)
    throws(DecodeError) -> Endpoints
  {
    let decodeAddress = { (item: inout ObjectReader) throws(DecodeError) -> Address in
      var address = Address(ip: try item.string("ip") ?? "", nodeName: try item.string("nodeName"))
      address.targetRef = try item.object("targetRef", goStruct: "ObjectReference") {
        (ref: inout ObjectReader) throws(DecodeError) in
        ref.skip("apiVersion")
        ref.skip("resourceVersion")
        ref.skip("fieldPath")
        return EndpointTarget(
          kind: try ref.string("kind") ?? "Pod", namespace: try ref.string("namespace") ?? "",
          name: try ref.string("name") ?? "", uid: try ref.string("uid") ?? "")
      }
      item.skip("hostname")
      return address
    }
    let subsets =
      try reader.array("subsets", goStruct: "EndpointSubset") {
        (item: inout ObjectReader) throws(DecodeError) in
        Subset(
          addresses: try item.array("addresses", goStruct: "EndpointAddress", decodeAddress) ?? [],
          notReadyAddresses: try item.array(
            "notReadyAddresses", goStruct: "EndpointAddress", decodeAddress) ?? [],
          ports: try item.array("ports", goStruct: "EndpointPort") {
            (port: inout ObjectReader) throws(DecodeError) in
            port.skip("appProtocol")
            return Port(
              name: try port.string("name"), port: try port.int32("port") ?? 0,
              protocol: try port.string("protocol") ?? "TCP")
          } ?? [])
      } ?? []
    return Endpoints(metadata: metadata, subsets: subsets)
  }
}

/// A slice of a Service's endpoints (discovery.k8s.io/v1 EndpointSlice).
public struct EndpointSlice: APIObject {
  public static let kind = ResourceKind.endpointSlice
  public var metadata: ObjectMeta
  public var addressType: String
  public var endpoints: [Endpoint]
  public var ports: [Endpoints.Port]?

  public struct Endpoint: Equatable, Hashable, Sendable {
    public var addresses: [String]
    public var ready: Bool
    public var serving: Bool
    public var terminating: Bool
    public var nodeName: String?
    public var targetRef: EndpointTarget?
    public init(
      addresses: [String], ready: Bool, serving: Bool, terminating: Bool, nodeName: String?,
      targetRef: EndpointTarget?
    ) {
      self.addresses = addresses
      self.ready = ready
      self.serving = serving
      self.terminating = terminating
      self.nodeName = nodeName
      self.targetRef = targetRef
    }
  }

  public init(metadata: ObjectMeta, endpoints: [Endpoint], ports: [Endpoints.Port]?) {
    self.metadata = metadata
    addressType = "IPv4"
    self.endpoints = endpoints
    self.ports = ports
  }

  public func encodedBody() -> [(String, JSONValue?)] {
    [
      ("addressType", .string(addressType)),
      (
        "endpoints",
        endpoints.isEmpty
          ? nil
          : .array(
            endpoints.map { endpoint in
              .object([
                ("addresses", .array(endpoint.addresses.map(JSONValue.string))),
                (
                  "conditions",
                  .object([
                    ("ready", .bool(endpoint.ready)), ("serving", .bool(endpoint.serving)),
                    ("terminating", .bool(endpoint.terminating)),
                  ])
                ),
                ("targetRef", endpoint.targetRef?.encoded()),
                ("nodeName", endpoint.nodeName.map(JSONValue.string)),
              ])
            })
      ),
      (
        "ports",
        ports.map { ports in
          .array(
            ports.map {
              .object([
                ("name", .string($0.name ?? "")), ("protocol", .string($0.protocol)),
                ("port", .int(Int64($0.port))),
              ])
            })
        }
      ),
    ]
  }

  public static func decodeBody(metadata: ObjectMeta, _ reader: inout ObjectReader)
    throws(DecodeError) -> EndpointSlice
  {
    reader.skip("addressType")
    reader.skip("endpoints")
    reader.skip("ports")
    return EndpointSlice(metadata: metadata, endpoints: [], ports: [])
  }
}

/// An event: something that happened to an object, reported by a component.
public struct Event: APIObject {
  public static let kind = ResourceKind.event
  public var metadata: ObjectMeta
  public var involvedObject: EndpointTarget
  public var reason: String
  public var message: String
  public var source: String
  public var host: String?
  public var firstTimestamp: Instant
  public var lastTimestamp: Instant
  public var count: Int32
  public var type: String

  public init(
    metadata: ObjectMeta, involvedObject: EndpointTarget, reason: String, message: String,
    source: String, host: String?, at time: Instant, type: String = "Normal"
  ) {
    self.metadata = metadata
    self.involvedObject = involvedObject
    self.reason = reason
    self.message = message
    self.source = source
    self.host = host
    firstTimestamp = time
    lastTimestamp = time
    count = 1
    self.type = type
  }

  public func encodedBody() -> [(String, JSONValue?)] {
    [
      (
        "involvedObject",
        .object([
          ("kind", .string(involvedObject.kind)), ("namespace", .string(involvedObject.namespace)),
          ("name", .string(involvedObject.name)), ("uid", .string(involvedObject.uid)),
        ])
      ),
      ("reason", .string(reason)),
      ("message", .string(message)),
      ("source", .object([("component", .string(source)), ("host", host.map(JSONValue.string))])),
      ("firstTimestamp", .string(firstTimestamp.rfc3339)),
      ("lastTimestamp", .string(lastTimestamp.rfc3339)),
      ("count", .int(Int64(count))),
      ("type", .string(type)),
      ("eventTime", .null),
      ("reportingComponent", .string(source)),
      ("reportingInstance", .string(host ?? "")),
    ]
  }

  public static func decodeBody(metadata: ObjectMeta, _ reader: inout ObjectReader)
    throws(DecodeError) -> Event
  {
    for key in reader.members.keys { reader.skip(key) }
    return Event(
      metadata: metadata, involvedObject: EndpointTarget(namespace: "", name: "", uid: ""),
      reason: "", message: "", source: "", host: nil, at: Instant(seconds: 0))
  }
}
