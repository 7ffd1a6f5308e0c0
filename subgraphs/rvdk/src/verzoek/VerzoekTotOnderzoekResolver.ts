import {
  bestaandRecord,
  DatumScalar,
  eisNietInToekomst,
  eisTekst,
  eisUuid,
  inTransaction,
  invoerFout,
  kondigAan,
  optioneleTekst,
  Organisatie,
  type RequestContext,
  Schrijft,
  OrganisatieScalar,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { loaders } from "../gezin/gezinLoaders";
import { Beschermingsonderzoek } from "../onderzoek/Beschermingsonderzoek";
import { aankondigingVanVerzoek } from "./aankondigingVanVerzoek";
import { VerzoekTotOnderzoek, VerzoekTotOnderzoekStatus } from "./VerzoekTotOnderzoek";

/** Who may ask the RvdK to investigate: the partners working with the household, not the RvdK itself. */
const VERZOEKERS: readonly Organisatie[] = [DemoOrganisatie.LOKAAL_TEAM, DemoOrganisatie.VEILIG_THUIS, DemoOrganisatie.GI];

@InputType({ description: "Een verzoek tot onderzoek dat bij de Raad binnenkomt." })
export class VerzoekTotOnderzoekInvoer {
  @Field(() => DatumScalar)
  ontvangenOp!: string;

  @Field(() => OrganisatieScalar, { description: "LOKAAL_TEAM, VEILIG_THUIS of GI." })
  verzoeker!: Organisatie;

  @Field({ description: "Waarom de verzoeker een onderzoek nodig vindt." })
  reden!: string;

  @Field(() => DatumScalar, { nullable: true, description: "Als het huishouden al is verteld dat de Raad wordt ingeschakeld: sinds wanneer." })
  gezinGeinformeerdOp?: string;
}

@Resolver(() => VerzoekTotOnderzoek)
export class VerzoekTotOnderzoekResolver {
  @Mutation(() => VerzoekTotOnderzoek, { description: "Registreer een binnengekomen verzoek tot onderzoek." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" }, wie: "opent-betrokkenheid" })
  ontvangVerzoekTotOnderzoek(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => VerzoekTotOnderzoekInvoer) invoer: VerzoekTotOnderzoekInvoer,
  ): Promise<VerzoekTotOnderzoek> {
    eisUuid(gezinId, "gezinId");
    if (!VERZOEKERS.includes(invoer.verzoeker)) {
      throw invoerFout("Een verzoek tot onderzoek komt van het lokale team, Veilig Thuis of de Gecertificeerde Instelling.", "verzoeker");
    }
    eisNietInToekomst(invoer.ontvangenOp, "ontvangenOp");
    if (invoer.gezinGeinformeerdOp) eisNietInToekomst(invoer.gezinGeinformeerdOp, "gezinGeinformeerdOp");
    const reden = eisTekst(invoer.reden, "reden");
    return inTransaction(context, async (manager) => {
      const verzoek = await manager.save(
        manager.create(VerzoekTotOnderzoek, {
          gezinId: gezinId.toLowerCase(),
          ontvangenOp: invoer.ontvangenOp,
          verzoeker: invoer.verzoeker,
          reden,
          gezinGeinformeerdOp: invoer.gezinGeinformeerdOp ?? null,
          status: VerzoekTotOnderzoekStatus.ONTVANGEN,
          vastgelegdDoor: context.principal?.userId ?? null,
        }),
      );
      // Received, not yet accepted: on the timeline, no involvement (see aankondigingVanVerzoek).
      await kondigAan(manager, aankondigingVanVerzoek(verzoek, null));
      return verzoek;
    });
  }

  @Mutation(() => VerzoekTotOnderzoek, {
    description: "Leg vast dat het huishouden weet dat de Raad betrokken is. Tot dan blijft de Raad voor het huishouden onzichtbaar.",
  })
  @Schrijft({ doet: "UPDATE", gezin: { record: VerzoekTotOnderzoek, argument: "verzoekId", soort: "Verzoek tot onderzoek" } })
  registreerGezinGeinformeerd(
    @Ctx() context: RequestContext,
    @Arg("verzoekId", () => ID) verzoekId: string,
    @Arg("op", () => DatumScalar) op: string,
  ): Promise<VerzoekTotOnderzoek> {
    eisNietInToekomst(op, "op");
    return inTransaction(context, async (manager) => {
      const verzoek = await bestaandRecord(manager, VerzoekTotOnderzoek, verzoekId, "Verzoek tot onderzoek");
      if (verzoek.gezinGeinformeerdOp) {
        throw invoerFout(`Het huishouden is al op ${verzoek.gezinGeinformeerdOp} geïnformeerd over dit verzoek.`, "verzoekId");
      }
      verzoek.gezinGeinformeerdOp = op;
      return manager.save(verzoek);
    });
  }

  @Mutation(() => VerzoekTotOnderzoek, { description: "Neem een verzoek tot onderzoek aan; daarna kan het beschermingsonderzoek worden geopend." })
  @Schrijft({ doet: "UPDATE", gezin: { record: VerzoekTotOnderzoek, argument: "verzoekId", soort: "Verzoek tot onderzoek" } })
  neemVerzoekTotOnderzoekAan(
    @Ctx() context: RequestContext,
    @Arg("verzoekId", () => ID) verzoekId: string,
    @Arg("op", () => DatumScalar) op: string,
    @Arg("toelichting", () => String, { nullable: true }) toelichting: string | null,
  ): Promise<VerzoekTotOnderzoek> {
    return beoordeel(context, verzoekId, VerzoekTotOnderzoekStatus.AANGENOMEN, op, optioneleTekst(toelichting));
  }

  @Mutation(() => VerzoekTotOnderzoek, { description: "Wijs een verzoek tot onderzoek af, met de reden; de hulp blijft in het vrijwillig kader." })
  @Schrijft({ doet: "END", gezin: { record: VerzoekTotOnderzoek, argument: "verzoekId", soort: "Verzoek tot onderzoek" } })
  wijsVerzoekTotOnderzoekAf(
    @Ctx() context: RequestContext,
    @Arg("verzoekId", () => ID) verzoekId: string,
    @Arg("op", () => DatumScalar) op: string,
    @Arg("reden", () => String, { description: "Waarom de Raad geen onderzoek doet; de verzoeker en het huishouden moeten dit kunnen volgen." })
    reden: string,
  ): Promise<VerzoekTotOnderzoek> {
    return beoordeel(context, verzoekId, VerzoekTotOnderzoekStatus.AFGEWEZEN, op, eisTekst(reden, "reden"));
  }

  @FieldResolver(() => Beschermingsonderzoek, { nullable: true })
  beschermingsonderzoek(@Root() verzoek: VerzoekTotOnderzoek, @Ctx() { loaders: l }: RequestContext): Promise<Beschermingsonderzoek | null> {
    return l.get(loaders.beschermingsonderzoekVanVerzoek).load(verzoek.id);
  }
}

/** A request is judged once: accepted or rejected, on or after the day it came in. */
function beoordeel(
  context: RequestContext,
  verzoekId: string,
  besluit: VerzoekTotOnderzoekStatus.AANGENOMEN | VerzoekTotOnderzoekStatus.AFGEWEZEN,
  op: string,
  toelichting: string | null,
): Promise<VerzoekTotOnderzoek> {
  eisNietInToekomst(op, "op");
  return inTransaction(context, async (manager) => {
    const verzoek = await bestaandRecord(manager, VerzoekTotOnderzoek, verzoekId, "Verzoek tot onderzoek");
    if (verzoek.status !== VerzoekTotOnderzoekStatus.ONTVANGEN) {
      const wat = verzoek.status === VerzoekTotOnderzoekStatus.AANGENOMEN ? "aangenomen" : "afgewezen";
      throw invoerFout(`Dit verzoek is al ${wat} op ${verzoek.beoordeeldOp}.`, "verzoekId");
    }
    if (op < verzoek.ontvangenOp) {
      throw invoerFout(`Het verzoek kan niet beoordeeld zijn (${op}) vóór het binnenkwam (${verzoek.ontvangenOp}).`, "op");
    }
    verzoek.status = besluit;
    verzoek.beoordeeldOp = op;
    verzoek.beoordelingToelichting = toelichting;
    const beoordeeld = await manager.save(verzoek);
    // Accepted, the RvdK is involved from that day; rejected, it never was, so the register gets no involvement of it.
    // A request is judged once, before any investigation: there is none to name yet.
    await kondigAan(manager, aankondigingVanVerzoek(beoordeeld, null));
    return beoordeeld;
  });
}
