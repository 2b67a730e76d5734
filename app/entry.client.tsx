import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { registerDictionary } from "~/utils/i18n";

// The English dictionary is its own chunk, fetched only for a page served in English, before hydration.
const ready = document.documentElement.lang === "en" ? import("~/locales/en").then(({ en }) => registerDictionary("en", en)) : Promise.resolve();

ready.then(() =>
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  }),
);
