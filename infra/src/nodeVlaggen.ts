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
 */
export const SERVICE_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=32"];
