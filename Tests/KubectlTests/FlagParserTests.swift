import Testing

@testable import Kubectl

@Suite struct FlagParserTests {
  let specs = [
    FlagSpec("output", "o", .string), FlagSpec("namespace", "n", .string), FlagSpec("stdin", "i", .bool),
    FlagSpec("tty", "t", .bool), FlagSpec("replicas", nil, .int),
  ]

  @Test func shortLongCombinedAndInterspersed() throws {
    let parsed = try FlagParser.parse(["get", "-owide", "pods", "-n=dev", "--replicas", "3", "-it", "--", "sh", "-c"], specs: specs)
    #expect(parsed.arguments == ["get", "pods"])
    #expect(parsed.string("output") == "wide")
    #expect(parsed.string("namespace") == "dev")
    #expect(parsed.int("replicas") == 3)
    #expect(parsed.bool("stdin") && parsed.bool("tty"))
    #expect(parsed.afterDash == ["sh", "-c"])
  }

  @Test func errorsReadLikePflag() {
    #expect(throws: FlagError.self) { try FlagParser.parse(["--nope"], specs: specs) }
    do { _ = try FlagParser.parse(["-n"], specs: specs) } catch {
      #expect(error.message == "flag needs an argument: 'n' in -n")
    }
    do { _ = try FlagParser.parse(["--replicas=x"], specs: specs) } catch {
      #expect(error.message == "invalid argument \"x\" for \"--replicas\" flag: strconv.ParseInt: parsing \"x\": invalid syntax")
    }
  }
}
