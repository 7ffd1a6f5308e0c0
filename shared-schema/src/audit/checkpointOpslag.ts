import type { UserTokenVerificationKey } from "../identity/IdentityKeys";
import { controleerKetenkop, type Ketenkop } from "./checkpoint";
import { type ToegangslogDatabase, verbind } from "./toegangslogVerbinding";

/** The latest checkpoint stored in an organisation's database, after checking it. */
export interface OpgeslagenCheckpoint {
  /** The signed head when the signature holds and names this organisation; else the readable copy. */
  volgnummer: number;
  hash: string;
  ondertekendOp: Date;
  /**
   * True only when the JWS verifies with the audit public key, is signed for
   * this organisation, and its readable copy says the same: only then may the
   * chain be checked against it.
   */
  vertrouwd: boolean;
  /** Why it is not trusted; null when it is. */
  fout: string | null;
}

interface CheckpointRij {
  volgnummer: string;
  hash: string;
  ondertekend_op: Date;
  jws: string;
}

/**
 * Keep a signed head in the database of the organisation whose log it seals
 * (table `toegangslog_checkpoint`, append-only), beside the file the privacy
 * officer keeps: the subgraph then reports since which checkpoint its chain holds.
 */
export async function bewaarCheckpoint(db: ToegangslogDatabase, kop: Ketenkop & { jws: string }): Promise<void> {
  const verbinding = await verbind(db);
  try {
    await verbinding.query(`INSERT INTO toegangslog_checkpoint (volgnummer, hash, ondertekend_op, jws) VALUES ($1, $2, $3, $4)`, [
      kop.volgnummer,
      kop.hash,
      kop.tijdstip,
      kop.jws,
    ]);
  } finally {
    await verbinding.release();
  }
}

/**
 * The most recently signed checkpoint stored for `organisatie`, checked with
 * `sleutel` (the audit public key); null when none is stored. Without a key
 * nothing can be checked, so the checkpoint is reported as not trusted: a row
 * anyone with write access could have inserted must never vouch for the chain.
 */
export async function laatsteCheckpoint(
  db: ToegangslogDatabase,
  organisatie: string,
  sleutel: UserTokenVerificationKey | undefined,
): Promise<OpgeslagenCheckpoint | null> {
  const verbinding = await verbind(db);
  let rij: CheckpointRij | undefined;
  try {
    [rij] = await verbinding.query<CheckpointRij>(
      `SELECT volgnummer::text AS volgnummer, hash, ondertekend_op, jws FROM toegangslog_checkpoint ORDER BY ondertekend_op DESC, id DESC LIMIT 1`,
    );
  } finally {
    await verbinding.release();
  }
  if (!rij) return null;
  const leesbaar = { volgnummer: Number(rij.volgnummer), hash: rij.hash, ondertekendOp: rij.ondertekend_op };
  if (!sleutel) return { ...leesbaar, vertrouwd: false, fout: "no audit public key to check its signature with" };
  let kop: Ketenkop;
  try {
    kop = await controleerKetenkop(rij.jws, sleutel);
  } catch (error) {
    return { ...leesbaar, vertrouwd: false, fout: `its signature does not hold (${error instanceof Error ? error.message : String(error)})` };
  }
  const getekend = { volgnummer: kop.volgnummer, hash: kop.hash, ondertekendOp: new Date(kop.tijdstip) };
  if (kop.organisatie !== organisatie) return { ...getekend, vertrouwd: false, fout: `it is signed for organisation ${kop.organisatie}` };
  if (kop.volgnummer !== leesbaar.volgnummer || kop.hash !== leesbaar.hash || getekend.ondertekendOp.getTime() !== leesbaar.ondertekendOp.getTime()) {
    return { ...getekend, vertrouwd: false, fout: "its readable copy differs from what was signed" };
  }
  return { ...getekend, vertrouwd: true, fout: null };
}
