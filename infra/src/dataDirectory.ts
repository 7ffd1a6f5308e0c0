import path from "node:path";

/**
 * Where `npm start` keeps its state: the embedded PostgreSQL (`postgres/`) and
 * the pid file of each running hub. `GEZINSBEELD_DATA_DIR`, default `.data` in
 * the repository. (The development keys have their own setting,
 * `GEZINSBEELD_KEYS_DIR`.)
 */
export function dataDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.GEZINSBEELD_DATA_DIR || path.join(__dirname, "..", "..", ".data"));
}
