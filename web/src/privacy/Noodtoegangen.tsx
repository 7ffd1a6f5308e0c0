import { type FormEvent, useState } from "react";
import { useMutation, useQuery } from "urql";
import { Alinea, Formulierveld, Gegeven, Gegevenslijst, Knop, Koppeling, Kop, Melding, Tekstgebied, Vinkje } from "../components/nlds";
import { graphql } from "../gql";
import type { NoodtoegangenQuery } from "../gql/graphql";
import { datum, organisatieKort, rolNaam } from "../lib/woorden";

const NoodtoegangenDocument = graphql(`
  query Noodtoegangen($teBeoordelen: Boolean!) {
    noodtoegangen(first: 50, teBeoordelen: $teBeoordelen) {
      totalCount
      nodes {
        id
        gezinId
        userId
        organisatie
        rol
        rechtvaardiging
        wettelijkeGrondslag
        vanaf
        tot
        actief
        beoordeeldDoor
        beoordeeldOp
        beoordeling
      }
    }
  }
`);

const BeoordeelDocument = graphql(`
  mutation BeoordeelNoodtoegang($id: ID!, $beoordeling: String!) {
    beoordeelNoodtoegang(noodtoegangId: $id, beoordeling: $beoordeling) {
      id
      beoordeeldOp
      beoordeling
    }
  }
`);

/** Break-glass claims to review afterwards (DOMAIN rule 2): who, whose dossier, why, how long; and what was looked at under it. */
export function Noodtoegangen() {
  const [alles, setAlles] = useState(false);
  const [resultaat, opnieuw] = useQuery({ query: NoodtoegangenDocument, variables: { teBeoordelen: !alles } });
  const [melding, setMelding] = useState<string | null>(null);
  const claims = resultaat.data?.noodtoegangen.nodes ?? [];
  return (
    <>
      <Kop niveau={1}>Noodtoegangen</Kop>
      <Alinea>
        Een professional die bij een levensbedreigende situatie zonder toestemming een dossier opent, neemt noodtoegang. U beoordeelt achteraf of dat terecht was, en wat er onder die
        noodtoegang is ingezien.
      </Alinea>
      <div className="gb-vinkveld">
        <Vinkje id="alle-noodtoegangen" checked={alles} onChange={(event) => setAlles(event.target.checked)} />
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="alle-noodtoegangen">
          Ook de al beoordeelde noodtoegangen tonen
        </label>
      </div>
      <div role="status">
        {melding ? `${melding} ` : ""}
        {resultaat.fetching && !resultaat.data ? "Wordt geladen…" : resultaat.data ? aantal(resultaat.data.noodtoegangen.totalCount, alles) : ""}
      </div>
      {resultaat.error && !resultaat.data ? <Melding soort="error">{resultaat.error.graphQLErrors[0]?.message ?? "De noodtoegangen konden nu niet worden geladen."}</Melding> : null}
      {resultaat.data && resultaat.data.noodtoegangen.totalCount > claims.length ? (
        <Alinea>
          De nieuwste {claims.length} van {resultaat.data.noodtoegangen.totalCount} worden getoond. Beoordeel deze eerst; daarna komen de volgende in de lijst.
        </Alinea>
      ) : null}
      {claims.map((claim) => (
        <Claim
          key={claim.id}
          claim={claim}
          opBeoordeeld={() => {
            setMelding("Beoordeling vastgelegd.");
            opnieuw({ requestPolicy: "network-only" });
          }}
        />
      ))}
    </>
  );
}

function aantal(n: number, alles: boolean): string {
  const woord = n === 1 ? "noodtoegang" : "noodtoegangen";
  return n === 0 && !alles ? "Er zijn geen noodtoegangen te beoordelen." : `${n} ${woord}${alles ? "" : " te beoordelen"}.`;
}

type ClaimData = NoodtoegangenQuery["noodtoegangen"]["nodes"][number];

function Claim({ claim, opBeoordeeld }: { claim: ClaimData; opBeoordeeld: () => void }) {
  const [tekst, setTekst] = useState("");
  const [fout, setFout] = useState<string | null>(null);
  const [stand, beoordeel] = useMutation(BeoordeelDocument);
  const id = `claim-${claim.id}`;
  const verstuur = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (tekst.trim().length < 10) {
      setFout("Schrijf in ten minste 10 tekens op wat u ervan vindt, en waarom.");
      document.getElementById(`${id}-beoordeling`)?.focus();
      return;
    }
    setFout(null);
    const antwoord = await beoordeel({ id: claim.id!, beoordeling: tekst.trim() });
    if (antwoord.error) setFout(antwoord.error.graphQLErrors[0]?.message ?? "De beoordeling kon nu niet worden vastgelegd. Probeer het opnieuw.");
    else opBeoordeeld();
  };
  const log = new URLSearchParams({ alleenNoodtoegang: "1", ...(claim.gezinId ? { gezinId: claim.gezinId } : {}), ...(claim.userId ? { gebruiker: claim.userId } : {}) });
  return (
    <section className="gb-kaart" aria-labelledby={`${id}-kop`}>
      <Kop niveau={2} id={`${id}-kop`}>
        {claim.userId} ({rolNaam(claim.rol)}, {organisatieKort(claim.organisatie)}){claim.actief ? " — loopt nog" : ""}
      </Kop>
      <Gegevenslijst>
        <Gegeven label="Huishouden">{claim.gezinId ?? "onbekend"}</Gegeven>
        <Gegeven label="Periode">
          {datum(claim.vanaf, true)} tot {datum(claim.tot, true)}
        </Gegeven>
        <Gegeven label="Rechtvaardiging">{claim.rechtvaardiging}</Gegeven>
        <Gegeven label="Wettelijke grondslag">{claim.wettelijkeGrondslag}</Gegeven>
        {claim.beoordeling ? (
          <Gegeven label="Beoordeling">
            {claim.beoordeling} ({claim.beoordeeldDoor}, {datum(claim.beoordeeldOp, true)})
          </Gegeven>
        ) : null}
      </Gegevenslijst>
      <Alinea>
        <Koppeling to={`/privacy/toegangslog?${log.toString()}`}>Wat is onder deze noodtoegang ingezien</Koppeling>
      </Alinea>
      {claim.beoordeling ? null : (
        <form onSubmit={(event) => void verstuur(event)} noValidate>
          <Formulierveld id={`${id}-beoordeling`} label="Uw beoordeling (verplicht)" beschrijving="Was de noodtoegang terecht? Wat was niet nodig? Dit wordt vastgelegd." fout={fout}>
            <Tekstgebied
              id={`${id}-beoordeling`}
              value={tekst}
              aria-required="true"
              rows={3}
              aria-invalid={fout ? true : undefined}
              aria-describedby={`${id}-beoordeling-beschrijving${fout ? ` ${id}-beoordeling-fout` : ""}`}
              onChange={(event) => setTekst(event.target.value)}
            />
          </Formulierveld>
          <Knop type="submit" soort="primary-action" disabled={stand.fetching}>
            {stand.fetching ? "Wordt vastgelegd…" : "Beoordeling vastleggen"}
          </Knop>
        </form>
      )}
    </section>
  );
}
