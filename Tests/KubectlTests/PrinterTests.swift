import Testing

@testable import Kubectl

@Suite struct PrinterTests {
  @Test(arguments: [
    (0.0, "0s"), (59, "59s"), (119, "119s"), (120, "2m"), (125, "2m5s"), (599, "9m59s"), (600, "10m"),
    (10_799, "179m"), (10_800, "3h"), (11_100, "3h5m"), (28_800, "8h"), (172_799, "47h"),
    (172_800, "2d"), (183_600, "2d3h"), (691_200, "8d"), (2_160_000, "25d"), (-0.5, "0s"), (-5, "<invalid>"),
  ])
  func humanDurations(seconds: Double, text: String) {
    #expect(HumanDuration.text(seconds) == text)
  }

  @Test func tablesPadToTheWidestCellPlusThreeAndLeaveTheLastColumnUnpadded() {
    var writer = TabWriter.table()
    writer.row(["NAME", "READY", "AGE"])
    writer.row(["web-1", "1/1", "5m"])
    writer.row(["a", "0/1", "10s"])
    #expect(writer.rendered() == "NAME    READY   AGE\nweb-1   1/1     5m\na       0/1     10s\n")
  }

  @Test func aLineWithoutTabsEndsTheAlignmentBlock() {
    var writer = TabWriter.describe()
    writer.write("Name:\tx\nLonger label:\ty\nSection:\n  A:\tb\n")
    #expect(writer.rendered() == "Name:          x\nLonger label:  y\nSection:\n  A:  b\n")
  }

  @Test func hangulTakesTwoColumns() {
    #expect(DisplayWidth.of("파드") == 4)
    #expect(DisplayWidth.of("pod") == 3)
    #expect(DisplayWidth.of("e\u{301}") == 1)
  }
}
