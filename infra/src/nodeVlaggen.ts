/**
 * Node's own flags for every service of the hub (the gateway and each
 * subgraph), wherever it runs: `npm start` ({@link superviseProcess}), the
 * benchmarks (`npm run bench`, `bench:profiel`, `bench:fouten`), the image (`NODE_OPTIONS` in
 * infra/docker/Dockerfile) and Kubernetes (`NODE_OPTIONS` in infra/k8s, beside
 * the heap limit). One list, so that what is measured is what runs.
 *
 * `--max-semi-space-size=32`: V8's young generation, where a request's
 * short-lived objects are made and most die (parsed JSON, result trees,
 * decisions, log entries), is two semi-spaces of at most 16 MB each on Node 20
 * by default. A page of 25 gezinsbeelden allocates several times that, so the
 * scavenger ran many times per request and copied the objects of the requests
 * still in flight each time. At 32 MB it runs half as often. Measured with
 * `npm run bench:profiel -- --query q2 --concurrency 10 --seconds 20`, three
 * pairs in turn on one machine: +15 % throughput in each pair; lokaal-team's
 * GC share fell from 11-12 % to 9-10 % of its samples, and the gateway's from
 * 8-9 % to 6 %. It costs up to 32 MB more memory per process, which the heap
 * limit in Kubernetes makes room for.
 *
 * `--min-semi-space-size=32`: and it stays that size. V8 shrinks the young
 * generation to its minimum (1 MB on Node 20) at the first scavenge after a
 * quiet spell, when the allocation rate it measured across the spell is low,
 * and then doubles it only as objects survive, so a service that had been idle
 * for half a minute served its next burst with semi-spaces of 1-8 MB: the hub's
 * own use (a professional opens a dossier, then reads). With `--trace-gc`, one
 * hub under 5 s of q1 at c=10 after each of four 30 s pauses: each partner
 * scavenged 81-98 times (560-690 ms) with the young generation at a median
 * 1.6 MB between scavenges, lokaal-team 150 times (915 ms); with the floor 7-8
 * times (166-298 ms) and 40 times (665 ms), at 25-27 MB. That was also the
 * bench's bias between sets: a set loaded seldom ran with a shrunken young
 * generation. It costs the memory the young generation reaches under load
 * anyway, from the start and while idle.
 */
export const SERVICE_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=32", "--min-semi-space-size=32"];
