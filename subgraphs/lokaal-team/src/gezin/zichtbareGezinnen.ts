import {
  eisPaginagrootte,
  encodeCursor,
  Gegevenscategorie,
  leesCursor,
  type Principal,
  type RequestContext,
  Rol,
  ROLLEN_MET_TEAMZICHT,
  toegangOnbekend,
  vandaag,
  organisatieRegister,
} from "@gezinsbeeld/shared-schema";
import type { SelectQueryBuilder } from "typeorm";
import type { Gezin } from "./Gezin";

/**
 * Narrow a query on `gezin` (alias `gezin`) to the households the requester may
 * see at all, in SQL, so `gezinnen` pages and counts only those: the same rules as
 * the policy's need-to-know step (`beslis`), which still decides every field.
 */
export function alleenZichtbaar(query: SelectQueryBuilder<Gezin>, principal: Principal | null): SelectQueryBuilder<Gezin> {
  const dag = vandaag();
  if (!principal) return query.andWhere("false");
  const noodtoegang = `EXISTS (SELECT 1 FROM noodtoegang n WHERE n."gezinId" = gezin.id AND n."userId" = :userId AND n.vanaf <= now() AND n.tot > now())`;
  const params = { userId: principal.userId, dag, organisatie: principal.organisatie, bsn: principal.bsn ?? "" };
  switch (principal.rol) {
    case Rol.INWONER:
      return query.andWhere(`EXISTS (SELECT 1 FROM persoon p WHERE p."gezinId" = gezin.id AND p.bsn = :bsn)`, params);
    case Rol.PRIVACY_OFFICER:
    case Rol.COORDINATOR:
      return query.andWhere("false");
    default:
      break;
  }
  const teamzicht = ROLLEN_MET_TEAMZICHT.includes(principal.rol);
  const register = organisatieRegister();
  // The dossier keeper (register duty `dossierhouder`, the local team) lists the open households it keeps, as `beslis` decides.
  if (principal.organisatie && register.heeftTaak(principal.organisatie, "dossierhouder")) {
    const open = `(gezin."afgeslotenOp" IS NULL OR gezin."afgeslotenOp" >= :dag)`;
    const eigen = teamzicht ? open : `(${open} AND gezin."vasteContactpersoonId" = :userId)`;
    return query.andWhere(`(${eigen} OR ${noodtoegang})`, params);
  }
  const persoonlijk = teamzicht ? "" : `AND b."medewerkerId" = :userId`;
  // Rule 4: an organisation that must inform the household first (register duty `informeert-huishouden`, the RvdK) lists it only once it has.
  const geinformeerd = principal.organisatie && register.heeftTaak(principal.organisatie, "informeert-huishouden") ? `AND b."geinformeerdOp" IS NOT NULL AND b."geinformeerdOp" <= :dag` : "";
  const betrokken = `EXISTS (SELECT 1 FROM betrokkenheid b WHERE b."gezinId" = gezin.id AND b.organisatie = :organisatie
    AND b.startdatum <= :dag AND (b.einddatum IS NULL OR b.einddatum >= :dag) ${persoonlijk} ${geinformeerd})`;
  return query.andWhere(`(${betrokken} OR ${noodtoegang})`, params);
}


/**
 * A partner's page of households: those it may list (the SQL above), but
 * searched and ordered on a household's name only where the policy lets it read
 * that name (IDENTIFICATIE, decided by the same decisions as the field guard).
 * An anonymous consult finds no household by name, and neither the order nor
 * the cursor (an id) says anything about a name it may not read: households it
 * may identify come first by name, the others after them by id. A partner lists
 * only the households it is involved with, so the page is made in memory.
 */
export async function gezinnenVoorPartner(
  context: RequestContext,
  zichtbaar: SelectQueryBuilder<Gezin>,
  opties: { first: number; after: string | null; zoek: string | null },
): Promise<{ nodes: Gezin[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> {
  const { first, after, zoek } = opties;
  eisPaginagrootte(first);
  const toegang = context.toegang;
  if (!toegang) throw toegangOnbekend();
  const gezinnen = await zichtbaar.getMany();
  const besluiten = await Promise.all(gezinnen.map((gezin) => toegang.beslis(gezin.id, Gegevenscategorie.IDENTIFICATIE)));
  const opNaam = (gezin: Gezin, i: number): string | null => (besluiten[i]!.toegestaan ? gezin.naam : null);
  const gezocht = zoek?.toLocaleLowerCase("nl");
  const gesorteerd = gezinnen
    .map((gezin, i) => ({ gezin, naam: opNaam(gezin, i) }))
    .filter(({ naam }) => !gezocht || (naam !== null && naam.toLocaleLowerCase("nl").includes(gezocht)))
    .sort((a, b) => (a.naam === null) !== (b.naam === null) ? (a.naam === null ? 1 : -1) : (a.naam ?? "").localeCompare(b.naam ?? "", "nl") || (a.gezin.id < b.gezin.id ? -1 : a.gezin.id > b.gezin.id ? 1 : 0))
    .map(({ gezin }) => gezin);
  const vanaf = after ? gesorteerd.findIndex((gezin) => gezin.id === leesCursor(after)) + 1 : 0;
  const nodes = gesorteerd.slice(vanaf, vanaf + first);
  const last = nodes[nodes.length - 1];
  return { nodes, totalCount: gesorteerd.length, pageInfo: { hasNextPage: vanaf + first < gesorteerd.length, endCursor: last ? encodeCursor(last.id) : null } };
}
