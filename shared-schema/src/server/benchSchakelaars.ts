/**
 * The benchmark's switches, which measure what a guarantee costs by running
 * without it (`npm run bench`). Each is read when a process starts and is
 * refused under NODE_ENV=production: a production process with one of them
 * set does not start at all, rather than running without the guarantee.
 */
function benchUit(naam: string, env: NodeJS.ProcessEnv): boolean {
  if (env[naam] !== "uit") return false;
  if (env.NODE_ENV === "production") {
    throw new Error(`${naam}=uit switches a guarantee off for the benchmark only; it is refused under NODE_ENV=production.`);
  }
  return true;
}

/**
 * Whether access is recorded: always, except with `GEZINSBEELD_TOEGANGSLOG=uit`
 * in the benchmark that measures what the log costs.
 *
 * @throws under NODE_ENV=production with the switch set
 */
export function toegangslogAan(env: NodeJS.ProcessEnv = process.env): boolean {
  return !benchUit("GEZINSBEELD_TOEGANGSLOG", env);
}

/**
 * Whether access is enforced: always, except with `GEZINSBEELD_HANDHAVING=uit`
 * in the benchmark that measures what enforcement costs. Off, a subgraph
 * guards no field, root query, reference or mutation (no decisions asked, none
 * logged) and the gateway rewrites no query and carries no decisions: the
 * unguarded baseline. Read once per process, when its schema is built.
 *
 * @throws under NODE_ENV=production with the switch set
 */
export function handhavingAan(env: NodeJS.ProcessEnv = process.env): boolean {
  return !benchUit("GEZINSBEELD_HANDHAVING", env);
}
