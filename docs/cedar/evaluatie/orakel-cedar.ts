// node build/ts/orakel-cedar.js — every situation of the oracle to beslis() (TypeScript) and to Cedar.
import { beslis } from "../snapshot/shared-schema/src/beleid/beslis";
import { CedarBeslisser } from "./cedarBeslis";
import { vraagVan } from "./feiten";
import { BEKENDE_AFWIJKINGEN, SITUATIES, type Verwachting } from "./orakel";

const label = (v: { toegestaan: boolean; grondslag?: string; reden?: string }) => (v.toegestaan ? `allow ${v.grondslag}` : `deny ${v.reden}`);
const zelfde = (a: Verwachting, b: { toegestaan: boolean; grondslag?: string; reden?: string }) => a.toegestaan === b.toegestaan && (a.toegestaan ? a.grondslag === b.grondslag : a.reden === b.reden);

const c = new CedarBeslisser(process.argv.includes("--valideer-verzoek"));
let besluitGelijk = 0, redenGelijk = 0, cedarIsBeslis = 0, cedarIsBeslisBesluit = 0, beslisRedenGelijk = 0, beslisBesluitGelijk = 0, fouten = 0;
const verschillen: string[] = [];
for (const s of SITUATIES) {
  const vraag = vraagVan(s);
  const ts = beslis(vraag);
  const ce = c.beslis(vraag);
  if (ce.fouten) { fouten++; console.log(`${s.id}: evaluation errors ${JSON.stringify(ce.fouten)}`); }
  if (s.verwacht.toegestaan === ce.toegestaan) besluitGelijk++;
  if (zelfde(s.verwacht, ce)) redenGelijk++;
  if (s.verwacht.toegestaan === ts.toegestaan) beslisBesluitGelijk++;
  if (zelfde(s.verwacht, ts)) beslisRedenGelijk++;
  if (ts.toegestaan === ce.toegestaan) cedarIsBeslisBesluit++;
  if (label(ts) === label(ce)) cedarIsBeslis++;
  if (!zelfde(s.verwacht, ce) || label(ts) !== label(ce)) {
    const bekend = BEKENDE_AFWIJKINGEN[s.id] ? " [BEKENDE_AFWIJKING of beslis]" : "";
    verschillen.push(`${s.id} ${s.titel}\n    expected ${label(s.verwacht)} | beslis ${label(ts)} | cedar ${label(ce)} via ${ce.policies.join(",")}${bekend}`);
  }
}
const n = SITUATIES.length;
console.log(`situations: ${n}`);
console.log(`cedar  vs oracle: decision ${besluitGelijk}/${n}, decision+reason ${redenGelijk}/${n}`);
console.log(`beslis vs oracle: decision ${beslisBesluitGelijk}/${n}, decision+reason ${beslisRedenGelijk}/${n}`);
console.log(`cedar  vs beslis: decision ${cedarIsBeslisBesluit}/${n}, decision+reason ${cedarIsBeslis}/${n}`);
console.log(`situations with Cedar evaluation errors: ${fouten}`);
console.log(`\ndisagreements (with the oracle, or between cedar and beslis): ${verschillen.length}\n${verschillen.join("\n")}`);
