import ClusterSim

/// One object read from a manifest: where it came from, its kind, and its document.
struct ManifestObject {
  var source: String
  var kind: ResourceKind
  var document: JSONValue
  var name: String { document["metadata"]?["name"]?.stringValue ?? "" }
  var namespace: String? { document["metadata"]?["namespace"]?.stringValue }
}

/// Reading `-f FILE|DIR|-`: parsing, kinds, and kubectl's errors for bad manifests.
enum ManifestFiles {
  struct Failure: Error { var message: String }

  /// The files `-f` names: a file, every .yaml/.yml/.json in a folder, or `-` for stdin.
  static func read(_ names: [String], invocation: inout Invocation, recursive: Bool = false)
    throws(Failure) -> [(source: String, text: String)]
  {
    var result: [(String, String)] = []
    for name in names {
      if name == "-" {
        result.append(("STDIN", invocation.context.stdin ?? ""))
        continue
      }
      if name.hasPrefix("http://") || name.hasPrefix("https://") {
        throw Failure(
          message: "error: unable to read URL \"\(name)\", server reported 404 Not Found, status code=404")
      }
      let shell = invocation.shell
      guard let path = shell.resolvePath(name), let isDirectory = shell.files.isDirectory(path)
      else {
        throw Failure(message: "error: the path \"\(name)\" does not exist")
      }
      if isDirectory {
        let entries = (try? shell.files.list(path)) ?? []
        for entry in entries {
          let child = path.isEmpty ? entry : path + "/" + entry
          if shell.files.isDirectory(child) == true { continue }
          guard entry.hasSuffix(".yaml") || entry.hasSuffix(".yml") || entry.hasSuffix(".json") else { continue }
          if let text = try? shell.files.read(child) {
            result.append(((name.hasSuffix("/") ? name : name + "/") + entry, text))
          }
        }
        continue
      }
      do { result.append((name, try shell.files.read(path))) } catch {
        throw Failure(message: "error: open \(name): \(error.text.lowercased())")
      }
    }
    return result
  }

  /// Parses the files into objects, checking apiVersion and kind as kubectl does.
  static func objects(_ names: [String], invocation: inout Invocation) throws(Failure) -> [ManifestObject] {
    var objects: [ManifestObject] = []
    for (source, text) in try read(names, invocation: &invocation) {
      let documents: [JSONValue]
      do {
        documents = try ManifestText.documents(text)
      } catch {
        throw Failure(message: "error: error parsing \(source): \(error.message)")
      }
      for document in documents {
        for item in expandLists(document) {
          objects.append(try classify(item, source: source, invocation: invocation))
        }
      }
    }
    if objects.isEmpty {
      throw Failure(message: "error: no objects passed to \(invocation.path.first ?? "apply")")
    }
    return objects
  }

  static func expandLists(_ document: JSONValue) -> [JSONValue] {
    if document["kind"]?.stringValue?.hasSuffix("List") == true, let items = document["items"]?.arrayValue {
      return items.flatMap(expandLists)
    }
    return [document]
  }

  static func classify(_ document: JSONValue, source: String, invocation: Invocation) throws(Failure) -> ManifestObject {
    guard case .object = document else {
      throw Failure(message: "error: error validating \"\(source)\": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false")
    }
    let apiVersion = document["apiVersion"]?.stringValue
    let kindText = document["kind"]?.stringValue
    var missing: [String] = []
    if apiVersion == nil || apiVersion == "" { missing.append("apiVersion not set") }
    if kindText == nil || kindText == "" { missing.append("kind not set") }
    if !missing.isEmpty {
      let body = missing.count == 1 ? missing[0] : "[" + missing.joined(separator: ", ") + "]"
      throw Failure(
        message: "error: error validating \"\(source)\": error validating data: \(body); if you choose to ignore these errors, turn validation off with --validate=false")
    }
    guard let kind = ResourceKind.fromManifest(apiVersion: apiVersion!, kind: kindText!) else {
      if let plural = Notes.unsimulatedResources[kindText!.lowercased()] {
        throw Failure(message: Notes.unsimulatedKind(plural, language: invocation.language))
      }
      let group = apiVersion!.contains("/") ? String(apiVersion!.split(separator: "/")[0]) : ""
      let name = document["metadata"]?["name"]?.stringValue ?? ""
      let namespace = document["metadata"]?["namespace"]?.stringValue ?? ""
      if let known = ResourceKind.allCases.first(where: { $0.kind == kindText! }), known.group != group || !apiVersion!.hasSuffix("v1") {
        throw Failure(
          message: "error: resource mapping not found for name: \"\(name)\" namespace: \"\(namespace)\" from \"\(source)\": no matches for kind \"\(kindText!)\" in version \"\(apiVersion!)\"\nensure CRDs are installed first")
      }
      throw Failure(
        message: "error: resource mapping not found for name: \"\(name)\" namespace: \"\(namespace)\" from \"\(source)\": no matches for kind \"\(kindText!)\" in version \"\(apiVersion!)\"\nensure CRDs are installed first")
    }
    let object = ManifestObject(source: source, kind: kind, document: document)
    if kind.isNamespaced, let namespace = object.namespace, let flag = invocation.flags.string("namespace"),
      !flag.isEmpty, flag != namespace
    {
      throw Failure(
        message: "error: the namespace from the provided object \"\(namespace)\" does not match the namespace \"\(flag)\". You must pass '--namespace=\(namespace)' to perform this operation.")
    }
    return object
  }

  /// The objects the files name, as a request (get, describe, delete -f).
  static func request(_ names: [String], invocation: inout Invocation) throws(SelectorParsing.Failure) -> ResourceRequest {
    do {
      var request = ResourceRequest()
      for object in try objects(names, invocation: &invocation) {
        request.objects.append((object.kind, object.name, object.kind.isNamespaced ? (object.namespace ?? invocation.namespace) : nil))
      }
      return request
    } catch {
      throw SelectorParsing.Failure(message: error.message)
    }
  }

  /// Turns a manifest document into a typed object, with the server's decoding errors.
  static func decode(_ object: ManifestObject, namespace: String) throws(APIError) -> any APIObject {
    var document = object.document
    if object.kind.isNamespaced && object.namespace == nil {
      var metadata = document["metadata"] ?? .emptyObject
      if case .object = metadata {} else { metadata = .emptyObject }
      metadata["namespace"] = .string(namespace)
      document["metadata"] = metadata
    }
    do {
      switch object.kind {
      case .pod: return try Pod.decode(document)
      case .service: return try Service.decode(document)
      case .deployment: return try Deployment.decode(document)
      case .replicaSet: return try ReplicaSet.decode(document)
      case .daemonSet: return try DaemonSet.decode(document)
      case .endpoints: return try Endpoints.decode(document)
      case .endpointSlice: return try EndpointSlice.decode(document)
      case .event: return try Event.decode(document)
      case .namespace: return try Namespace.decode(document)
      case .node: return try Node.decode(document)
      }
    } catch {
      throw .badRequest(
        "\(object.kind.kind) in version \"v1\" cannot be handled as a \(object.kind.kind): \(error.message)")
    }
  }
}
