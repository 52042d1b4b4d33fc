/// The API machinery's name and label rules, with their exact messages.
public enum NameRules {
  static let dns1123LabelMessage =
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
  static let dns1123SubdomainMessage =
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
  static let dns1035LabelMessage =
    "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"
  static let labelValueMessage =
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
  static let qualifiedNameMessage =
    "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"

  // NB: the rules allow ASCII only, so they are checked on UTF-8 bytes (a byte of a non-ASCII
  // character fails every test); Character's Unicode properties made validation most of the
  // cost of creating 5,000 pods.
  private static func isLowerAlnum(_ byte: UInt8) -> Bool {
    (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
  }

  private static func isAlnum(_ byte: UInt8) -> Bool {
    isLowerAlnum(byte) || (0x41...0x5A).contains(byte)
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    isAlnum(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
  }

  private static func isDNS1123Label<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes) -> Bool {
    guard let first = bytes.first, let last = bytes.last else { return false }
    return isLowerAlnum(first) && isLowerAlnum(last)
      && bytes.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
  }

  /// `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`, for a non-empty text.
  private static func isQualifiedNamePart<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes) -> Bool {
    guard let first = bytes.first, let last = bytes.last else { return false }
    return isAlnum(first) && isAlnum(last) && bytes.allSatisfy(isNameByte)
  }

  static func isDNS1123Label(_ text: String) -> Bool { isDNS1123Label(text.utf8) }

  static func isDNS1035Label(_ text: String) -> Bool {
    guard let first = text.utf8.first else { return false }
    return (0x61...0x7A).contains(first) && isDNS1123Label(text.utf8)
  }

  static func isDNS1123Subdomain(_ text: String) -> Bool {
    !text.isEmpty
      && text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).allSatisfy {
        isDNS1123Label($0)
      }
  }

  /// Problems with a DNS-1123 label (namespace names, container names, port names).
  public static func dns1123Label(_ text: String) -> [String] {
    var problems: [String] = []
    if text.utf8.count > 63 { problems.append("must be no more than 63 characters") }
    if !isDNS1123Label(text) { problems.append(dns1123LabelMessage) }
    return problems
  }

  /// Problems with a DNS-1123 subdomain (pod, deployment and most other object names).
  public static func dns1123Subdomain(_ text: String) -> [String] {
    var problems: [String] = []
    if text.utf8.count > 253 { problems.append("must be no more than 253 characters") }
    if !isDNS1123Subdomain(text) { problems.append(dns1123SubdomainMessage) }
    return problems
  }

  /// Problems with a DNS-1035 label (Service names).
  public static func dns1035Label(_ text: String) -> [String] {
    var problems: [String] = []
    if text.utf8.count > 63 { problems.append("must be no more than 63 characters") }
    if !isDNS1035Label(text) { problems.append(dns1035LabelMessage) }
    return problems
  }

  /// Problems with a label value.
  public static func labelValue(_ text: String) -> [String] {
    var problems: [String] = []
    if text.utf8.count > 63 { problems.append("must be no more than 63 characters") }
    if !text.isEmpty && !isQualifiedNamePart(text.utf8) { problems.append(labelValueMessage) }
    return problems
  }

  /// Problems with a label or annotation key (`[prefix/]name`).
  public static func qualifiedName(_ text: String) -> [String] {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    var name = text
    var problems: [String] = []
    if parts.count == 2 {
      name = parts[1]
      if parts[0].isEmpty {
        problems.append("prefix part must be non-empty")
      } else {
        problems += dns1123Subdomain(parts[0]).map { "prefix part \($0)" }
      }
    } else if parts.count > 2 {
      return [
        "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
      ]
    }
    if name.isEmpty {
      problems.append("name part must be non-empty")
    } else {
      if name.utf8.count > 63 { problems.append("name part must be no more than 63 characters") }
      if !isQualifiedNamePart(name.utf8) { problems.append(qualifiedNameMessage) }
    }
    return problems
  }

  /// Problems with an IANA service name (a named container port or targetPort).
  public static func ianaServiceName(_ text: String) -> [String] {
    var problems: [String] = []
    if text.utf8.count > 15 { problems.append("must be no more than 15 characters") }
    if !text.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) {
      problems.append("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")
    }
    if text.contains("--") { problems.append("must not contain consecutive hyphens") }
    if !text.contains(where: { $0.isASCII && $0.isLetter }) {
      problems.append("must contain at least one letter (a-z)")
    }
    if text.hasPrefix("-") || text.hasSuffix("-") {
      problems.append("must not begin or end with a hyphen")
    }
    return problems
  }

  /// Problems with a port number.
  public static func portNumber(_ port: Int64) -> [String] {
    (1...65535).contains(port) ? [] : ["must be between 1 and 65535, inclusive"]
  }

  /// Validates a label map at `field`.
  public static func labels(_ labels: [String: String], field: String) -> [FieldError] {
    var errors: [FieldError] = []
    for key in labels.keys.sorted() {
      for problem in qualifiedName(key) { errors.append(.invalid(field, key, problem)) }
      for problem in labelValue(labels[key]!) {
        errors.append(.invalid(field, labels[key]!, problem))
      }
    }
    return errors
  }

  /// Validates annotation keys at `field`.
  public static func annotations(_ annotations: [String: String], field: String) -> [FieldError] {
    annotations.keys.sorted().flatMap { key in
      qualifiedName(key).map { FieldError.invalid(field, key.lowercased(), $0) }
    }
  }
}
