import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beleidDocument } from "@gezinsbeeld/infra/dist/beleidDocument";
import {
  beslis,
  Gegevenscategorie as C,
  Grondslag,
  leesOrganisatieRegister,
  organisatieRegister,
  OrganisatieRegisterFout,
  Regime,
  Rol,
  Weigerreden,
} from "@gezinsbeeld/shared-schema";

const REPO = path.join(__dirname, "..", "..");
const REGISTER = path.join(REPO, "gateway", "organisaties.json");
const exec = promisify(execFile);

/** The repository's registry as data, to break one rule of it at a time. */
async function register(): Promise<{ organisaties: Array<Record<string, any>> }> {
  return JSON.parse(await readFile(REGISTER, "utf8"));
}

/** The message a registry with `wijzig` applied is refused with. */
async function fout(wijzig: (r: { organisaties: Array<Record<string, any>> }) => void): Promise<string> {
  const r = await register();
  wijzig(r);
  try {
    leesOrganisatieRegister(JSON.stringify(r), "proef.json");
  } catch (error) {
    expect(error).toBeInstanceOf(OrganisatieRegisterFout);
    return (error as Error).message;
  }
  throw new Error("the registry was accepted");
}

/** A partner that is not (yet) in the register. */
const NIEUW = {
  code: "PROEF_PARTNER",
  naam: "Proefpartner",
  omschrijving: "Een partner die nog niet is aangesloten.",
  soort: "zorgaanbieder",
  subgraph: "proef-partner",
  sleutels: { aankondiging: "ontwikkeling" },
  taken: [],
  magOoitLezen: { categorieen: ["IDENTIFICATIE", "CONTACT", "HULPVERLENING", "MEDISCH"], bron: "proef" },
  wettelijkeTaak: [],
  tandem: false,
  bewaartermijn: { dossierJaren: 20, toegangslogJaren: 5, bron: "proef" },
};

describe("the organisation register (gateway/organisaties.json)", () => {
  it("is valid, and lists the five organisations of the demo", () => {
    expect(organisatieRegister().codes()).toEqual(expect.arrayContaining(["LOKAAL_TEAM", "VEILIG_THUIS", "RVDK", "GI", "ERVARINGSDESKUNDIGEN"]));
    expect(organisatieRegister().dossierhouder().code).toBe("LOKAAL_TEAM");
  });

  it("refuses a bad rule, naming its row and field", async () => {
    expect(await fout((r) => r.organisaties[3].wettelijkeTaak[0].categorieen.push("JUSTITIEL"))).toContain(
      "organisaties[3] (GI).wettelijkeTaak[0].categorieen[7]: onbekende gegevenscategorie 'JUSTITIEL'",
    );
    expect(await fout((r) => (r.organisaties[1].wettelijkeTaak[0].regimes = ["PAARS"]))).toContain("organisaties[1] (VEILIG_THUIS).wettelijkeTaak[0].regimes[0]: onbekend regime 'PAARS'");
    expect(await fout((r) => r.organisaties[4].wettelijkeTaak.push({ regimes: ["GROEN"], categorieen: ["ZORGEN"], bron: "x" }))).toContain(
      "organisaties[4] (ERVARINGSDESKUNDIGEN).wettelijkeTaak[0].categorieen: 'ZORGEN' staat niet in magOoitLezen",
    );
    expect(await fout((r) => r.organisaties.push({ ...NIEUW, code: "VEILIG_THUIS", subgraph: "vt2" }))).toContain("code 'VEILIG_THUIS' staat er meer dan eens in");
    expect(await fout((r) => (r.organisaties[2].taken = ["dossierhouder"]))).toContain("precies één organisatie heeft taak 'dossierhouder'");
    expect(await fout((r) => (r.organisaties[0].taken = ["regie"]))).toContain("organisaties[0] (LOKAAL_TEAM).taken[0]: onbekende taak 'regie'");
    expect(await fout((r) => (r.organisaties[0].bewaartermijn.toegangslogJaren = 2))).toContain("bewaartermijn.toegangslogJaren: verwacht een geheel aantal jaren, ten minste 5");
    expect(await fout((r) => r.organisaties.push({ ...NIEUW, magOoitLezen: { categorieen: ["MEDEWERKER"], bron: "x" } }))).toContain("'MEDEWERKER' is geen persoonsgegeven van een huishouden");
    expect(await fout((r) => r.organisaties.push({ ...NIEUW, code: "proef" }))).toContain("'proef' is geen code in HOOFDLETTERS");
    expect(await fout((r) => r.organisaties.push({ ...NIEUW, sleutels: { aankondiging: { kty: "OKP", crv: "Ed25519", x: "a", d: "geheim" } } }))).toContain("sleutels.aankondiging");
    const n = (await register()).organisaties.length;
    expect(await fout((r) => r.organisaties.push({ ...NIEUW, tandm: true }))).toContain(`organisaties[${n}] (PROEF_PARTNER).tandm: onbekend veld`);
  });

  it("collects every problem of a start in one message", async () => {
    const bericht = await fout((r) => {
      r.organisaties[1].magOoitLezen.bron = "";
      r.organisaties[2].tandem = "ja";
    });
    expect(bericht).toContain("organisaties[1] (VEILIG_THUIS).magOoitLezen.bron: verplicht");
    expect(bericht).toContain("organisaties[2] (RVDK).tandem: verplicht, true of false");
  });

  it("takes a sixth organisation as one more row", async () => {
    const r = await register();
    r.organisaties.push(NIEUW);
    const met = leesOrganisatieRegister(JSON.stringify(r), "proef.json");
    expect(met.get("PROEF_PARTNER").magOoitLezen).toEqual(["IDENTIFICATIE", "CONTACT", "HULPVERLENING", "MEDISCH"]);
    // The document lists it: the privacy officer reads the same rows the decision reads.
    expect(beleidDocument(met)).toContain("| `PROEF_PARTNER` | Proefpartner | zorgaanbieder | `proef-partner` |");
  });

  it("refuses a process whose registry has a bad row, naming it, before it serves", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "register-"));
    try {
      const r = await register();
      r.organisaties[3].magOoitLezen.behalve.push("MEDISCHH");
      const bestand = path.join(dir, "organisaties.json");
      await writeFile(bestand, JSON.stringify(r));
      const uitkomst = await exec(process.execPath, [path.join(REPO, "infra", "dist", "beleidDocs.js"), "--check"], { env: { ...process.env, GEZINSBEELD_ORGANISATIES: bestand } }).then(
        () => ({ code: 0, stderr: "" }),
        (error: { code: number; stderr: string }) => error,
      );
      expect(uitkomst.code).toBe(1);
      expect(uitkomst.stderr).toContain("organisaties[3] (GI).magOoitLezen.behalve[2]: onbekende gegevenscategorie 'MEDISCHH'");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("docs/beleid.md", () => {
  it("is generated from the register and the policy, and not stale (npm run beleid:docs)", async () => {
    expect(await readFile(path.join(REPO, "docs", "beleid.md"), "utf8")).toBe(beleidDocument(organisatieRegister()));
  });

  it("says what the decision does: a legal duty in the table is granted, one outside it refused", () => {
    const gi = organisatieRegister().get("GI");
    const taak = gi.wettelijkeTaak[0];
    const basis = {
      gezinId: "g",
      bestaat: true,
      ledenBsn: [],
      afgeslotenOp: null,
      vasteContactpersoonId: null,
      betrokkenheden: [{ organisatie: "GI", regime: taak.regimes[0], startdatum: "2020-01-01", einddatum: null, medewerkerId: "gi-1", anoniem: false, geinformeerdOp: "2020-01-01" }],
      toestemmingen: [],
      noodtoegangen: [],
    } as any;
    const principal = { userId: "gi-1", organisatie: "GI", rol: Rol.MEDEWERKER };
    for (const categorie of taak.categorieen) {
      expect(beslis({ principal, categorie, eigenaar: "VEILIG_THUIS", basis })).toEqual({ toegestaan: true, grondslag: Grondslag.WETTELIJKE_TAAK, bron: `GI:${Regime.ROOD}` });
    }
    expect(beslis({ principal, categorie: C.TOESTEMMING, eigenaar: "VEILIG_THUIS", basis })).toEqual({ toegestaan: false, reden: Weigerreden.GEEN_TOESTEMMING });
  });
});
