/// The shape of a value in the API schema, as `kubectl explain` names it between angle brackets.
///
/// ```swift
/// ExplainShape.list(.object(ExplainSchemas.servicePort)).typeText  // "[]ServicePort"
/// ```
indirect enum ExplainShape: Sendable {
  /// A scalar such as `string`, `integer` or `boolean`.
  case primitive(String)
  /// A named type: an object with fields, or an opaque type such as `IntOrString`.
  case object(ExplainType)
  /// A JSON array of the wrapped shape.
  case list(ExplainShape)
  /// A JSON object with free-form string keys and values of the wrapped shape.
  case map(ExplainShape)

  /// The text kubectl prints between `<` and `>`: `string`, `[]Container`, `map[string]string`.
  var typeText: String {
    switch self {
    case .primitive(let name): return name
    case .object(let type): return type.name
    case .list(let element): return "[]" + element.typeText
    case .map(let value): return "map[string]" + value.typeText
    }
  }

  /// The named type this shape holds, looking through lists and maps.
  var namedType: ExplainType? {
    switch self {
    case .primitive: return nil
    case .object(let type): return type
    case .list(let element), .map(let element): return element.namedType
    }
  }

  /// The fields one level down, in kubectl's order; empty for scalars and opaque types.
  var children: [ExplainField] { namedType?.sortedFields ?? [] }
}

/// A named schema type: its printed name, what it is, and its fields.
struct ExplainType: Sendable {
  /// The type name kubectl shows, e.g. `PodSpec`; `string` for timestamps.
  let name: String
  /// The type's own description, shown after the field's when the field is explained.
  let summary: String
  /// The fields, in any order.
  let fields: [ExplainField]

  /// Creates a type from its name, description and fields.
  init(_ name: String, _ summary: String, _ fields: [ExplainField] = []) {
    self.name = name
    self.summary = summary
    self.fields = fields
  }

  /// The fields sorted as kubectl lists them: by the bytes of their names.
  var sortedFields: [ExplainField] {
    fields.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
  }

  /// The field with exactly this name (field names are case-sensitive).
  func field(named name: String) -> ExplainField? {
    fields.first { $0.name == name }
  }
}

/// One field of an object type: a node of the explain tree.
struct ExplainField: Sendable {
  /// The JSON name, e.g. `containerPort`.
  let name: String
  /// What the field holds.
  let shape: ExplainShape
  /// One to three sentences on what the field means.
  let summary: String
  /// Whether the API rejects an object that leaves the field out (`-required-`).
  let isRequired: Bool
  /// The values the API accepts, in kubectl's order; empty when the field is free-form.
  let enumValues: [String]

  /// Creates a field; prefer the shorthands such as `.string(_:_:)` in schema files.
  init(
    _ name: String, _ shape: ExplainShape, _ summary: String, required: Bool = false,
    enum values: [String] = []
  ) {
    self.name = name
    self.shape = shape
    self.summary = summary
    self.isRequired = required
    self.enumValues = values
  }

  /// The text between `<` and `>`.
  var typeText: String { shape.typeText }

  /// The fields one level down.
  var children: [ExplainField] { shape.children }
}
