#!/usr/bin/env bash
# A private Docker daemon for tests: its own data/exec roots and unix socket under DIR, no iptables, no bridge,
# vfs storage, so it touches neither the host's network nor a system dockerd.
#
#   scripts/docker-daemon.sh start DIR   # starts (or finds running) dockerd, waits until it answers,
#                                        # prints DOCKER_HOST=unix://DIR/docker.sock on stdout
#   scripts/docker-daemon.sh stop DIR    # stops it by the PID in DIR/dockerd.pid (idempotent)
#
# Needs Debian's docker.io (dockerd, containerd, runc). Stopping takes about 2 s; containers still running
# are stopped by dockerd itself; a containerd child left behind is killed by its PID.
set -euo pipefail

cmd="${1:-}"
dir="${2:-}"
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
sock="$dir/docker.sock"
pidfile="$dir/dockerd.pid"
log="$dir/dockerd.log"

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
pid_of() { [ -s "$1" ] && tr -dc '0-9' <"$1" || true; }

# True when the daemon answers GET /_ping on the socket.
answers() {
  if command -v curl >/dev/null 2>&1; then
    [ "$(curl -s --max-time 2 --unix-socket "$sock" http://localhost/_ping 2>/dev/null || true)" = "OK" ]
  else
    DOCKER_HOST="unix://$sock" docker version >/dev/null 2>&1
  fi
}

case "$cmd" in
  start)
    if ! command -v dockerd >/dev/null 2>&1; then
      echo "dockerd is not installed: apt-get install -y docker.io" >&2
      exit 3
    fi
    if [ "${#sock}" -gt 100 ]; then
      echo "socket path too long for a unix socket (${#sock} > 100): $sock; use a shorter DIR" >&2
      exit 2
    fi
    pid="$(pid_of "$pidfile")"
    if alive "$pid" && answers; then
      echo "DOCKER_HOST=unix://$sock"
      exit 0
    fi
    if alive "$pid"; then
      echo "dockerd (pid $pid) is running but does not answer on $sock; stop it first: $0 stop $dir" >&2
      exit 1
    fi
    rm -f "$pidfile" "$sock"
    mkdir -p "$dir/data" "$dir/exec"
    # setsid: its own session, so a Ctrl-C in the caller's terminal does not reach it; stopped by PID only.
    setsid dockerd \
      --data-root "$dir/data" \
      --exec-root "$dir/exec" \
      --pidfile "$pidfile" \
      -H "unix://$sock" \
      --storage-driver=vfs \
      --iptables=false \
      --ip-forward=false \
      --ip-masq=false \
      --bridge=none \
      </dev/null >"$log" 2>&1 &
    launched=$!
    for _ in $(seq 1 300); do
      if answers; then
        [ -s "$pidfile" ] || echo "$launched" >"$pidfile"
        echo "DOCKER_HOST=unix://$sock"
        exit 0
      fi
      if ! alive "$launched"; then
        echo "dockerd exited during start-up; last lines of $log:" >&2
        tail -n 20 "$log" >&2 || true
        exit 1
      fi
      sleep 0.1
    done
    echo "dockerd did not answer on $sock within 30 s; last lines of $log:" >&2
    tail -n 20 "$log" >&2 || true
    kill "$launched" 2>/dev/null || true
    exit 1
    ;;
  stop)
    pid="$(pid_of "$pidfile")"
    cpid="$(pid_of "$dir/exec/containerd/containerd.pid")"
    if alive "$pid"; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 150); do alive "$pid" || break; sleep 0.1; done
      if alive "$pid"; then
        echo "dockerd (pid $pid) did not stop in 15 s: killing it" >&2
        kill -KILL "$pid" 2>/dev/null || true
      fi
    fi
    # The containerd that dockerd started stops with it; if it is left over, stop it by its PID too.
    if alive "$cpid" && grep -q -- "$dir" "/proc/$cpid/cmdline" 2>/dev/null; then
      kill -TERM "$cpid" 2>/dev/null || true
      for _ in $(seq 1 50); do alive "$cpid" || break; sleep 0.1; done
      alive "$cpid" && kill -KILL "$cpid" 2>/dev/null || true
    fi
    rm -f "$pidfile" "$sock"
    echo "stopped"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
