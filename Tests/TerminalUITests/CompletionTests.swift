import Kubectl
import Testing

@testable import TerminalUI

@Suite struct CompletionTests {
  let shell: Shell = {
    let shell = makeShell(files: ["web.yaml": "", "web-svc.yaml": "", "notes.txt": ""])
    _ = shell.run("mkdir manifests")
    _ = shell.run("kubectl create deployment web --image=nginx --replicas=2")
    _ = shell.run("kubectl expose deployment web --port=80")
    _ = shell.run("kubectl create namespace shop")
    return shell
  }()

  func candidates(_ line: String, sessionCommands: [String] = []) -> [String] {
    ShellCompleter(shell: shell, sessionCommands: sessionCommands).completions(
      for: line, cursor: line.count
    ).candidates
  }

  @Test func commandsAndAliasesAndSessionWords() {
    #expect(candidates("kub") == ["kubectl"])
    #expect(candidates("k") == ["k", "kubectl"])
    #expect(candidates("ma", sessionCommands: ["map"]) == ["map"])
    #expect(candidates("echo hi | gr") == ["grep"])
  }

  @Test func kubectlVerbsAndResourceTypes() {
    #expect(candidates("kubectl exp") == ["explain", "expose"])
    #expect(candidates("k get po") == ["po", "pods"])
    #expect(candidates("kubectl get svc") == ["svc"])
    #expect(candidates("kubectl rollout re") == ["restart", "resume"])
    #expect(candidates("kubectl create service n") == ["nodeport"])
  }

  @Test func liveObjectNames() {
    let pods = candidates("kubectl get pods ")
    #expect(pods.count == 2)
    #expect(pods.allSatisfy { $0.hasPrefix("web-") })
    #expect(candidates("kubectl describe svc w") == ["web"])
    #expect(candidates("kubectl logs w").count == 2)
    #expect(candidates("kubectl delete deploy/w") == ["deploy/web"])
    #expect(candidates("kubectl get svc -n shop ").isEmpty)
    #expect(candidates("kubectl get ns s") == ["shop"])
  }

  @Test func flagsAndTheirValues() {
    #expect(candidates("kubectl get pods --all") == ["--all-namespaces"])
    #expect(candidates("kubectl get pods -o w") == ["wide"])
    #expect(candidates("kubectl get pods --output=y") == ["--output=yaml"])
    #expect(candidates("kubectl expose deploy web --type N") == ["NodePort"])
    #expect(candidates("kubectl get pods -n s") == ["shop"])
  }

  @Test func workspaceFiles() {
    #expect(candidates("kubectl apply -f we") == ["web-svc.yaml", "web.yaml"])
    #expect(candidates("cat no") == ["notes.txt"])
    #expect(candidates("cat man") == ["manifests/"])
    #expect(candidates("echo hi > n") == ["notes.txt"])
  }

  @Test func commonPrefix() {
    let completion = Completion(range: 0..<2, candidates: ["web-svc.yaml", "web.yaml", "web.yaml"])
    #expect(completion.candidates == ["web-svc.yaml", "web.yaml"])
    #expect(completion.commonPrefix == "web")
    #expect(Completion.none.commonPrefix == "")
  }
}
