#!/usr/bin/env bash
# Faults, end to end in tmux: a terminal shrunk to 10x5 and resized 100 times a second, and
# SIGTERM, SIGHUP and SIGINT at random moments of a lesson. Each time the terminal modes must
# come back as they were, progress must be valid JSON with no half-written file left, and
# the learner must be told what happened in words.
set -euo pipefail
cd "$(dirname "$0")/../.."

name=faults
sock=kubetutor-faults
target=faults
polls=300
source Tests/tmux/lib.sh
lessons="$PWD/Lessons"

# tmux drops trailing blanks, so a tiny screen's rows are checked to fit, not to fill.
rows_fit() {
  screen | python3 -c '
import sys, unicodedata as u
w = lambda c: 0 if u.combining(c) else 2 if u.east_asian_width(c) in "WF" else 1
rows = sys.stdin.read().split("\n")[:-1]
sys.exit(0 if len(rows) == int(sys.argv[2]) and all(sum(map(w, r)) <= int(sys.argv[1]) for r in rows) else 1)' "$1" "$2"
}
progress_is_whole() {
  python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/state/kubetutor/progress.json" \
    && ! ls "$work/state/kubetutor" | grep -q '\.tmp$'
}

# A lesson in a pane whose shell records the terminal modes before and after kubetutor.
start() {  # start WIDTH HEIGHT
  rm -f "$work/after" "$work/status"
  t kill-session -t "$target" 2>/dev/null || true
  t new-session -d -s "$target" -x "$1" -y "$2" \
    "ulimit -c 0; stty -g > '$work/before'; env HOME='$work/home' XDG_STATE_HOME='$work/state' XDG_DATA_HOME='$work/data' \
      LANG=ko_KR.UTF-8 '$bin' learn --lessons '$lessons' --lesson pod-ips --lang ko --seed 1 2>'$work/stderr'; echo \$? > '$work/status'; stty -g > '$work/after'; sleep 60"
}
ended() { [ -s "$work/status" ]; }
modes_restored() { [ -s "$work/after" ] && cmp -s "$work/before" "$work/after"; }

# 1. Shrink to 10x5 and back, then a storm of resizes.
start 100 30
wait_for "the lesson opens" shows '파드 IP는 왜 바뀔까'
t resize-window -t "$target" -x 10 -y 5
wait_for "at 10x5 the screen still fits the terminal" rows_fit 10 5
wait_for "at 10x5 it asks for a bigger terminal" shows '터미널'
t resize-window -t "$target" -x 100 -y 30
wait_for "back at 100x30 the lesson is whole" rows_are 100 30
for i in $(seq 100); do
  t resize-window -t "$target" -x $((10 + (i * 37) % 150)) -y $((5 + (i * 13) % 45))
  sleep 0.01
done
t resize-window -t "$target" -x 120 -y 40
wait_for "after 100 resizes in a second the screen is 120x40 and whole" rows_are 120 40
wait_for "the lesson text survived the storm" shows '파드 IP는 왜 바뀔까'
text 'kubectl create deployment web --image=nginx --replicas=3'; keys Enter
wait_for "kubetutor still answers after the storm" shows 'deployment.apps/web created'
keys F10
wait_for "F10 quits" ended
wait_for "the terminal modes are restored" modes_restored
wait_for "progress is whole" progress_is_whole

# 2. Signals at random moments: while typing, right after a command, while idle.
for signal in TERM HUP INT TERM HUP INT; do
  start 100 30
  wait_for "the lesson opens again (for SIG$signal)" shows '파드 IP는 왜 바뀔까'
  text 'kubectl get pods -o wide'; keys Enter
  text 'kubectl delete pod -l app=w'
  sleep "0.$((RANDOM % 4))$((RANDOM % 10))"
  pid=$(pgrep -f "$bin learn --lessons" | head -1)
  [ -n "$pid" ] || fail "kubetutor is running"
  kill -s "$signal" "$pid"
  wait_for "SIG$signal ends kubetutor" ended
  wait_for "the terminal modes are restored after SIG$signal" modes_restored
  wait_for "progress is whole after SIG$signal" progress_is_whole
done

# 3. The progress file cannot be written: the learner is told in words, and carries on.
rm -rf "$work/state" && touch "$work/state"
start 100 30
wait_for "the lesson opens with an unwritable progress folder" shows '파드 IP는 왜 바뀔까'
text 'kubectl create deployment web --image=nginx --replicas=3'; keys Enter
wait_for "the learner is told progress could not be saved" shows '진행 상황을 저장하지 못했습니다'
wait_for "the reason is in words" shows 'Not a directory'
keys F10
wait_for "kubetutor still quits cleanly" ended
wait_for "the terminal modes are restored" modes_restored

echo "tmux faults: $passed passed, 0 failed"
