import { createHash } from "node:crypto";
import { GEHASHTE_VELDEN, type Toegangsregel } from "./Toegangsregel";

/** The hash of the chain's start, before any entry. */
export const BEGIN_HASH = "0".repeat(64);

/**
 * Canonical text of an entry: its hashed fields in fixed order, the time as ISO
 * (milliseconds), a list of one category as that category (as an entry held
 * before entries held several, so those still verify).
 */
export function canoniek(regel: Toegangsregel): string {
  return JSON.stringify(
    GEHASHTE_VELDEN.map((veld) =>
      veld === "tijdstip" ? regel.tijdstip.toISOString() : veld === "categorieen" && regel.categorieen.length === 1 ? regel.categorieen[0] : regel[veld],
    ),
  );
}

/** hash(n) = sha256(hash(n-1) | volgnummer | canonical entry): each entry seals the one before it. */
export function ketenHash(vorigeHash: string, volgnummer: number | bigint | string, regel: Toegangsregel): string {
  return createHash("sha256").update(`${vorigeHash}|${volgnummer}|${canoniek(regel)}`).digest("hex");
}
