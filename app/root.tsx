import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import stylesHref from "~/styles/app.css";
import { getUser } from "~/services/auth.server";
import { getEmployee } from "~/services/employeeAccess.server";
import { isStaff } from "~/models/user.server";
import { usesLocalMailbox } from "~/utils/env.server";
import { getLang } from "~/utils/i18n.server";
import { translator, useT, type Lang } from "~/utils/i18n";
import { useNonce } from "~/utils/nonce";

export const links: LinksFunction = () => [
  // Det Fælles Designsystem (virk.dk theme), copied from the dkfds package into public/ at build time (scripts/copy-dkfds.mjs).
  { rel: "stylesheet", href: "/dkfds/css/dkfds-virkdk.min.css" },
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const [user, lang] = await Promise.all([getUser(request), getLang(request)]);
  const employee = user ? null : await getEmployee(request);
  return json({
    lang,
    employee: employee ? { name: employee.name } : null,
    user: user
      ? {
          name: user.name,
          role: user.role,
          staff: isStaff(user),
          companyName: user.companyName,
          companyVerified: user.companyVerified,
        }
      : null,
    mailbox: usesLocalMailbox(),
  });
}

type RootData = ReturnType<typeof useLoaderData<typeof loader>>;

function Header({ data }: { data: RootData | undefined }) {
  const { t, lang } = useT();
  const location = useLocation();
  const user = data?.user;
  const other: Lang = lang === "da" ? "en" : "da";
  return (
    <header className="site-header">
      <div className="container header-row">
        <Link to="/" className="brand">
          Fasthold <span className="brand-sub">{t("brand.sub")}</span>
        </Link>
        <nav aria-label={t("nav.label")}>
          <ul className="nav-list">
            {user?.staff ? (
              <>
                <li>
                  <NavLink to="/jobcenter" end>
                    {t("nav.inbox")}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/jobcenter/planer">{t("nav.plans")}</NavLink>
                </li>
                <li>
                  <NavLink to="/jobcenter/praktik">{t("nav.praktik")}</NavLink>
                </li>
                <li>
                  <NavLink to="/jobcenter/nyhedsbrev">{t("nav.newsletter")}</NavLink>
                </li>
                <li>
                  <NavLink to="/jobcenter/virksomheder">{t("nav.companies")}</NavLink>
                </li>
                {user.role === "team_lead" ? (
                  <li>
                    <NavLink to="/jobcenter/rapport">{t("nav.report")}</NavLink>
                  </li>
                ) : null}
                <li>
                  <NavLink to="/jobcenter/profil">{t("nav.profile")}</NavLink>
                </li>
              </>
            ) : data?.employee ? (
              <li>
                <NavLink to="/medarbejder" end>
                  {t("nav.employeeHome")}
                </NavLink>
              </li>
            ) : user ? (
              <>
                <li>
                  <NavLink to="/virksomhed" end>
                    {t("nav.cases")}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/virksomhed/henvendelser">{t("nav.inquiries")}</NavLink>
                </li>
                <li>
                  <NavLink to="/virksomhed/praktik">{t("nav.praktik")}</NavLink>
                </li>
                <li>
                  <NavLink to="/virksomhed/fast-track">{t("nav.fastTrack")}</NavLink>
                </li>
                <li>
                  <NavLink to="/kontakt">{t("nav.contact")}</NavLink>
                </li>
                <li>
                  <NavLink to="/virksomhed/profil">{t("nav.profile")}</NavLink>
                </li>
              </>
            ) : (
              <>
                <li>
                  <NavLink to="/log-ind">{t("nav.signIn")}</NavLink>
                </li>
                <li>
                  <NavLink to="/opret-virksomhed">{t("nav.signUp")}</NavLink>
                </li>
                <li>
                  <NavLink to="/kontakt">{t("nav.contact")}</NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
        <div className="header-tools">
          <Form method="post" action="/sprog" className="inline-form">
            <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
            <button type="submit" name="lang" value={other} className="link-button" lang={other}>
              {other === "en" ? "English" : "Dansk"}
            </button>
          </Form>
          {user ? (
            <Form method="post" action="/log-ud" className="inline-form">
              <span className="user-name">
                {user.name}
                {user.companyName ? `, ${user.companyName}` : ""}
              </span>{" "}
              <button type="submit" className="link-button">
                {t("nav.signOut")}
              </button>
            </Form>
          ) : data?.employee ? (
            <Form method="post" action="/medarbejder/log-ud" className="inline-form">
              <span className="user-name">{data.employee.name}</span>{" "}
              <button type="submit" className="link-button">
                {t("nav.signOut")}
              </button>
            </Form>
          ) : null}
        </div>
      </div>
    </header>
  );
}

function Document({ children, lang, data }: { children: ReactNode; lang: Lang; data: RootData | undefined }) {
  const nonce = useNonce();
  const t = translator(lang);
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a href="#main" className="skip-link">
          {t("nav.skip")}
        </a>
        <Header data={data} />
        <main id="main" className="container" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>{t("footer.about")}</p>
            <p>
              <Link to="/nyhedsbrev">{t("footer.newsletter")}</Link> · <Link to="/nyhedsbrev/arkiv">{t("newsletter.archive.title")}</Link>
            </p>
            {data?.mailbox ? (
              <p>
                <Link to="/dev/mailbox">{t("footer.mailbox")}</Link>
              </p>
            ) : null}
          </div>
        </footer>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const data = useLoaderData<typeof loader>();
  return (
    <Document lang={data.lang} data={data}>
      <Outlet />
    </Document>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRouteLoaderData<typeof loader>("root");
  const lang: Lang = data?.lang ?? "da";
  const t = translator(lang);
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const title = status === 404 ? t("error.notFound.title") : status < 500 ? t("error.badRequest.title") : t("error.server.title");
  const text = status === 404 ? t("error.notFound.text") : status < 500 ? t("error.badRequest.text") : t("error.server.text");
  return (
    <Document lang={lang} data={data}>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <Link to="/">{t("error.home")}</Link>
      </p>
    </Document>
  );
}
