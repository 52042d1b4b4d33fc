import ClusterSim

extension JSONPath {
  /// Renders values as kubectl's Go code prints them: `fmt.Print` (`%v`), `%#v`,
  /// `encoding/json` and `strconv.Quote`.
  enum GoFormat {
    /// One JSONPath result as `PrintResults` writes it: maps and arrays as compact JSON,
    /// everything else as `fmt.Print` would (a JSON null is Go's `<nil>`).
    static func printed(_ value: JSONValue) -> String {
      switch value {
      case .object, .array: return json(value)
      default: return plain(value)
      }
    }

    /// `fmt.Sprint` of the value: `map[a:1 b:x]`, `[a b]`, `<nil>`, raw strings.
    static func plain(_ value: JSONValue) -> String {
      switch value {
      case .null: return "<nil>"
      case .bool(let flag): return flag ? "true" : "false"
      case .int(let number): return String(number)
      case .double(let number): return float(number, style: .print)
      case .string(let text): return text
      case .array(let items): return "[" + items.map(plain).joined(separator: " ") + "]"
      case .object(let members):
        let pairs = sortedKeys(members.keys).map { "\($0):\(plain(members[$0]!))" }
        return "map[" + pairs.joined(separator: " ") + "]"
      }
    }

    /// `%#v` of the value as an `interface{}` decoded from JSON.
    static func goSyntax(_ value: JSONValue) -> String {
      switch value {
      case .null: return "interface {}(nil)"
      case .string(let text): return quoted(text)
      case .array(let items):
        return "[]interface {}{" + items.map(goSyntax).joined(separator: ", ") + "}"
      case .object(let members):
        let pairs = sortedKeys(members.keys).map { "\(quoted($0)):\(goSyntax(members[$0]!))" }
        return "map[string]interface {}{" + pairs.joined(separator: ", ") + "}"
      default: return plain(value)
      }
    }

    /// `json.Marshal` of the value: compact, keys sorted, `<`, `>` and `&` escaped.
    static func json(_ value: JSONValue) -> String {
      switch value {
      case .null: return "null"
      case .double(let number): return float(number, style: .json)
      case .string(let text): return jsonString(text)
      case .array(let items): return "[" + items.map(json).joined(separator: ",") + "]"
      case .object(let members):
        let pairs = sortedKeys(members.keys).map { "\(jsonString($0)):\(json(members[$0]!))" }
        return "{" + pairs.joined(separator: ",") + "}"
      default: return plain(value)
      }
    }

    /// The Go type a decoded JSON value has, as `reflect` names it in errors.
    static func typeName(of value: JSONValue) -> String {
      switch value {
      case .null: return "interface {}"
      case .bool: return "bool"
      case .int: return "int64"
      case .double: return "float64"
      case .string: return "string"
      case .array: return "[]interface {}"
      case .object: return "map[string]interface {}"
      }
    }

    /// Keys in Go's order for maps: byte-wise on their UTF-8 encoding.
    static func sortedKeys(_ keys: some Sequence<String>) -> [String] {
      keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    // MARK: Strings

    /// `strconv.Quote`: a double-quoted Go literal, non-printing characters escaped.
    static func quoted(_ text: String) -> String {
      var result = "\""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"", "\\": result += "\\\(scalar)"
        case "\u{07}": result += "\\a"
        case "\u{08}": result += "\\b"
        case "\u{0C}": result += "\\f"
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case "\u{0B}": result += "\\v"
        case _ where isPrintable(scalar): result.unicodeScalars.append(scalar)
        case _ where scalar.value < 0x20 || scalar.value == 0x7F:
          result += "\\x" + hex(scalar.value, digits: 2)
        case _ where scalar.value < 0x10000: result += "\\u" + hex(scalar.value, digits: 4)
        default: result += "\\U" + hex(scalar.value, digits: 8)
        }
      }
      return result + "\""
    }

    /// `encoding/json`'s string form, with its HTML-safe escapes.
    static func jsonString(_ text: String) -> String {
      var result = "\""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"", "\\": result += "\\\(scalar)"
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case "\u{08}": result += "\\b"
        case "\u{0C}": result += "\\f"
        case "<", ">", "&", "\u{2028}", "\u{2029}":
          result += "\\u" + hex(scalar.value, digits: 4)
        case _ where scalar.value < 0x20: result += "\\u" + hex(scalar.value, digits: 4)
        default: result.unicodeScalars.append(scalar)
        }
      }
      return result + "\""
    }

    /// Go's `%#U`: `U+0021 '!'`, or just `U+0009` for a character that does not print.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
      let number = "U+" + hex(scalar.value, digits: 4).uppercased()
      return isPrintable(scalar) ? "\(number) '\(scalar)'" : number
    }

    /// Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and the space.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.properties.generalCategory {
      case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
        .paragraphSeparator:
        return false
      case .spaceSeparator:
        return scalar == " "
      default:
        return true
      }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
      let text = String(value, radix: 16)
      return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// Reads a quoted literal as kubectl's `UnquoteExtend` does (Go escapes, either quote);
    /// nil where Go reports a syntax error.
    static func unquoted(_ literal: String) -> String? {
      var scalars = Array(literal.unicodeScalars)
      guard scalars.count >= 2, let quote = scalars.first, scalars.last == quote,
        quote == "\"" || quote == "'"
      else { return nil }
      scalars = Array(scalars.dropFirst().dropLast())
      var bytes: [UInt8] = []
      var index = 0
      func hexValue(_ count: Int) -> UInt32? {
        guard index + count <= scalars.count else { return nil }
        var value: UInt32 = 0
        for scalar in scalars[index..<(index + count)] {
          guard let digit = Int(String(scalar), radix: 16) else { return nil }
          value = value * 16 + UInt32(digit)
        }
        index += count
        return value
      }
      while index < scalars.count {
        let scalar = scalars[index]
        index += 1
        if scalar == quote { return nil }
        guard scalar == "\\" else {
          bytes += Array(String(scalar).utf8)
          continue
        }
        guard index < scalars.count else { return nil }
        let escape = scalars[index]
        index += 1
        switch escape {
        case "a": bytes.append(0x07)
        case "b": bytes.append(0x08)
        case "f": bytes.append(0x0C)
        case "n": bytes.append(0x0A)
        case "r": bytes.append(0x0D)
        case "t": bytes.append(0x09)
        case "v": bytes.append(0x0B)
        case "\\": bytes.append(0x5C)
        case "\"", "'":
          guard escape == quote else { return nil }
          bytes.append(UInt8(escape.value))
        case "x":
          guard let value = hexValue(2) else { return nil }
          bytes.append(UInt8(value))
        case "u", "U":
          guard let value = hexValue(escape == "u" ? 4 : 8), let decoded = Unicode.Scalar(value)
          else { return nil }
          bytes += Array(String(decoded).utf8)
        case "0"..."7":
          guard index + 2 <= scalars.count else { return nil }
          var value = escape.value - 0x30
          for digit in scalars[index..<(index + 2)] {
            guard ("0"..."7").contains(digit) else { return nil }
            value = value * 8 + digit.value - 0x30
          }
          guard value <= 255 else { return nil }
          index += 2
          bytes.append(UInt8(value))
        default:
          return nil
        }
      }
      return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Numbers

    /// Which Go routine formats a float.
    enum FloatStyle {
      /// `fmt.Print` (`%v`): exponent form below 1e-4 and from 1e6 on, as `%g` does when the
      /// precision is the shortest that reads back exactly.
      case print
      /// `json.Marshal`: plain digits unless below 1e-6 or from 1e21 on.
      case json
    }

    /// A float with the shortest digits that read back exactly, laid out as Go does.
    static func float(_ number: Double, style: FloatStyle) -> String {
      guard number.isFinite else { return number.isNaN ? "NaN" : (number < 0 ? "-Inf" : "+Inf") }
      let sign = number.sign == .minus ? "-" : ""
      let (digits, point) = shortestDigits(abs(number))
      if digits.isEmpty { return sign + "0" }
      let exponent = point - 1
      let useExponent: Bool
      switch style {
      case .print: useExponent = exponent < -4 || exponent >= 6
      case .json: useExponent = abs(number) < 1e-6 || abs(number) >= 1e21
      }
      guard useExponent else { return sign + fixed(digits, point: point) }
      var mantissa = String(digits.first!)
      if digits.count > 1 { mantissa += "." + digits.dropFirst() }
      let magnitude = String(abs(exponent))
      let padded = style == .json || magnitude.count > 1 ? magnitude : "0" + magnitude
      return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + padded
    }

    /// The significant digits of a positive finite value and where the decimal point falls:
    /// value = 0.d1d2d3... × 10^point.
    private static func shortestDigits(_ number: Double) -> (digits: String, point: Int) {
      let text = number.description
      let parts = text.split(separator: "e", maxSplits: 1)
      let exponent = parts.count > 1 ? Int(parts[1])! : 0
      let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
      let whole = String(mantissa[0])
      var digits = whole + (mantissa.count > 1 ? mantissa[1] : "")
      var point = whole.count + exponent
      while digits.first == "0" {
        digits.removeFirst()
        point -= 1
      }
      while digits.last == "0" { digits.removeLast() }
      return (digits, point)
    }

    private static func fixed(_ digits: String, point: Int) -> String {
      let characters = Array(digits)
      let digit = { (index: Int) -> Character in
        characters.indices.contains(index) ? characters[index] : "0"
      }
      let whole = point > 0 ? String((0..<point).map(digit)) : "0"
      let fractionCount = max(characters.count - point, 0)
      guard fractionCount > 0 else { return whole }
      return whole + "." + String((point..<(point + fractionCount)).map(digit))
    }
  }
}
