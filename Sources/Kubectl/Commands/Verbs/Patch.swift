import ClusterSim

extension KubectlVerbs {
  static let patch = Verb(
    name: "patch", summary: "Update fields of a resource",
    description: """
      Change fields of an object with a patch in JSON or YAML: a strategic merge patch (the \
      default), a JSON merge patch (--type merge) or a JSON patch (--type json).
      """,
    usage: "kubectl patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [options]",
    examples: [
      ("Make web a NodePort service", "kubectl patch svc web -p '{\"spec\":{\"type\":\"NodePort\"}}'"),
      ("Set the first port's nodePort", "kubectl patch svc web --type=json -p '[{\"op\":\"replace\",\"path\":\"/spec/ports/0/nodePort\",\"value\":30080}]'"),
    ],
    flags: [
      FlagSpec("patch", "p", .string, "The patch to apply."),
      FlagSpec("patch-file", nil, .string, "A file holding the patch."),
      FlagSpec("type", nil, .string, default: "strategic", "strategic, merge or json."),
      FlagSpec("filename", "f", .stringArray, "The object named in this file."),
      FlagSpec("dry-run", nil, .string, default: "none", "none, client or server."),
      FlagSpec("local", nil, .bool, "Patch the file given with -f without contacting the server."),
      outputFlag,
    ],
    run: { runPatch(&$0) })

  static func runPatch(_ invocation: inout Invocation) -> Int32 {
    var patchText = invocation.flags.string("patch")
    if let file = invocation.flags.string("patch-file") {
      guard let path = invocation.shell.resolvePath(file), let text = try? invocation.shell.files.read(path) else {
        invocation.errorLine("error: unable to read patch file: open \(file): no such file or directory")
        return 1
      }
      patchText = text
    }
    guard let patchText, !patchText.isEmpty else {
      return invocation.usageError("must specify -p to patch")
    }
    let type = invocation.flags.string("type") ?? "strategic"
    guard ["strategic", "merge", "json"].contains(type) else {
      invocation.errorLine("error: --type must be one of [json merge strategic], not \"\(type)\"")
      return 1
    }
    let patchValue: JSONValue
    do {
      guard let first = try ManifestText.documents(patchText).first else {
        invocation.errorLine("error: unable to parse \"\(patchText)\": empty patch")
        return 1
      }
      patchValue = first
    } catch {
      invocation.errorLine("error: unable to parse \"\(patchText)\": \(error.message)")
      return 1
    }
    guard let objects = targets(invocation.arguments, invocation: &invocation) else { return 1 }
    var code: Int32 = 0
    for object in objects {
      let kind = Swift.type(of: object).kind
      let current = object.encoded()
      var patched: JSONValue
      switch type {
      case "json":
        guard case .array(let operations) = patchValue else {
          invocation.errorLine("error: unable to parse \"\(patchText)\": json: cannot unmarshal object into Go value of type jsonpatch.Patch")
          return 1
        }
        do { patched = try JSONPatch.apply(operations, to: current) } catch {
          invocation.errorLine("The request is invalid: \(error.message)")
          code = 1
          continue
        }
      case "merge":
        patched = JSONPatch.mergePatch(patchValue, onto: current)
      default:
        patched = ApplyMerge.merge(original: nil, modified: patchValue, current: current)
      }
      do throws(APIError) {
        let typed = try ManifestFiles.decode(
          ManifestObject(source: "patch", kind: kind, document: patched), namespace: object.namespace)
        // The API server answers a PATCH at the object's URL; a different name in the body
        // is refused, not a rename.
        if typed.name != object.name {
          throw APIError.badRequest("the name of the object (\(typed.name)) does not match the name on the URL (\(object.name))")
        }
        func open<T: APIObject>(_ value: T) throws(APIError) -> Bool {
          try invocation.cluster.state.update(value, dryRun: invocation.flags.string("dry-run") == "server").unchanged
        }
        let unchanged = try open(typed)
        invocation.line("\(ObjectText.name(object)) patched\(unchanged ? " (no change)" : "")")
      } catch {
        if case .badRequest(let message) = error {
          invocation.errorLine("Error from server (BadRequest): \(message)")
        } else {
          invocation.fail(error)
        }
        code = 1
      }
    }
    return code
  }
}

/// JSON patch (RFC 6902) and JSON merge patch (RFC 7386).
enum JSONPatch {
  struct Failure: Error { var message: String }

  static func mergePatch(_ patch: JSONValue, onto target: JSONValue) -> JSONValue {
    guard case .object(let changes) = patch else { return patch }
    var result: JSONValue = target.objectValue == nil ? .emptyObject : target
    for (key, value) in changes {
      if value == .null { result[key] = nil } else { result[key] = mergePatch(value, onto: result[key] ?? .null) }
    }
    return result
  }

  static func pointer(_ path: String) -> [String] {
    path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
      $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }
  }

  static func apply(_ operations: [JSONValue], to document: JSONValue) throws(Failure) -> JSONValue {
    var result = document
    for operation in operations {
      guard let op = operation["op"]?.stringValue, let path = operation["path"]?.stringValue else {
        throw Failure(message: "missing 'op' or 'path' in patch operation")
      }
      let parts = pointer(path)
      switch op {
      case "add": result = try set(result, parts, operation["value"] ?? .null, insert: true)
      case "replace":
        guard get(result, parts) != nil else { throw Failure(message: "replace operation does not apply: doc is missing key: \(path)") }
        result = try set(result, parts, operation["value"] ?? .null, insert: false)
      case "remove":
        guard get(result, parts) != nil else { throw Failure(message: "remove operation does not apply: doc is missing path: \"\(path)\"") }
        result = try remove(result, parts)
      case "test":
        guard get(result, parts) == operation["value"] else { throw Failure(message: "testing value \(path) failed: test failed") }
      case "copy", "move":
        guard let from = operation["from"]?.stringValue, let value = get(result, pointer(from)) else {
          throw Failure(message: "\(op) operation does not apply: doc is missing from path")
        }
        if op == "move" { result = try remove(result, pointer(from)) }
        result = try set(result, parts, value, insert: true)
      default:
        throw Failure(message: "Unexpected kind: \(op)")
      }
    }
    return result
  }

  static func get(_ value: JSONValue, _ path: [String]) -> JSONValue? {
    var current: JSONValue? = value
    for part in path {
      if case .array(let items)? = current, let index = Int(part) {
        current = items.indices.contains(index) ? items[index] : nil
      } else {
        current = current?[part]
      }
    }
    return current
  }

  static func set(_ value: JSONValue, _ path: [String], _ newValue: JSONValue, insert: Bool) throws(Failure) -> JSONValue {
    guard let first = path.first else { return newValue }
    let rest = Array(path.dropFirst())
    switch value {
    case .array(var items):
      if first == "-" && rest.isEmpty { items.append(newValue); return .array(items) }
      guard let index = Int(first), index >= 0, index <= items.count else {
        throw Failure(message: "add operation does not apply: doc is missing path: \"/\(path.joined(separator: "/"))\"")
      }
      if rest.isEmpty {
        if insert { items.insert(newValue, at: index) } else if index < items.count { items[index] = newValue }
      } else {
        guard index < items.count else { throw Failure(message: "doc is missing path") }
        items[index] = try set(items[index], rest, newValue, insert: insert)
      }
      return .array(items)
    case .object:
      var copy = value
      if rest.isEmpty {
        copy[first] = newValue
      } else {
        guard let child = value[first] else {
          throw Failure(message: "add operation does not apply: doc is missing path: \"/\(path.joined(separator: "/"))\": missing value")
        }
        copy[first] = try set(child, rest, newValue, insert: insert)
      }
      return copy
    default:
      throw Failure(message: "doc is missing path")
    }
  }

  static func remove(_ value: JSONValue, _ path: [String]) throws(Failure) -> JSONValue {
    guard let first = path.first else { return .null }
    let rest = Array(path.dropFirst())
    switch value {
    case .array(var items):
      guard let index = Int(first), items.indices.contains(index) else { throw Failure(message: "doc is missing path") }
      if rest.isEmpty { items.remove(at: index) } else { items[index] = try remove(items[index], rest) }
      return .array(items)
    case .object:
      var copy = value
      if rest.isEmpty { copy[first] = nil } else if let child = value[first] { copy[first] = try remove(child, rest) }
      return copy
    default:
      throw Failure(message: "doc is missing path")
    }
  }
}
