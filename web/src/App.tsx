import { createContext, type ReactNode, useContext, useEffect, useRef } from "react";
import { BrowserRouter, Navigate, NavLink, Route, Routes, useLocation, useNavigate } from "react-router";
import { Provider } from "urql";
import { Knop, Melding } from "./components/nlds";
import { maakClient } from "./lib/client";
import { afmelden, type Sessie, soortVan, useSessie } from "./lib/sessie";
import { organisatieNaam, rolNaam } from "./lib/woorden";
import { Aanmelden } from "./Aanmelden";
import { Gezinnen } from "./professional/Gezinnen";
import { Gezinsbeeld } from "./professional/Gezinsbeeld";
import { Signalen } from "./professional/Signalen";
import { MijnGezin } from "./huishouden/MijnGezin";
import { PrivacyConsole } from "./privacy/PrivacyConsole";

/** Set by the shell: a 401 from the gateway makes it read the session again, which shows the sign-in page. */
let sessieVerlopen: () => void = () => {};
const client = maakClient(() => sessieVerlopen());

/** The signed-in session, for every page below the shell. */
const SessieContext = createContext<Sessie | null>(null);
export function useAangemeld(): Sessie {
  const sessie = useContext(SessieContext);
  if (!sessie?.aangemeld || !sessie.gebruiker) throw new Error("useAangemeld buiten een aangemelde pagina");
  return sessie;
}

export function App() {
  return (
    <BrowserRouter>
      <Provider value={client}>
        <Schil />
      </Provider>
    </BrowserRouter>
  );
}

/** The page around every view: skip link, header with who is signed in, navigation, main. */
function Schil() {
  const { sessie, fout, vernieuw } = useSessie();
  const navigate = useNavigate();
  sessieVerlopen = () => void vernieuw();
  if (fout) {
    return (
      <Pagina>
        <Melding soort="error">{fout}</Melding>
      </Pagina>
    );
  }
  if (!sessie) return <Pagina>{null}</Pagina>;
  if (!sessie.aangemeld || !sessie.gebruiker) {
    return (
      <Pagina>
        <Routes>
          <Route path="*" element={<Aanmelden sessie={sessie} opAangemeld={vernieuw} />} />
        </Routes>
      </Pagina>
    );
  }
  const gebruiker = sessie.gebruiker;
  const soort = soortVan(gebruiker);
  const start = soort === "inwoner" ? "/mijn-gezin" : soort === "privacy" ? "/privacy" : "/gezinnen";
  const uit = async (): Promise<void> => {
    const { naar } = await afmelden();
    // Signed in at a provider: sign out there too; it sends the browser back to the app.
    if (naar) return window.location.assign(naar);
    await vernieuw();
    navigate("/", { replace: true });
  };
  return (
    <SessieContext.Provider value={sessie}>
      <Pagina
        kop={
          <div className="gb-kop__gebruiker">
            <span>
              Aangemeld als <strong>{gebruiker.naam ?? gebruiker.userId}</strong>
              {gebruiker.organisatie ? `, ${rolNaam(gebruiker.rol)} bij ${organisatieNaam(gebruiker.organisatie)}` : soort === "inwoner" ? " (gezinslid)" : ""}
            </span>
            <Knop soort="subtle" onClick={() => void uit()}>
              Afmelden
            </Knop>
          </div>
        }
        navigatie={soort}
      >
        <Routes>
          <Route path="/" element={<Navigate to={start} replace />} />
          <Route path="/aanmelden" element={<Navigate to={start} replace />} />
          {soort === "professional" ? (
            <>
              <Route path="/gezinnen" element={<Gezinnen />} />
              <Route path="/gezinnen/:id" element={<Gezinsbeeld />} />
              <Route path="/signalen" element={<Signalen />} />
            </>
          ) : null}
          {soort === "inwoner" ? <Route path="/mijn-gezin/*" element={<MijnGezin />} /> : null}
          {soort === "privacy" ? <Route path="/privacy/*" element={<PrivacyConsole />} /> : null}
          <Route path="*" element={<NietGevonden start={start} />} />
        </Routes>
      </Pagina>
    </SessieContext.Provider>
  );
}

const NAVIGATIE: Record<string, { pad: string; tekst: string }[]> = {
  professional: [
    { pad: "/gezinnen", tekst: "Mijn gezinnen" },
    { pad: "/signalen", tekst: "Signalen" },
  ],
  inwoner: [{ pad: "/mijn-gezin", tekst: "Ons dossier" }],
  privacy: [
    { pad: "/privacy/toegangslog", tekst: "Toegangslog" },
    { pad: "/privacy/noodtoegangen", tekst: "Noodtoegangen" },
    { pad: "/privacy/ketens", tekst: "Ketens" },
  ],
};

function Pagina({ kop, navigatie, children }: { kop?: ReactNode; navigatie?: string; children: ReactNode }) {
  const locatie = useLocation();
  const main = useRef<HTMLElement>(null);
  // After a navigation, focus the new page's main content so a screen reader starts there.
  useEffect(() => {
    main.current?.focus();
  }, [locatie.pathname]);
  return (
    <div className="utrecht-page gb-pagina">
      <a className="utrecht-skip-link gb-skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="utrecht-page-header gb-kop">
        <div className="gb-kop__merk">Gezinsbeeld</div>
        {kop}
      </header>
      {navigatie && NAVIGATIE[navigatie] ? (
        <nav className="utrecht-nav-bar gb-nav" aria-label="Hoofdmenu">
          <ul className="utrecht-nav-list">
            {NAVIGATIE[navigatie]!.map((item) => (
              <li key={item.pad} className="utrecht-nav-list__item">
                <NavLink className="utrecht-nav-list__link" to={item.pad}>
                  {item.tekst}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <main id="inhoud" tabIndex={-1} ref={main} className="utrecht-page-content gb-inhoud">
        {children}
      </main>
      <footer className="utrecht-page-footer gb-voet">
        Gezinsbeeld — elke toegang tot persoonsgegevens wordt vastgelegd bij de organisatie die ze beheert.
      </footer>
    </div>
  );
}

function NietGevonden({ start }: { start: string }) {
  return (
    <Melding soort="warning">
      Deze pagina bestaat niet, of is niet voor u. <a href={start}>Naar de startpagina</a>
    </Melding>
  );
}
