import type { Request, RequestHandler, Response } from "express";
import { bearerToken, unauthenticatedBody } from "../identity/bearerToken";
import { IdentityError } from "../identity/IdentityError";

/** What {@link bearerAuthentication} leaves for the request's later handlers. */
export interface Authenticated<T> {
  /** What the verifier made of the token (the principal, …). */
  identity: T;
  /** The token itself, e.g. to send on to another service on the caller's behalf. */
  token: string;
}

const LOCALS_KEY = "gezinsbeeldAuthenticated";

/**
 * Express middleware that lets a request through only with a bearer token
 * `verify` accepts. Anything else is answered here, before any body is parsed
 * or any GraphQL executed: HTTP 401 (503 when the keys were unavailable) with a
 * GraphQL error response `{ errors: [{ message, extensions: { code:
 * "UNAUTHENTICATED" } }] }` and a `WWW-Authenticate: Bearer` header. Read the
 * result with {@link authenticated}.
 */
export function bearerAuthentication<T>(verify: (token: string, req: Request, res: Response) => Promise<T>): RequestHandler {
  return async (req, res, next) => {
    try {
      const token = bearerToken(req.header("authorization"));
      const identity = await verify(token, req, res);
      res.locals[LOCALS_KEY] = { identity, token } satisfies Authenticated<T>;
      next();
    } catch (error) {
      if (error instanceof IdentityError) {
        res
          .status(error.status)
          .set("www-authenticate", error.reason === "MISSING" ? 'Bearer realm="gezinsbeeld"' : 'Bearer realm="gezinsbeeld", error="invalid_token"')
          .set("cache-control", "no-store")
          .json(unauthenticatedBody(error));
        return;
      }
      next(error);
    }
  };
}

/**
 * The verified identity of a request that passed {@link bearerAuthentication}.
 *
 * @throws when the request did not pass it: a handler mounted without it is a bug, never anonymous access
 */
export function authenticated<T>(res: Response): Authenticated<T> {
  const value = res.locals[LOCALS_KEY] as Authenticated<T> | undefined;
  if (!value) throw new Error("Request reached a handler without bearer authentication.");
  return value;
}
