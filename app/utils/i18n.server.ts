import { createCookie } from "@remix-run/node";
import { translator, type Lang, type Translate } from "./i18n";

export const langCookie = createCookie("lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

/** Danish unless the user chose English. */
export async function getLang(request: Request): Promise<Lang> {
  const value = await langCookie.parse(request.headers.get("Cookie"));
  return value === "en" ? "en" : "da";
}

export async function getT(request: Request): Promise<{ t: Translate; lang: Lang }> {
  const lang = await getLang(request);
  return { t: translator(lang), lang };
}
