import { parse as leesCookies, serialize as cookie } from "cookie";
import {
  createDevToken,
  IdentityError,
  type IdentityKeys,
  type Logger,
  type Principal,
  Rol,
  verifyUserToken,
} from "@gezinsbeeld/shared-schema";
import express, { type Request, type RequestHandler, type Response, Router } from "express";
import { decodeJwt } from "jose";
import { demoPersonen, type DemoPersonen } from "./demoPersonen";
import { type LopendeAanmelding, OidcClient, type OidcInstellingen, oidcUitOmgeving } from "./oidc";
import { type Sessie, Sessies } from "./Sessies";

/** Options of {@link useAanmelden}. */
export interface AanmeldOpties {
  /** The gateway's keys: a session's token must pass the same check as any user token. */
  keys: IdentityKeys;
  logger: Logger;
  /**
   * Development sign-in: the people to choose from. Default the demo scenario's,
   * when these keys can sign user tokens (the development key set) and not under
   * NODE_ENV=production; `false` turns it off.
   */
  demo?: DemoPersonen | false;
  /** OpenID Connect. Default {@link oidcUitOmgeving} (`GEZINSBEELD_OIDC_*`); `null` turns it off. */
  oidc?: OidcInstellingen | null;
  /**
   * Cookies only over HTTPS (`Secure`, and the `__Host-` prefix). Default under
   * NODE_ENV=production or with `GEZINSBEELD_COOKIE_SECURE=1`.
   */
  veiligeCookie?: boolean;
  sessies?: Sessies;
}

/** What {@link useAanmelden} gives the gateway. */
export interface Aanmelden {
  /** `/auth/*`: the session, demo and OpenID Connect sign-in, signing out. Mount at `/auth`. */
  router: Router;
  /**
   * In front of the token check of `/graphql` and the CSV export: a request
   * without an `Authorization` header but with a live session cookie carries
   * that session's token, so the page never holds one.
   */
  sessieAlsToken: RequestHandler;
  /** `GET /auth/sessie`'s answer for this request (the app's page carries it too, saving a round trip). */
  sessieAntwoord: (req: Request) => SessieAntwoord;
  sessies: Sessies;
  /** Which ways of signing in are on. */
  wijzen: { demo: boolean; oidc: boolean };
}

/** The session as the page may see it (`GET /auth/sessie`). */
export interface SessieAntwoord {
  aangemeld: boolean;
  gebruiker?: { userId: string; naam: string | null; organisatie: string | null; rol: string; samenwerking?: boolean };
  verloopt?: string;
  wijze?: Sessie["wijze"];
  aanmeldwijzen: { demo: boolean; oidc: boolean };
}

const LOPEND_MAXIMUM = 1000;
const LOPEND_MS = 10 * 60_000;

/** An error answer in the hub's shape: a GraphQL error with a code and a Dutch message. */
function fout(res: Response, status: number, code: string, message: string): void {
  res.status(status).set("cache-control", "no-store").json({ errors: [{ message, extensions: { code } }] });
}

function hostVan(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/** Only an app path: `/gezinnen/1?x`, never `//elders` or `https://…` (no open redirect). */
export function veiligTerug(waarde: unknown): string {
  return typeof waarde === "string" && waarde.startsWith("/") && !waarde.startsWith("//") && !waarde.startsWith("/\\") && waarde.length <= 500 ? waarde : "/";
}

/**
 * Signing in to the app. The gateway keeps the user token in its own session
 * and gives the browser only an httpOnly, SameSite=strict cookie with the
 * session's random id: no token is ever in the page or in localStorage.
 * Signing out deletes the session. State-changing calls need a JSON body and,
 * when the browser sends an Origin, this gateway's own.
 */
export function useAanmelden(opties: AanmeldOpties): Aanmelden {
  const { keys, logger } = opties;
  const sessies = opties.sessies ?? new Sessies();
  const demoKan = !!keys.userTokenSigningKey && !keys.production;
  const demo = opties.demo === false || !demoKan ? undefined : opties.demo ?? demoPersonen();
  const instellingen = opties.oidc === null ? undefined : opties.oidc ?? oidcUitOmgeving();
  const oidc = instellingen ? new OidcClient(instellingen, keys.audience) : undefined;
  const veilig = opties.veiligeCookie ?? (process.env.NODE_ENV === "production" || process.env.GEZINSBEELD_COOKIE_SECURE === "1");
  const SESSIE = veilig ? "__Host-gezinsbeeld-sessie" : "gezinsbeeld-sessie";
  const AANMELDING = veilig ? "__Secure-gezinsbeeld-aanmelding" : "gezinsbeeld-aanmelding";
  const lopend = new Map<string, LopendeAanmelding>();

  const sessieId = (req: Request): string | undefined => leesCookies(req.headers.cookie ?? "")[SESSIE];
  const zetSessie = (res: Response, id: string, verloopt: Date): void => {
    res.append("set-cookie", cookie(SESSIE, id, { httpOnly: true, sameSite: "strict", secure: veilig, path: "/", expires: verloopt }));
  };
  const wisSessie = (res: Response): void => {
    res.append("set-cookie", cookie(SESSIE, "", { httpOnly: true, sameSite: "strict", secure: veilig, path: "/", maxAge: 0 }));
  };
  /** A new session always gets a new id (no session fixation); the old one ends. */
  const begin = (req: Request, res: Response, sessie: Sessie): void => {
    sessies.beeindig(sessieId(req));
    zetSessie(res, sessies.begin(sessie), sessie.verloopt);
    logger.info({ event: "aanmelding", wijze: sessie.wijze, userId: sessie.principal.userId, organisatie: sessie.principal.organisatie, rol: sessie.principal.rol }, "signed in");
  };
  const sessieVan = async (token: string, wijze: Sessie["wijze"], naam: string | null, idToken?: string): Promise<Sessie> => {
    const principal: Principal = await verifyUserToken(token, keys);
    const exp = decodeJwt(token).exp;
    return { token, principal, naam, verloopt: new Date((exp ?? 0) * 1000), wijze, ...(idToken ? { idToken } : {}) };
  };
  /** A cross-site page may not sign someone in or out here. */
  const eigenHerkomst: RequestHandler = (req, res, next) => {
    const origin = req.header("origin");
    if (origin && hostVan(origin) !== req.get("host")) return fout(res, 403, "FORBIDDEN", "Dit verzoek komt niet van de gezinsbeeld-app zelf en is geweigerd.");
    if (!req.is("application/json")) return fout(res, 415, "BAD_REQUEST", "Stuur dit verzoek als JSON (content-type application/json).");
    next();
  };

  const router = Router();
  router.use((_req, res, next) => {
    res.set("cache-control", "no-store");
    next();
  });

  /** What the page may know of its session: who, until when, how; never the token. */
  const sessieAntwoord = (req: Request): SessieAntwoord => {
    const sessie = sessies.lees(sessieId(req));
    const aanmeldwijzen = { demo: !!demo, oidc: !!oidc };
    if (!sessie) return { aangemeld: false, aanmeldwijzen };
    const { userId, organisatie, rol, samenwerking } = sessie.principal;
    return {
      aangemeld: true,
      gebruiker: { userId, naam: sessie.naam, organisatie, rol, ...(samenwerking ? { samenwerking } : {}) },
      verloopt: sessie.verloopt.toISOString(),
      wijze: sessie.wijze,
      aanmeldwijzen,
    };
  };
  router.get("/sessie", (req, res) => {
    res.json(sessieAntwoord(req));
  });

  router.get("/demo", (_req, res) => {
    if (!demo) return fout(res, 404, "NOT_FOUND", "Aanmelden als demo-gebruiker kan alleen in een ontwikkelomgeving.");
    res.json(demo);
  });

  router.post("/demo", eigenHerkomst, express.json({ limit: "2kb" }), async (req, res, next) => {
    if (!demo) return fout(res, 404, "NOT_FOUND", "Aanmelden als demo-gebruiker kan alleen in een ontwikkelomgeving.");
    const body = (req.body ?? {}) as { userId?: unknown; bsn?: unknown };
    const medewerker = typeof body.userId === "string" ? demo.medewerkers.find((m) => m.userId === body.userId) : undefined;
    const inwoner = !medewerker && typeof body.bsn === "string" ? demo.inwoners.find((i) => i.bsn === body.bsn) : undefined;
    if (!medewerker && !inwoner) return fout(res, 400, "BAD_USER_INPUT", "Kies een demo-professional of een gezinslid uit de lijst.");
    try {
      const token = await createDevToken(
        medewerker
          ? { org: medewerker.organisatie, rol: medewerker.rol, user: medewerker.userId }
          : { org: null, rol: Rol.INWONER, user: `inwoner-${inwoner!.bsn}`, bsn: inwoner!.bsn },
        keys,
      );
      begin(req, res, await sessieVan(token, "demo", medewerker?.naam ?? inwoner!.naam));
      res.status(204).end();
    } catch (error) {
      next(error);
    }
  });

  router.get("/oidc/start", async (req, res, next) => {
    if (!oidc) return fout(res, 404, "NOT_FOUND", "Aanmelden via OpenID Connect is niet ingesteld.");
    try {
      const { url, state, lopend: aanmelding } = await oidc.begin(veiligTerug(req.query.terug));
      const nu = Date.now();
      for (const [sleutel, oud] of lopend) if (nu - oud.begonnen > LOPEND_MS || lopend.size >= LOPEND_MAXIMUM) lopend.delete(sleutel);
      lopend.set(state, aanmelding);
      // Lax, not strict: the provider's redirect back is a cross-site navigation, and it must carry this cookie.
      res.append("set-cookie", cookie(AANMELDING, state, { httpOnly: true, sameSite: "lax", secure: veilig, path: "/auth/oidc", maxAge: LOPEND_MS / 1000 }));
      res.redirect(302, url.toString());
    } catch (error) {
      logger.warn({ event: "aanmelding_mislukt", wijze: "oidc", err: error }, "OpenID Connect sign-in could not start");
      res.redirect(302, "/?aanmeldfout=provider");
    }
  });

  router.get("/oidc/callback", async (req, res) => {
    if (!oidc) return fout(res, 404, "NOT_FOUND", "Aanmelden via OpenID Connect is niet ingesteld.");
    res.append("set-cookie", cookie(AANMELDING, "", { httpOnly: true, sameSite: "lax", secure: veilig, path: "/auth/oidc", maxAge: 0 }));
    const state = typeof req.query.state === "string" ? req.query.state : undefined;
    const verwacht = leesCookies(req.headers.cookie ?? "")[AANMELDING];
    const aanmelding = state ? lopend.get(state) : undefined;
    if (state) lopend.delete(state);
    // The state must be the one this browser started with: no one can slip their own sign-in into someone else's browser.
    if (!state || !aanmelding || state !== verwacht || Date.now() - aanmelding.begonnen > LOPEND_MS) {
      res.redirect(302, "/?aanmeldfout=verlopen");
      return;
    }
    if (typeof req.query.error === "string") {
      res.redirect(302, `/?aanmeldfout=${req.query.error === "access_denied" ? "geweigerd" : "provider"}`);
      return;
    }
    try {
      const callback = new URL(req.originalUrl, oidc.instellingen.redirectUri);
      const { accessToken, idToken, naam } = await oidc.rondAf(callback, state, aanmelding);
      begin(req, res, await sessieVan(accessToken, "oidc", naam, idToken));
      res.redirect(302, aanmelding.terug);
    } catch (error) {
      const ongeldig = error instanceof IdentityError;
      logger.warn({ event: "aanmelding_mislukt", wijze: "oidc", reden: ongeldig ? error.message : undefined, err: ongeldig ? undefined : error }, "OpenID Connect sign-in failed");
      res.redirect(302, `/?aanmeldfout=${ongeldig ? "token" : "provider"}`);
    }
  });

  router.post("/afmelden", eigenHerkomst, async (req, res) => {
    const sessie = sessies.beeindig(sessieId(req));
    wisSessie(res);
    if (sessie) logger.info({ event: "afmelding", wijze: sessie.wijze, userId: sessie.principal.userId }, "signed out");
    let naar: string | null = null;
    if (sessie?.wijze === "oidc" && oidc) {
      naar = (await oidc.afmeldUrl(sessie.idToken, new URL("/", oidc.instellingen.redirectUri).toString()).catch(() => undefined)) ?? null;
    }
    res.json({ naar });
  });

  const sessieAlsToken: RequestHandler = (req, _res, next) => {
    if (!req.headers.authorization) {
      const sessie = sessies.lees(sessieId(req));
      if (sessie) req.headers.authorization = `Bearer ${sessie.token}`;
    }
    next();
  };

  return { router, sessieAlsToken, sessieAntwoord, sessies, wijzen: { demo: !!demo, oidc: !!oidc } };
}
