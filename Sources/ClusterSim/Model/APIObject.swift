/// An object the API server stores: it has metadata, turns into JSON in Go struct order,
/// and can be decoded strictly from a manifest.
public protocol APIObject: Equatable, Sendable {
  static var kind: ResourceKind { get }
  var metadata: ObjectMeta { get set }
  /// The fields after `kind`, `apiVersion` and `metadata`, in Go struct order.
  func encodedBody() -> [(String, JSONValue?)]
  /// Reads the fields after `metadata` from a manifest.
  static func decodeBody(metadata: ObjectMeta, _ reader: inout ObjectReader) throws(DecodeError)
    -> Self
}

extension APIObject {
  /// The object as JSON: `kind`, `apiVersion`, `metadata`, then the body, in Go struct order.
  public func encoded() -> JSONValue {
    .object(
      [
        ("kind", .string(Self.kind.kind)), ("apiVersion", .string(Self.kind.apiVersion)),
        ("metadata", metadata.encoded()),
      ] + encodedBody())
  }

  /// Decodes a manifest strictly: type mismatches throw; unknown fields throw afterwards,
  /// all named at once, as the API server's strict field validation does.
  public static func decode(_ value: JSONValue) throws(DecodeError) -> Self {
    let session = DecodeSession()
    var reader = try ObjectReader(
      value, goStruct: Self.kind.kind, goPath: "", strictPath: "", session: session)
    reader.skip("kind")
    reader.skip("apiVersion")
    let metadata =
      try reader.object("metadata", goStruct: "ObjectMeta") {
        (meta: inout ObjectReader) throws(DecodeError) in try ObjectMeta.decode(&meta)
      } ?? ObjectMeta()
    let object = try decodeBody(metadata: metadata, &reader)
    reader.finish()
    if !session.unknownFields.isEmpty { throw .unknownFields(session.unknownFields) }
    return object
  }

  /// The object's namespace, or "" for cluster-scoped objects.
  public var namespace: String { metadata.namespace ?? "" }
  public var name: String { metadata.name }
}

/// Identifies one object in the store.
public struct ObjectKey: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var kind: ResourceKind
  public var namespace: String
  public var name: String

  public init(_ kind: ResourceKind, namespace: String, name: String) {
    self.kind = kind
    self.namespace = kind.isNamespaced ? namespace : ""
    self.name = name
  }

  public static func < (lhs: ObjectKey, rhs: ObjectKey) -> Bool {
    (lhs.kind, lhs.namespace, lhs.name) < (rhs.kind, rhs.namespace, rhs.name)
  }

  public var description: String {
    namespace.isEmpty ? "\(kind.plural)/\(name)" : "\(kind.plural)/\(namespace)/\(name)"
  }
}

extension APIObject {
  public var key: ObjectKey { ObjectKey(Self.kind, namespace: namespace, name: name) }
}
