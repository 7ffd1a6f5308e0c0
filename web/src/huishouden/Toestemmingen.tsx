/**
 * Our consents (to whom, for what, since, withdrawn) and what was shared
 * without them (DOMAIN rules 1 and 2). Withdrawing is the household's right,
 * but the hub lets only professionals record it (`trekToestemmingIn` refuses
 * role INWONER): so no button here, and we say whom to ask.
 */
import { Veld } from "../components/Afgeschermd";
import { Alinea, Cel, Kop, Rij, Tabel } from "../components/nlds";
import { categorieNamen } from "../lib/afscherming";
import { code, datum, organisatieKort } from "../lib/woorden";
import { deelgrondVoorGezin } from "./huishoudwoorden";
import type { OnsDossier } from "./onsDossierQuery";
import { Toevoeging } from "./velden";

const pad = (...rest: (string | number)[]) => ["gezin", ...rest];

export function Toestemmingen({ gezin }: { gezin: OnsDossier }) {
  const contact = gezin.vasteContactpersoon?.naam;
  return (
    <section aria-labelledby="toestemmingen" className="gb-sectie">
      <Kop niveau={2} id="toestemmingen">
        Onze toestemmingen
      </Kop>
      <Veld waarde={gezin.toestemmingen} pad={pad("toestemmingen")} leeg="U heeft geen toestemming gegeven om gegevens te delen.">
        {(toestemmingen) => (
          <Tabel bijschrift="Aan wie u toestemming gaf om gegevens te delen" koppen={["Aan wie", "Waarvoor", "Welke gegevens", "Sinds", "Geldt die nog?"]}>
            {toestemmingen.map((t, i) => (
              <Rij key={t.id ?? i}>
                <Cel kop>
                  <Veld waarde={t.partner} pad={pad("toestemmingen", i, "partner")}>{(p) => organisatieKort(p)}</Veld>
                </Cel>
                <Cel>
                  <Veld waarde={t.doel} pad={pad("toestemmingen", i, "doel")} />
                </Cel>
                <Cel>
                  <Veld waarde={t.categorieen} pad={pad("toestemmingen", i, "categorieen")}>{categorieNamen}</Veld>
                </Cel>
                <Cel>
                  <Veld waarde={t.gegevenOp} pad={pad("toestemmingen", i, "gegevenOp")}>{(d) => datum(d)}</Veld>
                  <Toevoeging waarde={t.vorm} pad={pad("toestemmingen", i, "vorm")}>{(v) => ` (${code(v)})`}</Toevoeging>
                </Cel>
                <Cel>
                  <Toevoeging waarde={t.ingetrokkenOp} pad={pad("toestemmingen", i, "ingetrokkenOp")} anders={<Veld waarde={t.actief} pad={pad("toestemmingen", i, "actief")}>{(a) => (a ? "Ja" : "Nee")}</Veld>}>
                    {(d) => `Nee, ingetrokken op ${datum(d)}`}
                  </Toevoeging>
                </Cel>
              </Rij>
            ))}
          </Tabel>
        )}
      </Veld>
      <Alinea>
        Wilt u een toestemming intrekken? Dat mag altijd, en het werkt meteen. U kunt dat hier niet zelf doen. Zeg het tegen {contact ? `${contact}, uw vaste contactpersoon` : "uw vaste contactpersoon"} bij het
        lokale team. Die legt het meteen vast.
      </Alinea>
      <Alinea>
        Klopt er iets niet in uw dossier? Of wilt u dat iets wordt weggehaald? Dat is uw recht. Vraag het aan uw vaste contactpersoon, of aan de organisatie die het opschreef.
      </Alinea>

      <Kop niveau={3}>Gedeeld zonder uw toestemming</Kop>
      <Alinea>Soms moet een organisatie gegevens delen zonder uw toestemming. Bijvoorbeeld omdat de wet dat zegt, of bij levensgevaar. Dan schrijft zij op waarom.</Alinea>
      <Veld waarde={gezin.verstrekkingenZonderToestemming} pad={pad("verstrekkingenZonderToestemming")} leeg="Er is niets gedeeld zonder uw toestemming.">
        {(verstrekkingen) => (
          <Tabel bijschrift="Gegevens die zonder uw toestemming zijn gedeeld" koppen={["Wanneer", "Met wie", "Welke gegevens", "Waarvoor", "Waarom zonder toestemming"]}>
            {verstrekkingen.map((v, i) => (
              <Rij key={v.id ?? i}>
                <Cel kop>
                  <Veld waarde={v.datum} pad={pad("verstrekkingenZonderToestemming", i, "datum")}>{(d) => datum(d)}</Veld>
                </Cel>
                <Cel>
                  <Veld waarde={v.ontvanger} pad={pad("verstrekkingenZonderToestemming", i, "ontvanger")}>{(o) => organisatieKort(o)}</Veld>
                </Cel>
                <Cel>
                  <Veld waarde={v.categorieen} pad={pad("verstrekkingenZonderToestemming", i, "categorieen")}>{categorieNamen}</Veld>
                </Cel>
                <Cel>
                  <Veld waarde={v.doel} pad={pad("verstrekkingenZonderToestemming", i, "doel")} />
                </Cel>
                <Cel>
                  <Veld waarde={v.grondslag} pad={pad("verstrekkingenZonderToestemming", i, "grondslag")}>{(g) => `${deelgrondVoorGezin(g)}. `}</Veld>
                  <Toevoeging waarde={v.waaromGeenToestemming} pad={pad("verstrekkingenZonderToestemming", i, "waaromGeenToestemming")} />
                </Cel>
              </Rij>
            ))}
          </Tabel>
        )}
      </Veld>
    </section>
  );
}
