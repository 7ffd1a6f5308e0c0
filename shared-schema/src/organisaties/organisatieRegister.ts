import { readFileSync } from "node:fs";
import path from "node:path";
import { Gegevenscategorie, PERSOONSGEGEVENS } from "../classification/Gegevenscategorie";
import { Regime } from "../enums/Regime";

/**
 * A duty an organisation carries in the policy, beyond reading its own data:
 * - `dossierhouder`: keeps the household's one shared dossier (and regie by
 *   default) while it is open, sees a partner's data in the tandem, receives what
 *   partners send the dossier, and a consent to share with a partner covers both
 *   directions (seed 001, seed 003, DOMAIN.md). Exactly one organisation has it.
 * - `informeert-huishouden`: may only act once it has informed the household of
 *   its involvement (DOMAIN.md rule 4: the RvdK is never involved unknowingly).
 */
export type Taak = "dossierhouder" | "informeert-huishouden";
const TAKEN: readonly Taak[] = ["dossierhouder", "informeert-huishouden"];

/** A legal duty: without consent, in these regimes, these categories (seed 003). */
export interface WettelijkeTaakRegel {
  regimes: readonly Regime[];
  categorieen: readonly Gegevenscategorie[];
  /** The seed or law the rule comes from, for docs/beleid.md. */
  bron: string;
}

/** One organisation of the hub, as `gateway/organisaties.json` lists it. */
export interface OrganisatieGegevens {
  /** Its code in tokens (`org`), the register and the log, e.g. `VEILIG_THUIS`. */
  code: string;
  naam: string;
  omschrijving: string;
  /** What kind of organisation: `gemeente`, `rijk`, `zorgaanbieder`, … (free text, for readers). */
  soort: string;
  /** The name of its subgraph in `gateway/subgraphs.json`. */
  subgraph: string;
  /**
   * The keys it signs with. `aankondiging`: its key for deliveries to the register,
   * a public Ed25519 JWK, or `"ontwikkeling"` for the development key `npm start`
   * makes in `.data/keys` (refused under NODE_ENV=production).
   */
  sleutels: { aankondiging: "ontwikkeling" | JsonWebKeyPubliek };
  taken: readonly Taak[];
  /** The categories it may ever read, whatever the household (step 1 of the decision). */
  magOoitLezen: readonly Gegevenscategorie[];
  /** Where magOoitLezen comes from. */
  magOoitLezenBron: string;
  wettelijkeTaak: readonly WettelijkeTaakRegel[];
  /** Whether the dossier keeper sees its safety, help and justice data once it worked a forced phase (the tandem). */
  tandem: boolean;
  bewaartermijn: { dossierJaren: number; toegangslogJaren: number; bron: string };
}

/** A public JWK as the registry carries it (Ed25519). */
export interface JsonWebKeyPubliek {
  kty: "OKP";
  crv: "Ed25519";
  x: string;
  kid?: string;
}

/** A registry that cannot be used: names the file, the row and what is wrong with it. */
export class OrganisatieRegisterFout extends Error {
  constructor(bron: string, fouten: readonly string[]) {
    super(`${bron} is ongeldig:\n${fouten.map((fout) => `  - ${fout}`).join("\n")}`);
    this.name = "OrganisatieRegisterFout";
  }
}

/** The organisations of the hub, validated; see {@link organisatieRegister}. */
export class OrganisatieRegister {
  private readonly perCode: ReadonlyMap<string, OrganisatieGegevens>;

  constructor(
    readonly organisaties: readonly OrganisatieGegevens[],
    /** Where it was read from, to name in errors. */
    readonly bron: string,
  ) {
    this.perCode = new Map(organisaties.map((organisatie) => [organisatie.code, organisatie]));
  }

  /** The codes, in the registry's order. */
  codes(): string[] {
    return this.organisaties.map((organisatie) => organisatie.code);
  }

  bekend(code: unknown): code is string {
    return typeof code === "string" && this.perCode.has(code);
  }

  /** The organisation with `code`, or undefined. */
  zoek(code: string): OrganisatieGegevens | undefined {
    return this.perCode.get(code);
  }

  /** The organisation with `code`; throws naming the known codes otherwise. */
  get(code: string): OrganisatieGegevens {
    const organisatie = this.perCode.get(code);
    if (!organisatie) throw new Error(`Onbekende organisatie '${code}'; ${this.bron} kent ${this.codes().join(", ")}.`);
    return organisatie;
  }

  /** Whether `code` carries `taak`. */
  heeftTaak(code: string, taak: Taak): boolean {
    return this.perCode.get(code)?.taken.includes(taak) ?? false;
  }

  /** The one organisation that keeps the dossier (validated to exist). */
  dossierhouder(): OrganisatieGegevens {
    return this.organisaties.find((organisatie) => organisatie.taken.includes("dossierhouder"))!;
  }
}

const CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const SUBGRAPH = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const CATEGORIEEN = new Set<string>(Object.values(Gegevenscategorie));
const REGIMES = new Set<string>(Object.values(Regime));
/** The keys an organisation row may have. */
const VELDEN = new Set(["code", "naam", "omschrijving", "soort", "subgraph", "sleutels", "taken", "magOoitLezen", "wettelijkeTaak", "tandem", "bewaartermijn"]);
/** NEN 7513's floor for keeping the access log. */
const MINIMALE_LOGTERMIJN_JAREN = 5;

/**
 * Parse and validate the registry's text. Every problem is collected and named
 * by its row (`organisaties[2] (RVDK).wettelijkeTaak[0].categorieen[1]: …`), so
 * one start tells all; throws {@link OrganisatieRegisterFout} when there is any.
 */
export function leesOrganisatieRegister(tekst: string, bron: string): OrganisatieRegister {
  let ruw: unknown;
  try {
    ruw = JSON.parse(tekst);
  } catch (error) {
    throw new OrganisatieRegisterFout(bron, [`geen geldige JSON: ${(error as Error).message}`]);
  }
  const fouten: string[] = [];
  const lijst = (ruw as { organisaties?: unknown })?.organisaties;
  if (!Array.isArray(lijst) || lijst.length === 0) throw new OrganisatieRegisterFout(bron, ["verwacht { \"organisaties\": [ … ] } met ten minste één organisatie"]);
  const organisaties: OrganisatieGegevens[] = [];
  lijst.forEach((rij: unknown, index: number) => {
    const r = (rij ?? {}) as Record<string, unknown>;
    const waar = `organisaties[${index}]${typeof r.code === "string" ? ` (${r.code})` : ""}`;
    const fout = (veld: string, wat: string): void => void fouten.push(`${waar}.${veld}: ${wat}`);
    for (const sleutel of Object.keys(r)) if (!VELDEN.has(sleutel) && !sleutel.startsWith("$")) fout(sleutel, `onbekend veld; geldig zijn ${[...VELDEN].join(", ")}`);
    const tekstVeld = (veld: string, patroon?: RegExp, uitleg?: string): string => {
      const waarde = r[veld];
      if (typeof waarde !== "string" || waarde.trim() === "") fout(veld, "verplicht, een niet-lege tekst");
      else if (patroon && !patroon.test(waarde)) fout(veld, `'${waarde}' ${uitleg}`);
      return typeof waarde === "string" ? waarde : "";
    };
    const code = tekstVeld("code", CODE, "is geen code in HOOFDLETTERS_MET_LIGGENDE_STREEPJES");
    const naam = tekstVeld("naam");
    const omschrijving = tekstVeld("omschrijving");
    const soort = tekstVeld("soort");
    const subgraph = tekstVeld("subgraph", SUBGRAPH, "is geen subgraph-naam in kleine-letters-met-streepjes");
    const categorieen = (veld: string, waarde: unknown): Gegevenscategorie[] => {
      if (!Array.isArray(waarde)) {
        fout(veld, "verwacht een lijst gegevenscategorieën");
        return [];
      }
      return waarde.flatMap((categorie: unknown, i: number) => {
        if (typeof categorie !== "string" || !CATEGORIEEN.has(categorie)) {
          fout(`${veld}[${i}]`, `onbekende gegevenscategorie '${String(categorie)}'; geldig zijn ${PERSOONSGEGEVENS.join(", ")}`);
          return [];
        }
        // GEEN and MEDEWERKER are no household's personal data: the role decides them, never an organisation's row.
        if (!PERSOONSGEGEVENS.includes(categorie as Gegevenscategorie)) {
          fout(`${veld}[${i}]`, `'${categorie}' is geen persoonsgegeven van een huishouden: de rol beslist daarover, geen organisatieregel`);
          return [];
        }
        return [categorie as Gegevenscategorie];
      });
    };

    // What it may ever read: a list, or everything but a few.
    const mag = (r.magOoitLezen ?? {}) as Record<string, unknown>;
    let magOoitLezen: Gegevenscategorie[] = [];
    if (typeof mag !== "object" || Array.isArray(mag)) fout("magOoitLezen", 'verwacht { "categorieen": [ … ] } of { "alles": true, "behalve": [ … ] }, met "bron"');
    else if (mag.alles === true) {
      if (mag.categorieen !== undefined) fout("magOoitLezen", 'noem "alles" of "categorieen", niet beide');
      const behalve = mag.behalve === undefined ? [] : categorieen("magOoitLezen.behalve", mag.behalve);
      magOoitLezen = PERSOONSGEGEVENS.filter((categorie) => !behalve.includes(categorie));
    } else if (mag.categorieen !== undefined) {
      if (mag.behalve !== undefined) fout("magOoitLezen.behalve", 'hoort alleen bij "alles": true');
      magOoitLezen = categorieen("magOoitLezen.categorieen", mag.categorieen);
    } else fout("magOoitLezen", 'verwacht { "categorieen": [ … ] } of { "alles": true, "behalve": [ … ] }');
    if (typeof mag.bron !== "string" || mag.bron.trim() === "") fout("magOoitLezen.bron", "verplicht: waar de regel vandaan komt (seed, wet, DOMAIN.md)");

    const taken = Array.isArray(r.taken) ? r.taken : (fout("taken", `verwacht een lijst, mogelijk leeg; geldig zijn ${TAKEN.join(", ")}`), []);
    taken.forEach((taak: unknown, i: number) => {
      if (!TAKEN.includes(taak as Taak)) fout(`taken[${i}]`, `onbekende taak '${String(taak)}'; geldig zijn ${TAKEN.join(", ")}`);
    });

    const wettelijkeTaak: WettelijkeTaakRegel[] = [];
    if (!Array.isArray(r.wettelijkeTaak)) fout("wettelijkeTaak", "verwacht een lijst regels, mogelijk leeg");
    else
      r.wettelijkeTaak.forEach((regel: unknown, i: number) => {
        const t = (regel ?? {}) as Record<string, unknown>;
        const veld = `wettelijkeTaak[${i}]`;
        const regimes = Array.isArray(t.regimes) && t.regimes.length > 0 ? t.regimes : (fout(`${veld}.regimes`, "verwacht een niet-lege lijst regimes"), []);
        regimes.forEach((regime: unknown, j: number) => {
          if (!REGIMES.has(regime as string)) fout(`${veld}.regimes[${j}]`, `onbekend regime '${String(regime)}'; geldig zijn ${[...REGIMES].join(", ")}`);
        });
        const cats = categorieen(`${veld}.categorieen`, t.categorieen);
        // A duty cannot open what the organisation may never read: that rule would be dead, or a mistake.
        cats.forEach((categorie) => {
          if (!magOoitLezen.includes(categorie)) fout(`${veld}.categorieen`, `'${categorie}' staat niet in magOoitLezen: een wettelijke taak opent niets wat de organisatie nooit mag lezen`);
        });
        if (typeof t.bron !== "string" || t.bron.trim() === "") fout(`${veld}.bron`, "verplicht: de seed of wet waar de taak uit volgt");
        wettelijkeTaak.push({ regimes: regimes as Regime[], categorieen: cats, bron: typeof t.bron === "string" ? t.bron : "" });
      });

    if (typeof r.tandem !== "boolean") fout("tandem", "verplicht, true of false: ziet de dossierhouder in een gedwongen fase de veiligheids-, hulpverlenings- en justitiële gegevens van deze organisatie");

    const sleutels = (r.sleutels ?? {}) as Record<string, unknown>;
    const aankondiging = sleutels.aankondiging;
    const isJwk = (k: unknown): k is JsonWebKeyPubliek => {
      const j = k as Record<string, unknown>;
      return typeof k === "object" && k !== null && j.kty === "OKP" && j.crv === "Ed25519" && typeof j.x === "string" && j.d === undefined;
    };
    if (aankondiging !== "ontwikkeling" && !isJwk(aankondiging)) {
      fout("sleutels.aankondiging", 'verwacht "ontwikkeling" of de publieke Ed25519-sleutel als JWK ({ "kty": "OKP", "crv": "Ed25519", "x": … }, zonder "d")');
    }

    const termijn = (r.bewaartermijn ?? {}) as Record<string, unknown>;
    const jaren = (veld: "dossierJaren" | "toegangslogJaren", minimum: number): number => {
      const waarde = termijn[veld];
      if (typeof waarde !== "number" || !Number.isInteger(waarde) || waarde < minimum) fout(`bewaartermijn.${veld}`, `verwacht een geheel aantal jaren, ten minste ${minimum}`);
      return typeof waarde === "number" ? waarde : minimum;
    };
    const bewaartermijn = {
      dossierJaren: jaren("dossierJaren", 1),
      toegangslogJaren: jaren("toegangslogJaren", MINIMALE_LOGTERMIJN_JAREN),
      bron: typeof termijn.bron === "string" ? termijn.bron : "",
    };
    if (!bewaartermijn.bron.trim()) fout("bewaartermijn.bron", "verplicht: de wet of afspraak waar de termijn uit volgt");

    organisaties.push({
      code,
      naam,
      omschrijving,
      soort,
      subgraph,
      sleutels: { aankondiging: aankondiging as OrganisatieGegevens["sleutels"]["aankondiging"] },
      taken: taken as Taak[],
      magOoitLezen,
      magOoitLezenBron: typeof mag.bron === "string" ? mag.bron : "",
      wettelijkeTaak,
      tandem: r.tandem === true,
      bewaartermijn,
    });
  });
  const dubbel = (waarden: string[]): string[] => [...new Set(waarden.filter((waarde, i) => waarde && waarden.indexOf(waarde) !== i))];
  for (const code of dubbel(organisaties.map((o) => o.code))) fouten.push(`code '${code}' staat er meer dan eens in`);
  for (const subgraph of dubbel(organisaties.map((o) => o.subgraph))) fouten.push(`subgraph '${subgraph}' hoort bij meer dan één organisatie`);
  const houders = organisaties.filter((o) => o.taken.includes("dossierhouder"));
  if (houders.length !== 1) fouten.push(`precies één organisatie heeft taak 'dossierhouder' (houdt het gedeelde dossier); nu ${houders.length === 0 ? "geen" : houders.map((o) => o.code).join(", ")}`);
  if (fouten.length > 0) throw new OrganisatieRegisterFout(bron, fouten);
  return new OrganisatieRegister(organisaties, bron);
}

/** Where the registry is read from: `GEZINSBEELD_ORGANISATIES`, else `gateway/organisaties.json` in this repository. */
export function organisatieRegisterPad(env: NodeJS.ProcessEnv = process.env): string {
  return env.GEZINSBEELD_ORGANISATIES || path.join(__dirname, "..", "..", "..", "gateway", "organisaties.json");
}

let geladen: OrganisatieRegister | undefined;

/**
 * The hub's organisation register, read and validated once per process from
 * {@link organisatieRegisterPad}. A process that cannot read it, or finds a bad
 * row, fails at start with {@link OrganisatieRegisterFout} naming the row.
 */
export function organisatieRegister(): OrganisatieRegister {
  if (!geladen) {
    const pad = organisatieRegisterPad();
    let tekst: string;
    try {
      tekst = readFileSync(pad, "utf8");
    } catch (error) {
      throw new OrganisatieRegisterFout(pad, [`niet te lezen (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); zet GEZINSBEELD_ORGANISATIES op het register`]);
    }
    geladen = leesOrganisatieRegister(tekst, path.relative(process.cwd(), pad) || pad);
  }
  return geladen;
}
