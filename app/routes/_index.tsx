import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getUser } from "~/services/auth.server";
import { isStaff } from "~/models/user.server";
import { env } from "~/utils/env.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["home"] };

export const meta: MetaFunction = () => [{ title: "Fasthold – jobcentrets fastholdelsesportal" }];

const FAST_TRACK_FORM = "/virksomhed/fast-track";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  // Staff work from the desk; employers and visitors get the front page with its direct actions.
  if (user && isStaff(user)) return redirect("/jobcenter");
  const { AUTHORITY_NAME, AUTHORITY_PHONE, AUTHORITY_EMAIL } = env();
  return json({
    signedIn: Boolean(user),
    // Signed out: through sign-in, which returns straight to the form.
    fastTrackHref: user ? FAST_TRACK_FORM : `/log-ind?${new URLSearchParams({ redirectTo: FAST_TRACK_FORM })}`,
    authority: { name: AUTHORITY_NAME, phone: AUTHORITY_PHONE, email: AUTHORITY_EMAIL },
  });
}

export default function Index() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.lead")}</p>
      <p className="actions">
        <Link to={data.fastTrackHref} className="button button-primary">
          {t("home.reportSickness")}
        </Link>
      </p>
      <div className="cards">
        <section className="card">
          <h2>{t("home.fastTrack.title")}</h2>
          <p>{t("home.fastTrack.text")}</p>
        </section>
        <section className="card" data-testid="home-guides">
          <h2>{t("home.guides.title")}</h2>
          <p>{t("home.guides.text")}</p>
          <p>
            <Link to="/vejledning/fast-track">{t("home.guides.fastTrack")}</Link>
            <br />
            <Link to="/vejledning">{t("home.guides.all")}</Link>
            <br />
            <Link to="/tilbud">{t("home.guides.services")}</Link>
          </p>
        </section>
        <section className="card">
          <h2>{t("home.promise.title")}</h2>
          <p>{t("home.promise.text")}</p>
        </section>
        <section className="card" data-testid="authority-contact">
          <h2>{t("home.contact.title")}</h2>
          <p>
            <strong>{data.authority.name}</strong>
            <br />
            {t("home.contact.phone")} <a href={`tel:${data.authority.phone.replace(/\s/g, "")}`}>{data.authority.phone}</a>
            <br />
            {t("home.contact.email")} <a href={`mailto:${data.authority.email}`}>{data.authority.email}</a>
          </p>
        </section>
      </div>
      {data.signedIn ? (
        <p className="actions">
          <Link to="/virksomhed" className="button button-secondary">
            {t("home.toCompanyPage")}
          </Link>
        </p>
      ) : (
        <p className="actions">
          <Link to="/log-ind" className="button button-secondary">
            {t("nav.signIn")}
          </Link>{" "}
          <Link to="/opret-virksomhed" className="button button-secondary">
            {t("nav.signUp")}
          </Link>
        </p>
      )}
    </>
  );
}
