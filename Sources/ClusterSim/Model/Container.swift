/// A container in a pod's spec.
public struct Container: Equatable, Hashable, Sendable {
  public var name: String
  public var image: String
  public var command: [String]?
  public var args: [String]?
  public var workingDir: String?
  public var ports: [ContainerPort]
  public var envFrom: JSONValue?
  public var env: [EnvVar]
  public var resources: JSONValue?
  public var volumeMounts: [VolumeMount]
  public var livenessProbe: Probe?
  public var readinessProbe: Probe?
  public var startupProbe: Probe?
  public var lifecycle: JSONValue?
  public var terminationMessagePath: String?
  public var terminationMessagePolicy: String?
  public var imagePullPolicy: String?
  public var securityContext: JSONValue?
  public var stdin: Bool?
  public var stdinOnce: Bool?
  public var tty: Bool?

  public init(name: String, image: String) {
    self.name = name
    self.image = image
    ports = []
    env = []
    volumeMounts = []
  }

  /// The number of the port named `name`, if the container declares one.
  public func portNumber(named name: String) -> Int32? {
    ports.first { $0.name == name }?.containerPort
  }
}

/// A port a container declares.
public struct ContainerPort: Equatable, Hashable, Sendable {
  public var name: String?
  public var hostPort: Int32?
  public var containerPort: Int32
  public var `protocol`: String?
  public var hostIP: String?

  public init(containerPort: Int32, name: String? = nil, protocol: String? = nil) {
    self.containerPort = containerPort
    self.name = name
    self.protocol = `protocol`
  }
}

/// An environment variable of a container.
public struct EnvVar: Equatable, Hashable, Sendable {
  public var name: String
  public var value: String?
  public var valueFrom: JSONValue?

  public init(name: String, value: String?) {
    self.name = name
    self.value = value
  }
}

/// A volume mount of a container.
public struct VolumeMount: Equatable, Hashable, Sendable {
  public var name: String
  public var mountPath: String
  public var readOnly: Bool?
  public var subPath: String?

  public init(name: String, mountPath: String, readOnly: Bool? = nil) {
    self.name = name
    self.mountPath = mountPath
    self.readOnly = readOnly
  }
}

/// A readiness, liveness or startup probe.
public struct Probe: Equatable, Hashable, Sendable {
  public enum Action: Equatable, Hashable, Sendable {
    case httpGet(path: String?, port: IntOrString, scheme: String?)
    case tcpSocket(port: IntOrString)
    case exec(command: [String])
    case none
  }
  public var action: Action
  public var initialDelaySeconds: Int32?
  public var timeoutSeconds: Int32?
  public var periodSeconds: Int32?
  public var successThreshold: Int32?
  public var failureThreshold: Int32?

  public init(action: Action) { self.action = action }
}

extension Container {
  func encoded() -> JSONValue {
    .object([
      ("name", .string(name)),
      ("image", .string(image)),
      ("command", command.map { .array($0.map(JSONValue.string)) }),
      ("args", args.map { .array($0.map(JSONValue.string)) }),
      ("workingDir", workingDir.map(JSONValue.string)),
      ("ports", ports.isEmpty ? nil : .array(ports.map { $0.encoded() })),
      ("envFrom", envFrom),
      ("env", env.isEmpty ? nil : .array(env.map { $0.encoded() })),
      ("resources", resources ?? .emptyObject),
      ("volumeMounts", volumeMounts.isEmpty ? nil : .array(volumeMounts.map { $0.encoded() })),
      ("livenessProbe", livenessProbe?.encoded()),
      ("readinessProbe", readinessProbe?.encoded()),
      ("startupProbe", startupProbe?.encoded()),
      ("lifecycle", lifecycle),
      ("terminationMessagePath", terminationMessagePath.map(JSONValue.string)),
      ("terminationMessagePolicy", terminationMessagePolicy.map(JSONValue.string)),
      ("imagePullPolicy", imagePullPolicy.map(JSONValue.string)),
      ("securityContext", securityContext),
      ("stdin", stdin.map(JSONValue.bool)),
      ("stdinOnce", stdinOnce.map(JSONValue.bool)),
      ("tty", tty.map(JSONValue.bool)),
    ])
  }

  static func decode(_ reader: inout ObjectReader) throws(DecodeError) -> Container {
    var container = Container(
      name: try reader.string("name") ?? "", image: try reader.string("image") ?? "")
    container.command = try reader.stringArray("command")
    container.args = try reader.stringArray("args")
    container.workingDir = try reader.string("workingDir")
    container.ports =
      try reader.array("ports", goStruct: "ContainerPort") {
        (port: inout ObjectReader) throws(DecodeError) in
        var result = ContainerPort(containerPort: try port.int32("containerPort") ?? 0)
        result.name = try port.string("name")
        result.hostPort = try port.int32("hostPort")
        result.protocol = try port.string("protocol")
        result.hostIP = try port.string("hostIP")
        return result
      } ?? []
    container.envFrom = reader.raw("envFrom")
    container.env =
      try reader.array("env", goStruct: "EnvVar") {
        (item: inout ObjectReader) throws(DecodeError) in
        var variable = EnvVar(name: try item.string("name") ?? "", value: try item.string("value"))
        variable.valueFrom = item.raw("valueFrom")
        return variable
      } ?? []
    container.resources = reader.raw("resources")
    container.volumeMounts =
      try reader.array("volumeMounts", goStruct: "VolumeMount") {
        (item: inout ObjectReader) throws(DecodeError) in
        var mount = VolumeMount(
          name: try item.string("name") ?? "", mountPath: try item.string("mountPath") ?? "",
          readOnly: try item.bool("readOnly"))
        mount.subPath = try item.string("subPath")
        item.skip("mountPropagation")
        item.skip("subPathExpr")
        item.skip("recursiveReadOnly")
        return mount
      } ?? []
    container.livenessProbe = try reader.object("livenessProbe", goStruct: "Probe", Probe.decode)
    container.readinessProbe = try reader.object(
      "readinessProbe", goStruct: "Probe", Probe.decode)
    container.startupProbe = try reader.object("startupProbe", goStruct: "Probe", Probe.decode)
    container.lifecycle = reader.raw("lifecycle")
    container.terminationMessagePath = try reader.string("terminationMessagePath")
    container.terminationMessagePolicy = try reader.string("terminationMessagePolicy")
    container.imagePullPolicy = try reader.string("imagePullPolicy")
    container.securityContext = reader.raw("securityContext")
    container.stdin = try reader.bool("stdin")
    container.stdinOnce = try reader.bool("stdinOnce")
    container.tty = try reader.bool("tty")
    reader.skip("resizePolicy")
    reader.skip("restartPolicy")
    reader.skip("volumeDevices")
    return container
  }
}

extension ContainerPort {
  func encoded() -> JSONValue {
    .object([
      ("name", name.map(JSONValue.string)),
      ("hostPort", hostPort.map { .int(Int64($0)) }),
      ("containerPort", .int(Int64(containerPort))),
      ("protocol", self.protocol.map(JSONValue.string)),
      ("hostIP", hostIP.map(JSONValue.string)),
    ])
  }
}

extension EnvVar {
  func encoded() -> JSONValue {
    .object([("name", .string(name)), ("value", value.map(JSONValue.string)), ("valueFrom", valueFrom)])
  }
}

extension VolumeMount {
  func encoded() -> JSONValue {
    .object([
      ("name", .string(name)), ("readOnly", readOnly.map(JSONValue.bool)),
      ("mountPath", .string(mountPath)), ("subPath", subPath.map(JSONValue.string)),
    ])
  }
}

extension Probe {
  func encoded() -> JSONValue {
    var pairs: [(String, JSONValue?)] = []
    switch action {
    case .httpGet(let path, let port, let scheme):
      pairs.append(
        (
          "httpGet",
          .object([
            ("path", path.map(JSONValue.string)), ("port", port.json),
            ("scheme", scheme.map(JSONValue.string)),
          ])
        ))
    case .tcpSocket(let port): pairs.append(("tcpSocket", .object([("port", port.json)])))
    case .exec(let command):
      pairs.append(("exec", .object([("command", .array(command.map(JSONValue.string)))])))
    case .none: break
    }
    pairs += [
      ("initialDelaySeconds", initialDelaySeconds.map { .int(Int64($0)) }),
      ("timeoutSeconds", timeoutSeconds.map { .int(Int64($0)) }),
      ("periodSeconds", periodSeconds.map { .int(Int64($0)) }),
      ("successThreshold", successThreshold.map { .int(Int64($0)) }),
      ("failureThreshold", failureThreshold.map { .int(Int64($0)) }),
    ]
    return .object(pairs)
  }

  static func decode(_ reader: inout ObjectReader) throws(DecodeError) -> Probe {
    var probe = Probe(action: .none)
    if let http = try reader.object(
      "httpGet", goStruct: "HTTPGetAction",
      { (item: inout ObjectReader) throws(DecodeError) in
        item.skip("host")
        item.skip("httpHeaders")
        return Probe.Action.httpGet(
          path: try item.string("path"), port: try item.intOrString("port") ?? .int(0),
          scheme: try item.string("scheme"))
      })
    {
      probe.action = http
    }
    if let tcp = try reader.object(
      "tcpSocket", goStruct: "TCPSocketAction",
      { (item: inout ObjectReader) throws(DecodeError) in
        item.skip("host")
        return Probe.Action.tcpSocket(port: try item.intOrString("port") ?? .int(0))
      })
    {
      probe.action = tcp
    }
    if let exec = try reader.object(
      "exec", goStruct: "ExecAction",
      { (item: inout ObjectReader) throws(DecodeError) in
        Probe.Action.exec(command: try item.stringArray("command") ?? [])
      })
    {
      probe.action = exec
    }
    probe.initialDelaySeconds = try reader.int32("initialDelaySeconds")
    probe.timeoutSeconds = try reader.int32("timeoutSeconds")
    probe.periodSeconds = try reader.int32("periodSeconds")
    probe.successThreshold = try reader.int32("successThreshold")
    probe.failureThreshold = try reader.int32("failureThreshold")
    reader.skip("grpc")
    reader.skip("terminationGracePeriodSeconds")
    return probe
  }
}
