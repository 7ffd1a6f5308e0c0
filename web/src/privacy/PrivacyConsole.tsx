/**
 * The privacy officer's console: the access logs searched and exported,
 * break-glass claims reviewed, and each organisation's log chain checked.
 * A privacy officer reads their own organisation's log; one of the
 * partnership (`samenwerking`) reads all five.
 */
import { Navigate, Route, Routes } from "react-router";
import { useAangemeld } from "../App";
import { Ketens } from "./Ketens";
import { Noodtoegangen } from "./Noodtoegangen";
import { logs } from "./toegangslogen";
import { Toegangslog } from "./Toegangslog";

/** The organisations whose logs this officer may read. */
export function useLeesbareLogs(): string[] {
  const { gebruiker } = useAangemeld();
  return gebruiker?.samenwerking ? logs().map((l) => l.organisatie) : gebruiker?.organisatie ? [gebruiker.organisatie] : [];
}

export function PrivacyConsole() {
  return (
    <Routes>
      <Route index element={<Navigate to="toegangslog" replace />} />
      <Route path="toegangslog" element={<Toegangslog />} />
      <Route path="noodtoegangen" element={<Noodtoegangen />} />
      <Route path="ketens" element={<Ketens />} />
      <Route path="*" element={<Navigate to="toegangslog" replace />} />
    </Routes>
  );
}
