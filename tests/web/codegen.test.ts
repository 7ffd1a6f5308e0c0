import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * The app's typed documents (web/src/gql) are generated from the supergraph
 * and the app's queries; when either changes, `npm run codegen` must be run,
 * or the types lie about what the gateway answers.
 */
describe("the app's generated GraphQL types", () => {
  test("are current with gateway/supergraph.graphql and the app's documents (npm run codegen)", () => {
    const web = path.join(__dirname, "..", "..", "web");
    const run = spawnSync(process.execPath, [path.join(__dirname, "..", "..", "node_modules", "@graphql-codegen", "cli", "cjs", "bin.js"), "--config", "codegen.ts", "--check"], { cwd: web, encoding: "utf8", env: { ...process.env, CI: "true" } });
    expect({ status: run.status, output: run.status === 0 ? "" : `${run.stdout}\n${run.stderr}` }).toEqual({ status: 0, output: "" });
  });
});
