import ClusterSim

/// kubectl's client-side apply: a three-way merge of the last applied configuration, the
/// new manifest and the live object. Lists of containers, ports, env and volumes merge by
/// their keys; other lists and values are replaced; fields removed from the manifest since
/// the last apply are removed from the live object.
enum ApplyMerge {
  static let annotation = "kubectl.kubernetes.io/last-applied-configuration"

  static func mergeKey(for path: [String]) -> String? {
    guard let last = path.last else { return nil }
    switch last {
    case "containers", "initContainers", "env", "volumes", "imagePullSecrets": return "name"
    case "volumeMounts": return "mountPath"
    case "ports":
      return path.contains("containers") || path.contains("initContainers") ? "containerPort" : "port"
    default: return nil
    }
  }

  static func merge(original: JSONValue?, modified: JSONValue, current: JSONValue?, path: [String] = [])
    -> JSONValue
  {
    switch (modified, current) {
    case (.object(let changes), .object(var result)?):
      for (key, value) in changes {
        if value == .null {
          result[key] = nil
          continue
        }
        result[key] = merge(original: original?[key], modified: value, current: result[key], path: path + [key])
      }
      if case .object(let before)? = original {
        for key in before.keys where changes[key] == nil { result[key] = nil }
      }
      return .object(result)
    case (.array(let items), .array(let live)?):
      guard let key = mergeKey(for: path) else { return modified }
      var merged: [JSONValue] = []
      for item in items {
        let match = live.first { $0[key] != nil && $0[key] == item[key] }
        let previous = original?.arrayValue?.first { $0[key] != nil && $0[key] == item[key] }
        merged.append(merge(original: previous, modified: item, current: match, path: path))
      }
      for item in live where !items.contains(where: { $0[key] == item[key] }) {
        let removed = original?.arrayValue?.contains { $0[key] == item[key] } ?? false
        if !removed { merged.append(item) }
      }
      return .array(merged)
    default:
      return modified
    }
  }

  /// The annotation kubectl stores: the manifest as compact JSON with sorted keys.
  static func lastApplied(_ document: JSONValue, namespace: String?) -> String {
    var copy = document
    var metadata = copy["metadata"] ?? .emptyObject
    var annotations = metadata["annotations"] ?? .emptyObject
    annotations[annotation] = nil
    metadata["annotations"] = annotations
    if let namespace, metadata["namespace"] == nil { metadata["namespace"] = .string(namespace) }
    copy["metadata"] = metadata
    return JSONText.compact(copy.sortedKeys()) + "\n"
  }
}
