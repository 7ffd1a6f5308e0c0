import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { organisatieRegister, OrganisatieRegisterFout } from "@gezinsbeeld/shared-schema";
import { BELEID_DOCUMENT, beleidDocument } from "./beleidDocument";

/**
 * `npm run beleid:docs`: write docs/beleid.md from the organisation register and
 * the policy. `-- --check` writes nothing and exits 1 when the file is stale.
 */
function main(): void {
  const bestand = path.join(__dirname, "..", "..", BELEID_DOCUMENT);
  const tekst = beleidDocument(organisatieRegister());
  if (process.argv.includes("--check")) {
    let huidig = "";
    try {
      huidig = readFileSync(bestand, "utf8");
    } catch {
      // missing counts as stale
    }
    if (huidig !== tekst) {
      console.error(`${BELEID_DOCUMENT} is verouderd: run npm run beleid:docs`);
      process.exit(1);
    }
    console.log(`${BELEID_DOCUMENT} is actueel`);
    return;
  }
  writeFileSync(bestand, tekst);
  console.log(`wrote ${BELEID_DOCUMENT}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof OrganisatieRegisterFout ? error.message : error);
  process.exit(1);
}
