import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { bewaarCheckpoint, type Ketenkop, loadAuditKeys, maakCheckpoint, verifieerKeten } from "@gezinsbeeld/shared-schema";
import { metToegangslogDatabases } from "./toegangslogDatabases";

const USAGE = `npm run audit:checkpoint [-- --out <file>] [--org <organisatie>]

Verifies every organisation's access log and writes its head (volgnummer and
hash), signed with the audit key, to a checkpoint file (default
.data/checkpoints/<timestamp>.json), and stores each signed head in that
organisation's own database (toegangslog_checkpoint), where the subgraph reports
it (toegangslogKeten<Org>). Keep the file apart from the hub; later
\`npm run audit:verify -- --checkpoint <file>\` shows whether a chain was rewritten.
--org limits it to one organisation's log.
Keys: GEZINSBEELD_AUDIT_PRIVATE_KEY (or the development key in GEZINSBEELD_KEYS_DIR).`;

const CHECKPOINTS = path.join(__dirname, "..", "..", ".data", "checkpoints");

/**
 * `npm run audit:checkpoint`: seal the head of every chain. A chain is verified
 * before its head is signed, so a checkpoint never vouches for a broken chain;
 * when one is broken nothing is written. The file is written first (it is what
 * the privacy officer keeps outside the hub), then each signed head goes into
 * its organisation's database.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { org: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const keys = await loadAuditKeys();
  if (!keys.signingKey) throw new Error("Signing a checkpoint needs the audit private key: set GEZINSBEELD_AUDIT_PRIVATE_KEY.");
  const signingKey = keys.signingKey;

  const uitkomst = await metToegangslogDatabases(async (databases) => {
    const gelezen: Ketenkop[] = [];
    let gebroken = false;
    for (const { definition, client, fout } of databases) {
      if (!client) {
        console.log(`${definition.name}: ${fout}`);
        gebroken = true;
        continue;
      }
      const tijdstip = new Date().toISOString();
      const verificatie = await verifieerKeten(client);
      if (!verificatie.intact) {
        const breuk = verificatie.breuk;
        console.log(`${definition.name}: chain BROKEN at volgnummer ${breuk?.volgnummer}: ${breuk?.fout}`);
        gebroken = true;
        continue;
      }
      const kop: Ketenkop = { organisatie: definition.organisatie, subgraph: definition.name, volgnummer: verificatie.laatste.volgnummer, hash: verificatie.laatste.hash, tijdstip };
      console.log(`${definition.name}: volgnummer ${kop.volgnummer}, hash ${kop.hash}`);
      gelezen.push(kop);
    }
    if (gebroken) return null;

    const bestand = await maakCheckpoint(gelezen, signingKey);
    const uit = path.resolve(values.out ?? path.join(CHECKPOINTS, `${bestand.aangemaakt.replace(/[:.]/g, "-")}.json`));
    await mkdir(path.dirname(uit), { recursive: true });
    await writeFile(uit, `${JSON.stringify(bestand, null, 2)}\n`, { flag: "wx" });
    console.log(`checkpoint written to ${uit}`);
    let nietOpgeslagen = false;
    for (const kop of bestand.koppen) {
      const client = databases.find((database) => database.definition.name === kop.subgraph)?.client;
      try {
        if (!client) throw new Error("no connection");
        await bewaarCheckpoint(client, kop);
        console.log(`${kop.subgraph}: checkpoint stored in its database`);
      } catch (error) {
        console.log(`${kop.subgraph}: checkpoint NOT stored in its database: ${error instanceof Error ? error.message : String(error)}`);
        nietOpgeslagen = true;
      }
    }
    return { nietOpgeslagen };
  }, values.org);
  if (!uitkomst) {
    console.log("no checkpoint written: a checkpoint only seals intact chains (see npm run audit:verify)");
    process.exitCode = 1;
    return;
  }
  // The file stands; a database that missed its head reports no checkpoint until the next run.
  if (uitkomst.nietOpgeslagen) process.exitCode = 1;
  if (keys.publicJwk) {
    console.log(`signed with audit key ${signingKey.kid ?? "(no kid)"}${keys.development ? " (development key)" : ""}; a privacy officer verifies with GEZINSBEELD_AUDIT_PUBLIC_KEY='${JSON.stringify(keys.publicJwk)}'`);
  }
}

// Exit explicitly: the embedded PostgreSQL package hooks beforeExit and would otherwise end the process with 0 whatever the outcome.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error("audit:checkpoint failed:", error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
