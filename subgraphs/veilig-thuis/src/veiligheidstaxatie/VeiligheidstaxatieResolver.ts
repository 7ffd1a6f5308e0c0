import { DatumScalar, eisNietInToekomst, eisTekst, inTransaction, invoerFout, kondigAan, legVastInDossier, type RequestContext, Schrijft } from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { meldingVanGezin } from "../gezin/gezinRules";
import { aankondigingVanVeiligheidstaxatie } from "./aankondigingVanVeiligheidstaxatie";
import { Veiligheidsinschatting, Veiligheidstaxatie } from "./Veiligheidstaxatie";

@InputType({ description: "Een veiligheidstaxatie na een melding." })
export class VeiligheidstaxatieInvoer {
  @Field(() => ID, { description: "De melding waarop de taxatie volgt; van hetzelfde huishouden." })
  meldingId!: string;

  @Field(() => DatumScalar)
  datum!: string;

  @Field(() => Veiligheidsinschatting)
  directeVeiligheid!: Veiligheidsinschatting;

  @Field(() => Veiligheidsinschatting)
  stabieleVeiligheid!: Veiligheidsinschatting;

  @Field()
  toelichting!: string;
}

@Resolver(() => Veiligheidstaxatie)
export class VeiligheidstaxatieResolver {
  @Mutation(() => Veiligheidstaxatie, { description: "Leg een veiligheidstaxatie vast: directe en stabiele veiligheid na een melding." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" } })
  registreerVeiligheidstaxatie(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => VeiligheidstaxatieInvoer) invoer: VeiligheidstaxatieInvoer,
  ): Promise<Veiligheidstaxatie> {
    return inTransaction(context, async (manager) => {
      const taxatie = await legVastInDossier(context, gezinId, Veiligheidstaxatie, async (m) => {
        eisNietInToekomst(invoer.datum, "datum");
        // Seed 003: stable safety is only worked on once direct safety is sufficient.
        if (invoer.directeVeiligheid === Veiligheidsinschatting.ONVEILIG && invoer.stabieleVeiligheid !== Veiligheidsinschatting.ONVEILIG) {
          throw invoerFout("Zolang de directe veiligheid onveilig is, kan de stabiele veiligheid niet (voorwaardelijk) veilig zijn.", "stabieleVeiligheid");
        }
        const toelichting = eisTekst(invoer.toelichting, "toelichting");
        const melding = await meldingVanGezin(m, invoer.meldingId, gezinId);
        if (invoer.datum < melding.datum) {
          throw invoerFout(`De taxatie (${invoer.datum}) kan niet vóór de melding (${melding.datum}) liggen.`, "datum");
        }
        return {
          meldingId: melding.id,
          datum: invoer.datum,
          directeVeiligheid: invoer.directeVeiligheid,
          stabieleVeiligheid: invoer.stabieleVeiligheid,
          toelichting,
        };
      });
      await kondigAan(manager, aankondigingVanVeiligheidstaxatie(taxatie));
      return taxatie;
    });
  }
}
