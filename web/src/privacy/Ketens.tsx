import { useQuery } from "urql";
import { Alinea, Cel, Knop, Kop, Melding, Rij, Tabel } from "../components/nlds";
import { graphql } from "../gql";
import { datum, organisatieKort } from "../lib/woorden";
import { useLeesbareLogs } from "./PrivacyConsole";
import { logVan } from "./toegangslogen";

/**
 * The logs whose chain status the supergraph serves (`toegangslogKeten<Org>`):
 * the kit's, of the hub's own five. A partner outside the kit that serves its
 * own chain status is added here with its field.
 */
const LOGS = ["LOKAAL_TEAM", "VEILIG_THUIS", "RVDK", "GI", "ERVARINGSDESKUNDIGEN"].map(logVan);
type LogAlias = "lokaalTeam" | "veiligThuis" | "rvdk" | "gi" | "ervaringsdeskundigen";

const KetensDocument = graphql(`
  query Ketens($lokaalTeam: Boolean!, $veiligThuis: Boolean!, $rvdk: Boolean!, $gi: Boolean!, $ervaringsdeskundigen: Boolean!) {
    lokaalTeam: toegangslogKetenLokaalTeam @include(if: $lokaalTeam) {
      ...KetenstatusVelden
    }
    veiligThuis: toegangslogKetenVeiligThuis @include(if: $veiligThuis) {
      ...KetenstatusVelden
    }
    rvdk: toegangslogKetenRvdk @include(if: $rvdk) {
      ...KetenstatusVelden
    }
    gi: toegangslogKetenGi @include(if: $gi) {
      ...KetenstatusVelden
    }
    ervaringsdeskundigen: toegangslogKetenErvaringsdeskundigen @include(if: $ervaringsdeskundigen) {
      ...KetenstatusVelden
    }
  }

  fragment KetenstatusVelden on Ketenstatus {
    organisatie
    intact
    gecontroleerd
    kop
    gecontroleerdOp
    breuk {
      volgnummer
      reden
    }
    checkpoint {
      volgnummer
      ondertekendOp
      klopt
    }
  }
`);

/** Per organisation: does its log's hash chain hold, and since which signed checkpoint. */
export function Ketens() {
  const leesbaar = useLeesbareLogs();
  const variabelen = Object.fromEntries(LOGS.map(({ organisatie, alias }) => [alias, leesbaar.includes(organisatie)])) as Record<LogAlias, boolean>;
  const [resultaat, opnieuw] = useQuery({ query: KetensDocument, variables: variabelen });
  return (
    <>
      <Kop niveau={1}>Ketens van de toegangslogs</Kop>
      <Alinea>
        Elke regel van een toegangslog bevat de hash van de regel ervoor. Zo valt op als iemand een regel weghaalt, toevoegt of wijzigt. Een checkpoint is de ondertekende
        laatste regel op een moment; ook een keten die helemaal opnieuw is geschreven, valt daarmee op.
      </Alinea>
      <Knop onClick={() => opnieuw({ requestPolicy: "network-only" })} disabled={resultaat.fetching}>
        {resultaat.fetching ? "Wordt gecontroleerd…" : "Opnieuw controleren"}
      </Knop>
      <div role="status">{resultaat.fetching ? "De ketens worden gecontroleerd…" : resultaat.data ? "Controle klaar." : ""}</div>
      {resultaat.error && !resultaat.data ? <Melding soort="error">De ketens konden nu niet worden gecontroleerd. Probeer het opnieuw.</Melding> : null}
      {resultaat.data ? (
        <Tabel bijschrift="Per organisatie" koppen={["Organisatie", "Keten", "Gecontroleerd", "Sinds checkpoint", "Gecontroleerd op"]}>
          {LOGS.filter(({ organisatie }) => leesbaar.includes(organisatie)).map(({ organisatie, alias }) => {
            const status = resultaat.data?.[alias as LogAlias];
            const fout = resultaat.error?.graphQLErrors.find((e) => e.path?.[0] === alias);
            return (
              <Rij key={alias}>
                <Cel kop>{organisatieKort(organisatie)}</Cel>
                <Cel>
                  {!status ? (
                    fout?.message ?? "Niet te controleren: de organisatie antwoordde niet."
                  ) : status.intact ? (
                    <strong>Heel</strong>
                  ) : (
                    <>
                      <strong>Gebroken</strong> bij regel {status.breuk?.volgnummer}: {status.breuk?.reden}
                    </>
                  )}
                </Cel>
                <Cel>{status ? `${status.gecontroleerd} regels${status.kop ? `, tot en met regel ${status.kop}` : ""}` : "—"}</Cel>
                <Cel>
                  {!status
                    ? "—"
                    : status.checkpoint
                      ? `Regel ${status.checkpoint.volgnummer}, ondertekend ${datum(status.checkpoint.ondertekendOp, true)}: ${status.checkpoint.klopt ? "klopt" : "klopt niet"}`
                      : "Nog geen checkpoint (npm run audit:checkpoint)"}
                </Cel>
                <Cel>{status ? datum(status.gecontroleerdOp, true) : "—"}</Cel>
              </Rij>
            );
          })}
        </Tabel>
      ) : null}
    </>
  );
}
