import { renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { organisatieRegister } from "@gezinsbeeld/shared-schema";
import { BELEID_DOCUMENT, beleidDocument } from "./beleidDocument";
import { generateSchemas, SUBGRAPHS_FILE } from "./schemas";

/**
 * `npm run compose [-- --subgraphs <file>]`: regenerate the own subgraphs' SDL
 * files and the supergraph from a subgraph list (default
 * `gateway/subgraphs.json`; the supergraph is written beside the list), and,
 * for the hub's own list, docs/beleid.md from the organisation register. When
 * the gateway could not protect a subgraph's fields, or composition fails, it
 * says which subgraph, type and field, exits 1 and writes nothing.
 */
function subgraphsFile(args: readonly string[]): string {
  const index = args.indexOf("--subgraphs");
  if (index === -1) return SUBGRAPHS_FILE;
  const file = args[index + 1];
  if (!file) throw new Error("--subgraphs needs the path of a subgraph list");
  return path.resolve(file);
}

async function compose(): Promise<void> {
  const lijst = subgraphsFile(process.argv.slice(2));
  const { files } = await generateSchemas(lijst);
  // A partner that joins brings its register rows: the privacy officers' document follows in the same step.
  if (lijst === SUBGRAPHS_FILE) files.set(path.join(__dirname, "..", "..", BELEID_DOCUMENT), beleidDocument(organisatieRegister()));
  // Every file complete beside its place first, then all renamed: a failed write leaves no half-written schema behind.
  const written: string[] = [];
  try {
    for (const [file, content] of files) {
      writeFileSync(`${file}.compose-tmp`, content);
      written.push(`${file}.compose-tmp`);
    }
  } catch (error) {
    for (const tmp of written) rmSync(tmp, { force: true });
    throw error;
  }
  for (const file of files.keys()) {
    renameSync(`${file}.compose-tmp`, file);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

compose().catch((error: unknown) => {
  console.error(`npm run compose: nothing written.\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
