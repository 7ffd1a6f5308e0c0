// A situation of the oracle made concrete, as tests/toegang/orakel.test.ts (feitenVan) does it:
// the Toegangsbasis the code reads and the principal who asks. BSNs are plain strings here
// (beslis only compares them).
import type { Vraag } from "../snapshot/shared-schema/src/beleid/beslis";
import type { BetrokkenheidFeit, NoodtoegangFeit, Toegangsbasis, ToestemmingFeit } from "../snapshot/shared-schema/src/beleid/Toegangsbasis";
import type { Principal } from "../snapshot/shared-schema/src/context/RequestContext";
import { vandaag } from "../snapshot/shared-schema/src/dossier/vandaag";
import { Rol } from "../snapshot/shared-schema/src/enums/Rol";
import { type Situatie, VASTE_CONTACTPERSOON } from "./orakel";

export const START = new Date();
const plusDagen = (dag: string, n: number): string => {
  const d = new Date(`${dag}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const dag = (dagen: number): string => plusDagen(vandaag(START), dagen);
const moment = (uren: number): string => new Date(START.getTime() + uren * 3_600_000).toISOString();

export function vraagVan(rij: Situatie): Vraag {
  const h = rij.huishouden;
  const gezinId = `gezin-${rij.id}`;
  const lidBsn = `bsn-lid-${rij.id}`;
  const betrokkenheden: BetrokkenheidFeit[] = (h.betrokkenheden ?? []).map((b) => {
    const van = b.van ?? -60;
    const geinformeerd = b.geinformeerd === undefined ? van : b.geinformeerd;
    return {
      organisatie: b.organisatie,
      regime: b.regime,
      anoniem: b.anoniem ?? false,
      startdatum: dag(van),
      einddatum: b.tot === undefined || b.tot === null ? null : dag(b.tot),
      medewerkerId: b.medewerkerId,
      geinformeerdOp: geinformeerd === null ? null : dag(geinformeerd),
    };
  });
  const toestemmingen: ToestemmingFeit[] = (h.toestemmingen ?? []).map((t, i) => ({
    id: `t${i}`,
    partner: t.partner,
    categorieen: t.categorieen,
    gegevenOp: dag(t.gegeven ?? -20),
    ingetrokkenOp: t.ingetrokken === undefined ? null : moment(t.ingetrokken),
  }));
  const noodtoegangen: NoodtoegangFeit[] = (h.noodtoegangen ?? []).map((n, i) => ({ id: `n${i}`, userId: n.userId, organisatie: n.organisatie, vanaf: moment(n.vanaf), tot: moment(n.tot) }));
  const bestaat = h.bestaat ?? true;
  const basis: Toegangsbasis = bestaat
    ? {
        gezinId,
        bestaat: true,
        afgeslotenOp: h.afgesloten ? dag(-1) : null,
        vasteContactpersoonId: h.vasteContactpersoon ?? VASTE_CONTACTPERSOON,
        ledenBsn: [lidBsn],
        betrokkenheden,
        toestemmingen,
        noodtoegangen,
        uitzonderingenScheidingVanTaken: h.uitzonderingenScheidingVanTaken ?? [],
      }
    : { gezinId, bestaat: false, afgeslotenOp: null, vasteContactpersoonId: null, ledenBsn: [], betrokkenheden: [], toestemmingen: [], noodtoegangen: [] };
  const v = rij.vrager;
  const principal: Principal | null =
    v === null ? null : v.rol === Rol.INWONER ? { userId: `inwoner-${rij.id.toLowerCase()}`, organisatie: null, rol: Rol.INWONER, bsn: v.lid ? lidBsn : `bsn-ander-${rij.id}` } : { userId: v.userId, organisatie: v.organisatie, rol: v.rol };
  return { principal, categorie: rij.vraag.categorie, eigenaar: rij.vraag.eigenaar, basis, handeling: rij.vraag.handeling ?? "lezen", nu: START };
}
