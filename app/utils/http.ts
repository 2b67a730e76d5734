/** Answers 404: what a missing id, and another scope's id, get alike. */
export function notFound(): never {
  throw new Response("Not Found", { status: 404 });
}
