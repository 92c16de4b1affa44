-- The ceiling: the same wrk figures for a trivial JAX-RS endpoint of the same server (GET /api/health/live).
function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.1f p99_ms=%.1f not_ok=%d errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
