#!/usr/bin/env bash
# End-to-end check of the full-screen front end in a real terminal (tmux), headless.
#
# Builds kubetutor (or uses $KUBETUTOR_BIN), starts `kubetutor sandbox` in Korean at 100x30 in a
# private tmux server, types with send-keys and waits for each result by polling capture-pane
# (no fixed sleeps). Checks: every captured row is exactly the pane's width in display
# columns, the cursor column after Hangul input, Backspace over Hangul, Tab completion,
# Ctrl-C, `kubectl edit` through $EDITOR and back, the language toggle, the cluster map, a
# resize to 140x40 and back, help, quitting with F10, and that the shell's terminal modes are
# restored afterwards, also after SIGTERM and after a crash signal. Then a lesson walk with
# `kubetutor learn` (pod-ips, in Korean, progress in a temporary folder): a step done by its
# solution, F3 hint, F4 solution, F2 language, F6 lesson list, a resize, F10, and a restart
# that shows the progress kept; SIGTERM in a lesson saves the time spent; TERM=dumb falls
# back to the line mode.
set -euo pipefail
cd "$(dirname "$0")/../.."

name=e2e
sock=kubetutor-e2e
target=app
source Tests/tmux/lib.sh

shows_after() { screen | grep -A1 -F -- "$1" | tail -n +2 | grep -qF -- "$2"; }   # a row, then the next
split_at_top() { screen | sed -n 1p | grep -qF '┬'; }   # side by side: the divider meets the top border
cursor_at() { [ "$(t display -p -t "$target" '#{cursor_x}')" = "$1" ]; }

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

# The lesson walk: `kubetutor learn` in Korean on lesson pod-ips, progress in a temporary
# state folder, then the same again to see that the progress was kept.
run_learn() {  # run_learn SESSION WIDTH HEIGHT [ENV...]
  target=$1
  local width=$2 height=$3
  shift 3
  rm -f "$work/after"
  t new-session -d -s "$target" -x "$width" -y "$height" \
    "ulimit -c 0; stty -g > '$work/before'; env HOME='$work/home' XDG_STATE_HOME='$work/state' XDG_DATA_HOME='$work/data' \
      LANG=ko_KR.UTF-8 $* '$bin' learn --lang ko --lesson pod-ips --lessons '$PWD/Lessons' --seed 1; echo EXIT=\$?; stty -g > '$work/after'; sleep 60"
}
progress="$work/state/kubetutor/progress.json"
# A number from the progress file: progress_value LESSON FIELD.
progress_value() {
  python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["lessons"][sys.argv[2]][sys.argv[3]])' \
    "$progress" "$1" "$2"
}

run_learn learn 100 30
wait_for "learn opens the lesson in Korean" shows '파드 IP는 왜 바뀔까'
wait_for "the title bar says step 1" shows '단계 1/'
wait_for "the lesson text is in the lesson pane" shows '디플로이먼트(Deployment)는'
wait_for "the welcome is in the terminal pane" shows '막히면 hint, 끝내려면 quit를'
wait_for "every row is 100 columns in the lesson" rows_are 100 30
text 'kubectl create deployment web --image=nginx --replicas=3'; keys Enter
# The terminal pane prints the ✓ line alone; the lesson pane puts the success text after it.
wait_for "the step's ✓ line appears in the terminal pane" shows_re '^│ ✓ 1/[0-9]+ 단계 완료\. +│$'
wait_for "the step's success message is in the lesson pane" shows '단계 완료. 디플로이먼트가 파드 세 개를'
wait_for "the title bar moves to step 2" shows '단계 2/'
wait_for "step 2's command is shown" shows '$ kubectl get pods -o wide'
keys F3
wait_for "F3 reveals a hint in the lesson pane" shows '│ 힌트 1: '
keys F4
wait_for "F4 asks before showing the solution" shows '2단계 정답을 볼까요? [y/N]'
text 'y'; keys Enter
wait_for "the solution is shown in the lesson pane" shows_after '│ 정답:' '│ $ kubectl get pods -o wide'
wait_for "the solution's command is in the terminal pane" shows_after '│ 정답:' '│     kubectl get pods -o wide'
wait_for "rows stay 100 columns with hints and the solution" rows_are 100 30
keys F2
wait_for "F2 switches the lesson to English" shows 'step 2/'
wait_for "the hint follows the language" shows '│ Hint 1: '
wait_for "the step text follows the language" shows 'Each pod gets its own IP address'
keys F2
wait_for "F2 switches the lesson back to Korean" shows '│ 힌트 1: '
wait_for "the title bar is Korean again" shows '한국어 ─┐'
keys F6
wait_for "F6 lists the lessons with their progress" shows '1. 파드 IP는 왜 바뀔까'
keys Escape
t resize-window -t "$target" -x 140 -y 40
wait_for "at 140x40 the lesson sits beside the terminal" split_at_top
wait_for "every row is 140 columns in the lesson" rows_are 140 40
t resize-window -t "$target" -x 100 -y 30
keys F10
wait_for "F10 leaves the lesson with status 0" shows 'EXIT=0'
wait_for "the terminal modes are restored after the lesson" modes_restored
wait_for "progress was saved with step 1 done" grep -q '"create"' "$progress"
[ "$(progress_value pod-ips hintsUsed)" = 1 ] || fail "the hint was not counted in $progress"
[ "$(progress_value pod-ips solutionsUsed)" = 1 ] || fail "the solution was not counted in $progress"
ok "the hint and the solution are counted in the progress file"

run_learn again 100 30
wait_for "learn opens the lesson again" shows '단계 1/'
keys F6
wait_for "the lesson list shows the step kept from before" shows '파드 IP는 왜 바뀔까  1/'
keys Escape
# The time spent since the last command is counted and saved when a SIGTERM ends kubetutor.
spent=$(progress_value pod-ips secondsSpent)
sleep 2   # NB: the time to be measured, not a wait for output.
pane=$(t display -p -t "$target" '#{pane_pid}')
child=$(ps -o pid= --ppid "$pane" | tr -d ' ' | head -1)
[ -n "$child" ] || fail "no kubetutor process under the pane"
kill -TERM "$child"
wait_for "SIGTERM ends the lesson (status 143)" shows 'EXIT=143'
wait_for "the terminal modes are restored after SIGTERM in a lesson" modes_restored
python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$progress" || fail "$progress is not whole JSON"
later=$(progress_value pod-ips secondsSpent)
python3 -c 'import sys; sys.exit(0 if float(sys.argv[2]) >= float(sys.argv[1]) + 1 else 1)' "$spent" "$later" \
  || fail "the time before SIGTERM was not saved ($spent s, then $later s)"
ok "SIGTERM saved the time spent ($spent s, then $later s) in whole JSON"

# Where the full screen cannot start, learn goes on in the line mode.
run_learn dumb 100 30 TERM=dumb
wait_for "TERM=dumb falls back to the line mode" shows 'TERM=dumb cannot show the full screen'
wait_for "the line mode shows the lesson header" shows '레슨 1/'
text 'quit'; keys Enter
wait_for "the line mode quits with status 0" shows 'EXIT=0'

echo "tmux e2e: $passed passed, 0 failed"
