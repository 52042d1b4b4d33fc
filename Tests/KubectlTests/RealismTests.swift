import Foundation
import ClusterSim
import Testing

@testable import Kubectl

/// Details a learner meets again on a real cluster, each checked against kubectl v1.32,
/// curl and the API server.
@Suite struct RealismTests {
  func ready(_ nodes: Int = 1) -> Shell {
    let shell = Golden.shell(nodes: nodes)
    _ = run(shell, "kubectl create deployment web --image=nginx --port=80")
    _ = run(shell, "kubectl expose deployment web --port=80")
    shell.cluster.advance(by: 10)
    return shell
  }

  @Test func aCompletedPodStillHasItsLogs() {
    let shell = Golden.shell()
    _ = run(shell, "kubectl run once --image=busybox --restart=Never -- echo hello")
    shell.cluster.advance(by: 10)
    #expect(run(shell, "kubectl get pod once --no-headers | awk '{print $3}'") == "Completed\n")
    #expect(run(shell, "kubectl logs once") == "hello\n")
    _ = run(shell, "kubectl run twice --image=busybox --restart=Never -- sh -c 'echo hello  there'")
    shell.cluster.advance(by: 10)
    #expect(run(shell, "kubectl logs twice") == "hello there\n")
  }

  @Test func endpointsWrittenBeforeTheirServiceStayAndServeIt() {
    let shell = Golden.shell()
    _ = run(shell, "kubectl run old-vm --image=nginx; sleep 5")
    let ip = run(shell, "kubectl get pod old-vm -o jsonpath='{.status.podIP}'")
    // kubectl create service names its port "80-80"; kube-proxy pairs ports by name.
    let endpoints = "apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: legacy\nsubsets:\n- addresses:\n  - ip: \(ip)\n  ports:\n  - name: 80-80\n    port: 80\n"
    #expect(run(shell, "printf '\(endpoints)' | kubectl apply -f -") == "endpoints/legacy created\n")
    shell.cluster.advance(by: 2)
    #expect(run(shell, "kubectl get ep legacy --no-headers | awk '{print $2}'") == "\(ip):80\n")
    _ = run(shell, "kubectl create service clusterip legacy --tcp=80:80 --dry-run=client -o yaml | sed '/selector:/,+1d' | kubectl apply -f -")
    shell.cluster.advance(by: 2)
    _ = run(shell, "ssh controlplane")
    let clusterIP = run(shell, "kubectl get svc legacy -o jsonpath='{.spec.clusterIP}'")
    #expect(run(shell, "curl -s \(clusterIP) | grep -c '<title>Welcome to nginx'") == "1\n")
    _ = run(shell, "exit")
    // Deleting the Service takes its Endpoints with it.
    _ = run(shell, "kubectl delete svc legacy")
    shell.cluster.advance(by: 2)
    #expect(run(shell, "kubectl get ep legacy 2>&1") == "Error from server (NotFound): endpoints \"legacy\" not found\n")
  }

  @Test func editReopensTheFileWithTheFailuresAsKubectlDoes() throws {
    let shell = Golden.shell()
    _ = run(shell, "kubectl create service nodeport web --tcp=80:80")
    var buffers: [String] = []
    // An editor that first sets an invalid node port, then reads the reopened file and puts
    // a valid one.
    shell.editor = { [unowned shell] _, path in
      guard let text = try? shell.workspace.read(path) else { return false }
      buffers.append(text)
      let port = buffers.count == 1 ? "80" : "30080"
      let edited = text.replacingOccurrences(
        of: #"nodePort: \d+"#, with: "nodePort: \(port)", options: .regularExpression)
      try? shell.workspace.write(path, edited, append: false)
      return true
    }
    #expect(run(shell, "kubectl edit svc web") == "service/web edited\n")
    #expect(buffers.count == 2)
    #expect(buffers[1].contains("# services \"web\" was not valid:\n# * spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767\n#\n"))
    #expect(buffers[1].contains("nodePort: 80\n"))
    #expect(run(shell, "kubectl get svc web -o jsonpath='{.spec.ports[0].nodePort}'") == "30080")

    // Saving the reopened file unchanged gives up, keeping a copy.
    buffers = []
    shell.editor = { [unowned shell] _, path in
      guard let text = try? shell.workspace.read(path) else { return false }
      buffers.append(text)
      if buffers.count == 1 {
        try? shell.workspace.write(path, text.replacingOccurrences(of: "type: NodePort", with: "type: Nope"), append: false)
      }
      return true
    }
    let output = run(shell, "kubectl edit svc web")
    #expect(buffers.count == 2)
    #expect(buffers[1].contains("# * spec.type: Unsupported value: \"Nope\""))
    #expect(output.hasPrefix("A copy of your changes has been stored to \"~/kubectl-edit-"))
    #expect(output.hasSuffix("\"\nerror: Edit cancelled, no valid changes were saved.\n"))
    #expect(shell.lastExitCode == 1)
  }

  @Test func curlWritesOutEvenWhenNothingAnswers() {
    let shell = ready()
    let output = run(shell, "curl -s -m 3 -o /dev/null -w '%{http_code}\\n' http://10.244.0.99")
    #expect(output == "000\n")
    #expect(shell.lastExitCode == 28)
  }

  @Test func curlVerboseShowsTheResponseHeaders() {
    let shell = ready()
    _ = run(shell, "ssh controlplane")
    let output = run(shell, "curl -sv http://web.default.svc.cluster.local 2>&1 >/dev/null; curl -v -o /dev/null http://$(kubectl get svc web -o jsonpath='{.spec.clusterIP}') 2>&1")
    #expect(output.contains("< HTTP/1.1 200 OK"))
    #expect(output.contains("< Server: nginx/1.27.5"))
  }

  @Test func httpsThroughAnExternalNameFailsTheCertificateCheck() {
    let shell = ready()
    _ = run(shell, "kubectl create service externalname api --external-name=example.com")
    _ = run(shell, "kubectl run c --image=curlimages/curl --command -- sleep 3600")
    shell.cluster.advance(by: 10)
    let output = run(shell, "kubectl exec c -- curl -s -S https://api")
    #expect(output.hasPrefix("curl: (60) SSL: no alternative certificate subject name matches target host name 'api'"))
    #expect(run(shell, "kubectl exec c -- curl -s https://example.com | grep -c 'Example Domain'") != "0\n")
  }

  @Test func patchCannotRenameAnObject() {
    let shell = ready()
    #expect(
      run(shell, #"kubectl patch svc web -p '{"metadata":{"name":"web2"}}'"#)
        == "Error from server (BadRequest): the name of the object (web2) does not match the name on the URL (web)\n")
  }

  @Test func applyKeepsItsCopyOutOfDescribeAndWarnsAboutImperativeObjects() {
    let shell = ready()
    _ = run(shell, "kubectl get svc web -o yaml > web.yaml")
    let applied = run(shell, "kubectl apply -f web.yaml")
    #expect(applied.hasPrefix("Warning: resource services/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation"))
    #expect(applied.hasSuffix("service/web configured\n"))
    #expect(!run(shell, "kubectl describe svc web").contains("last-applied"))
  }

  @Test func replaceForceRecreatesFromAGetYamlFile() {
    let shell = ready()
    _ = run(shell, "kubectl get svc web -o yaml > web.yaml")
    let output = run(shell, "kubectl replace --force -f web.yaml")
    #expect(output == "service \"web\" deleted\nservice/web replaced\n")
    #expect(shell.cluster.state.store.get(Service.self, "default", "web") != nil)
  }

  @Test func invalidUpdatesReadLikeInvalidCreates() {
    let shell = ready()
    _ = run(shell, "kubectl apply -f - <<EOF\napiVersion: v1\nkind: Service\nmetadata:\n  name: np\nspec:\n  type: NodePort\n  selector: {app: web}\n  ports:\n  - port: 80\nEOF")
    let output = run(shell, "kubectl apply -f - <<EOF\napiVersion: v1\nkind: Service\nmetadata:\n  name: np\nspec:\n  type: NodePort\n  selector: {app: web}\n  ports:\n  - port: 80\n    nodePort: 8080\nEOF")
    #expect(output == "The Service \"np\" is invalid: spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767\n")
  }

  @Test func sedInsideTheEditNoteNamesTheObject() {
    #expect(Notes.noEditor(language: .en, resource: "deployments api", file: "api.yaml").contains("kubectl get deployments api -o yaml > api.yaml"))
  }

  @Test func kubeProxyAnswersTheHealthCheckNodePortOnEveryNode() throws {
    let shell = Golden.shell(nodes: 3)
    _ = run(shell, "kubectl create deployment web --image=nginx --port=80")
    _ = run(shell, "kubectl expose deployment web --port=80 --type=LoadBalancer")
    _ = run(shell, #"kubectl patch svc web -p '{"spec":{"externalTrafficPolicy":"Local"}}'"#)
    shell.cluster.advance(by: 10)
    let service = try #require(shell.cluster.state.store.get(Service.self, "default", "web"))
    let port = try #require(service.spec.healthCheckNodePort)
    let pod = try #require(shell.cluster.state.store.pods(matching: ["app": "web"], in: "default").first)
    let home = try #require(shell.cluster.state.store.get(Node.self, "", pod.spec.nodeName ?? ""))
    let other = ["192.168.1.3", "192.168.1.4"].first { $0 != home.internalIP }!
    let healthy = run(shell, "curl -s -w ' %{http_code}' http://\(home.internalIP):\(port)/healthz")
    #expect(healthy.contains("\"localEndpoints\": 1") && healthy.hasSuffix("} 200"))
    let empty = run(shell, "curl -s -w ' %{http_code}' http://\(other):\(port)/healthz")
    #expect(empty.contains("\"localEndpoints\": 0") && empty.hasSuffix("} 503"))
  }

  @Test func aPodRelabelledOutOfItsReplicaSetIsReleasedAndReplaced() throws {
    let shell = ready()
    let pod = try #require(shell.cluster.state.store.pods(matching: ["app": "web"], in: "default").first)
    _ = run(shell, "kubectl label pod \(pod.name) app=debug --overwrite")
    shell.cluster.advance(by: 10)
    #expect(shell.cluster.state.store.pods(matching: ["app": "web"], in: "default").count == 1)
    let kept = try #require(shell.cluster.state.store.get(Pod.self, "default", pod.name))
    #expect(kept.metadata.ownerReferences.isEmpty)
    #expect(shell.cluster.state.invariantViolations() == [])
  }

  @Test func globalFlagsMayComeBeforeTheSubcommand() {
    let shell = Golden.shell()
    _ = run(shell, "kubectl create ns shop")
    #expect(run(shell, "kubectl -n shop create deployment web --image=nginx") == "deployment.apps/web created\n")
    #expect(run(shell, "k -n shop create service clusterip web --tcp=80:80") == "service/web created\n")
    #expect(run(shell, "kubectl -n shop set selector svc web app=web") == "service/web selector updated\n")
    #expect(CommandShape(["kubectl", "-n", "shop", "run", "t", "--image=busybox"])?.verb == ["run"])
    #expect(CommandShape(["k", "-n", "shop", "create", "deployment", "x", "--image=nginx"])?.verb == ["create", "deployment"])
  }

  @Test func handWrittenEndpointsCarryTraffic() {
    let shell = ready()
    let ip = shell.cluster.state.store.pods(matching: ["app": "web"], in: "default").first?.status.podIP ?? "?"
    _ = run(shell, "kubectl create service clusterip legacy --tcp=80:80")
    _ = run(shell, "kubectl patch svc legacy --type=json -p '[{\"op\":\"remove\",\"path\":\"/spec/selector\"}]'")
    _ = run(shell, "kubectl apply -f - <<EOF\napiVersion: v1\nkind: Endpoints\nmetadata:\n  name: legacy\nsubsets:\n- addresses:\n  - ip: \(ip)\n  ports:\n  - port: 80\n    name: 80-80\nEOF")
    shell.cluster.advance(by: 2)
    let slices = shell.cluster.state.store.list(EndpointSlice.self, in: "default").filter { $0.name.hasPrefix("legacy") }
    #expect(slices.count == 1)
    _ = run(shell, "ssh controlplane")
    let answer = run(shell, "curl -s -m 3 http://$(kubectl get svc legacy -o jsonpath='{.spec.clusterIP}') | grep title")
    #expect(answer == "<title>Welcome to nginx!</title>\n")
  }

  @Test func onlyTheHomeFolderIsWritable() {
    let shell = Golden.shell()
    #expect(run(shell, "mkdir -p /opt/course/1") == "mkdir: cannot create directory ‘/opt/course’: Permission denied\n")
    #expect(shell.lastExitCode == 1)
    #expect(run(shell, "mkdir -p ~/course/1 && touch ~/course/1/x && ls course/1") == "x\n")
  }

  @Test func timeReportsHowLongACommandTook() {
    let shell = Golden.shell()
    let output = run(shell, "time sleep 3")
    #expect(output == "\nreal\t0m3.000s\nuser\t0m0.021s\nsys\t0m0.008s\n")
  }
}
