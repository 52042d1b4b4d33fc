import Testing

/// Every golden transcript under Golden/: a script run in a fresh sandbox must print
/// exactly what the recorded session printed.
@Suite struct GoldenTranscriptTests {
  @Test(arguments: Golden.names)
  func transcript(_ name: String) throws {
    try Golden.check(name)
  }

  @Test func thereAreTranscripts() {
    #expect(Golden.names.count >= 6)
  }
}
