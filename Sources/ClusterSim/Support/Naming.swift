/// How Kubernetes names generated objects.
public enum Naming {
  /// The alphabet of generated name suffixes: no vowels, no 0, 1 or 3 (so no words appear).
  public static let alphabet: [Character] = Array("bcdfghjklmnpqrstvwxz2456789")

  /// The pod-template-hash of a template: FNV-32a of its content, as decimal digits, each
  /// digit mapped through ``alphabet`` (so only `4-9`, `b`, `c`, `d`, `f` appear).
  public static func templateHash(_ template: PodTemplateSpec) -> String {
    var hash: UInt32 = 0x811C_9DC5
    for byte in canonicalText(template.encoded().sortedKeys()).utf8 {
      hash ^= UInt32(byte)
      hash &*= 0x0100_0193
    }
    return String(String(hash).map { alphabet[Int($0.asciiValue!) % alphabet.count] })
  }

  static func canonicalText(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .int(let number): return String(number)
    case .double(let number): return String(number)
    case .string(let text): return "\"\(text)\""
    case .array(let items): return "[" + items.map(canonicalText).joined(separator: ",") + "]"
    case .object(let members):
      return "{" + members.map { "\"\($0.key)\":\(canonicalText($0.value))" }.joined(separator: ",") + "}"
    }
  }
}
