import { CompactSign, compactVerify, type CompactVerifyGetKey, type KeyLike } from "jose";
import { type SigningKey, TOKEN_ALGORITHM, type UserTokenVerificationKey } from "../identity/IdentityKeys";

/** `typ` of a signed chain head, so a checkpoint signature cannot pass for a token or the other way round. */
export const KETENKOP_TYPE = "gezinsbeeld-toegangslog-kop+jws";

/** Format marker of a checkpoint file. */
export const CHECKPOINT_FORMAAT = "gezinsbeeld-toegangslog-checkpoint/1";

/** The head of one organisation's access-log chain at one moment: what a checkpoint signs. */
export interface Ketenkop {
  /** The organisation that keeps the log, e.g. `LOKAAL_TEAM`. */
  organisatie: string;
  /** Its subgraph, e.g. `lokaal-team`. */
  subgraph: string;
  /** Volgnummer of the last entry (0: empty chain). */
  volgnummer: number;
  /** That entry's hash. */
  hash: string;
  /** When the head was read (ISO 8601). */
  tijdstip: string;
}

/**
 * A checkpoint file: per organisation its head, readable, and the same head as
 * a compact JWS. Only the JWS counts; {@link controleerCheckpoint} flags a
 * readable copy that differs from what was signed.
 */
export interface Checkpointbestand {
  formaat: typeof CHECKPOINT_FORMAAT;
  aangemaakt: string;
  /** Key id of the signing key, when it has one. */
  sleutel: string | null;
  koppen: Array<Ketenkop & { jws: string }>;
}

/** One head of a checkpoint file after checking its signature. */
export interface GecontroleerdeKop {
  /** The subgraph as the file names it (the readable copy). */
  subgraph: string;
  /** The signed head; null when the signature does not hold. */
  kop: Ketenkop | null;
  /** Why the head cannot be trusted; null when it can. */
  fout: string | null;
}

/** Sign one chain head as a compact JWS (EdDSA, `typ` {@link KETENKOP_TYPE}). */
export async function ondertekenKetenkop(kop: Ketenkop, sleutel: SigningKey): Promise<string> {
  const payload: Ketenkop = { organisatie: kop.organisatie, subgraph: kop.subgraph, volgnummer: kop.volgnummer, hash: kop.hash, tijdstip: kop.tijdstip };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: KETENKOP_TYPE, ...(sleutel.kid ? { kid: sleutel.kid } : {}) })
    .sign(sleutel.key);
}

/** A checkpoint file of the given heads, each signed with `sleutel`. */
export async function maakCheckpoint(koppen: readonly Ketenkop[], sleutel: SigningKey, aangemaakt: Date = new Date()): Promise<Checkpointbestand> {
  return {
    formaat: CHECKPOINT_FORMAAT,
    aangemaakt: aangemaakt.toISOString(),
    sleutel: sleutel.kid ?? null,
    koppen: await Promise.all(koppen.map(async (kop) => ({ ...kop, jws: await ondertekenKetenkop(kop, sleutel) }))),
  };
}

/**
 * The signed head in `jws`, after checking its signature with `sleutel` (EdDSA
 * only, `typ` {@link KETENKOP_TYPE}). Throws when the signature or the payload
 * does not hold.
 */
export async function controleerKetenkop(jws: string, sleutel: UserTokenVerificationKey): Promise<Ketenkop> {
  const opties = { algorithms: [TOKEN_ALGORITHM] };
  const { payload, protectedHeader } =
    typeof sleutel === "function"
      ? await compactVerify(jws, sleutel as unknown as CompactVerifyGetKey, opties)
      : await compactVerify(jws, sleutel as KeyLike, opties);
  if (protectedHeader.typ !== KETENKOP_TYPE) throw new Error(`not a signed chain head (typ ${protectedHeader.typ ?? "missing"})`);
  return leesKetenkop(JSON.parse(new TextDecoder().decode(payload)) as unknown);
}

/** Parse a checkpoint file's text; throws when it is not one. */
export function leesCheckpointbestand(tekst: string): Checkpointbestand {
  const bestand = JSON.parse(tekst) as Partial<Checkpointbestand>;
  if (bestand.formaat !== CHECKPOINT_FORMAAT || !Array.isArray(bestand.koppen)) {
    throw new Error(`not a gezinsbeeld access-log checkpoint (expected "formaat": "${CHECKPOINT_FORMAAT}")`);
  }
  for (const kop of bestand.koppen) {
    if (typeof kop?.jws !== "string" || typeof kop.subgraph !== "string") throw new Error("a head in the checkpoint has no subgraph or no jws");
  }
  return bestand as Checkpointbestand;
}

/**
 * Check every head of a checkpoint file: its signature, and that the readable
 * copy beside it says the same (a privacy officer reads that copy).
 */
export async function controleerCheckpoint(bestand: Checkpointbestand, sleutel: UserTokenVerificationKey): Promise<GecontroleerdeKop[]> {
  return Promise.all(
    bestand.koppen.map(async (leesbaar): Promise<GecontroleerdeKop> => {
      let kop: Ketenkop;
      try {
        kop = await controleerKetenkop(leesbaar.jws, sleutel);
      } catch (error) {
        return { subgraph: leesbaar.subgraph, kop: null, fout: `its signature does not hold (${error instanceof Error ? error.message : String(error)})` };
      }
      const afwijkend = (["organisatie", "subgraph", "volgnummer", "hash", "tijdstip"] as const).filter((veld) => leesbaar[veld] !== kop[veld]);
      if (afwijkend.length > 0) return { subgraph: leesbaar.subgraph, kop, fout: `its readable ${afwijkend.join(", ")} differ from what was signed` };
      return { subgraph: kop.subgraph, kop, fout: null };
    }),
  );
}

function leesKetenkop(waarde: unknown): Ketenkop {
  const kop = waarde as Partial<Ketenkop> | null;
  if (
    !kop ||
    typeof kop.organisatie !== "string" ||
    typeof kop.subgraph !== "string" ||
    typeof kop.volgnummer !== "number" ||
    !Number.isSafeInteger(kop.volgnummer) ||
    typeof kop.hash !== "string" ||
    !/^[0-9a-f]{64}$/.test(kop.hash) ||
    typeof kop.tijdstip !== "string"
  ) {
    throw new Error("the signed payload is not a chain head");
  }
  return { organisatie: kop.organisatie, subgraph: kop.subgraph, volgnummer: kop.volgnummer, hash: kop.hash, tijdstip: kop.tijdstip };
}
