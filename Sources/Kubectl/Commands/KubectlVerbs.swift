/// Every kubectl command kubetutor simulates.
enum KubectlVerbs {
  static var all: [Verb] {
    [
      create, expose, run, set, explain, get, edit, delete, rollout, scale, clusterInfo,
      describe, logs, exec, portForward, events, apply, patch, replace, wait, label, annotate,
      apiResources, config, version,
    ]
  }
}
