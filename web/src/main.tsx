import "./nlds-css";
import "@utrecht/design-tokens/dist/index.css";
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { leerOrganisaties } from "./lib/woorden";

const wortel = document.getElementById("app");
if (!wortel) throw new Error("index.html mist #app");
const start = (): void =>
  createRoot(wortel).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// The names of partners that joined after this app was built, from the register the gateway publishes; without them, their codes.
fetch("/organisaties.json")
  .then((antwoord) => (antwoord.ok ? antwoord.json() : []))
  .then(leerOrganisaties, () => undefined)
  .finally(start);
