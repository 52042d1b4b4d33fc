import Foundation
import Testing

@testable import TerminalUI

/// An asciicast v2 file read back as a player reads it: the header's fields, then the events,
/// each checked for its shape.
struct CastFile {
  struct Event {
    var time: Double
    var code: String
    var data: String
  }

  var header: [String: Any]
  var events: [Event]

  /// Parses `text`, failing with a message on anything a player would reject.
  init(_ text: String) throws {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.last == "" else { throw CastError("the file does not end with a newline") }
    lines.removeLast()
    guard let first = lines.first,
      let header = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
    else { throw CastError("the first line is not a JSON object") }
    self.header = header
    events = try lines.dropFirst().enumerated().map { index, line in
      guard let array = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any],
        array.count == 3, let time = (array[0] as? NSNumber)?.doubleValue,
        let code = array[1] as? String, let data = array[2] as? String
      else { throw CastError("line \(index + 2) is not [time, code, data]: \(line.prefix(80))") }
      return Event(time: time, code: code, data: data)
    }
  }

  /// The terminal the header describes, after every event (output fed in, resizes applied).
  func replayed() -> VirtualTerminal {
    var terminal = VirtualTerminal(
      width: header["width"] as? Int ?? 80, height: header["height"] as? Int ?? 24)
    for event in events {
      switch event.code {
      case "o": terminal.feed(event.data)
      case "r":
        let parts = event.data.split(separator: "x").compactMap { Int($0) }
        if parts.count == 2 { terminal.resize(width: parts[0], height: parts[1]) }
      default: break
      }
    }
    return terminal
  }
}

struct CastError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// A recording kept in memory, for tests.
final class MemoryCastSink: CastSink, @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()
  private(set) var writes = 0
  private(set) var closed = false
  /// Seconds each write takes (a slow disk).
  var delay: Double = 0

  func write(_ chunk: Data) throws {
    if delay > 0 { Thread.sleep(forTimeInterval: delay) }
    lock.withLock {
      data.append(chunk)
      writes += 1
    }
  }

  func close() { lock.withLock { closed = true } }

  var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}

/// A recorder into memory with a clock the test moves.
final class TestClock: @unchecked Sendable {
  private let lock = NSLock()
  private var seconds = 0.0
  func advance(_ by: Double) { lock.withLock { seconds += by } }
  var now: Double { lock.withLock { seconds } }
}

func memoryRecorder(
  size: TerminalSize = TerminalSize(width: 80, height: 24), clock: TestClock? = nil
) throws -> (CastRecorder, MemoryCastSink) {
  let sink = MemoryCastSink()
  var elapsed: (@Sendable () -> Double)?
  if let clock { elapsed = { clock.now } }
  let recorder = try CastRecorder(
    sink: sink, size: size, environment: ["TERM": "xterm-256color", "SHELL": "/bin/bash"],
    timestamp: Date(timeIntervalSince1970: 1_795_683_600), elapsed: elapsed)
  return (recorder, sink)
}
