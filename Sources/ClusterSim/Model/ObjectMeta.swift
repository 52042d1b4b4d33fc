/// The metadata every object carries.
public struct ObjectMeta: Equatable, Hashable, Sendable {
  public var name: String
  public var generateName: String?
  public var namespace: String?
  public var uid: String?
  public var resourceVersion: String?
  public var generation: Int64?
  public var creationTimestamp: Instant?
  public var deletionTimestamp: Instant?
  public var deletionGracePeriodSeconds: Int64?
  public var labels: [String: String]
  public var annotations: [String: String]
  public var ownerReferences: [OwnerReference]
  public var finalizers: [String]

  public init(
    name: String = "", namespace: String? = nil, labels: [String: String] = [:],
    annotations: [String: String] = [:]
  ) {
    self.name = name
    self.namespace = namespace
    self.labels = labels
    self.annotations = annotations
    self.ownerReferences = []
    self.finalizers = []
  }

  /// The owner reference that marks the controller of this object, if any.
  public var controllerReference: OwnerReference? {
    ownerReferences.first { $0.controller == true }
  }
}

/// A link from an object to the object that owns it (garbage collection follows these).
public struct OwnerReference: Equatable, Hashable, Sendable {
  public var apiVersion: String
  public var kind: String
  public var name: String
  public var uid: String
  public var controller: Bool?
  public var blockOwnerDeletion: Bool?

  public init(
    apiVersion: String, kind: String, name: String, uid: String, controller: Bool? = true,
    blockOwnerDeletion: Bool? = true
  ) {
    self.apiVersion = apiVersion
    self.kind = kind
    self.name = name
    self.uid = uid
    self.controller = controller
    self.blockOwnerDeletion = blockOwnerDeletion
  }
}

/// A port given as a number or as the name of a container port.
public enum IntOrString: Equatable, Hashable, Sendable, CustomStringConvertible {
  case int(Int32)
  case string(String)

  public var description: String {
    switch self {
    case .int(let number): return String(number)
    case .string(let text): return text
    }
  }

  public var json: JSONValue {
    switch self {
    case .int(let number): return .int(Int64(number))
    case .string(let text): return .string(text)
    }
  }
}

extension ObjectMeta {
  func encoded() -> JSONValue {
    .object([
      ("name", name.isEmpty ? nil : .string(name)),
      ("generateName", generateName.map(JSONValue.string)),
      ("namespace", namespace.map(JSONValue.string)),
      ("uid", uid.map(JSONValue.string)),
      ("resourceVersion", resourceVersion.map(JSONValue.string)),
      ("generation", generation.map(JSONValue.int)),
      ("creationTimestamp", creationTimestamp.map { .string($0.rfc3339) } ?? .null),
      ("deletionTimestamp", deletionTimestamp.map { .string($0.rfc3339) }),
      ("deletionGracePeriodSeconds", deletionGracePeriodSeconds.map(JSONValue.int)),
      ("labels", JSONValue.stringMap(labels)),
      ("annotations", JSONValue.stringMap(annotations)),
      (
        "ownerReferences",
        ownerReferences.isEmpty ? nil : .array(ownerReferences.map { $0.encoded() })
      ),
      ("finalizers", finalizers.isEmpty ? nil : .array(finalizers.map(JSONValue.string))),
    ])
  }

  static func decode(_ reader: inout ObjectReader) throws(DecodeError) -> ObjectMeta {
    var meta = ObjectMeta()
    meta.name = try reader.string("name") ?? ""
    meta.generateName = try reader.string("generateName")
    meta.namespace = try reader.string("namespace")
    meta.uid = try reader.string("uid")
    meta.resourceVersion = try reader.string("resourceVersion")
    meta.generation = try reader.int64("generation")
    if let stamp = try reader.string("creationTimestamp") {
      meta.creationTimestamp = Instant(rfc3339: stamp)
    }
    if let stamp = try reader.string("deletionTimestamp") {
      meta.deletionTimestamp = Instant(rfc3339: stamp)
    }
    meta.deletionGracePeriodSeconds = try reader.int64("deletionGracePeriodSeconds")
    meta.labels = try reader.stringMap("labels") ?? [:]
    meta.annotations = try reader.stringMap("annotations") ?? [:]
    meta.ownerReferences =
      try reader.array("ownerReferences", goStruct: "OwnerReference") {
        (owner: inout ObjectReader) throws(DecodeError) in
        OwnerReference(
          apiVersion: try owner.string("apiVersion") ?? "", kind: try owner.string("kind") ?? "",
          name: try owner.string("name") ?? "", uid: try owner.string("uid") ?? "",
          controller: try owner.bool("controller"),
          blockOwnerDeletion: try owner.bool("blockOwnerDeletion"))
      } ?? []
    meta.finalizers = try reader.stringArray("finalizers") ?? []
    reader.skip("managedFields")
    reader.skip("selfLink")
    return meta
  }
}

extension OwnerReference {
  func encoded() -> JSONValue {
    .object([
      ("apiVersion", .string(apiVersion)), ("kind", .string(kind)), ("name", .string(name)),
      ("uid", .string(uid)), ("controller", controller.map(JSONValue.bool)),
      ("blockOwnerDeletion", blockOwnerDeletion.map(JSONValue.bool)),
    ])
  }
}
