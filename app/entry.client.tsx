import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";

declare global {
  interface Window {
    __remixContext?: { state?: { loaderData?: { root?: { messages?: unknown } } } };
  }
}

// The page's texts come with the root loader's data (useT() in app/utils/i18n.ts); the browser has no
// dictionary. A page without root data (an address no route matches, or a failed root loader) was
// rendered by the server from its full dictionary and stays as it is: it works without JavaScript.
if (window.__remixContext?.state?.loaderData?.root?.messages) {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  });
}
