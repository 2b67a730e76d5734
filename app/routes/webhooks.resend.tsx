import type { ActionFunctionArgs } from "@remix-run/node";
import { handleResendWebhook } from "~/services/newsletter.server";

/** Resend's events (delivered, bounced, complained), verified on the raw body. */
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return new Response("Method Not Allowed", { status: 405 });
  const raw = await request.text();
  if (raw.length > 100_000) return new Response("Payload Too Large", { status: 413 });
  const result = await handleResendWebhook(raw, request.headers);
  return new Response(result.message, { status: result.status, headers: { "Content-Type": "text/plain" } });
}

export async function loader() {
  return new Response("Not Found", { status: 404 });
}
