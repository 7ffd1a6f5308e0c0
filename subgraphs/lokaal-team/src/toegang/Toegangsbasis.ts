import {
  type BetrokkenheidFeit,
  DatumScalar,
  Gegeven,
  Gegevenscategorie,
  GeenPersoonsgegeven,
  type NoodtoegangFeit,
  Organisatie,
  Regime,
  type Toegangsbasis,
  type ToestemmingFeit,
} from "@gezinsbeeld/shared-schema";
import { Directive, ID, ObjectType } from "type-graphql";

// The access register as the other subgraphs read it: the shape of shared-schema's
// `Toegangsbasis`, field for field. Internal (`@inaccessible`): subgraphs call
// lokaal-team for it directly; the gateway never exposes it.

@ObjectType("ToegangsbasisBetrokkenheid", { description: "Betrokkenheid van een partner, zoals het toegangsbeleid haar leest." })
@Directive("@inaccessible")
export class ToegangsbasisBetrokkenheidType implements BetrokkenheidFeit {
  @GeenPersoonsgegeven(() => Organisatie)
  organisatie!: Organisatie;

  @GeenPersoonsgegeven(() => Regime)
  regime!: Regime;

  @GeenPersoonsgegeven(() => Boolean)
  anoniem!: boolean;

  @GeenPersoonsgegeven(() => DatumScalar)
  startdatum!: string;

  @GeenPersoonsgegeven(() => DatumScalar, { nullable: true })
  einddatum!: string | null;

  @GeenPersoonsgegeven(() => String, { nullable: true })
  medewerkerId!: string | null;

  @GeenPersoonsgegeven(() => DatumScalar, { nullable: true })
  geinformeerdOp!: string | null;
}

@ObjectType("ToegangsbasisToestemming", { description: "Toestemming van het huishouden, zoals het toegangsbeleid haar leest." })
@Directive("@inaccessible")
export class ToegangsbasisToestemmingType implements ToestemmingFeit {
  @GeenPersoonsgegeven(() => ID)
  id!: string;

  @GeenPersoonsgegeven(() => Organisatie)
  partner!: Organisatie;

  @GeenPersoonsgegeven(() => [Gegevenscategorie])
  categorieen!: Gegevenscategorie[];

  @GeenPersoonsgegeven(() => DatumScalar)
  gegevenOp!: string;

  @GeenPersoonsgegeven(() => String, { nullable: true, description: "Moment van intrekken (ISO 8601)." })
  ingetrokkenOp!: string | null;
}

@ObjectType("ToegangsbasisNoodtoegang", { description: "Noodtoegang, zoals het toegangsbeleid haar leest." })
@Directive("@inaccessible")
export class ToegangsbasisNoodtoegangType implements NoodtoegangFeit {
  @GeenPersoonsgegeven(() => ID)
  id!: string;

  @GeenPersoonsgegeven(() => String)
  userId!: string;

  @GeenPersoonsgegeven(() => Organisatie)
  organisatie!: Organisatie;

  @GeenPersoonsgegeven(() => String, { description: "Begin (ISO 8601)." })
  vanaf!: string;

  @GeenPersoonsgegeven(() => String, { description: "Einde (ISO 8601)." })
  tot!: string;
}

@ObjectType("Toegangsbasis", { description: "Het toegangsregister van één huishouden: alles wat het toegangsbeleid nodig heeft om te beslissen." })
@Directive("@inaccessible")
export class ToegangsbasisType implements Toegangsbasis {
  @GeenPersoonsgegeven(() => ID)
  gezinId!: string;

  @GeenPersoonsgegeven(() => Boolean, { description: "Onwaar voor een onbekend huishouden: dan valt niets in zijn voordeel te beslissen." })
  bestaat!: boolean;

  @GeenPersoonsgegeven(() => DatumScalar, { nullable: true })
  afgeslotenOp!: string | null;

  @GeenPersoonsgegeven(() => String, { nullable: true })
  vasteContactpersoonId!: string | null;

  @Gegeven(Gegevenscategorie.IDENTIFICATIE, () => [String], { description: "BSN's van de leden, zodat een lid (rol INWONER) wordt herkend." })
  ledenBsn!: string[];

  @GeenPersoonsgegeven(() => [ToegangsbasisBetrokkenheidType])
  betrokkenheden!: ToegangsbasisBetrokkenheidType[];

  @GeenPersoonsgegeven(() => [ToegangsbasisToestemmingType])
  toestemmingen!: ToegangsbasisToestemmingType[];

  @GeenPersoonsgegeven(() => [ToegangsbasisNoodtoegangType])
  noodtoegangen!: ToegangsbasisNoodtoegangType[];
}

/** The register's GraphQL types: served whole to the other subgraphs, never through the gateway. */
export const REGISTER_TYPEN = ["Toegangsbasis", "ToegangsbasisBetrokkenheid", "ToegangsbasisToestemming", "ToegangsbasisNoodtoegang"] as const;
