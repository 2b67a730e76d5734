import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
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
import { SubmissionGuard } from "~/components/forms";
import { getUser } from "~/services/auth.server";
import { getEmployee } from "~/services/employeeAccess.server";
import { isStaff } from "~/models/user.server";
import { authority, usesLocalMailbox } from "~/utils/env.server";
import { getLang, pageMessages } from "~/utils/i18n.server";
import { useT, type I18nHandle, type Lang, type Translate } from "~/utils/i18n";
import { useNonce } from "~/utils/nonce";

export const links: LinksFunction = () => [
  // Det Fælles Designsystem (virk.dk theme), copied from the dkfds package into public/ at build time (scripts/copy-dkfds.mjs).
  { rel: "stylesheet", href: "/dkfds/css/dkfds-virkdk.min.css" },
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Fasthold" }];

/**
 * The texts every page is sent (useT() reads the page's texts from this loader's `messages`): the
 * layout's (header, menu, footer, error page) and the shared components' (forms and the error summary,
 * date fields, steps, pager, dates and deadlines). A route adds its own in its `handle.i18n`.
 */
export const handle: I18nHandle = {
  i18n: [
    "brand",
    "nav",
    "header",
    "footer",
    "a11y.title",
    "privacy.title",
    "guides.title",
    "services.title",
    "newsletter.archive.title",
    "meetings.title",
    "audit.title",
    "figures.nav",
    "error",
    "form",
    "alert",
    "field",
    "charLimit",
    "steps",
    "pager",
    "period",
    "deadline",
    // The shared form helpers' messages (app/utils/forms.ts).
    "signIn.codeFormat",
  ],
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [user, lang] = await Promise.all([getUser(request), getLang(request)]);
  const employee = user ? null : await getEmployee(request);
  return json({
    lang,
    // The texts of this page (the root's and the matched routes' handle.i18n), in its language.
    messages: pageMessages(lang, request, context.routes),
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
    authority: authority(),
  });
}

/** Another page needs other texts: the root loader runs again on every navigation to another path (and, as always, after actions and when the search changes). */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname || defaultShouldRevalidate;

type RootData = ReturnType<typeof useLoaderData<typeof loader>>;

/** One entry of the main menu; the current page is marked for DKFDS (`active current`) and for assistive technology (`aria-current`). */
function MenuItem({ to, end, children }: { to: string; end?: boolean; children: ReactNode }) {
  const { pathname } = useLocation();
  const active = pathname === to || (!end && pathname.startsWith(`${to}/`));
  return (
    <li className={active ? "active current" : undefined}>
      <NavLink to={to} end={end} className="nav-link">
        <span>{children}</span>
      </NavLink>
    </li>
  );
}

const telHref = (phone: string) => `tel:${phone.replace(/[^+\d]/g, "")}`;

/** DKFDS header: the user bar, the solution with its authority, and the main menu (one scrolling row on a phone). */
function Header({ data }: { data: RootData | undefined }) {
  const { t, lang } = useT();
  const location = useLocation();
  const user = data?.user;
  const authority = data?.authority;
  const other: Lang = lang === "da" ? "en" : "da";
  return (
    <header className="header">
      <div className="portal-bar">
        <div className="container portal-bar-inner">
          {user ? (
            <Form method="post" action="/log-ud" className="portal-bar-user">
              <span className="user-name">
                {user.name}
                {user.companyName ? `, ${user.companyName}` : ""}
              </span>
              <button type="submit" className="function-link">
                {t("nav.signOut")}
              </button>
            </Form>
          ) : data?.employee ? (
            <Form method="post" action="/medarbejder/log-ud" className="portal-bar-user">
              <span className="user-name">{data.employee.name}</span>
              <button type="submit" className="function-link">
                {t("nav.signOut")}
              </button>
            </Form>
          ) : null}
          <Form method="post" action="/sprog" reloadDocument>
            <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
            <button type="submit" name="lang" value={other} className="function-link" lang={other}>
              {other === "en" ? "English" : "Dansk"}
            </button>
          </Form>
        </div>
      </div>
      <div className="solution-info">
        <div className="solution-info-inner container">
          <div>
            <div className="solution-heading">
              <Link to="/" aria-label={`Fasthold, ${t("header.home")}`}>
                Fasthold
              </Link>
            </div>
            <p className="solution-sub">{t("brand.sub")}</p>
          </div>
          {authority ? (
            <div className="additional-info">
              <p>
                <strong className="authority-name">{authority.name}</strong>
              </p>
              <p>
                {t("header.phone")} <a href={telHref(authority.phone)}>{authority.phone}</a>
                <br />
                <a href={`mailto:${authority.email}`}>{authority.email}</a>
              </p>
            </div>
          ) : null}
        </div>
      </div>
      <div className="navigation-menu">
        <div className="navigation-menu-inner container">
          <nav className="nav" aria-label={t("nav.label")}>
            <ul className="mainmenu">
              {user?.staff ? (
                <>
                  <MenuItem to="/jobcenter" end>
                    {t("nav.inbox")}
                  </MenuItem>
                  <MenuItem to="/jobcenter/opfoelgning">{t("nav.followUp")}</MenuItem>
                  <MenuItem to="/jobcenter/planer">{t("nav.plans")}</MenuItem>
                  <MenuItem to="/jobcenter/tider">{t("meetings.title")}</MenuItem>
                  <MenuItem to="/jobcenter/praktik">{t("nav.praktik")}</MenuItem>
                  <MenuItem to="/jobcenter/nyhedsbrev">{t("nav.newsletter")}</MenuItem>
                  <MenuItem to="/jobcenter/virksomheder">{t("nav.companies")}</MenuItem>
                  <MenuItem to="/jobcenter/tilbud">{t("nav.services")}</MenuItem>
                  <MenuItem to="/jobcenter/vejledning">{t("nav.guides")}</MenuItem>
                  {user.role === "team_lead" ? <MenuItem to="/jobcenter/rapport">{t("nav.report")}</MenuItem> : null}
                  {user.role === "team_lead" ? <MenuItem to="/jobcenter/revision">{t("audit.title")}</MenuItem> : null}
                  <MenuItem to="/jobcenter/noegletal">{t("figures.nav")}</MenuItem>
                  <MenuItem to="/jobcenter/profil">{t("nav.profile")}</MenuItem>
                </>
              ) : data?.employee ? (
                <MenuItem to="/medarbejder" end>
                  {t("nav.employeeHome")}
                </MenuItem>
              ) : user ? (
                <>
                  <MenuItem to="/virksomhed" end>
                    {t("nav.cases")}
                  </MenuItem>
                  <MenuItem to="/virksomhed/henvendelser">{t("nav.inquiries")}</MenuItem>
                  <MenuItem to="/virksomhed/praktik">{t("nav.praktik")}</MenuItem>
                  <MenuItem to="/virksomhed/fast-track">{t("nav.fastTrack")}</MenuItem>
                  <MenuItem to="/virksomhed/tilbud">{t("nav.serviceRequests")}</MenuItem>
                  <MenuItem to="/kontakt">{t("nav.contact")}</MenuItem>
                  <MenuItem to="/virksomhed/profil">{t("nav.profile")}</MenuItem>
                </>
              ) : (
                <>
                  <MenuItem to="/log-ind">{t("nav.signIn")}</MenuItem>
                  <MenuItem to="/opret-virksomhed">{t("nav.signUp")}</MenuItem>
                  <MenuItem to="/vejledning">{t("nav.guides")}</MenuItem>
                  <MenuItem to="/kontakt">{t("nav.contact")}</MenuItem>
                </>
              )}
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}

/** DKFDS footer: the responsible authority, how to reach it, and the statements every public solution links to. */
function Footer({ data, t }: { data: RootData | undefined; t: Translate }) {
  const authority = data?.authority;
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <div className="row">
            <div className="col-12 col-md-4 footer-col">
              <section>
                <h2 className="h5">{t("footer.responsible")}</h2>
                {authority ? (
                  <p>
                    <strong>{authority.name}</strong>
                    <br />
                    {t("header.phone")} <a href={telHref(authority.phone)}>{authority.phone}</a>
                    <br />
                    <a href={`mailto:${authority.email}`}>{authority.email}</a>
                  </p>
                ) : null}
              </section>
            </div>
            <div className="col-12 col-md-4 footer-col">
              <section>
                <h2 className="h5">Fasthold</h2>
                <p>{t("footer.about")}</p>
              </section>
            </div>
            <div className="col-12 col-md-4 footer-col">
              <section>
                <h2 className="h5">{t("footer.links")}</h2>
                <ul className="unstyled-list">
                  <li>
                    <Link to="/tilgaengelighed">{t("a11y.title")}</Link>
                  </li>
                  <li>
                    <Link to="/privatliv">{t("privacy.title")}</Link>
                  </li>
                  <li>
                    <Link to="/vejledning">{t("guides.title")}</Link>
                  </li>
                  <li>
                    <Link to="/tilbud">{t("services.title")}</Link>
                  </li>
                  <li>
                    <Link to="/nyhedsbrev">{t("footer.newsletter")}</Link>
                  </li>
                  <li>
                    <Link to="/nyhedsbrev/arkiv">{t("newsletter.archive.title")}</Link>
                  </li>
                  {data?.mailbox ? (
                    <li>
                      <Link to="/dev/mailbox">{t("footer.mailbox")}</Link>
                    </li>
                  ) : null}
                </ul>
              </section>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}

function Document({ children, lang, data }: { children: ReactNode; lang: Lang; data: RootData | undefined }) {
  const nonce = useNonce();
  const { t } = useT();
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a href="#main" className="skipnav">
          {t("nav.skip")}
        </a>
        <Header data={data} />
        <main id="main" className="container page-container" tabIndex={-1}>
          {children}
        </main>
        <Footer data={data} t={t} />
        <SubmissionGuard />
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
  const { t, lang } = useT();
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
