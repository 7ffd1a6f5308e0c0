/**
 * What the household reads of its own dossier: every part each organisation
 * keeps that a member may see. Staff names are asked only for the household's
 * designated contacts (DOMAIN rule 7); other staff fields are MEDEWERKER,
 * which a member may never read, and asking would only log refusals.
 */
import { graphql } from "../gql";
import type { OnsDossierQuery } from "../gql/graphql";

/** As an inwoner, `gezinnen` answers the own household(s) only. */
export const OnsGezinDocument = graphql(`
  query OnsGezin {
    gezinnen(first: 10) {
      nodes {
        id
        naam
      }
    }
  }
`);

export const OnsDossierDocument = graphql(`
  query OnsDossier($id: ID!) {
    gezin(id: $id) {
      id
      naam
      postcode
      huisnummer
      woonplaats
      aangemeldOp
      afgeslotenOp
      aanleiding
      patroon
      haalbareEindsituatie
      leden {
        id
        voornamen
        achternaam
        geboortedatum
        gezinsrol
      }
      relaties {
        id
        soort
        toelichting
        van {
          id
          voornamen
        }
        naar {
          id
          voornamen
        }
      }
      vasteContactpersoon {
        naam
        functie
      }
      regie {
        organisatie
        vanaf
        reden
      }
      betrokkenheden {
        id
        organisatie
        regime
        intensiteit
        startdatum
        einddatum
        actief
      }
      zorgenEnKrachten {
        id
        soort
        omschrijving
        vastgesteldOp
        opgelostOp
      }
      gevaarsoordelen {
        id
        omschrijving
        opgesteldOp
      }
      doelen {
        id
        wat
        wie
        wanneer
        status
        voortgang
      }
      veiligheidsplan {
        versie
        vastgesteldOp
        veiligheidsdoel
        afspraken {
          id
          afspraak
          wie
        }
      }
      netwerkberaden {
        id
        datum
        deelnemers
        afspraken
      }
      volgendNetwerkberaadUiterlijk
      kernbesluiten {
        id
        datum
        besluit
        onderbouwing
      }
      meldingen {
        id
        datum
        aard
        status
        melder {
          naam
        }
      }
      veiligheidstaxaties {
        id
        datum
        directeVeiligheid
        stabieleVeiligheid
        toelichting
      }
      onderzoeken {
        id
        startdatum
        einddatum
        status
        conclusie
        vervolg
      }
      vertrouwensartsAdviezen {
        id
        datum
        advies
      }
      adviezen {
        id
        datum
        vraag
        advies
      }
      verzoekenTotOnderzoek {
        id
        ontvangenOp
        verzoeker
        reden
        status
      }
      beschermingsonderzoeken {
        id
        startdatum
        einddatum
        status
        conclusie
      }
      verzoekschriften {
        id
        ingediendOp
        gevraagdeMaatregel
        uitspraak
        uitspraakOp
      }
      giInzet {
        id
        product
        startdatum
        einddatum
        toelichting
      }
      maatregelen {
        id
        soort
        startdatum
        einddatum
        kind {
          voornamen
        }
      }
      jeugdbeschermer {
        naam
        functie
      }
      jeugdreclassering {
        id
        kader
        startdatum
        einddatum
        jongere {
          voornamen
        }
        jeugdreclasseerder {
          naam
        }
      }
      veranderplan {
        versie
        vastgesteldOp
        doelen
      }
      borgingsplan {
        vastgesteldOp
        afspraken
      }
      ervaringsdeskundigen {
        id
        vanaf
        tot
        totaalContacten
        ervaringsdeskundige {
          naam
        }
      }
      toestemmingen {
        id
        partner
        doel
        categorieen
        vorm
        gegevenOp
        ingetrokkenOp
        actief
      }
      verstrekkingenZonderToestemming {
        id
        datum
        grondslag
        waaromGeenToestemming
        ontvanger
        categorieen
        doel
      }
      noodtoegangen {
        id
        organisatie
        rol
        rechtvaardiging
        wettelijkeGrondslag
        vanaf
        tot
        beoordeeldOp
        beoordeling
      }
    }
  }
`);

/** The household's dossier as the hub answered it. */
export type OnsDossier = NonNullable<OnsDossierQuery["gezin"]>;
