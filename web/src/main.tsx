import "./nlds-css";
import "@utrecht/design-tokens/dist/index.css";
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";

const wortel = document.getElementById("app");
if (!wortel) throw new Error("index.html mist #app");
createRoot(wortel).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
