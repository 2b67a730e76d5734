import "@remix-run/node";
import type { ServerBuild } from "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce?: string;
    clientIp?: string;
    /** The server build's routes (server.js): the root loader matches the address against them to send the page's texts. */
    routes?: ServerBuild["routes"];
  }
}
