import ClusterSim

/// One page of `kubectl explain` output, laid out as kubectl v1.32's plaintext template does.
///
/// ```swift
/// ExplainPage(kind: .service, root: ExplainSchemas.service, target: nil, recursive: false)
///   .rendered()  // "KIND:       Service\nVERSION:    v1\n\nDESCRIPTION:\n..."
/// ```
struct ExplainPage {
  /// The kind named on the command line.
  let kind: ResourceKind
  /// The kind's top-level type.
  let root: ExplainType
  /// The field at the end of the path, or nil when the kind itself is explained.
  let target: ExplainField?
  /// Whether `--recursive` was given: the whole tree of names, without descriptions.
  let recursive: Bool

  /// The `GROUP`, `KIND` and `VERSION` lines and the blank line after them.
  static func header(for kind: ResourceKind) -> String {
    var text = kind.group.isEmpty ? "" : "GROUP:      \(kind.group)\n"
    text += "KIND:       \(kind.kind)\nVERSION:    v1\n\n"
    return text
  }

  /// The page exactly as kubectl writes it to standard output.
  func rendered() -> String {
    var text = ExplainPage.header(for: kind)
    var description = root.summary + "\n"
    var fields = root.sortedFields
    if let target {
      text += "FIELD: \(target.name) <\(target.typeText)>\n"
      if !target.enumValues.isEmpty {
        text += "ENUM:" + target.enumValues.map { "\n    " + ExplainPage.shown($0) }.joined()
      }
      text += "\n\n"
      description = target.summary + "\n"
      if let type = target.shape.namedType, !type.summary.isEmpty {
        description += type.summary + "\n"
      }
      fields = target.children
    }
    text += "DESCRIPTION:\n"
    text += ExplainText.indented(ExplainText.wrapped(description, width: 76), by: 4) + "\n"
    if !fields.isEmpty {
      text += "FIELDS:\n" + list(fields, level: 1, seen: [root.name])
    }
    return text + "\n"
  }

  /// The field lines at one depth; with `recursive`, each followed by its own fields.
  private func list(_ fields: [ExplainField], level: Int, seen: Set<String>) -> String {
    let indent = level * 2
    let pad = String(repeating: " ", count: indent)
    var text = ""
    for field in fields {
      text += pad + field.name + "\t<" + field.typeText + ">"
      if field.isRequired { text += " -required-" }
      if !field.enumValues.isEmpty {
        text += "\n" + pad + "enum: " + ExplainPage.shortEnum(field.enumValues)
      }
      text += "\n"
      if recursive {
        // NB: like kubectl, a type is not expanded again inside itself.
        guard let type = field.shape.namedType, !seen.contains(type.name) else { continue }
        text += list(type.sortedFields, level: level + 1, seen: seen.union([type.name]))
      } else {
        let wrapped = ExplainText.wrapped(field.summary, width: 78 - indent)
        text += ExplainText.indented(wrapped, by: indent + 2) + "\n\n"
      }
    }
    return text
  }

  /// The one-line enum list of a field list: at most four values, then `, ....`.
  static func shortEnum(_ values: [String]) -> String {
    let shown = values.prefix(4).map(ExplainPage.shown).joined(separator: ", ")
    return values.count > 4 ? shown + ", ...." : shown
  }

  /// An enum value as printed: the empty string appears as `""`.
  static func shown(_ value: String) -> String { value.isEmpty ? "\"\"" : value }
}
