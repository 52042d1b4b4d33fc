import ArgumentParser
import ClusterSim
import Foundation
import Kubectl
import Tutorial

/// Options every mode shares.
struct ClusterChoice: ParsableArguments {
  @Option(help: "Seed for names, IPs and ports: the same seed and commands give the same cluster.")
  var seed: UInt64 = 1

  @Option(help: "Number of nodes (1-3): controlplane, node01, node02.")
  var nodes: Int = 1

  @Option(help: "Language of kubetutor's own messages: ko or en (default: from LANG).")
  var lang: String?

  func validate() throws {
    guard (1...3).contains(nodes) else {
      throw ValidationError("--nodes must be 1, 2 or 3")
    }
    if let lang, Language(rawValue: lang) == nil {
      throw ValidationError("--lang must be ko or en")
    }
  }

  var language: Language {
    if let lang, let language = Language(rawValue: lang) { return language }
    let environment = ProcessInfo.processInfo.environment
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[key], !value.isEmpty { return value.hasPrefix("ko") ? .ko : .en }
    }
    return .en
  }
}

/// Where the learner's files live.
enum Workspaces {
  /// The learner's folder; when it cannot be used, a temporary one, with a warning in words.
  static func make(path: String?, scripted: Bool) throws -> Workspace {
    do {
      return try preferred(path: path, scripted: scripted)
    } catch {
      let wanted = path ?? "your workspace folder"
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-\(getpid())")
      FileHandle.standardError.write(
        Data(
          "kubetutor: cannot use \(wanted) for your files (\(ProgressStore.reason(error))); they go to \(folder.path) instead, which is removed when kubetutor ends.\n"
            .utf8))
      atexit { try? FileManager.default.removeItem(atPath: FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-\(getpid())").path) }
      return try DiskWorkspace(root: folder)
    }
  }

  static func preferred(path: String?, scripted: Bool) throws -> Workspace {
    if let path { return try DiskWorkspace(root: URL(fileURLWithPath: path)) }
    if scripted {
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-\(getpid())")
      atexit { try? FileManager.default.removeItem(atPath: FileManager.default.temporaryDirectory.appendingPathComponent("kubetutor-\(getpid())").path) }
      return try DiskWorkspace(root: folder)
    }
    let base = ProcessInfo.processInfo.environment["XDG_DATA_HOME"].map { URL(fileURLWithPath: $0) }
      ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share")
    return try DiskWorkspace(root: base.appendingPathComponent("kubetutor/workspace"))
  }
}

