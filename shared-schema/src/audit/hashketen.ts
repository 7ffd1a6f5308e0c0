import { createHash } from "node:crypto";
import { GEHASHTE_VELDEN, type Toegangsregel } from "./Toegangsregel";

/** The hash of the chain's start, before any entry. */
export const BEGIN_HASH = "0".repeat(64);

/** Canonical text of an entry: its hashed fields in fixed order, the time as ISO (milliseconds). */
export function canoniek(regel: Toegangsregel): string {
  return JSON.stringify(GEHASHTE_VELDEN.map((veld) => (veld === "tijdstip" ? regel.tijdstip.toISOString() : regel[veld])));
}

/** hash(n) = sha256(hash(n-1) | volgnummer | canonical entry): each entry seals the one before it. */
export function ketenHash(vorigeHash: string, volgnummer: number | bigint | string, regel: Toegangsregel): string {
  return createHash("sha256").update(`${vorigeHash}|${volgnummer}|${canoniek(regel)}`).digest("hex");
}
