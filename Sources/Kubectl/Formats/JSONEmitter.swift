import ClusterSim

/// Renders a `JSONValue` as the JSON text Go's encoding/json produces, which is what
/// `kubectl get -o json` prints.
///
/// ```swift
/// JSONEmitter().rendered(["a": [1, 2], "b": "<x>"])
/// // {
/// //     "a": [
/// //         1,
/// //         2
/// //     ],
/// //     "b": "\u003cx\u003e"
/// // }
/// ```
///
/// Keys keep the order they have in the value: sort first (`sortedKeys()`) where kubectl
/// prints a Go map. The text has no final newline; kubectl's printer adds one.
public struct JSONEmitter: Sendable {
  /// The layout of the text.
  public enum Style: Equatable, Sendable {
    /// `json.MarshalIndent(v, "", "    ")`: one member or element a line.
    case indented
    /// `json.Marshal(v)`: no whitespace at all.
    case compact
  }

  /// The layout this emitter writes.
  public var style: Style

  /// An emitter of the given layout.
  public init(style: Style = .indented) {
    self.style = style
  }

  /// The JSON text of `value`.
  ///
  /// NB: Go cannot marshal NaN or an infinity and kubectl fails; they are written as `null`.
  public func rendered(_ value: JSONValue) -> String {
    var text = ""
    write(value, depth: 0, into: &text)
    return text
  }

  private func write(_ value: JSONValue, depth: Int, into text: inout String) {
    switch value {
    case .null: text += "null"
    case .bool(let flag): text += flag ? "true" : "false"
    case .int(let number): text += String(number)
    case .double(let number): text += GoNumberText.json(number) ?? "null"
    case .string(let string): Self.writeQuoted(string, into: &text)
    case .array(let items):
      writeContainer(open: "[", close: "]", count: items.count, depth: depth, into: &text) {
        index, text in write(items[index], depth: depth + 1, into: &text)
      }
    case .object(let members):
      let keys = Array(members.keys)
      writeContainer(open: "{", close: "}", count: keys.count, depth: depth, into: &text) {
        index, text in
        Self.writeQuoted(keys[index], into: &text)
        text += style == .indented ? ": " : ":"
        write(members[keys[index]]!, depth: depth + 1, into: &text)
      }
    }
  }

  private func writeContainer(
    open: String, close: String, count: Int, depth: Int, into text: inout String,
    element: (Int, inout String) -> Void
  ) {
    text += open
    guard count > 0 else {
      text += close
      return
    }
    let inner = "\n" + String(repeating: "    ", count: depth + 1)
    for index in 0..<count {
      if index > 0 { text += "," }
      if style == .indented { text += inner }
      element(index, &text)
    }
    if style == .indented { text += "\n" + String(repeating: "    ", count: depth) }
    text += close
  }

  /// Appends `string` as a Go JSON string literal, HTML-safe as encoding/json writes it.
  public static func writeQuoted(_ string: String, into text: inout String) {
    text += "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\r": text += "\\r"
      case "\t": text += "\\t"
      // NB: Go 1.22 and later write \b and \f; older releases wrote \u0008 and \u000c.
      case "\u{8}": text += "\\b"
      case "\u{C}": text += "\\f"
      case "<", ">", "&", "\u{2028}", "\u{2029}":
        text += "\\u" + hex(scalar.value, width: 4, uppercase: false)
      default:
        if scalar.value < 0x20 {
          text += "\\u" + hex(scalar.value, width: 4, uppercase: false)
        } else {
          text.unicodeScalars.append(scalar)
        }
      }
    }
    text += "\""
  }
}

/// `value` in hexadecimal, zero-padded to `width` digits.
func hex(_ value: UInt32, width: Int, uppercase: Bool) -> String {
  let digits = String(value, radix: 16, uppercase: uppercase)
  return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

/// Numbers spelled the way Go's strconv and encoding/json spell a float64.
enum GoNumberText {
  /// The shortest decimal digits that round-trip `value` (no leading or trailing zeros),
  /// and the exponent `point` such that value = 0.digits × 10^point. Zero has no digits.
  static func decimal(_ value: Double) -> (digits: [UInt8], point: Int) {
    // NB: Swift's description already holds the shortest round-tripping digits, as Go's
    // strconv picks them; only their layout differs.
    decimal(String(describing: value.magnitude))
  }

  /// The digits and exponent of a Swift number description such as `1.5e-07`.
  static func decimal(_ text: String) -> (digits: [UInt8], point: Int) {
    let parts = text.split(separator: "e", maxSplits: 1)
    let exponent = parts.count > 1 ? Int(parts[1])! : 0
    var digits: [UInt8] = []
    var point = 0
    var seenPoint = false
    for character in parts[0].utf8 {
      if character == UInt8(ascii: ".") {
        seenPoint = true
      } else {
        digits.append(character - UInt8(ascii: "0"))
        if !seenPoint { point += 1 }
      }
    }
    while let first = digits.first, first == 0 {
      digits.removeFirst()
      point -= 1
    }
    while let last = digits.last, last == 0 { digits.removeLast() }
    return digits.isEmpty ? ([], 0) : (digits, point + exponent)
  }

  /// `strconv.FormatFloat(value, 'f', -1, 64)`, without the sign.
  static func fixed(_ digits: [UInt8], point: Int) -> String {
    var text = ""
    if point <= 0 {
      text = "0"
    } else {
      for index in 0..<point { text += String(index < digits.count ? digits[index] : 0) }
    }
    if digits.count > point {
      text += "."
      for index in point..<digits.count { text += String(index < 0 ? 0 : digits[index]) }
    }
    return text
  }

  /// `strconv.FormatFloat(value, 'e', -1, 64)`, without the sign.
  static func exponential(_ digits: [UInt8], point: Int) -> String {
    guard let first = digits.first else { return "0e+00" }
    var text = String(first)
    if digits.count > 1 { text += "." + digits.dropFirst().map(String.init).joined() }
    let exponent = point - 1
    let magnitude = String(abs(exponent))
    return text + (exponent < 0 ? "e-" : "e+") + (magnitude.count < 2 ? "0" : "") + magnitude
  }

  /// The number as encoding/json writes a float64, or nil for NaN and the infinities.
  static func json(_ value: Double) -> String? {
    guard value.isFinite else { return nil }
    let sign = value.sign == .minus ? "-" : ""
    let (digits, point) = decimal(value)
    let magnitude = value.magnitude
    guard magnitude != 0, magnitude < 1e-6 || magnitude >= 1e21 else {
      return sign + fixed(digits, point: point)
    }
    var text = exponential(digits, point: point)
    // encoding/json shortens a two-digit negative exponent: 1e-07 becomes 1e-7.
    if Array(text.utf8.suffix(4).prefix(3)) == Array("e-0".utf8) {
      text.remove(at: text.index(text.endIndex, offsetBy: -2))
    }
    return sign + text
  }

  /// `strconv.FormatFloat(value, 'g', -1, 64)` as go-yaml writes a float: `.inf`, `.nan`;
  /// with `singlePrecision`, the float32 rounding sigs.k8s.io/yaml gives a float map key.
  static func yaml(_ value: Double, singlePrecision: Bool = false) -> String {
    let rounded = singlePrecision ? Double(Float(value)) : value
    if rounded.isNaN { return ".nan" }
    if rounded.isInfinite { return rounded < 0 ? "-.inf" : ".inf" }
    let sign = value.sign == .minus ? "-" : ""
    let (digits, point) =
      singlePrecision
      ? decimal(String(describing: Float(value).magnitude)) : decimal(value)
    if digits.isEmpty { return sign + "0" }
    let exponent = point - 1
    if exponent < -4 || exponent >= 6 { return sign + exponential(digits, point: point) }
    return sign + fixed(digits, point: point)
  }
}
