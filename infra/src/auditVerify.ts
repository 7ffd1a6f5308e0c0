import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import {
  controleerCheckpoint,
  type GecontroleerdeKop,
  type Ketenverificatie,
  leesCheckpointbestand,
  loadAuditKeys,
  verifieerKeten,
} from "@gezinsbeeld/shared-schema";
import { metToegangslogDatabases } from "./toegangslogDatabases";

const USAGE = `npm run audit:verify [-- --checkpoint <file>] [--org <organisatie>]

Walks every organisation's access log (hash chain) and prints per organisation
how many entries it checked; exits 0 only when every chain is intact.
  --checkpoint <file>  also check a signed checkpoint (npm run audit:checkpoint):
                       its signature, and that each chain still holds the signed
                       head, so a rewrite of a whole chain shows.
  --org <organisatie>  only this organisation's log (e.g. where each organisation
                       runs its own PostgreSQL: GEZINSBEELD_DATABASE_URL is its server)
Keys: GEZINSBEELD_AUDIT_PUBLIC_KEY (or the development key in GEZINSBEELD_KEYS_DIR).`;

/**
 * `npm run audit:verify`: one line per organisation, the first broken entry
 * where a chain does not hold, exit code 0 only when all are intact (and match
 * the checkpoint, when one is given).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { org: { type: "string" }, checkpoint: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const koppen = values.checkpoint ? await leesCheckpoint(values.checkpoint) : null;

  const { nietIntact, aantal } = await metToegangslogDatabases(async (databases) => {
    const fout: string[] = [];
    for (const { definition, client, fout: geenLog } of databases) {
      const naam = definition.name;
      if (!client) {
        console.log(`${naam}: not checked: ${geenLog}`);
        fout.push(naam);
        continue;
      }
      let anker: GecontroleerdeKop | undefined;
      if (koppen) {
        anker = koppen.find((kop) => kop.subgraph === naam);
        if (anker?.fout) {
          console.log(`${naam}: checkpoint head not trusted: ${anker.fout}`);
          fout.push(naam);
          continue;
        }
        if (anker?.kop && anker.kop.organisatie !== definition.organisatie) {
          console.log(`${naam}: the checkpoint's head for ${naam} is signed for organisation ${anker.kop.organisatie}, not ${definition.organisatie}`);
          fout.push(naam);
          continue;
        }
      }
      const verificatie = await verifieerKeten(client, anker?.kop ? { anker: { volgnummer: anker.kop.volgnummer, hash: anker.kop.hash } } : {});
      console.log(`${naam}: ${beschrijf(verificatie, anker, koppen !== null)}`);
      if (!verificatie.intact) fout.push(naam);
    }
    return { nietIntact: fout, aantal: databases.length };
  }, values.org);

  if (nietIntact.length === 0) {
    console.log(`${aantal === 1 ? "the chain is" : `all ${aantal} chains`} intact${koppen ? " and matching the checkpoint" : ""}`);
  } else {
    console.log(`NOT INTACT: ${nietIntact.join(", ")}`);
    process.exitCode = 1;
  }
}

function beschrijf(verificatie: Ketenverificatie, anker: GecontroleerdeKop | undefined, metCheckpoint: boolean): string {
  const delen: string[] = [];
  if (verificatie.breuk) {
    const { volgnummer, tijdstip, fout } = verificatie.breuk;
    delen.push(`chain BROKEN at volgnummer ${volgnummer}${tijdstip ? ` (tijdstip ${tijdstip.toISOString()})` : ""}: ${fout}`);
    delen.push(`${verificatie.aantal} entries checked`);
  } else {
    delen.push(`${verificatie.aantal} entries checked, chain intact`);
  }
  if (verificatie.ingekort) delen.push(`begins at volgnummer ${verificatie.eersteVolgnummer} (older entries removed by retention)`);
  if (anker?.kop && verificatie.anker) {
    delen.push(
      verificatie.anker.overeenkomst
        ? `matches the checkpoint of ${anker.kop.tijdstip} at volgnummer ${anker.kop.volgnummer}`
        : `DIVERGES from the checkpoint of ${anker.kop.tijdstip}: ${verificatie.anker.fout}`,
    );
  } else if (metCheckpoint && !anker) {
    delen.push("not in the checkpoint");
  }
  return delen.join("; ");
}

async function leesCheckpoint(bestand: string): Promise<GecontroleerdeKop[]> {
  const keys = await loadAuditKeys();
  if (!keys.verificationKey) {
    throw new Error("Checking a checkpoint needs the audit public key: set GEZINSBEELD_AUDIT_PUBLIC_KEY (or GEZINSBEELD_AUDIT_PRIVATE_KEY).");
  }
  const inhoud = leesCheckpointbestand(await readFile(bestand, "utf8"));
  return controleerCheckpoint(inhoud, keys.verificationKey);
}

// Exit explicitly: the embedded PostgreSQL package hooks beforeExit and would otherwise end the process with 0 whatever the outcome.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error("audit:verify failed:", error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
