import ClusterSim
import Testing

@testable import Kubectl

/// The error a custom-columns spec raises, when parsed or when rendered for `objects`.
private func failure(
  spec: String, objects: [JSONValue] = [JSONPathFixtures.web]
) -> CustomColumnsError? {
  do {
    _ = try CustomColumns(spec: spec).render(objects)
    return nil
  } catch {
    return error
  }
}

private let pods = [JSONPathFixtures.web, JSONPathFixtures.db]

@Suite struct CustomColumnsTests {
  @Test func printsHeadersAndAlignsColumns() throws {
    let columns = try CustomColumns(spec: "NAME:.metadata.name,IP:.status.podIP")
    #expect(try columns.render(pods) == "NAME   IP\nweb    10.244.1.5\ndb     <none>\n")
  }

  @Test func leavesHeadersOutWhenAsked() throws {
    let columns = try CustomColumns(spec: "NAME:.metadata.name,IP:.status.podIP")
    #expect(try columns.render(pods, noHeaders: true) == "web   10.244.1.5\ndb    <none>\n")
  }

  @Test func keepsHeadersAsWritten() throws {
    let columns = try CustomColumns(spec: "name:metadata.name,Phase:{.status.phase}")
    #expect(columns.columns.map(\.header) == ["name", "Phase"])
    #expect(try columns.render(pods) == "name   Phase\nweb    Running\ndb     Pending\n")
  }

  @Test func acceptsEveryRelaxedForm() throws {
    let columns = try CustomColumns(
      spec: "A:metadata.name,B:.metadata.name,C:{metadata.name},D:{.metadata.namespace}")
    #expect(columns.columns.map(\.fieldSpec).allSatisfy { $0.hasPrefix("{.metadata.") })
    #expect(
      try columns.render([JSONPathFixtures.web])
        == "A     B     C     D\nweb   web   web   default\n")
  }

  @Test func joinsSeveralValuesWithCommas() throws {
    let columns = try CustomColumns(spec: "NAME:.metadata.name,IMAGES:.spec.containers[*].image")
    #expect(
      try columns.render(pods)
        == "NAME   IMAGES\nweb    nginx:1.27\ndb     postgres:16,busybox:1.36\n")
  }

  @Test func printsNumbersMapsAndListsAsGoDoes() throws {
    let columns = try CustomColumns(
      spec: "RESTARTS:.status.containerStatuses[*].restartCount,LABELS:.metadata.labels,"
        + "PORTS:.spec.containers[0].ports")
    let expected = """
      RESTARTS   LABELS                       PORTS
      0          map[app:web tier:frontend]   [map[containerPort:80 protocol:TCP]]
      3,0        map[app:db]                  <none>

      """
    #expect(try columns.render(pods) == expected)
  }

  @Test func printsNullAsGoNil() throws {
    let object: JSONValue = ["metadata": ["name": "x", "deletionTimestamp": nil]]
    let columns = try CustomColumns(spec: "NAME:.metadata.name,DELETED:.metadata.deletionTimestamp")
    #expect(try columns.render([object]) == "NAME   DELETED\nx      <nil>\n")
  }

  @Test func printsNoneForAnEmptySpec() throws {
    #expect(try CustomColumns(spec: "NAME:").render(pods) == "NAME\n<none>\n<none>\n")
  }

  @Test func escapesTerminalControlCharacters() throws {
    let object: JSONValue = ["metadata": ["name": "\u{1B}[31mred", "uid": "a\rb"]]
    let columns = try CustomColumns(spec: "NAME:.metadata.name,UID:.metadata.uid")
    #expect(try columns.render([object]) == "NAME        UID\n^[[31mred   a\\rb\n")
  }

  @Test func splitsCellsOnTabsInsideValuesLikeTheTabWriter() throws {
    let object: JSONValue = ["metadata": ["name": "x\ty"], "status": ["podIP": "10.0.0.1"]]
    let columns = try CustomColumns(spec: "NAME:.metadata.name,IP:.status.podIP")
    #expect(try columns.render([object]) == "NAME   IP\nx      y     10.0.0.1\n")
  }

  @Test func countsCharactersNotBytesForWidths() throws {
    let object: JSONValue = ["metadata": ["name": "café-crème", "namespace": "ns"]]
    let columns = try CustomColumns(spec: "NAME:.metadata.name,NS:.metadata.namespace")
    #expect(try columns.render([object]) == "NAME         NS\ncafé-crème   ns\n")
  }

  @Test(arguments: [
    ("", "custom-columns format specified but no custom columns given"),
    ("NAME", "unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>"),
    ("NAME:.a,IP", "unexpected custom-columns spec: IP, expected <header>:<json-path-expr>"),
    (
      "NAME:{.a}}",
      "unexpected path string, expected a 'name1.name2' or '.name1.name2' or "
        + "'{name1.name2}' or '{.name1.name2}'"
    ),
  ])
  func refusesMalformedSpecs(_ spec: String, message: String) {
    let error = failure(spec: spec)
    #expect(error?.message == message)
    #expect(error?.partialOutput == "")
    #expect(error?.printed == "error: \(message)\n")
  }

  @Test func reportsAFieldSpecThatDoesNotParseAfterTheHeader() {
    let error = failure(spec: "NAME:.metadata.name,C:.spec.containers[*")
    #expect(error?.message == "unterminated array")
    #expect(error?.partialOutput == "NAME   C\n")
  }

  @Test func reportsAFailingColumnAfterTheRowsAlreadyPrinted() {
    let error = failure(
      spec: "NAME:.metadata.name,SECOND:.spec.containers[1].name",
      objects: [JSONPathFixtures.db, JSONPathFixtures.web])
    #expect(error?.message == "array index out of bounds: index 1, length 1")
    #expect(error?.partialOutput == "NAME   SECOND\ndb     sidecar\n")
  }

  @Test func readsAColumnsFileAndAlwaysPrintsItsHeaders() throws {
    let columns = try CustomColumns(
      template: "NAME          IP\r\n.metadata.name   {.status.podIP}\n")
    let expected = "NAME   IP\nweb    10.244.1.5\ndb     <none>\n"
    #expect(try columns.render(pods) == expected)
    #expect(try columns.render(pods, noHeaders: true) == expected)
  }

  @Test(arguments: [
    ("", "invalid template, missing header line."),
    ("NAME IP", "invalid template, missing spec line."),
    ("NAME IP\n.metadata.name", "number of headers (2) and field specifications (1) don't match"),
  ])
  func refusesMalformedColumnsFiles(_ template: String, message: String) {
    #expect(throws: CustomColumnsError.self) { try CustomColumns(template: template) }
    do {
      _ = try CustomColumns(template: template)
    } catch {
      #expect(error.message.hasPrefix(message))
    }
  }

  @Test func alignsRaggedRowsInBlocksAsTheTabWriterDoes() {
    let text = CustomColumns.aligned([["a", "bb", "c"], ["dddddddd", "e"], ["f"], ["g", "h"]])
    #expect(text == "a          bb    c\ndddddddd   e\nf\ng     h\n")
  }
}
