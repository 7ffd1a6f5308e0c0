import { parseArgs } from "node:util";
import { bewaartermijnUitOmgeving, organisatieRegister, pasBewaartermijnToe, type RetentieResultaat } from "@gezinsbeeld/shared-schema";
import { metToegangslogDatabases } from "./toegangslogDatabases";

const USAGE = `npm run audit:retentie [-- --dry-run] [--org <organisatie>]

For every organisation's access log: creates the monthly partitions for this
month and the next 12, and drops every monthly partition entirely older than the
retention period: the organisation's own (bewaartermijn.toegangslogJaren in
gateway/organisaties.json), or GEZINSBEELD_TOEGANGSLOG_BEWAARTERMIJN_JAREN for
all; never less than 5 years (NEN 7513). The default partition is never touched.
  --dry-run            print what would be done, change nothing
  --org <organisatie>  only this organisation's log`;

/** `npm run audit:retentie`: the retention job, meant to run monthly (cron, a scheduled container). */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { org: { type: "string" }, "dry-run": { type: "boolean" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const voorAlle = process.env.GEZINSBEELD_TOEGANGSLOG_BEWAARTERMIJN_JAREN ? bewaartermijnUitOmgeving() : undefined;
  const termijn = (organisatie: string): number => voorAlle ?? organisatieRegister().get(organisatie).bewaartermijn.toegangslogJaren;
  const proef = values["dry-run"] ?? false;
  console.log(`retention period ${voorAlle ? `${voorAlle} years for every organisation` : "per organisation (gateway/organisaties.json)"}${proef ? " (dry run: nothing is changed)" : ""}`);
  const mislukt = await metToegangslogDatabases(async (databases) => {
    let fouten = 0;
    for (const { definition, client, fout } of databases) {
      if (!client) {
        console.log(`${definition.name}: ${fout}`);
        fouten += 1;
        continue;
      }
      try {
        const jaren = termijn(definition.organisatie);
        console.log(`${definition.name}: ${jaren} years, ${beschrijf(await pasBewaartermijnToe(client, { bewaartermijnJaren: jaren, proef }), proef)}`);
      } catch (error) {
        console.log(`${definition.name}: FAILED: ${error instanceof Error ? error.message : String(error)}`);
        fouten += 1;
      }
    }
    return fouten;
  }, values.org);
  if (mislukt > 0) process.exitCode = 1;
}

function beschrijf(resultaat: RetentieResultaat, proef: boolean): string {
  const delen = [`cut-off ${resultaat.grens.toISOString()} (entries before it have expired)`];
  delen.push(resultaat.aangemaakt.length ? `${proef ? "would create" : "created"} ${resultaat.aangemaakt.join(", ")}` : "partitions ahead in place");
  if (resultaat.beschermd.length) delen.push(`${proef ? "would protect" : "protected"} ${resultaat.beschermd.length} partitions against TRUNCATE`);
  for (const { maand, reden } of resultaat.overgeslagen) delen.push(`no partition for ${maand}: ${reden}`);
  delen.push(
    resultaat.verwijderd.length
      ? `${proef ? "would drop" : "dropped"} ${resultaat.verwijderd.map((p) => `${p.naam} (${p.aantal} entries)`).join(", ")}`
      : "nothing expired",
  );
  delen.push(`kept ${resultaat.behouden} monthly partitions and the default partition`);
  if (resultaat.verlopenInStandaard > 0) delen.push(`${resultaat.verlopenInStandaard} expired entries in the default partition are kept (only whole months are dropped)`);
  return delen.join("; ");
}

// Exit explicitly: the embedded PostgreSQL package hooks beforeExit and would otherwise end the process with 0 whatever the outcome.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error("audit:retentie failed:", error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
