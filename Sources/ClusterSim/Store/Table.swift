/// The objects of one kind, by namespace and name.
public struct Table<Object: APIObject>: Equatable, Sendable {
  public private(set) var byNamespace: [String: [String: Object]] = [:]
  public private(set) var count = 0
  /// Every key in sorted order, kept until a key is added or removed.
  private var sortedKeys: [(namespace: String, name: String)]?

  public static func == (lhs: Table, rhs: Table) -> Bool {
    lhs.count == rhs.count && lhs.byNamespace == rhs.byNamespace
  }

  public init() {}

  public func get(_ namespace: String, _ name: String) -> Object? {
    byNamespace[namespace]?[name]
  }

  public mutating func put(_ object: Object) {
    let namespace = object.namespace
    if byNamespace[namespace, default: [:]].updateValue(object, forKey: object.name) == nil {
      count += 1
      sortedKeys = nil
    }
  }

  @discardableResult
  public mutating func remove(_ namespace: String, _ name: String) -> Object? {
    guard let removed = byNamespace[namespace]?.removeValue(forKey: name) else { return nil }
    count -= 1
    sortedKeys = nil
    if byNamespace[namespace]?.isEmpty == true { byNamespace[namespace] = nil }
    return removed
  }

  /// The objects in `namespace` (or in every namespace when nil), sorted by namespace, then
  /// name, as the API server lists them.
  ///
  /// - Complexity: O(*n* log *n*) in the number of objects listed.
  public func list(in namespace: String?) -> [Object] {
    if let namespace {
      guard let objects = byNamespace[namespace] else { return [] }
      return objects.keys.sorted().map { objects[$0]! }
    }
    if let sortedKeys {
      return sortedKeys.map { byNamespace[$0.namespace]![$0.name]! }
    }
    return byNamespace.keys.sorted().flatMap { list(in: $0) }
  }

  /// Every object sorted by namespace and name, remembering the order between calls.
  ///
  /// - Complexity: O(*n*) when no key was added or removed since the last call.
  public mutating func sortedList() -> [Object] {
    if sortedKeys == nil {
      sortedKeys = byNamespace.keys.sorted().flatMap { namespace in
        byNamespace[namespace]!.keys.sorted().map { (namespace, $0) }
      }
    }
    return list(in: nil)
  }

  /// Every object, in no particular order (cheaper than ``list(in:)``).
  public var unordered: [Object] { byNamespace.values.flatMap(\.values) }

  /// The objects of one namespace, unordered.
  public func unordered(in namespace: String) -> Dictionary<String, Object>.Values? {
    byNamespace[namespace]?.values
  }

  public var namespaces: Dictionary<String, [String: Object]>.Keys { byNamespace.keys }
}
