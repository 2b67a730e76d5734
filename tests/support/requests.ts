import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";

const base = "http://localhost:3999";

export function formRequest(path: string, fields: Record<string, string>, cookie?: string): Request {
  const body = new URLSearchParams(fields);
  return new Request(`${base}${path}`, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}) },
  });
}

export function getRequest(path: string, cookie?: string): Request {
  return new Request(`${base}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

type Args = { params?: Record<string, string>; ip?: string };

/** Calls a route's action the way Remix does; a thrown Response is returned, not thrown. */
export async function callAction(
  action: (args: ActionFunctionArgs) => Promise<Response>,
  request: Request,
  { params = {}, ip = "203.0.113.7" }: Args = {},
): Promise<Response> {
  try {
    return await action({ request, params, context: { clientIp: ip } });
  } catch (e) {
    if (e instanceof Response) return e;
    throw e;
  }
}

export async function callLoader(
  loader: (args: LoaderFunctionArgs) => Promise<Response | null>,
  request: Request,
  { params = {}, ip = "203.0.113.7" }: Args = {},
): Promise<Response> {
  try {
    const result = await loader({ request, params, context: { clientIp: ip } });
    return result ?? new Response(null, { status: 204 });
  } catch (e) {
    if (e instanceof Response) return e;
    throw e;
  }
}

export async function jsonOf<T = any>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
