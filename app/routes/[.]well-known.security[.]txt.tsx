import { authority, env } from "~/utils/env.server";
import { now } from "~/utils/clock";

/**
 * RFC 9116: where to report a vulnerability. The contact is the responsible
 * authority's address (SECURITY_CONTACT overrides it); Expires is always a
 * year ahead, so the file never goes stale while the portal runs.
 */
export function loader() {
  const contact = process.env.SECURITY_CONTACT || `mailto:${authority().email}`;
  const expires = new Date(now().getTime() + 365 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  const body = [
    `Contact: ${contact}`,
    `Expires: ${expires}`,
    "Preferred-Languages: da, en",
    `Canonical: ${env().APP_URL}/.well-known/security.txt`,
    `Policy: ${env().APP_URL}/privatliv`,
    "",
  ].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" } });
}
