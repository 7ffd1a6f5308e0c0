import { BEGIN_HASH, ketenHash } from "./hashketen";
import { regelUitRij, type ToegangslogKolommen } from "./Toegangsregel";
import { type ToegangslogDatabase, verbind } from "./toegangslogVerbinding";

/**
 * What kind of break a {@link Ketenbreuk} is, so a reader can say it in its own
 * words (the privacy officer's console, in Dutch) without parsing {@link Ketenbreuk.fout}:
 * - `begin`: entry 1 does not start from the begin hash;
 * - `dubbel`: a volgnummer occurs twice;
 * - `ontbreekt`: entries are missing (a gap, or the end cut off below the head);
 * - `vorige-hash`: the link to the entry before does not hold (that one was replaced or removed);
 * - `inhoud`: the entry's content does not match its hash (it was changed);
 * - `tijdstip`: its time was changed below the millisecond;
 * - `kop`: the head (`toegangslog_kop`) is missing or does not match the last entry.
 */
export type Breuksoort = "begin" | "dubbel" | "ontbreekt" | "vorige-hash" | "inhoud" | "tijdstip" | "kop";

/** The first entry where the chain does not hold. */
export interface Ketenbreuk {
  /** Volgnummer of the broken entry (for a gap: the first missing one). */
  volgnummer: number;
  /** Its time as stored; null when the entry is missing. */
  tijdstip: Date | null;
  /** What kind of break it is. */
  soort: Breuksoort;
  /** What is wrong, in one sentence. */
  fout: string;
}

/** A chain head someone recorded earlier (a signed checkpoint) that the chain must still contain. */
export interface Ketenanker {
  volgnummer: number;
  hash: string;
}

/** The comparison of the chain with a {@link Ketenanker}. */
export interface Ankertoets {
  volgnummer: number;
  verwachteHash: string;
  /** The hash the chain holds at that volgnummer now; null when the entry is gone. */
  gevondenHash: string | null;
  overeenkomst: boolean;
  /** Why it does not match; null when it does. */
  fout: string | null;
}

/** The outcome of {@link verifieerKeten}. */
export interface Ketenverificatie {
  /** The chain holds, its head matches its last entry, and it matches the anchor when one was given. */
  intact: boolean;
  /** Entries checked (up to and including the broken one, if any). */
  aantal: number;
  /** Lowest volgnummer present; null when the log is empty. */
  eersteVolgnummer: number | null;
  /**
   * Entries below {@link eersteVolgnummer} are gone (retention dropped their
   * partitions): the chain is checked from there, trusting that entry's
   * `vorige_hash`, which only an anchor at or after it can vouch for.
   */
  ingekort: boolean;
  /** The last entry checked: with an intact chain, the head. */
  laatste: { volgnummer: number; hash: string; tijdstip: Date | null };
  breuk: Ketenbreuk | null;
  /** The head as `toegangslog_kop` holds it in the same snapshot; null when it is missing. */
  kop: { volgnummer: number; hash: string } | null;
  /** Null when no anchor was given. */
  anker: Ankertoets | null;
}

/** Options of {@link verifieerKeten}. */
export interface VerifieerKetenOpties {
  /** Rows fetched per round trip from the cursor. Default 5000. */
  batchgrootte?: number;
  /** An earlier head (from a signed checkpoint) the chain must still contain with the same hash. Default: none. */
  anker?: Ketenanker;
}

interface Rij extends ToegangslogKolommen {
  volgnummer: string;
  tijdstip_ms: string;
  fijner_dan_ms: boolean;
  vorige_hash: string;
  hash: string;
}

/**
 * Walk one organisation's access log in volgnummer order and check that it is
 * still the chain that was written: volgnummers without gaps (from 1, or from
 * the oldest entry retention left), each `vorige_hash` equal to the hash of the
 * entry before it, each `hash` recomputed from the entry's content with
 * {@link ketenHash}, and `toegangslog_kop` equal to the last entry. Stops at the
 * first broken entry. Read in one snapshot (REPEATABLE READ) through a cursor,
 * so a log of millions of entries is streamed, never loaded, and entries written
 * meanwhile neither shift the head nor count.
 */
export async function verifieerKeten(db: ToegangslogDatabase, opties: VerifieerKetenOpties = {}): Promise<Ketenverificatie> {
  const batchgrootte = opties.batchgrootte ?? 5000;
  const anker = opties.anker;
  const verbinding = await verbind(db);
  const resultaat: Ketenverificatie = {
    intact: false,
    aantal: 0,
    eersteVolgnummer: null,
    ingekort: false,
    laatste: { volgnummer: 0, hash: BEGIN_HASH, tijdstip: null },
    breuk: null,
    kop: null,
    anker: null,
  };
  try {
    await verbinding.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const [kop] = await verbinding.query<{ volgnummer: string; hash: string }>("SELECT volgnummer, hash FROM toegangslog_kop WHERE id = 1");
    resultaat.kop = kop ? { volgnummer: Number(kop.volgnummer), hash: kop.hash } : null;
    // The time as epoch milliseconds, not a driver-parsed Date: the hash covers milliseconds, and a change below them is flagged apart.
    await verbinding.query(`DECLARE toegangslog_keten NO SCROLL CURSOR FOR
      SELECT volgnummer, floor(extract(epoch FROM tijdstip) * 1000)::bigint AS tijdstip_ms,
        tijdstip <> date_trunc('milliseconds', tijdstip) AS fijner_dan_ms,
        request_id, handeling, gebruiker, organisatie, rol, gezin_id::text AS gezin_id, persoon_id::text AS persoon_id,
        categorieen, veldpaden, beslissing, reden, grondslag, bron, noodprocedure, doel, operatie, subgraph, vorige_hash, hash
      FROM toegangslog ORDER BY volgnummer`);
    let vorige: { volgnummer: bigint; hash: string } | null = null;
    walk: for (;;) {
      const rijen = await verbinding.query<Rij>(`FETCH ${batchgrootte} FROM toegangslog_keten`);
      if (rijen.length === 0) break;
      for (const rij of rijen) {
        const volgnummer = BigInt(rij.volgnummer);
        const tijdstip = new Date(Number(rij.tijdstip_ms));
        resultaat.aantal += 1;
        const breek = (soort: Breuksoort, fout: string, op: bigint = volgnummer, wanneer: Date | null = tijdstip): void => {
          resultaat.breuk = { volgnummer: Number(op), tijdstip: wanneer, soort, fout };
        };
        if (vorige === null) {
          resultaat.eersteVolgnummer = Number(volgnummer);
          resultaat.ingekort = volgnummer > 1n;
          if (volgnummer === 1n && rij.vorige_hash !== BEGIN_HASH) breek("begin", "the first entry does not start from the chain's begin hash");
        } else if (volgnummer === vorige.volgnummer) {
          breek("dubbel", "this volgnummer occurs twice");
        } else if (volgnummer !== vorige.volgnummer + 1n) {
          const eind = volgnummer - 1n;
          resultaat.aantal -= 1;
          breek("ontbreekt", ontbrekend(vorige.volgnummer + 1n, eind), vorige.volgnummer + 1n, null);
        } else if (rij.vorige_hash !== vorige.hash) {
          breek("vorige-hash", `its vorige_hash does not match the hash of entry ${vorige.volgnummer} (an entry before it was replaced or removed)`);
        }
        if (!resultaat.breuk && ketenHash(rij.vorige_hash, volgnummer, regelUitRij(rij, tijdstip)) !== rij.hash) {
          breek("inhoud", "its content does not match its hash (the entry was changed after it was written)");
        }
        if (!resultaat.breuk && rij.fijner_dan_ms) {
          breek("tijdstip", "its tijdstip was changed below the millisecond (entries are written with millisecond precision)");
        }
        if (resultaat.breuk) break walk;
        if (anker && BigInt(anker.volgnummer) === volgnummer) resultaat.anker = vergelijkAnker(anker, rij.hash);
        vorige = { volgnummer, hash: rij.hash };
        resultaat.laatste = { volgnummer: Number(volgnummer), hash: rij.hash, tijdstip };
      }
    }
    if (!resultaat.breuk) resultaat.breuk = toetsKop(kop, vorige, resultaat.laatste.tijdstip);
    if (anker && !resultaat.anker && !resultaat.breuk) resultaat.anker = ankerNietGevonden(anker, resultaat);
  } finally {
    await verbinding.query("ROLLBACK").catch(() => {});
    await verbinding.release();
  }
  resultaat.intact = resultaat.breuk === null && (resultaat.anker?.overeenkomst ?? true);
  return resultaat;
}


/** The head the writers lock and extend must be the last entry; otherwise entries were cut off or the head was moved. */
function toetsKop(
  kop: { volgnummer: string; hash: string } | undefined,
  laatste: { volgnummer: bigint; hash: string } | null,
  tijdstip: Date | null,
): Ketenbreuk | null {
  if (!kop) return { volgnummer: 0, tijdstip: null, soort: "kop", fout: "the chain's head (toegangslog_kop) is missing" };
  const kopVolgnummer = BigInt(kop.volgnummer);
  if (laatste === null) {
    if (kopVolgnummer === 0n && kop.hash === BEGIN_HASH) return null;
    return { volgnummer: Number(kopVolgnummer), tijdstip: null, soort: "ontbreekt", fout: `the log holds no entries, but its head is at volgnummer ${kopVolgnummer}` };
  }
  if (kopVolgnummer > laatste.volgnummer) {
    return { volgnummer: Number(laatste.volgnummer + 1n), tijdstip: null, soort: "ontbreekt", fout: `${ontbrekend(laatste.volgnummer + 1n, kopVolgnummer)} (the head is at ${kopVolgnummer})` };
  }
  if (kopVolgnummer !== laatste.volgnummer || kop.hash !== laatste.hash) {
    return { volgnummer: Number(laatste.volgnummer), tijdstip, soort: "kop", fout: `the head (toegangslog_kop: volgnummer ${kopVolgnummer}) does not match the last entry` };
  }
  return null;
}

function ontbrekend(van: bigint, tot: bigint): string {
  return van === tot ? `entry ${van} is missing` : `entries ${van}-${tot} are missing`;
}

function vergelijkAnker(anker: Ketenanker, gevondenHash: string): Ankertoets {
  const overeenkomst = gevondenHash === anker.hash;
  return {
    volgnummer: anker.volgnummer,
    verwachteHash: anker.hash,
    gevondenHash,
    overeenkomst,
    fout: overeenkomst ? null : `entry ${anker.volgnummer} now has hash ${gevondenHash}, the checkpoint says ${anker.hash}: the chain was rewritten at or before it`,
  };
}

/** The anchor's entry was not in the walk: before the chain's start, or beyond its end. */
function ankerNietGevonden(anker: Ketenanker, resultaat: Ketenverificatie): Ankertoets {
  const basis = { volgnummer: anker.volgnummer, verwachteHash: anker.hash, gevondenHash: null };
  if (anker.volgnummer === 0) {
    // An empty chain at checkpoint time: anything written since extends it from the begin hash.
    const overeenkomst = anker.hash === BEGIN_HASH && !resultaat.ingekort;
    return { ...basis, gevondenHash: BEGIN_HASH, overeenkomst, fout: overeenkomst ? null : "the checkpoint of an empty chain does not match the chain's begin" };
  }
  if (resultaat.eersteVolgnummer !== null && anker.volgnummer < resultaat.eersteVolgnummer) {
    return { ...basis, overeenkomst: false, fout: `entry ${anker.volgnummer} was removed by retention (the chain now begins at ${resultaat.eersteVolgnummer}): verify against a newer checkpoint` };
  }
  return { ...basis, overeenkomst: false, fout: `the chain ends at volgnummer ${resultaat.laatste.volgnummer}, before the checkpoint's ${anker.volgnummer}: entries were removed` };
}
