import ClusterSim

/// YAML text as kubectl prints it.
enum YAMLText {
  static func render(_ value: JSONValue) -> String { YAMLEmitter().rendered(value) }
}

/// JSON text as kubectl prints it.
enum JSONText {
  static func render(_ value: JSONValue) -> String { JSONEmitter(style: .indented).rendered(value) }
  static func compact(_ value: JSONValue) -> String { JSONEmitter(style: .compact).rendered(value) }
}

/// Manifest text (YAML or JSON, one or more documents) as kubectl reads it.
enum ManifestText {
  struct Failure: Error { var message: String }

  static func documents(_ text: String) throws(Failure) -> [JSONValue] {
    do {
      return try ManifestParser().documents(in: text).map(\.value)
    } catch {
      throw Failure(message: error.message)
    }
  }
}

/// `-o jsonpath`, `-o custom-columns` and `--sort-by`.
enum JSONPathText {
  struct Failure: Error {
    var message: String
    var partialOutput = ""
  }

  static func evaluate(_ template: String, on value: JSONValue) throws(Failure) -> String {
    do {
      return try JSONPath(template).evaluate(value)
    } catch {
      throw Failure(message: error.message.hasSuffix("\n") ? String(error.message.dropLast()) : error.message)
    }
  }

  static func customColumns(_ spec: String, objects: [JSONValue], noHeaders: Bool) throws(Failure) -> String {
    do {
      return try CustomColumns(spec: spec).render(objects, noHeaders: noHeaders)
    } catch {
      throw Failure(message: error.message, partialOutput: error.partialOutput)
    }
  }

  /// The value `--sort-by` sorts on, or nil when the object lacks it.
  static func sortKey(_ expression: String, in value: JSONValue) throws(Failure) -> JSONValue? {
    do {
      let relaxed = try JSONPath.relaxed(expression)
      return try JSONPath(relaxed).values(in: value).flatMap { $0 }.first
    } catch {
      throw Failure(message: error.message)
    }
  }
}
