import { createCookie, type Cookie } from "@remix-run/node";
import { env } from "./env.server";
import { en } from "~/locales/en";
import { registerDictionary, translator, type Lang, type Translate } from "./i18n";

registerDictionary("en", en);
export { formatDecimal, translate, translator } from "./i18n";

const langCookies = new Map<boolean, Cookie>();

/** The language cookie; `Secure` when the portal runs over HTTPS (read from APP_URL once the environment is known). */
export function langCookie(): Cookie {
  const secure = env().APP_URL.startsWith("https://");
  let cookie = langCookies.get(secure);
  if (!cookie) {
    cookie = createCookie("lang", { path: "/", sameSite: "lax", httpOnly: true, secure, maxAge: 60 * 60 * 24 * 365 });
    langCookies.set(secure, cookie);
  }
  return cookie;
}

/** The language the request's cookie chose, or null when it chose none (the default applies). */
export async function getLangChoice(request: Request): Promise<Lang | null> {
  const value = await langCookie().parse(request.headers.get("Cookie"));
  return value === "en" || value === "da" ? value : null;
}

/** Danish unless the user chose English. */
export async function getLang(request: Request): Promise<Lang> {
  const value = await langCookie().parse(request.headers.get("Cookie"));
  return value === "en" ? "en" : "da";
}

export async function getT(request: Request): Promise<{ t: Translate; lang: Lang }> {
  const lang = await getLang(request);
  return { t: translator(lang), lang };
}
