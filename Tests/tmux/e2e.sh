#!/usr/bin/env bash
# End-to-end check of the full-screen front end in a real terminal (tmux), headless.
#
# Builds kubetutor (or uses $KUBETUTOR_BIN), starts `kubetutor sandbox` in Korean at 100x30 in a
# private tmux server, types with send-keys and waits for each result by polling capture-pane
# (no fixed sleeps). Checks: every captured row is exactly the pane's width in display
# columns, the cursor column after Hangul input, Backspace over Hangul, Tab completion,
# Ctrl-C, `kubectl edit` through $EDITOR and back, the language toggle, the cluster map, a
# resize to 140x40 and back, help, quitting with F10, and that the shell's terminal modes are
# restored afterwards, also after SIGTERM and after a crash signal.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${KUBETUTOR_BIN:-}" ]; then
  if ! log=$(swift build --product kubetutor 2>&1); then
    echo "$log" | tail -30
    echo "e2e: swift build failed"
    exit 1
  fi
  KUBETUTOR_BIN="$PWD/.build/debug/kubetutor"
fi
bin=$(realpath "$KUBETUTOR_BIN")
command -v tmux >/dev/null || { echo "e2e: tmux is missing"; exit 1; }

work=$(mktemp -d)
sock=kubetutor-e2e
t() { tmux -L "$sock" -f /dev/null "$@"; }
cleanup() { t kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
t kill-server 2>/dev/null || true

passed=0
target=app
screen() { t capture-pane -p -t "$target"; }
fail() { echo "e2e FAIL: $*"; echo "--- screen ---"; screen || true; echo "--------------"; exit 1; }
ok() { passed=$((passed + 1)); echo "ok $passed - $*"; }
# Poll until a condition holds: 200 x 0.05 s at most, robust on a loaded machine.
wait_for() {  # wait_for DESCRIPTION COMMAND...
  local what=$1; shift
  for _ in $(seq 200); do "$@" && { ok "$what"; return 0; }; sleep 0.05; done
  fail "$what"
}
shows() { screen | grep -qF -- "$1"; }
hides() { ! screen | grep -qF -- "$1"; }
split_at_top() { screen | sed -n 1p | grep -qF '┬'; }   # side by side: the divider meets the top border
cursor_at() { [ "$(t display -p -t "$target" '#{cursor_x}')" = "$1" ]; }
keys() { t send-keys -t "$target" "$@"; }
text() { t send-keys -t "$target" -l "$1"; }   # -l: literal UTF-8; flags go before the keys
# Every captured row must be exactly $1 columns (East Asian W/F count 2, combining marks 0).
rows_are() {
  screen | python3 -c '
import sys, unicodedata as u
w = lambda c: 0 if u.combining(c) else 2 if u.east_asian_width(c) in "WF" else 1
rows = sys.stdin.read().split("\n")[:-1]
bad = [(i, sum(map(w, r))) for i, r in enumerate(rows) if sum(map(w, r)) != int(sys.argv[1])]
sys.exit(0 if len(rows) == int(sys.argv[2]) and not bad else 1)' "$1" "$2"
}

# An editor for `kubectl edit` that fails unless it runs in the terminal's foreground
# process group (as a real editor needs), and doubles the replicas.
cat > "$work/editor" <<'SH'
#!/bin/sh
[ "$(ps -o tpgid= -p $$ | tr -d ' ')" = "$(ps -o pgid= -p $$ | tr -d ' ')" ] || exit 3
sed -i 's/replicas: 2/replicas: 4/' "$1"
SH
chmod +x "$work/editor"

# The pane runs a shell that records the terminal modes before and after kubetutor.
run_in_pane() {  # run_in_pane SESSION WIDTH HEIGHT
  target=$1
  rm -f "$work/after"
  t new-session -d -s "$1" -x "$2" -y "$3" \
    "ulimit -c 0; stty -g > '$work/before'; env EDITOR='$work/editor' HOME='$work/home' XDG_STATE_HOME='$work/state' XDG_DATA_HOME='$work/data' \
      LANG=ko_KR.UTF-8 '$bin' sandbox --lang ko --seed 1; echo EXIT=\$?; stty -g > '$work/after'; sleep 60"
}
modes_restored() { [ -s "$work/after" ] && cmp -s "$work/before" "$work/after"; }

run_in_pane app 100 30
wait_for "the sandbox opens in Korean" shows '샌드박스: 클러스터 옆의 노트북'
wait_for "every row is 100 columns" rows_are 100 30

text 'echo 안녕하세요'
# "│ " 2 columns + "user@laptop:~$ " 15 + "echo " 5 + 안녕하세요 10.
wait_for "the cursor is right after the Hangul (column 32)" cursor_at 32
keys Left BSpace
wait_for "Backspace removes a whole syllable (column 28)" cursor_at 28
keys End Enter
wait_for "the command's output appears" shows '│ 안녕하요'
wait_for "rows stay 100 columns after Hangul output" rows_are 100 30

text 'kubectl create deployment web --image=nginx --replicas=2'; keys Enter
wait_for "kubectl answers" shows 'deployment.apps/web created'
text 'kubectl expose deploy web --port=80 --type=NodePort'; keys Enter
wait_for "the Service is created" shows 'service/web exposed'
text 'kubectl get po'; keys Tab
wait_for "Tab lists the candidates" shows 'po    pods'
keys C-u; text 'kubectl get svc w'; keys Tab
wait_for "Tab completes a live object name" shows 'kubectl get svc web '
keys C-c
wait_for "Ctrl-C cancels the line" shows 'kubectl get svc web ^C'
text 'kubectl edit deploy web'; keys Enter
wait_for "kubectl edit runs \$EDITOR in the foreground and comes back" shows 'deployment.apps/web edited'
wait_for "the screen is whole again after the editor" rows_are 100 30

# TODO(lesson engine): once `kubetutor` opens a lesson, start it here instead of the sandbox,
# run the current step's solution command, and wait for the step's ✓ and success message in
# the lesson pane (and for "단계 2/" in the title bar). Not faked in the sandbox.

keys F2
wait_for "F2 switches to English" shows 'English ─┐'
wait_for "the key bar follows the language" shows 'F1 help'
keys F2
wait_for "F2 switches back to Korean" shows 'F1 도움말'

keys F5
wait_for "F5 opens the cluster map" shows '클러스터 지도'
wait_for "the map shows the laptop outside" shows '노트북 192.168.1.10'
wait_for "the map shows the Service and its ports" shows 'web NodePort'
wait_for "rows stay 100 columns with the map" rows_are 100 30

t resize-window -t "$target" -x 140 -y 40
wait_for "a resize to 140x40 lays out side by side" split_at_top
wait_for "every row is 140 columns" rows_are 140 40
t resize-window -t "$target" -x 100 -y 30
wait_for "back at 100x30 the panes are stacked" eval '! split_at_top'
wait_for "every row is 100 columns again" rows_are 100 30
wait_for "nothing was lost in the resizes" shows 'kubectl get svc web ^C'

keys F1
wait_for "F1 shows the keys" shows '키 안내'
keys Escape
wait_for "Esc closes the help" hides '키 안내'

keys F10
wait_for "F10 quits with status 0" shows 'EXIT=0'
wait_for "the shell's terminal modes are restored" modes_restored

# A SIGTERM while the screen is open gives the terminal back too.
run_in_pane term 100 30
wait_for "the sandbox opens again" shows '샌드박스: 클러스터 옆의 노트북'
pane=$(t display -p -t "$target" '#{pane_pid}')
child=$(ps -o pid= --ppid "$pane" | tr -d ' ' | head -1)
[ -n "$child" ] || fail "no kubetutor process under the pane"
kill -TERM "$child"
wait_for "SIGTERM ends kubetutor (status 143)" shows 'EXIT=143'
wait_for "the terminal modes are restored after SIGTERM" modes_restored

# So does a crash (SIGSEGV stands in for one: the same handler catches traps and faults).
run_in_pane crash 100 30
wait_for "the sandbox opens a third time" shows '샌드박스: 클러스터 옆의 노트북'
pane=$(t display -p -t "$target" '#{pane_pid}')
child=$(ps -o pid= --ppid "$pane" | tr -d ' ' | head -1)
kill -SEGV "$child"
wait_for "a crash ends kubetutor with its signal (status 139)" shows 'EXIT=139'
wait_for "the terminal modes are restored after a crash" modes_restored

echo "tmux e2e: $passed passed, 0 failed"
