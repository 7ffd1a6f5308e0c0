import { createHash } from "node:crypto";
import type { Pool } from "pg";
import { kondigAan, trajectAankondiging } from "./aankondigingen";
import { inTransactie } from "./db";

/** Today in the Netherlands, as YYYY-MM-DD. */
export function vandaag(nu = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(nu);
}

export function plusDagen(datum: string, dagen: number): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

/** A stable id from a name (the same on every seed). */
function stabielId(naam: string): string {
  const hex = createHash("sha1").update(`gezinsbeeld-ggz:${naam}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** GGZ's demo professionals: one treating professional and the privacy officer. */
export const DEMO_MEDEWERKERS = [
  { id: "ggz-lotte-visser", naam: "Lotte Visser", functie: "GZ-psycholoog, behandelaar jeugd", rol: "MEDEWERKER" },
  { id: "ggz-wouter-de-haan", naam: "Wouter de Haan", functie: "functionaris gegevensbescherming", rol: "PRIVACY_OFFICER" },
] as const;

/**
 * The referrals GGZ received: households of the hub's demo scenario, by their
 * ids there (`demoUuid("gezin-<n>")` in shared-schema's scenario, printed once
 * and written down here: a partner knows households only by the ids it was sent).
 */
export const DEMO_VERWIJZINGEN = {
  /** Gezin de Vries (nummer 1, voluntary phase). */
  deVries: "53a0eec9-3884-5948-ad4f-bcaca9fe6eb8",
  /** Gezin Visser (nummer 4, under a supervision order; the README's household). */
  visser: "858de37c-7a60-5a87-ac7f-67865dcd03f6",
  /** Gezin Meijer (nummer 6, voluntary phase). */
  meijer: "438b61d0-1a01-5d61-a740-28b03d3ca165",
  /** Gezin Mulder (nummer 8, Veilig Thuis investigating). */
  mulder: "e9db7d7b-b035-515f-a8a4-4e804b599aca",
} as const;

interface DemoTraject {
  naam: string;
  gezinId: string;
  soort: string;
  start: number;
  eind?: number;
  intensiteit: "LICHT" | "MIDDEL" | "ZWAAR";
  doel: string;
  diagnose: string;
}

/** Days relative to the seed day, so the story is current whenever it is seeded. */
const TRAJECTEN: readonly DemoTraject[] = [
  { naam: "traject-1", gezinId: DEMO_VERWIJZINGEN.deVries, soort: "ambulante behandeling", start: -90, intensiteit: "LICHT", doel: "Noah leert omgaan met angst op school; ouders leren hem daarin steunen.", diagnose: "angststoornis" },
  { naam: "traject-2", gezinId: DEMO_VERWIJZINGEN.visser, soort: "ambulante behandeling", start: -150, intensiteit: "MIDDEL", doel: "Traumaverwerking na huiselijk geweld (EMDR), zodat de kinderen weer rust ervaren.", diagnose: "posttraumatische stressstoornis" },
  { naam: "traject-3", gezinId: DEMO_VERWIJZINGEN.mulder, soort: "crisisbehandeling", start: -120, eind: -100, intensiteit: "ZWAAR", doel: "Stabiliseren na een acute crisis; veiligheid thuis afspreken.", diagnose: "acute stressreactie" },
  { naam: "traject-4", gezinId: DEMO_VERWIJZINGEN.mulder, soort: "ambulante behandeling", start: -99, intensiteit: "MIDDEL", doel: "Terugval voorkomen; ouder en kind oefenen met signaleringsplan.", diagnose: "depressieve stoornis" },
  { naam: "traject-5", gezinId: DEMO_VERWIJZINGEN.meijer, soort: "gezinsbehandeling", start: -30, intensiteit: "MIDDEL", doel: "Ouders en kinderen vinden samen een nieuwe dagstructuur.", diagnose: "gedragsstoornis" },
];

/**
 * Demo data, only when `GEZINSBEELD_DEMO=1` and the tables are empty: the
 * professionals, the trajectories of four referred households, and each
 * trajectory's announcement to the register, all in one transaction.
 */
export async function seedDemo(pool: Pool, dag = vandaag()): Promise<{ geseed: boolean; trajecten: number }> {
  return inTransactie(pool, async (client) => {
    // The migration lock keeps two replicas from seeding at once.
    await client.query("SELECT pg_advisory_xact_lock($1)", [0x6767_7a00]);
    const { rows } = await client.query<{ n: number }>("SELECT (SELECT count(*) FROM ggz_traject)::int + (SELECT count(*) FROM ggz_medewerker)::int AS n");
    if ((rows[0]?.n ?? 0) > 0) return { geseed: false, trajecten: 0 };
    for (const m of DEMO_MEDEWERKERS) await client.query("INSERT INTO ggz_medewerker (id, naam, functie) VALUES ($1, $2, $3)", [m.id, m.naam, m.functie]);
    const behandelaar = DEMO_MEDEWERKERS[0].id;
    const aankondigingen = [];
    for (const t of TRAJECTEN) {
      const rij = {
        id: stabielId(t.naam),
        gezinId: t.gezinId,
        soort: t.soort,
        startdatum: plusDagen(dag, t.start),
        einddatum: t.eind !== undefined ? plusDagen(dag, t.eind) : null,
        intensiteit: t.intensiteit,
        behandelaarId: behandelaar,
      };
      await client.query(
        `INSERT INTO ggz_traject (id, gezin_id, soort, startdatum, einddatum, intensiteit, behandelaar_id, doel, diagnose, vastgelegd_door)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'ggz-demo-seed')`,
        [rij.id, rij.gezinId, rij.soort, rij.startdatum, rij.einddatum, rij.intensiteit, rij.behandelaarId, t.doel, t.diagnose],
      );
      aankondigingen.push(trajectAankondiging(rij, dag));
    }
    await kondigAan(client, aankondigingen);
    return { geseed: true, trajecten: TRAJECTEN.length };
  });
}
