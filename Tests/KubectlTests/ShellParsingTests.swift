import Testing

@testable import Kubectl

@Suite struct ShellParsingTests {
  func words(_ line: String) throws -> [[String]] {
    let shell = Golden.shell()
    shell.variables["do"] = "--dry-run=client -o yaml"
    shell.variables["EMPTY"] = ""
    let list = try ShellParser.parse(line)
    var output = Output()
    return list.items.flatMap { $0.pipeline.commands }.map { command in
      command.words.flatMap { shell.expand($0, into: &output) }
    }
  }

  @Test func quotesAndEscapes() throws {
    #expect(try words(#"echo 'a b' "c d" e\ f"#) == [["echo", "a b", "c d", "e f"]])
    #expect(try words(#"echo "$do""#) == [["echo", "--dry-run=client -o yaml"]])
    #expect(try words("echo $do") == [["echo", "--dry-run=client", "-o", "yaml"]])
    #expect(try words("echo x$EMPTY y $EMPTY") == [["echo", "x", "y"]])
    #expect(try words(#"kubectl get svc -o jsonpath='{.spec.ports[0].port}'"#) == [["kubectl", "get", "svc", "-o", "jsonpath={.spec.ports[0].port}"]])
  }

  @Test func pipesListsAndRedirections() throws {
    let list = try ShellParser.parse("kubectl get pods | grep web > out.txt 2>&1 && echo ok; echo done")
    #expect(list.items.count == 3)
    #expect(list.items[0].pipeline.commands.count == 2)
    #expect(list.items[0].connector == .and)
    let redirects = list.items[0].pipeline.commands[1].redirects
    #expect(redirects.count == 2)
    #expect(redirects[1].operation == .duplicateErrorToOutput)
  }

  @Test func hereDocumentsKeepTheirBody() throws {
    let list = try ShellParser.parse("kubectl apply -f - <<EOF\nkind: Namespace\nmetadata:\n  name: x\nEOF")
    let redirect = try #require(list.items.first?.pipeline.commands.first?.redirects.first)
    #expect(redirect.operation == .hereDocument(body: "kind: Namespace\nmetadata:\n  name: x\n", expand: true))
  }

  @Test func incompleteInputAsksForMore() {
    let shell = Golden.shell()
    #expect(shell.needsMoreInput("echo 'open"))
    #expect(shell.needsMoreInput("cat <<EOF\nline"))
    #expect(shell.needsMoreInput("kubectl get pods |"))
    #expect(!shell.needsMoreInput("kubectl get pods"))
    #expect(!shell.needsMoreInput("cat <<EOF\nline\nEOF"))
  }

  @Test func syntaxErrorsReadLikeBash() {
    let shell = Golden.shell()
    #expect(run(shell, "| grep x") == "bash: syntax error near unexpected token `|'\n")
    #expect(run(shell, "echo a >") == "bash: syntax error near unexpected token `newline'\n")
    #expect(run(shell, "nope") == "bash: nope: command not found\n")
  }

  @Test func commandSubstitutionAndExitStatus() {
    let shell = Golden.shell()
    #expect(run(shell, "X=$(echo hello); echo $X world") == "hello world\n")
    #expect(run(shell, "false; echo $?") == "1\n")
    #expect(run(shell, "kubectl get svc nothere 2>/dev/null || echo missing") == "missing\n")
  }

  @Test func textToolsBehaveLikeCoreutils() {
    let shell = Golden.shell()
    _ = run(shell, "printf 'b 2\\na 1\\nc 3\\n' > f.txt")
    #expect(run(shell, "sort f.txt") == "a 1\nb 2\nc 3\n")
    #expect(run(shell, "sort -k2 -n -r f.txt | head -1") == "c 3\n")
    #expect(run(shell, "awk '{print $2}' f.txt | tr '\\n' ,") == "2,1,3,")
    #expect(run(shell, "grep -c . f.txt") == "3\n")
    #expect(run(shell, "wc -l < f.txt") == "3\n")
    #expect(run(shell, "cat nope.txt") == "cat: nope.txt: No such file or directory\n")
    #expect(run(shell, "cut -d' ' -f1 f.txt | uniq -c | head -1") == "      1 b\n")
  }
}
