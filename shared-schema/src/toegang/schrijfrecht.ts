import { AsyncLocalStorage } from "node:async_hooks";
import { Gegevenscategorie } from "../classification/Gegevenscategorie";
import type { Toegang } from "./Toegang";

const lopendeMutatie = new AsyncLocalStorage<Toegang>();

/**
 * Run a mutation with its access decisions at hand, so that every record it
 * loads to change (by id, not by household) is checked against the household
 * the record belongs to, inside the transaction, before anything is written.
 */
export function metSchrijfrecht<T>(toegang: Toegang, mutatie: () => T): T {
  return lopendeMutatie.run(toegang, mutatie);
}

/**
 * Inside a guarded mutation: refuse (FORBIDDEN) unless the requester may write
 * in household `gezinId`. Outside one (seeds, migrations, tests of plumbing): no-op.
 * Called by the shared record lookups, so a mutation by record id is guarded
 * like one by household id.
 */
export async function eisSchrijfrecht(gezinId: string): Promise<void> {
  await lopendeMutatie.getStore()?.eis(gezinId, Gegevenscategorie.GEEN, "schrijven");
}
