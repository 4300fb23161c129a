#!/usr/bin/env bash
# A longer fuzz and a soak of the running service (not timed tests).
# Usage: bench/fuzz-soak.sh [soak duration, default 600s]
# Env: PORT (18081), FUZZ_REQUESTS (20000), FUZZ_SEED (13), THREADS (2), CONNECTIONS (8)
# 1. Starts ./quanze serve on loopback with a fresh data folder.
# 2. Fuzz: FUZZ_REQUESTS seeded hostile requests across every endpoint (cn.quanze.fuzz.Fuzzer); fails on any
#    5xx, any 4xx that is not problem+json, any internal class or package name in a body.
# 3. Soak: wrk with a fixed number of connections (wrk cannot hold a fixed rate) on a mix of structured and
#    free-text decisions, vetting, and catalogue reads; RSS before and after, every decision fsynced to the log.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${PORT:-18081}"; SOAK="${1:-600s}"; THREADS="${THREADS:-2}"; CONNECTIONS="${CONNECTIONS:-8}"
FUZZ_REQUESTS="${FUZZ_REQUESTS:-20000}"; FUZZ_SEED="${FUZZ_SEED:-13}"
if ! command -v wrk >/dev/null; then
  echo "安装 wrk…" >&2
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
cd "$here"
mvn -o -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >&2
data="$(mktemp -d)"
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
rss() { awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' "/proc/$launcher/status"; }
token="$(cat "$data/admin-token")"

echo "== fuzz：$FUZZ_REQUESTS 个请求，种子 $FUZZ_SEED"
echo "RSS before fuzz: $(rss)"
fuzz_ok=0
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" cn.quanze.fuzz.Fuzzer \
  "http://localhost:$PORT" "$FUZZ_REQUESTS" "$FUZZ_SEED" "$token" || fuzz_ok=1
echo "RSS after fuzz:  $(rss)"

lua="$data/mix.lua"
cat > "$lua" <<'LUA'
local bodies = {
  '{"body":"东冶镇","itemId":121,"action":"PENALIZE","facts":{"location":"东冶村","partyType":"INDIVIDUAL","penalty":{"kind":"FINE","amountYuan":500}}}',
  '{"body":"东冶","query":"村民没批准就占地盖房，镇里能罚吗？"}',
  '{"body":"豆村镇","query":"物业公司在高层楼道里给电动车充电，拒不改正，镇上想罚物业公司五千元，可以吗？"}',
  '{"body":"县发改委","itemId":45}',
}
local draft = '{"issuer":"县市场监管局","title":"五台县农贸市场摊位管理暂行办法","docNumber":"五市监发[2024]7号","text":"第五条 在农贸市场设摊经营的，须经县市场监督管理局审批后方可进场经营。第十二条 违反本办法第五条规定的，处以五百元罚款。"}'
local n = 0
request = function()
  n = n + 1
  local k = n % 10
  if k < 7 then
    return wrk.format("POST", "/api/v1/decisions", {["Content-Type"] = "application/json"}, bodies[(n % #bodies) + 1])
  elseif k < 8 then
    return wrk.format("POST", "/api/v1/vetting", {["Content-Type"] = "application/json"}, draft)
  elseif k < 9 then
    return wrk.format("GET", "/api/v1/catalogue/items/" .. ((n % 152) + 1))
  else
    return wrk.format("GET", "/api/v1/issuers")
  end
end
LUA
echo "== soak：wrk $THREADS 线程 × $CONNECTIONS 连接，$SOAK"
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s "$lua" "http://localhost:$PORT" > /dev/null
echo "RSS before soak: $(rss)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$SOAK" --latency -s "$lua" "http://localhost:$PORT" | tee "$data/wrk.txt"
echo "RSS after soak:  $(rss)"
echo "决定日志行数：$(cat "$data"/audit/decisions*.jsonl | wc -l)；日志文件：$(ls "$data/audit" | tr '\n' ' ')"
grep -q "Non-2xx" "$data/wrk.txt" && { echo "有非 2xx 响应！" >&2; exit 1; } || echo "soak 无非 2xx 响应。"
[ "$fuzz_ok" = 0 ] && echo "fuzz 无违规。" || { echo "fuzz 有违规（见上）。" >&2; exit 1; }
