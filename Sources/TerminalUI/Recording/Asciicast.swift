import Foundation
import Kubectl

/// The asciicast v2 format that asciinema plays: a header line (a JSON object), then one
/// JSON array a line for each event, `[seconds, "o", "text"]` for output and
/// `[seconds, "r", "WIDTHxHEIGHT"]` for a resize.
///
/// ```
/// {"env":{"SHELL":"/bin/bash","TERM":"xterm-256color"},"height":30,"timestamp":1795683600,"version":2,"width":100}
/// [0.012034, "o", "\u001b[?1049h\u001b[1;30r..."]
/// ```
public enum Asciicast {
  /// The header line (without its newline).
  public static func header(
    size: TerminalSize, timestamp: Int, environment: [String: String], title: String? = nil
  ) -> String {
    var fields = [
      "\"version\": 2", "\"width\": \(size.width)", "\"height\": \(size.height)",
      "\"timestamp\": \(timestamp)",
    ]
    let env = ["SHELL", "TERM"].compactMap { key in
      environment[key].map { "\(quoted(key)): \(quoted($0))" }
    }
    fields.append("\"env\": {" + env.joined(separator: ", ") + "}")
    if let title { fields.append("\"title\": \(quoted(title))") }
    return "{" + fields.joined(separator: ", ") + "}"
  }

  /// One event line (without its newline): `[1.250000, "o", "text"]`.
  public static func event(at seconds: Double, code: String, data: String) -> String {
    "[" + String(format: "%.6f", max(0, seconds)) + ", " + quoted(code) + ", " + quoted(data) + "]"
  }

  /// `text` as a JSON string, as Go's encoding/json writes one (kubectl's `-o json` uses
  /// the same writer).
  public static func quoted(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count + 2)
    JSONEmitter.writeQuoted(text, into: &result)
    return result
  }
}

/// Turns bytes that arrive in pieces into text without splitting a UTF-8 character: an
/// incomplete sequence at the end of a piece waits for the next one; invalid bytes become
/// U+FFFD.
struct UTF8Joiner {
  private var carry: [UInt8] = []

  /// The text of `bytes` after what was carried, keeping an incomplete character's start.
  mutating func text(_ bytes: [UInt8]) -> String {
    var all = carry + bytes
    carry = []
    let keep = UTF8Joiner.incompleteTail(all)
    if keep > 0 {
      carry = Array(all.suffix(keep))
      all.removeLast(keep)
    }
    return String(decoding: all, as: UTF8.self)
  }

  /// The bytes still waiting, as text (at the end: an incomplete character shows as U+FFFD).
  mutating func flush() -> String {
    defer { carry = [] }
    return carry.isEmpty ? "" : String(decoding: carry, as: UTF8.self)
  }

  /// How many bytes at the end start a character that is not complete yet (0 to 3).
  static func incompleteTail(_ bytes: [UInt8]) -> Int {
    guard !bytes.isEmpty else { return 0 }
    for back in 1...min(3, bytes.count) {
      let byte = bytes[bytes.count - back]
      if byte & 0b1100_0000 == 0b1000_0000 { continue }  // a continuation byte: look further
      let length: Int
      if byte & 0b1110_0000 == 0b1100_0000 {
        length = 2
      } else if byte & 0b1111_0000 == 0b1110_0000 {
        length = 3
      } else if byte & 0b1111_1000 == 0b1111_0000 {
        length = 4
      } else {
        return 0
      }
      return length > back ? back : 0
    }
    return 0
  }
}
