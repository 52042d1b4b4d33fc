import Foundation

/// Finds the Lessons/ directory from any working directory.
///
/// In order: the `--lessons` option; the `KUBETUTOR_LESSONS` environment variable; a
/// `Lessons/` directory found walking up from the executable (a `swift build` product sits
/// under the package's `.build/`); the working directory's `Lessons/`; and last the
/// directory this source file was compiled from (`#filePath`), which works for a binary
/// built from a checkout that has not moved.
public enum LessonDirectory {
  /// The environment variable that names the lesson directory.
  public static let environmentKey = "KUBETUTOR_LESSONS"

  /// The first candidate that is a directory holding lesson files, or nil.
  public static func locate(
    explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
    executable: String? = CommandLine.arguments.first,
    workingDirectory: String = FileManager.default.currentDirectoryPath
  ) -> URL? {
    candidates(
      explicit: explicit, environment: environment, executable: executable,
      workingDirectory: workingDirectory
    )
    .first(where: holdsLessons)
  }

  /// Every place looked at, in order.
  public static func candidates(
    explicit: String?, environment: [String: String], executable: String?, workingDirectory: String
  ) -> [URL] {
    if let explicit {
      return [
        URL(fileURLWithPath: explicit, relativeTo: URL(fileURLWithPath: workingDirectory + "/"))
          .standardizedFileURL
      ]
    }
    var found: [URL] = []
    if let value = environment[environmentKey], !value.isEmpty {
      return [URL(fileURLWithPath: value).standardizedFileURL]
    }
    if let executable {
      let resolved = URL(
        fileURLWithPath: executable, relativeTo: URL(fileURLWithPath: workingDirectory + "/")
      )
      .standardizedFileURL.resolvingSymlinksInPath()
      var folder = resolved.deletingLastPathComponent()
      while folder.path != "/" && !folder.path.isEmpty {
        found.append(folder.appendingPathComponent("Lessons"))
        folder = folder.deletingLastPathComponent()
      }
    }
    found.append(URL(fileURLWithPath: workingDirectory).appendingPathComponent("Lessons"))
    found.append(compiledLocation)
    return found
  }

  /// The package's Lessons/ as seen when this file was compiled.
  public static var compiledLocation: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lessons")
  }

  static func holdsLessons(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
      isDirectory.boolValue,
      let names = try? FileManager.default.contentsOfDirectory(atPath: url.path)
    else { return false }
    return names.contains { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
  }
}
