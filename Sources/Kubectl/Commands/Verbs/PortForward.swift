import ClusterSim

extension KubectlVerbs {
  static let portForward = Verb(
    name: "port-forward", summary: "Forward one or more local ports to a pod",
    description: "Forward a port on your machine to a port of a pod (or of the pod behind a service or deployment).",
    usage: "kubectl port-forward TYPE/NAME [options] [LOCAL_PORT:]REMOTE_PORT [...[LOCAL_PORT_N:]REMOTE_PORT_N]",
    examples: [("localhost:8080 to port 80 of the web service's pods", "kubectl port-forward svc/web 8080:80 &")],
    flags: [FlagSpec("address", nil, .stringArray, default: "[localhost]", "Addresses to listen on."),
      FlagSpec("pod-running-timeout", nil, .duration, default: "1m0s", "How long to wait for the pod to run.")],
    run: { invocation in
      invocation.errorLine(Notes.unsimulatedCommand("port-forward", language: invocation.language))
      return 1
    })
}
