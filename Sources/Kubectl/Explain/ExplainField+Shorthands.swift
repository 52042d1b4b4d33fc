/// Shorthands that keep the schema files close to how kubectl prints them.
///
/// ```swift
/// .string("name", "The name of the port.")
/// .objects("ports", ExplainSchemas.servicePort, "The ports the Service exposes.")
/// ```
extension ExplainField {
  /// A `<string>` field, optionally limited to `values`.
  static func string(
    _ name: String, _ summary: String, required: Bool = false, enum values: [String] = []
  ) -> ExplainField {
    ExplainField(name, .primitive("string"), summary, required: required, enum: values)
  }

  /// An `<integer>` field.
  static func integer(_ name: String, _ summary: String, required: Bool = false) -> ExplainField {
    ExplainField(name, .primitive("integer"), summary, required: required)
  }

  /// A `<boolean>` field.
  static func boolean(_ name: String, _ summary: String, required: Bool = false) -> ExplainField {
    ExplainField(name, .primitive("boolean"), summary, required: required)
  }

  /// A field holding one value of a named type, e.g. `<PodSpec>` or `<IntOrString>`.
  static func object(
    _ name: String, _ type: ExplainType, _ summary: String, required: Bool = false
  ) -> ExplainField {
    ExplainField(name, .object(type), summary, required: required)
  }

  /// A list of a named type, e.g. `<[]Container>`.
  static func objects(
    _ name: String, _ type: ExplainType, _ summary: String, required: Bool = false
  ) -> ExplainField {
    ExplainField(name, .list(.object(type)), summary, required: required)
  }

  /// A `<[]string>` field.
  static func strings(_ name: String, _ summary: String, required: Bool = false) -> ExplainField {
    ExplainField(name, .list(.primitive("string")), summary, required: required)
  }

  /// A `<[]integer>` field.
  static func integers(_ name: String, _ summary: String) -> ExplainField {
    ExplainField(name, .list(.primitive("integer")), summary)
  }

  /// A `<map[string]string>` field such as labels.
  static func stringMap(_ name: String, _ summary: String) -> ExplainField {
    ExplainField(name, .map(.primitive("string")), summary)
  }

  /// A `<map[string]Quantity>` field such as resource limits.
  static func quantities(_ name: String, _ summary: String) -> ExplainField {
    ExplainField(name, .map(.object(ExplainSchemas.quantity)), summary)
  }

  /// A timestamp: printed as `<string>`, explained with the timestamp type's description.
  static func time(_ name: String, _ summary: String, required: Bool = false) -> ExplainField {
    ExplainField(name, .object(ExplainSchemas.time), summary, required: required)
  }
}
