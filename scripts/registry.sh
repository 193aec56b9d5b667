#!/usr/bin/env bash
# A private image registry (Debian's docker-registry, distribution 2.8) for tests, storing under DIR and
# listening on loopback only.
#
#   scripts/registry.sh start DIR [ADDR]  # ADDR defaults to $SLIPWAY_REGISTRY_ADDR or 127.0.0.1:5000;
#                                         # waits until GET /v2/ answers, prints REGISTRY=ADDR on stdout
#   scripts/registry.sh stop DIR          # stops it by the PID in DIR/registry.pid (idempotent)
#
# Docker treats registries on 127.0.0.0/8 as insecure by default, so `docker push 127.0.0.1:5000/x` works over
# plain HTTP without daemon configuration.
set -euo pipefail

cmd="${1:-}"
dir="${2:-}"
addr="${3:-${SLIPWAY_REGISTRY_ADDR:-127.0.0.1:5000}}"
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR [ADDR]" >&2
  exit 2
fi
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
pidfile="$dir/registry.pid"
log="$dir/registry.log"

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
pid_of() { [ -s "$1" ] && tr -dc '0-9' <"$1" || true; }
answers() {
  local a="$1"
  if command -v curl >/dev/null 2>&1; then
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://$a/v2/" 2>/dev/null || true)" = "200" ]
  else
    (exec 3<>"/dev/tcp/${a%:*}/${a##*:}") 2>/dev/null
  fi
}

case "$cmd" in
  start)
    case "$addr" in
      127.*:[0-9]*|localhost:[0-9]*) ;;
      *) echo "refusing a non-loopback address: $addr" >&2; exit 2 ;;
    esac
    if ! command -v docker-registry >/dev/null 2>&1; then
      echo "docker-registry is not installed: apt-get install -y docker-registry" >&2
      exit 3
    fi
    pid="$(pid_of "$pidfile")"
    if alive "$pid"; then
      running="$(cat "$dir/registry.addr" 2>/dev/null || echo "$addr")"
      if answers "$running"; then
        echo "REGISTRY=$running"
        exit 0
      fi
      echo "registry (pid $pid) is running but does not answer on $running; stop it first: $0 stop $dir" >&2
      exit 1
    fi
    if answers "$addr"; then
      echo "something else already answers on $addr; pass another ADDR" >&2
      exit 1
    fi
    mkdir -p "$dir/data"
    cat >"$dir/config.yml" <<YAML
version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $dir/data
  delete:
    enabled: true
http:
  addr: $addr
YAML
    setsid docker-registry serve "$dir/config.yml" </dev/null >"$log" 2>&1 &
    launched=$!
    echo "$launched" >"$pidfile"
    echo "$addr" >"$dir/registry.addr"
    for _ in $(seq 1 100); do
      if answers "$addr"; then
        echo "REGISTRY=$addr"
        exit 0
      fi
      if ! alive "$launched"; then
        echo "docker-registry exited during start-up; last lines of $log:" >&2
        tail -n 20 "$log" >&2 || true
        rm -f "$pidfile"
        exit 1
      fi
      sleep 0.1
    done
    echo "docker-registry did not answer on http://$addr/v2/ within 10 s" >&2
    kill "$launched" 2>/dev/null || true
    rm -f "$pidfile"
    exit 1
    ;;
  stop)
    pid="$(pid_of "$pidfile")"
    if alive "$pid"; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do alive "$pid" || break; sleep 0.1; done
      alive "$pid" && kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile" "$dir/registry.addr"
    echo "stopped"
    ;;
  *)
    echo "usage: $0 start|stop DIR [ADDR]" >&2
    exit 2
    ;;
esac
