import { Directive, Int, ObjectType } from "type-graphql";
import { GeenPersoonsgegeven } from "../classification/gegevens";
import { Organisatie, OrganisatieScalar } from "../enums/Organisatie";
import type { UserTokenVerificationKey } from "../identity/IdentityKeys";
import { laatsteCheckpoint, type OpgeslagenCheckpoint } from "./checkpointOpslag";
import type { ToegangslogDatabase } from "./toegangslogVerbinding";
import { type Ankertoets, type Breuksoort, type Ketenverificatie, verifieerKeten } from "./verifieerKeten";

// Every field GEEN: the status names entries by volgnummer and says what is wrong, never whose data or who looked.

@ObjectType("Ketenbreuk", { description: "De eerste regel van het toegangslog waar de hashketen niet klopt." })
@Directive("@shareable")
export class KetenstatusBreuk {
  @GeenPersoonsgegeven(() => String, { description: "Volgnummer van die regel; bij ontbrekende regels de eerste die ontbreekt." })
  volgnummer!: string;

  @GeenPersoonsgegeven(() => String, { description: "Wat er mis is, in gewone taal." })
  reden!: string;
}

@ObjectType("Ketencheckpoint", { description: "Het laatste ondertekende checkpoint (npm run audit:checkpoint) van dit toegangslog." })
@Directive("@shareable")
export class KetenstatusCheckpoint {
  @GeenPersoonsgegeven(() => String, { description: "Het volgnummer van de kop van de keten die het checkpoint ondertekende." })
  volgnummer!: string;

  @GeenPersoonsgegeven(() => Date, { description: "Wanneer die kop werd gelezen en ondertekend." })
  ondertekendOp!: Date;

  @GeenPersoonsgegeven(() => Boolean, {
    description:
      "Of het checkpoint nog klopt: de handtekening is geldig (gecontroleerd met de publieke auditsleutel van deze subgraph), het is voor deze organisatie ondertekend en de keten bevat de ondertekende kop nog met dezelfde hash. Is de handtekening niet te controleren (geen publieke auditsleutel ingesteld) of ongeldig, dan is het checkpoint niet te vertrouwen: klopt is dan false en intact wordt zonder dit checkpoint bepaald.",
  })
  klopt!: boolean;
}

@ObjectType("Ketenstatus", { description: "Of de hashketen van het toegangslog van een organisatie heel is, en sinds welk checkpoint." })
@Directive("@shareable")
export class Ketenstatus {
  @GeenPersoonsgegeven(() => OrganisatieScalar, { description: "De organisatie wier toegangslog dit is." })
  organisatie!: Organisatie;

  @GeenPersoonsgegeven(() => Boolean, {
    description:
      "De keten klopt: geen ontbrekende, dubbele of gewijzigde regels, de kop past bij de laatste regel, en de keten bevat het laatste vertrouwde checkpoint nog (als er een is).",
  })
  intact!: boolean;

  @GeenPersoonsgegeven(() => Int, { description: "Aantal gecontroleerde regels (tot en met de eerste breuk, als die er is)." })
  gecontroleerd!: number;

  @GeenPersoonsgegeven(() => String, { nullable: true, description: "Volgnummer van de kop van de keten: de laatste regel die het log zegt te hebben. Leeg bij een leeg log, of als de kop ontbreekt." })
  kop!: string | null;

  @GeenPersoonsgegeven(() => Date, { description: "Wanneer de keten werd gecontroleerd." })
  gecontroleerdOp!: Date;

  @GeenPersoonsgegeven(() => KetenstatusBreuk, { nullable: true, description: "De eerste regel waar de keten niet klopt; leeg als de keten intact is." })
  breuk!: KetenstatusBreuk | null;

  @GeenPersoonsgegeven(() => KetenstatusCheckpoint, { nullable: true, description: "Het laatste checkpoint van deze organisatie; leeg als er nog geen is opgeslagen." })
  checkpoint!: KetenstatusCheckpoint | null;
}

/** Types of the chain status, read whole by a privacy officer (part of `TOEGANGSLOG_TOEZICHTTYPEN`). */
export const KETENSTATUS_TYPEN: readonly string[] = ["Ketenstatus", "Ketenbreuk", "Ketencheckpoint"];

/** Options of {@link bepaalKetenstatus}. */
export interface KetenstatusOpties {
  /** Verifies the stored checkpoints' signatures. Default: none, so every checkpoint is reported as not trusted. */
  auditSleutel?: UserTokenVerificationKey;
  /** Rows per round trip of the chain walk (see `verifieerKeten`). Default 5000. */
  batchgrootte?: number;
}

/**
 * The status of one organisation's chain: its latest stored checkpoint, checked
 * with the audit public key, and the chain walked with that checkpoint as its
 * anchor when it is trusted (else without). The walk streams the log through a
 * cursor, a batch per round trip, so a long chain costs one statement per batch
 * and gives the event loop back between them.
 */
export async function bepaalKetenstatus(db: ToegangslogDatabase, organisatie: Organisatie, opties: KetenstatusOpties = {}): Promise<Ketenstatus> {
  const gecontroleerdOp = new Date();
  const checkpoint = await laatsteCheckpoint(db, organisatie, opties.auditSleutel);
  const anker = checkpoint?.vertrouwd ? { volgnummer: checkpoint.volgnummer, hash: checkpoint.hash } : undefined;
  const verificatie = await verifieerKeten(db, { batchgrootte: opties.batchgrootte, anker });
  return {
    organisatie,
    intact: verificatie.intact,
    gecontroleerd: verificatie.aantal,
    kop: verificatie.kop && verificatie.kop.volgnummer > 0 ? String(verificatie.kop.volgnummer) : null,
    gecontroleerdOp,
    breuk: breukVan(verificatie),
    checkpoint: checkpoint && checkpointVan(checkpoint, verificatie.anker),
  };
}

function checkpointVan(checkpoint: OpgeslagenCheckpoint, toets: Ankertoets | null): KetenstatusCheckpoint {
  return {
    volgnummer: String(checkpoint.volgnummer),
    ondertekendOp: checkpoint.ondertekendOp,
    // Untrusted: never checked against the chain, so never said to hold.
    klopt: checkpoint.vertrouwd && toets?.overeenkomst === true,
  };
}

const REDENEN: Record<Breuksoort, string> = {
  begin: "De eerste regel begint niet bij het begin van de keten.",
  dubbel: "Dit volgnummer komt twee keer voor.",
  ontbreekt: "Vanaf dit volgnummer ontbreken regels: ze zijn verwijderd.",
  "vorige-hash": "De regel sluit niet aan op de regel ervoor: een eerdere regel is vervangen of verwijderd.",
  inhoud: "De inhoud van de regel past niet bij de hash: de regel is gewijzigd nadat hij was vastgelegd.",
  tijdstip: "Het tijdstip van de regel is gewijzigd nadat hij was vastgelegd.",
  kop: "De kop van de keten past niet bij de laatste regel.",
};

/** The first break in plain Dutch; a chain that holds but no longer contains its checkpoint breaks at the checkpoint. */
function breukVan(verificatie: Ketenverificatie): KetenstatusBreuk | null {
  if (verificatie.breuk) return { volgnummer: String(verificatie.breuk.volgnummer), reden: REDENEN[verificatie.breuk.soort] };
  const toets = verificatie.anker;
  if (!toets || toets.overeenkomst) return null;
  return { volgnummer: String(toets.volgnummer), reden: ankerReden(toets, verificatie) };
}

function ankerReden(toets: Ankertoets, verificatie: Ketenverificatie): string {
  if (toets.volgnummer === 0) return "Het checkpoint van een leeg log past niet bij het begin van de keten: de keten is opnieuw opgebouwd.";
  if (toets.gevondenHash !== null) {
    return "Deze regel heeft niet meer de hash die het checkpoint ondertekende: de keten is op of vóór deze regel herschreven.";
  }
  if (verificatie.eersteVolgnummer !== null && toets.volgnummer < verificatie.eersteVolgnummer) {
    return "Deze regel van het checkpoint is door de bewaartermijn verwijderd: controleer tegen een nieuwer checkpoint.";
  }
  return "De keten eindigt vóór dit volgnummer van het checkpoint: er zijn regels verwijderd.";
}

/** Walks under way, per database: a console that asks every few seconds starts no second walk beside the first. */
const lopend = new WeakMap<object, Promise<Ketenstatus>>();

/**
 * {@link bepaalKetenstatus}, joining the walk already under way on `db` when
 * there is one: the status says nothing about who asks (access is checked
 * before), so concurrent readers may share it, and a long chain is walked once.
 */
export function gedeeldeKetenstatus(db: ToegangslogDatabase, organisatie: Organisatie, opties: KetenstatusOpties = {}): Promise<Ketenstatus> {
  const bezig = lopend.get(db);
  if (bezig) return bezig;
  const status = bepaalKetenstatus(db, organisatie, opties).finally(() => lopend.delete(db));
  lopend.set(db, status);
  return status;
}
