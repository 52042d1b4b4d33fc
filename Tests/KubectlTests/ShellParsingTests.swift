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

  @Test func forLoopsRunTheirBodyPerWord() {
    let shell = Golden.shell()
    #expect(run(shell, "for i in 1 2 3; do echo n$i; done") == "n1\nn2\nn3\n")
    #expect(run(shell, "for x in a b; do echo $x; done | sort -r") == "b\na\n")
    #expect(run(shell, "for i in $(seq 3); do echo $i; done | wc -l") == "3\n")
    #expect(run(shell, "for i in 1 2 3 4; do if_nothing=1; [ $i = 3 ] && break; echo $i; done") == "1\n2\n")
    #expect(run(shell, "for i in 1 2 3; do [ $i = 2 ] && continue; echo $i; done") == "1\n3\n")
    #expect(run(shell, "for f in a b\ndo\n  echo $f\ndone") == "a\nb\n")
    #expect(run(shell, "for i in 1 2; do echo $i; done > out.txt; cat out.txt") == "1\n2\n")
    #expect(run(shell, "echo done for do") == "done for do\n")
    // A long for loop ends by itself in bash: kubetutor stops it and says what it skipped.
    #expect(
      run(shell, "for i in {1..1500}; do true; done")
        == "kubetutor: stopped the loop after \(Shell.forLimit) of its 1500 rounds; kubetutor runs at most \(Shell.forLimit) (a real shell runs them all).\n")
  }

  @Test func whileLoopsStopWhereCtrlCWould() {
    let shell = Golden.shell()
    #expect(run(shell, "n=0; while [ $n != 3 ]; do echo $n; n=$((n + 1)); done") == "0\n1\n2\n")
    #expect(run(shell, "until true; do echo never; done; echo after") == "after\n")
    let endless = run(shell, "while true; do echo tick; sleep 1; done")
    #expect(endless.components(separatedBy: "tick").count - 1 == Shell.loopLimit)
    #expect(endless.contains("^C"))
    #expect(shell.lastExitCode == 130)
  }

  @Test func unfinishedLoopsAskForMoreAndBadOnesAreSyntaxErrors() {
    let shell = Golden.shell()
    #expect(shell.needsMoreInput("for i in 1 2 3; do"))
    #expect(shell.needsMoreInput("for i in 1 2 3; do echo $i"))
    #expect(shell.needsMoreInput("while true"))
    #expect(!shell.needsMoreInput("for i in 1 2; do echo $i; done"))
    #expect(run(shell, "done") == "bash: syntax error near unexpected token `done'\n")
    #expect(run(shell, "for i in 1; echo x; done") == "bash: syntax error near unexpected token `echo'\n")
    #expect(run(shell, "for 1x in a; do echo; done") == "bash: `1x': not a valid identifier\n")
    #expect(run(shell, "for i in 1; do; done") == "bash: syntax error near unexpected token `;'\n")
    #expect(run(shell, "break") == "bash: break: only meaningful in a `for', `while', or `until' loop\n")
    #expect(run(shell, "if true; then echo x; fi").hasPrefix("kubetutor: `if' blocks are not simulated"))
  }

  @Test func arithmeticBracesTestAndSeq() {
    let shell = Golden.shell()
    #expect(run(shell, "i=4; echo $((i * 2 + 1)) $(( (i - 1) % 2 )) $((10 / 3)) $((-i))") == "9 1 3 -4\n")
    #expect(run(shell, "echo $((1 / 0))") == "bash: 1 / 0: division by 0 (error token is \" 0\")\n\n")
    #expect(run(shell, "echo web-{1..3} {a,b}x {c..a}") == "web-1 web-2 web-3 ax bx c b a\n")
    #expect(run(shell, "echo '{1..3}' {x}") == "{1..3} {x}\n")
    #expect(run(shell, "[ 3 -gt 2 ] && echo yes; [ a = b ] || echo no; test -z \"\" && echo empty") == "yes\nno\nempty\n")
    #expect(run(shell, "[ 1 -eq 1") == "bash: [: missing `]'\n")
    #expect(run(shell, "[ x -lt 2 ]") == "bash: [: x: integer expression expected\n")
    #expect(run(shell, "seq 2 2 7; seq 3 1; seq 3 -1 1") == "2\n4\n6\n3\n2\n1\n")
    #expect(run(shell, "seq x") == "seq: invalid floating point argument: 'x'\nTry 'seq --help' for more information.\n")
  }

  @Test func sleepTakesUnitsAndRejectsNonsense() {
    let shell = Golden.shell()
    let before = shell.cluster.clock.now
    _ = run(shell, "sleep 1m 30")
    #expect(shell.cluster.clock.now.seconds - before.seconds >= 90)
    #expect(run(shell, "sleep soon") == "sleep: invalid time interval 'soon'\nTry 'sleep --help' for more information.\n")
  }

  @Test func variablesStayInTheShellThatSetThem() {
    let shell = Golden.shell()
    _ = run(shell, "X=laptop")
    _ = run(shell, "ssh controlplane")
    #expect(run(shell, "echo \"[$X]\" $HOME") == "[] /root\n")
    _ = run(shell, "X=node")
    _ = run(shell, "exit")
    #expect(run(shell, "echo $X $HOME") == "laptop /home/user\n")
    #expect(run(shell, "ssh controlplane 'echo [$USER]'") == "[root]\n")
  }

  @Test func longWaitsAreInterruptedAsCtrlCWould() {
    let shell = Golden.shell()
    let start = shell.cluster.clock.now.seconds
    let output = run(shell, "sleep 1d; echo never")
    #expect(output.hasPrefix("^C\nkubetutor: this command line waited 30 minutes"))
    #expect(!output.contains("never"))
    #expect(shell.lastExitCode == 130)
    #expect(shell.cluster.clock.now.seconds - start == Shell.waitBudget)
    #expect(run(shell, "echo next") == "next\n")
    let loop = run(shell, "for i in $(seq 100); do sleep 60; echo $i; done")
    #expect(loop.contains("29\n") && !loop.contains("31\n") && loop.contains("^C"))
  }

  @Test func sedEditsLikeGNUSed() {
    let shell = Golden.shell()
    _ = run(shell, "printf 'a: 1\\nb: 2\\nc: 3\\n' > f.yaml")
    #expect(run(shell, "sed 's/: /=/' f.yaml") == "a=1\nb=2\nc=3\n")
    #expect(run(shell, "sed -n '2p' f.yaml") == "b: 2\n")
    #expect(run(shell, "sed '2d;$s/3/three/' f.yaml") == "a: 1\nc: three\n")
    #expect(run(shell, "sed '/b:/a\\  x: y' f.yaml") == "a: 1\nb: 2\n  x: y\nc: 3\n")
    #expect(run(shell, "sed '1i first' f.yaml | head -1") == "first\n")
    #expect(run(shell, "sed 's/b: 2/b: 2\\n  d: 4/' f.yaml") == "a: 1\nb: 2\n  d: 4\nc: 3\n")
    #expect(run(shell, "echo 'x;y' | sed 's/;/ and /'") == "x and y\n")
    #expect(run(shell, "echo abc | sed -E 's/(a)(b)/\\2\\1[&]/'") == "ba[ab]c\n")
    #expect(run(shell, "sed -e 's/a/A/' -e 's/c/C/' f.yaml") == "A: 1\nb: 2\nC: 3\n")
    #expect(run(shell, "sed '2,3c gone' f.yaml") == "a: 1\ngone\n")
    #expect(run(shell, "sed '/a/,/b/!d' f.yaml") == "a: 1\nb: 2\n")
    #expect(run(shell, "sed '/a/,+1d' f.yaml") == "c: 3\n")
    #expect(run(shell, "sed -n '/b/,+5p' f.yaml") == "b: 2\nc: 3\n")
    #expect(run(shell, "sed '2,+0d' f.yaml") == "a: 1\nc: 3\n")
    _ = run(shell, "sed -i 's/1/one/' f.yaml")
    #expect(run(shell, "head -1 f.yaml") == "a: one\n")
    #expect(run(shell, "sed 'k' f.yaml") == "sed: -e expression #1, char 1: unknown command: `k'\n")
    #expect(run(shell, "sed 's/a/b' f.yaml") == "sed: -e expression #1, char 5: unterminated `s' command\n")
  }

  @Test func syntaxErrorsReadLikeBash() {
    let shell = Golden.shell()
    #expect(run(shell, "| grep x") == "bash: syntax error near unexpected token `|'\n")
    #expect(run(shell, "echo a >") == "bash: syntax error near unexpected token `newline'\n")
    #expect(run(shell, "nope") == "bash: nope: command not found\n")
  }

  @Test func missingCommandsAndLogoutReadAsEachShellWrites() {
    let shell = Golden.shell()
    #expect(run(shell, "logout") == "bash: logout: not login shell: use `exit'\n")
    _ = run(shell, "ssh controlplane")
    #expect(run(shell, "logout").hasSuffix("logout\nConnection to controlplane closed.\n"))
    #expect(shell.location == .laptop)
    _ = run(shell, "kubectl run web --image=nginx; kubectl run box --image=busybox -- sleep 1d; sleep 10")
    _ = run(shell, "kubectl exec -it web -- sh")
    #expect(shell.prompt == "# ")
    #expect(run(shell, "ping 10.0.0.1") == "sh: 1: ping: not found\n")
    // Debian's libc resolver, through the cluster DNS.
    #expect(run(shell, "getent hosts kubernetes") == "10.96.0.1       kubernetes.default.svc.cluster.local\n")
    #expect(run(shell, "getent hosts nothing-here; echo $?") == "2\n")
    _ = run(shell, "exit")
    _ = run(shell, "kubectl exec -it box -- sh")
    #expect(shell.prompt == "/ # ")
    #expect(run(shell, "psql") == "sh: psql: not found\n")
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
    #expect(run(shell, "grep -e a -e c f.txt") == "a 1\nc 3\n")
    #expect(run(shell, "grep -v -e a -e 'c 3' f.txt") == "b 2\n")
    #expect(run(shell, "grep -e '(' f.txt") == "")
    #expect(run(shell, "wc -l < f.txt") == "3\n")
    #expect(run(shell, "cat nope.txt") == "cat: nope.txt: No such file or directory\n")
    _ = run(shell, "printf 'a \\tb\\r\\n파\\n' > ws.txt")
    #expect(run(shell, "cat -A ws.txt") == "a ^Ib^M$\nM-mM-^LM-^L$\n")
    #expect(run(shell, "cat -E ws.txt") == "a \tb\r$\n파$\n")
    #expect(run(shell, "cat -x ws.txt") == "cat: invalid option -- 'x'\nTry 'cat --help' for more information.\n")
    #expect(run(shell, "cut -d' ' -f1 f.txt | uniq -c | head -1") == "      1 b\n")
  }
}
