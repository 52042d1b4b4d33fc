#!/usr/bin/env bash
# End-to-end walk of a presented lesson in a real terminal (tmux), headless: `kubetutor present
# --lang both` on a whole lesson, forward to its end and back to its first step.
#
# Builds kubetutor (or uses $KUBETUTOR_BIN), starts `present --lang both --seed 7 --speed fast
# --record` at 160x45 in a private tmux server, and waits for each result by polling
# capture-pane (no fixed sleeps but the one that measures the typing). Checks: the title bar
# shows the seed, the lesson and both languages; the lesson pane pairs each step's Korean and
# English text; the map is on; one line of keys; Space types a command visibly, a character at a
# time, and runs it; a second Space finishes it at once; free typing (Space inside a line is a
# space); every step of the lesson forward with Space until it is complete; then ← back through
# every step to the first, each step's text (with its live pod names and IPs) exactly as it was
# on the way forward; ← on the first step says so; every row is 160 columns; F10 leaves with
# status 0 and the terminal's modes restored; the recording is valid asciicast v2 with the
# lesson in it. PRESENT_LESSON picks another lesson (default pod-ips); PRESENT_SCREENS=DIR keeps
# a capture of every step's screen there, to read.
set -euo pipefail
cd "$(dirname "$0")/../.."

name=present-e2e
sock=kubetutor-present-e2e
target=present
polls=400
source Tests/tmux/lib.sh
lesson=${PRESENT_LESSON:-pod-ips}
shots=${PRESENT_SCREENS:-}
[ -z "$shots" ] || mkdir -p "$shots"

# The same, silent: for the many waits of the walk.
until_true() {  # until_true DESCRIPTION COMMAND...
  local what=$1; shift
  for _ in $(seq 400); do "$@" && return 0; sleep 0.05; done
  fail "$what"
}
cursor() { t display -p -t "$target" '#{cursor_y} #{cursor_x}'; }
shot() { [ -z "$shots" ] || screen > "$shots/$1.txt"; }
# The row under the cursor is a prompt with nothing typed after it (`$ ` or `# `).
input_empty() {
  local row
  row=$(t display -p -t "$target" '#{cursor_y}')
  screen | sed -n "$((row + 1))p" | grep -qE '[$#] +│$'
}
# The input line is empty and stays so: a command typed by Space has run.
idle() { input_empty && sleep 0.15 && input_empty; }
# The lesson pane (the left 66 columns, without its scroll marks) from the step's heading down.
step_text() {  # step_text K N
  screen | python3 -c '
import sys, unicodedata as u
w = lambda c: 0 if u.combining(c) else 2 if u.east_asian_width(c) in "WF" else 1
def left(row, width=65):
    out, cols = "", 0
    for c in row[1:]:
        if cols + w(c) > width: break
        out += c; cols += w(c)
    return out.replace("▲", " ").replace("▼", " ").rstrip(" │")
rows = [left(r) for r in sys.stdin.read().split("\n")[1:-4]]
head = "%s/%s 단계 · Step %s/%s" % (sys.argv[1], sys.argv[2], sys.argv[1], sys.argv[2])
starts = [i for i, r in enumerate(rows) if head in r]
print("\n".join(rows[starts[0]:]).rstrip() if starts else "")' "$1" "$2"
}
# Two captures of a step's text agree on every line both show (the pane may cut them apart).
same_text() {
  python3 -c '
import sys
a, b = open(sys.argv[1]).read().rstrip("\n").split("\n"), open(sys.argv[2]).read().rstrip("\n").split("\n")
n = min(len(a), len(b))
sys.exit(0 if n >= 3 and a[:n] == b[:n] else 1)' "$1" "$2"
}
title() { screen | sed -n 1p; }
heading_is() { screen | grep -qE "│ +$1/$2 단계 · Step $1/$2 +│"; }

rm -f "$work/after"
t new-session -d -s "$target" -x 160 -y 45 \
  "ulimit -c 0; stty -g > '$work/before'; env HOME='$work/home' XDG_STATE_HOME='$work/state' XDG_DATA_HOME='$work/data' \
    LANG=ko_KR.UTF-8 '$bin' present --lessons '$PWD/Lessons' --lesson '$lesson' --lang both --seed 7 --speed fast --record '$work/present.cast'; \
    echo EXIT=\$?; stty -g > '$work/after'; sleep 60"

wait_for "present opens on the first step in both languages" shows ' · Step 1/'
steps=$(screen | grep -oE '1/[0-9]+ 단계 · Step 1/[0-9]+' | head -1 | sed -E 's|.*Step 1/||')
[ -n "$steps" ] || fail "no step count in the heading"
ok "the lesson has $steps steps"
wait_for "the title bar shows the seed" eval 'title | grep -qF "시드 7"'
wait_for "the title bar says both languages" eval 'title | grep -qF "한국어 · English"'
wait_for "the title bar has the lesson in both languages" eval 'title | grep -qF " · "'
wait_for "the map is on beside the terminal" shows '노트북 192.168.1.10'
wait_for "one line of keys" shows 'Space/→ 다음 명령 next  ← 이전 단계 back  F5 지도 map  F10 종료 quit'
hides 'F3 힌트' || fail "the learner's key bar is shown"
wait_for "every row is 160 columns" rows_are 160 45
wait_for "the terminal waits at an empty prompt" idle
shot "step-01"
step_text 1 "$steps" > "$work/forward-1"

# Free typing first: a space inside a line is a space, and the line runs as typed.
text 'kubectl get nodes'
wait_for "a typed line keeps its spaces" shows 'user@laptop:~$ kubectl get nodes'
keys Enter
wait_for "the presenter's own command runs" shows 'controlplane   Ready'
wait_for "the prompt is back" idle

# Space types the step's command visibly: partway through, only its start is in the line.
keys Space
wait_for "Space starts typing the step's command" eval '! input_empty'
sleep 0.1   # NB: measures the typing; 50 characters a second at --speed fast.
typed=$(screen | grep -oE 'user@laptop:~\$ [^│]*' | tail -1 | sed -E 's/ +$//')
keys Space
wait_for "a second Space finishes the command at once and runs it" idle
full=$(screen | grep -oE 'user@laptop:~\$ kubectl [^│]*' | tail -1 | sed -E 's/ +$//')
[ "${#typed}" -lt "${#full}" ] || fail "the command was not typed a character at a time ($typed / $full)"
case "$full" in "$typed"*) ;; *) fail "the line typed so far ($typed) is not the start of $full";; esac
ok "typing was visible: '${typed#user@laptop:~\$ }' before '${full#user@laptop:~\$ }'"
step=$(screen | grep -oE '[0-9]+/[0-9]+ 단계 · Step' | tail -1 | cut -d/ -f1)
if [ "$step" != 1 ]; then
  until_true "step $step's text is shown" heading_is "$step" "$steps"
  shot "step-$(printf %02d "$step")"
  step_text "$step" "$steps" > "$work/forward-$step"
  ok "forward to step $step/$steps"
fi

# Forward through the whole lesson with Space: each press types and runs a command, or lets
# time pass when the step waits for its pods.
presses=0
while ! shows '레슨 완료'; do
  presses=$((presses + 1))
  [ "$presses" -le 120 ] || fail "the lesson did not end after 120 presses"
  keys Space
  sleep 0.1
  until_true "step $step's command runs" idle
  now=$(screen | grep -oE '[0-9]+/[0-9]+ 단계 · Step' | tail -1 | cut -d/ -f1 || true)
  if shows '레슨 완료'; then break; fi
  if [ -n "$now" ] && [ "$now" != "$step" ]; then
    step=$now
    until_true "step $step's text is shown" heading_is "$step" "$steps"
    shot "step-$(printf %02d "$step")"
    step_text "$step" "$steps" > "$work/forward-$step"
    ok "forward to step $step/$steps"
  fi
done
[ "$step" = "$steps" ] || fail "the lesson ended at step $step of $steps"
wait_for "the lesson is complete, with its recap" shows '레슨 완료'
wait_for "rows stay 160 columns at the end" rows_are 160 45
shot "complete"

# Back through every step: ← restores each step's start, its text (live names and IPs) as it
# was on the way forward.
for ((k = steps; k >= 1; k--)); do
  keys Left
  until_true "← returns to step $k" heading_is "$k" "$steps"
  until_true "step $k says it went back" shows "${k}단계로 돌아왔습니다"
  step_text "$k" "$steps" > "$work/back-$k"
  same_text "$work/forward-$k" "$work/back-$k" \
    || { diff "$work/forward-$k" "$work/back-$k" || true; fail "step $k is not as it was"; }
  ok "back to step $k/$steps, as it was"
done
shot "back-01"
keys Left
wait_for "← on the first step says so" shows '첫 단계입니다.'
wait_for "rows stay 160 columns after the walk back" rows_are 160 45

keys F10
wait_for "F10 leaves with status 0" shows 'EXIT=0'
wait_for "the terminal's modes are restored" eval '[ -s "$work/after" ] && cmp -s "$work/before" "$work/after"'

# The recording: asciicast v2, times in order, the lesson in it.
python3 - "$work/present.cast" "$steps" <<'PY' || fail "the recording is not a valid asciicast v2 file"
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
assert lines[-1] == "", "no final newline"
header = json.loads(lines[0])
assert header["version"] == 2 and header["width"] == 160 and header["height"] == 45, header
assert isinstance(header["timestamp"], int)
events = [json.loads(line) for line in lines[1:-1]]
assert events and all(len(e) == 3 and e[1] in ("o", "r") for e in events)
times = [e[0] for e in events]
assert times == sorted(times), "times go back"
output = "".join(e[2] for e in events if e[1] == "o")
assert "단계 · Step 1/%s" % sys.argv[2] in output, "the lesson is not in the recording"
assert "\x1b[?1049h" in output and "\x1b[?1049l" in output, "no alternate screen in and out"
print("ok - recording: %d events over %.1f s, %d bytes of output" % (len(events), times[-1], len(output.encode())))
PY
ok "the recording is valid asciicast v2 with the lesson in it"

echo "present e2e: $passed passed, 0 failed"
