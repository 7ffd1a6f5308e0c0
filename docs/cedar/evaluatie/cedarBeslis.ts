// The Cedar side of the evaluation: the same question as beslis() (a Vraag), answered by the
// Cedar policies in ../cedar/, with the answer mapped back to a Grondslag or a Weigerreden.
//
// What this adapter has to do because Cedar cannot (see FINDINGS.md):
//  - turn the register's SETS OF RECORDS (involvements, consents, break-glass claims) into the
//    facts of the request context: Cedar has no quantifier ("there is an involvement with ...");
//  - pick the answer's reason among the determining policies by their @stap (Cedar has no order);
//  - ask again with action "verklaar" when a deny has no determining forbid.
import * as cedar from "@cedar-policy/cedar-wasm/nodejs";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Beslissing, Vraag } from "../snapshot/shared-schema/src/beleid/beslis";
import { GEDWONGEN_REGIMES, Grondslag, ROLLEN_MET_TEAMZICHT, VRIJWILLIGE_REGIMES, Weigerreden } from "../snapshot/shared-schema/src/beleid/beleid";
import type { Toegangsbasis } from "../snapshot/shared-schema/src/beleid/Toegangsbasis";
import { loopt, vandaag } from "../snapshot/shared-schema/src/dossier/vandaag";
import { organisatieRegister } from "../snapshot/shared-schema/src/organisaties/organisatieRegister";
import { Rol } from "../snapshot/shared-schema/src/enums/Rol";

const MAP = path.join(__dirname, "..", "..", "cedar");
/** Variant B (CEDAR_VARIANT=per-organisatie): the organisation rows compiled into the policies by ts/genereer.ts. */
export const PER_ORGANISATIE = process.env.CEDAR_VARIANT === "per-organisatie";
const BRON = PER_ORGANISATIE ? path.join(MAP, "per-organisatie") : MAP;
export const SCHEMA = readFileSync(path.join(BRON, "gezinsbeeld.cedarschema"), "utf8");
export const POLICY_BESTAND = process.env.CEDAR_POLICIES ?? path.join(BRON, "gezinsbeeld.cedar");
export const POLICY_TEKST = readFileSync(POLICY_BESTAND, "utf8");

type Annotaties = { id: string; stap: string; reden?: string; grondslag?: string };
type EntityJson = cedar.EntityJson;
const ent = (type: string, id: string) => ({ __entity: { type, id } });
const datum = (dag: string) => ({ __extn: { fn: "datetime", arg: dag } });

/** The policy set with each policy under its @id, and the annotations per id. */
export function laadPolicies(): { policies: Record<string, string>; annotaties: Record<string, Annotaties> } {
  const delen = cedar.policySetTextToParts(POLICY_TEKST);
  if (delen.type !== "success") throw new Error(JSON.stringify(delen.errors));
  const policies: Record<string, string> = {};
  const annotaties: Record<string, Annotaties> = {};
  for (const tekst of delen.policies) {
    const json = cedar.policyToJson(tekst);
    if (json.type !== "success") throw new Error(JSON.stringify(json.errors));
    const a = json.json.annotations as unknown as Annotaties;
    policies[a.id] = tekst;
    annotaties[a.id] = a;
  }
  return { policies, annotaties };
}

/** The organisation rows as Cedar entities, from the validated register (built once). */
export function organisatieEntiteiten(): EntityJson[] {
  if (PER_ORGANISATIE) return []; // the rows are in the policies; Organisatie is an enumerated type
  const register = organisatieRegister();
  return register.codes().map((code) => {
    const rij = register.get(code);
    const taak: Record<string, unknown> = {};
    for (const regel of rij.wettelijkeTaak) for (const regime of regel.regimes) taak[regime] = regel.categorieen.map((c) => ent("Categorie", c));
    return {
      uid: { type: "Organisatie", id: code },
      attrs: {
        magOoitLezen: rij.magOoitLezen.map((c) => ent("Categorie", c)),
        dossierhouder: rij.taken.includes("dossierhouder"),
        informeertHuishouden: rij.taken.includes("informeert-huishouden"),
        tandem: rij.tandem,
        wettelijkeTaak: taak,
      },
      parents: [],
    } as EntityJson;
  });
}

/** Everything Cedar needs for one question: the request, the per-request entities and the context facts. */
export interface CedarVerzoek {
  principal: cedar.EntityUid;
  action: cedar.EntityUid;
  resource: cedar.EntityUid;
  context: cedar.Context;
  entities: EntityJson[];
}

function toestemmingen(basis: Toegangsbasis, partner: string | null, categorieenDag: string, nu: Date) {
  const gegeven = new Set<string>();
  const geldig = new Set<string>();
  for (const t of basis.toestemmingen) {
    if (t.partner !== partner || t.gegevenOp > categorieenDag) continue;
    for (const c of t.categorieen) {
      gegeven.add(c);
      if (!t.ingetrokkenOp || new Date(t.ingetrokkenOp) > nu) geldig.add(c);
    }
  }
  return { gegeven: [...gegeven].map((c) => ent("Categorie", c)), geldig: [...geldig].map((c) => ent("Categorie", c)) };
}

const regimes = (rs: Iterable<string>) => [...new Set(rs)].map((r) => ent("Regime", r));

/** Build the Cedar request for a Vraag: entities for principal, household and data; facts in the context. */
export function bouwVerzoek(vraag: Vraag, organisaties: EntityJson[]): CedarVerzoek {
  const { principal, basis } = vraag;
  const nu = vraag.nu ?? new Date();
  const dag = vandaag(nu);
  const gezinId = basis?.gezinId ?? "onbekend";
  const b: Toegangsbasis = basis ?? { gezinId, bestaat: false, afgeslotenOp: null, vasteContactpersoonId: null, ledenBsn: [], betrokkenheden: [], toestemmingen: [], noodtoegangen: [] };
  const huishouden: EntityJson = {
    uid: { type: "Huishouden", id: gezinId },
    attrs: {
      bestaat: b.bestaat,
      ...(b.afgeslotenOp ? { afgeslotenOp: datum(b.afgeslotenOp) } : {}),
      ...(b.vasteContactpersoonId ? { vasteContactpersoon: ent("Medewerker", b.vasteContactpersoonId) } : {}),
      uitzonderingenScheidingVanTaken: (b.uitzonderingenScheidingVanTaken ?? []).map((id) => ent("Medewerker", id)),
    },
    parents: [],
  };
  const gegevens: EntityJson = {
    uid: { type: "Gegevens", id: `${gezinId}/${vraag.eigenaar}/${vraag.categorie}` },
    attrs: { categorie: ent("Categorie", vraag.categorie), eigenaar: ent("Organisatie", vraag.eigenaar), huishouden: ent("Huishouden", gezinId) },
    parents: [],
  };
  let pUid: cedar.TypeAndId;
  const entities: EntityJson[] = [...organisaties, huishouden, gegevens];
  if (!principal) pUid = { type: "Onbekend", id: "niemand" };
  else if (principal.rol === Rol.INWONER) {
    pUid = { type: "Inwoner", id: principal.userId };
    const lid = !!principal.bsn && b.ledenBsn.includes(principal.bsn);
    entities.push({ uid: pUid, attrs: {}, parents: lid ? [{ type: "Huishouden", id: gezinId }] : [] });
  } else {
    pUid = { type: "Medewerker", id: principal.userId };
    entities.push({ uid: pUid, attrs: { organisatie: ent("Organisatie", principal.organisatie ?? "GEEN"), rol: ent("Rol", principal.rol) }, parents: [] });
  }

  // ——— the facts: the quantifiers over the register's sets that Cedar cannot write
  const userId = principal?.userId ?? "";
  const organisatie = principal?.organisatie ?? null;
  const eigen = b.betrokkenheden.filter((x) => x.organisatie === organisatie);
  const actief = eigen.filter((x) => loopt(x.startdatum, x.einddatum, dag));
  // The selection by role (team view) is a policy rule that had to move here: without local
  // bindings in Cedar, every policy would otherwise repeat both branches.
  const teamzicht = !!principal && ROLLEN_MET_TEAMZICHT.includes(principal.rol);
  const betrokken = teamzicht ? actief : actief.filter((x) => x.medewerkerId === userId);
  const context = {
    vandaag: datum(dag),
    noodtoegang: b.noodtoegangen.some((n) => n.userId === userId && new Date(n.vanaf) <= nu && new Date(n.tot) > nu),
    betrokkenRegimes: regimes(betrokken.map((x) => x.regime)),
    alleenAnoniem: betrokken.length > 0 && betrokken.every((x) => x.anoniem),
    geinformeerd: betrokken.some((x) => !!x.geinformeerdOp && x.geinformeerdOp <= dag),
    actieveRegimesOrganisatie: regimes(actief.map((x) => x.regime)),
    adviseerdeVrijwillig: eigen.some((x) => VRIJWILLIGE_REGIMES.includes(x.regime) && x.medewerkerId === userId),
    gestarteRegimesEigenaar: regimes(b.betrokkenheden.filter((x) => x.organisatie === vraag.eigenaar && x.startdatum <= dag).map((x) => x.regime)),
    toestemmingAanMijnOrganisatie: toestemmingen(b, organisatie, dag, nu),
    toestemmingAanEigenaar: toestemmingen(b, vraag.eigenaar, dag, nu),
  };
  void GEDWONGEN_REGIMES; // written as [Regime::"ORANJE", Regime::"ROOD"] in the policies
  return { principal: pUid, action: { type: "Action", id: vraag.handeling ?? "lezen" }, resource: gegevens.uid as cedar.TypeAndId, context: context as unknown as cedar.Context, entities };
}

/** The Cedar decision engine, policies and schema preparsed once (statefulIsAuthorized). */
export class CedarBeslisser {
  readonly annotaties: Record<string, Annotaties>;
  readonly policies: Record<string, string>;
  readonly organisaties: EntityJson[];
  constructor(readonly validateRequest = false) {
    const { policies, annotaties } = laadPolicies();
    this.policies = policies;
    this.annotaties = annotaties;
    this.organisaties = organisatieEntiteiten();
    const s = cedar.preparseSchema("gezinsbeeld", SCHEMA);
    if (s.type !== "success") throw new Error(JSON.stringify(s.errors));
    const p = cedar.preparsePolicySet("gezinsbeeld", { staticPolicies: policies });
    if (p.type !== "success") throw new Error(JSON.stringify(p.errors));
  }

  /** One raw call, for the benchmark. */
  vraagCedar(v: CedarVerzoek): cedar.AuthorizationAnswer {
    return cedar.statefulIsAuthorized({ ...v, preparsedPolicySetId: "gezinsbeeld", ...(this.validateRequest ? { preparsedSchemaName: "gezinsbeeld", validateRequest: true } : {}) });
  }

  private eerste(ids: string[], veld: "reden" | "grondslag"): string | undefined {
    const kandidaten = ids.map((id) => this.annotaties[id]!).filter((a) => a[veld]).sort((a, b) => a.stap.localeCompare(b.stap));
    return kandidaten[0]?.[veld];
  }

  /** beslis(), through Cedar. Returns also the determining policy ids, for the report. */
  beslis(vraag: Vraag): Beslissing & { policies: string[]; fouten?: unknown } {
    const v = bouwVerzoek(vraag, this.organisaties);
    const r = this.vraagCedar(v);
    if (r.type !== "success") throw new Error(JSON.stringify(r.errors));
    const { decision, diagnostics } = r.response;
    const fouten = diagnostics.errors.length ? diagnostics.errors : undefined;
    if (decision === "allow") {
      return { toegestaan: true, grondslag: this.eerste(diagnostics.reason, "grondslag") as Grondslag, policies: diagnostics.reason, ...(fouten ? { fouten } : {}) };
    }
    if (diagnostics.reason.length > 0) return { toegestaan: false, reden: this.eerste(diagnostics.reason, "reden") as Weigerreden, policies: diagnostics.reason, ...(fouten ? { fouten } : {}) };
    const uitleg = this.vraagCedar({ ...v, action: { type: "Action", id: "verklaar" } });
    if (uitleg.type !== "success") throw new Error(JSON.stringify(uitleg.errors));
    return { toegestaan: false, reden: this.eerste(uitleg.response.diagnostics.reason, "reden") as Weigerreden, policies: uitleg.response.diagnostics.reason.map((id) => `verklaar:${id}`), ...(fouten ? { fouten } : {}) };
  }
}
