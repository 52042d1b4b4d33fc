import Testing

@testable import ClusterSim

@Suite struct SeededRandomTests {
  /// The text form drawn character by character, as `uuid()` did before it wrote bytes: the
  /// same seed must keep giving the same uids (golden transcripts show them).
  func referenceUUID(_ random: inout SeededRandom) -> String {
    let digits = Array(random.hex(count: 32))
    var text = String(digits[0..<8]) + "-" + String(digits[8..<12]) + "-4"
    text += String(digits[13..<16]) + "-"
    text += String("89ab".randomElement(using: &random)!) + String(digits[17..<20]) + "-"
    return text + String(digits[20..<32])
  }

  @Test(arguments: [1, 7, 42, 99_999] as [UInt64])
  func uuidsDrawAsTheCharacterByCharacterForm(seed: UInt64) {
    var fast = SeededRandom(seed: seed)
    var reference = fast
    for _ in 0..<200 {
      let uid = fast.uuid()
      #expect(uid == referenceUUID(&reference))
      #expect(uid.count == 36)
    }
    #expect(fast.next() == reference.next())
  }
}
