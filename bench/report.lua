-- wrk script: after the run prints one machine-readable line, e.g.
-- RESULT rps=12345.6 p50_ms=1.2 p99_ms=4.5 requests=123456 non2xx=0 socket_errors=0
-- (non2xx counts every status outside 200..399: wrk's "Non-2xx or 3xx responses").
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d non2xx=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end
