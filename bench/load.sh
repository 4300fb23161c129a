#!/usr/bin/env bash
# Load benchmark of POST /api/v1/decisions over loopback (not a timed test).
# Usage: bench/load.sh [duration, default 60s]   Env: PORT (18080), THREADS (2), CONNECTIONS (32)
# Target on a 2-core machine: >= 2,000 requests/s, p99 <= 20 ms, no errors, memory flat.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${PORT:-18080}"; DURATION="${1:-60s}"; THREADS="${THREADS:-2}"; CONNECTIONS="${CONNECTIONS:-32}"
if ! command -v wrk >/dev/null; then
  echo "安装 wrk…" >&2
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
data="$(mktemp -d)"
lua="$data/decision.lua"
cat > "$lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"body":"东冶镇","itemId":121,"action":"PENALIZE","facts":{"location":"东冶村","partyType":"INDIVIDUAL","penalty":{"kind":"FINE","amountYuan":500}}}'
local non2xx = 0
response = function(status, headers, body)
  if status ~= 200 then non2xx = non2xx + 1 end
end
LUA
# C2 JIT for a server (the launcher's default C1-only flags suit one-shot commands).
export QUANZE_JAVA_OPTS="${QUANZE_JAVA_OPTS:--XX:+UseParallelGC -Xms256m -Xmx512m -Xshare:auto}"
"$here/quanze" serve --port "$PORT" --data-dir "$data" > "$data/serve.log" 2>&1 &
launcher=$!
cleanup() { kill "$launcher" 2>/dev/null || true; wait "$launcher" 2>/dev/null || true; }
trap cleanup EXIT
for i in $(seq 1 240); do
  curl -fs -o /dev/null "http://localhost:$PORT/api/v1/catalogue" && break
  kill -0 "$launcher" 2>/dev/null || { cat "$data/serve.log" >&2; echo "服务未能启动" >&2; exit 1; }
  sleep 0.5
done
rss() { awk '/VmRSS/ {print $2/1024 " MiB"}' "/proc/$launcher/status"; }
url="http://localhost:$PORT/api/v1/decisions"
echo "预热 10 s…"
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s "$lua" "$url" > /dev/null
echo "RSS before: $(rss)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$lua" "$url" | tee "$data/wrk.txt"
echo "RSS after:  $(rss)"
echo "决定日志行数：$(wc -l < "$data/audit/decisions.jsonl")"
grep -q "Non-2xx" "$data/wrk.txt" && echo "有非 2xx 响应！" >&2 || echo "无非 2xx 响应。"
