/**
 * NL Design System components (Utrecht's component library, EUPL-1.2) as thin
 * typed React components. The CSS comes from `@utrecht/component-library-css`
 * and the theme from `@utrecht/design-tokens`; these only put the right
 * element and class names together, so every page uses the same accessible
 * markup (real buttons, labelled fields, table headers with scope).
 */
import type { ButtonHTMLAttributes, HTMLAttributes, InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { Link as RouterLink, type LinkProps } from "react-router";

const klassen = (...namen: (string | false | null | undefined)[]): string => namen.filter(Boolean).join(" ");

export function Kop({ niveau, children, id, className }: { niveau: 1 | 2 | 3 | 4; children: ReactNode; id?: string; className?: string }) {
  const Tag = `h${niveau}` as const;
  return (
    <Tag id={id} className={klassen(`utrecht-heading-${niveau}`, className)}>
      {children}
    </Tag>
  );
}

export function Alinea({ children, klein, className }: { children: ReactNode; klein?: boolean; className?: string }) {
  return <p className={klassen("utrecht-paragraph", klein && "utrecht-paragraph--small", className)}>{children}</p>;
}

export function Knop({
  soort = "secondary-action",
  className,
  type = "button",
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { soort?: "primary-action" | "secondary-action" | "subtle" }) {
  return <button type={type} className={klassen("utrecht-button", `utrecht-button--${soort}`, className)} {...rest} />;
}

/** A link inside the app (client-side navigation). */
export function Koppeling({ className, ...rest }: LinkProps) {
  return <RouterLink className={klassen("utrecht-link", "utrecht-link--html-a", className)} {...rest} />;
}

/** A link out of the app (a download, another origin). */
export function ExterneKoppeling({ className, ...rest }: HTMLAttributes<HTMLAnchorElement> & { href: string; download?: string | boolean }) {
  return <a className={klassen("utrecht-link", "utrecht-link--html-a", className)} {...rest} />;
}

export type Meldingsoort = "info" | "ok" | "warning" | "error";

/** An alert. Errors and warnings are announced to screen readers (role alert), the rest politely (role status). */
export function Melding({ soort = "info", children, className }: { soort?: Meldingsoort; children: ReactNode; className?: string }) {
  return (
    <div className={klassen("utrecht-alert", `utrecht-alert--${soort}`, className)} role={soort === "error" || soort === "warning" ? "alert" : "status"}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

/** A table with a caption (required: a screen reader announces it) and column headers. */
export function Tabel({ bijschrift, koppen, children, className }: { bijschrift: ReactNode; koppen: ReactNode[]; children: ReactNode; className?: string }) {
  return (
    <table className={klassen("utrecht-table", className)}>
      <caption className="utrecht-table__caption">{bijschrift}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          {koppen.map((kop, i) => (
            <th key={i} scope="col" className="utrecht-table__header-cell">
              {kop}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">{children}</tbody>
    </table>
  );
}

export function Rij({ children }: { children: ReactNode }) {
  return <tr className="utrecht-table__row">{children}</tr>;
}

export function Cel({ children, kop }: { children: ReactNode; kop?: boolean }) {
  return kop ? (
    <th scope="row" className="utrecht-table__header-cell">
      {children}
    </th>
  ) : (
    <td className="utrecht-table__cell">{children}</td>
  );
}

/** A key–value list (`<dl>`). */
export function Gegevenslijst({ children }: { children: ReactNode }) {
  return <dl className="utrecht-data-list utrecht-data-list--rows">{children}</dl>;
}

export function Gegeven({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{label}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{children}</dd>
    </div>
  );
}

/** A form field: label, optional description and error, and the control (given its id). */
export function Formulierveld({
  id,
  label,
  beschrijving,
  fout,
  children,
}: {
  id: string;
  label: ReactNode;
  beschrijving?: ReactNode;
  fout?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className={klassen("utrecht-form-field", "utrecht-form-field--distanced", fout ? "utrecht-form-field--invalid" : false)}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {beschrijving ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={`${id}-beschrijving`}>
          {beschrijving}
        </div>
      ) : null}
      {fout ? (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${id}-fout`}>
          {fout}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

/** `aria-describedby` for a control inside {@link Formulierveld}. */
export function beschrevenDoor(id: string, beschrijving: boolean, fout: boolean): string | undefined {
  const ids = [beschrijving && `${id}-beschrijving`, fout && `${id}-fout`].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function Tekstvak({ className, ...rest }: InputHTMLAttributes<HTMLInputElement>) {
  return <input className={klassen("utrecht-textbox", "utrecht-textbox--html-input", className)} {...rest} />;
}

export function Tekstgebied({ className, ...rest }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea className={klassen("utrecht-textarea", "utrecht-textarea--html-textarea", className)} {...rest} />;
}

export function Keuzelijst({ className, ...rest }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={klassen("utrecht-select", "utrecht-select--html-select", className)} {...rest} />;
}

export function Vinkje({ className, ...rest }: InputHTMLAttributes<HTMLInputElement>) {
  return <input type="checkbox" className={klassen("utrecht-checkbox", "utrecht-checkbox--html-input", className)} {...rest} />;
}

/** A short status label (regime, decision). */
export function Label({ children }: { children: ReactNode }) {
  return <span className="utrecht-badge-status">{children}</span>;
}

export function Knoppengroep({ children }: { children: ReactNode }) {
  return <div className="utrecht-button-group utrecht-button-group--row">{children}</div>;
}

export function Lijst({ children }: { children: ReactNode }) {
  return <ul className="utrecht-unordered-list">{children}</ul>;
}

export function Item({ children }: { children: ReactNode }) {
  return <li className="utrecht-unordered-list__item">{children}</li>;
}
