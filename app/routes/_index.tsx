import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { getUser } from "~/services/auth.server";
import { isStaff } from "~/models/user.server";
import { useT } from "~/utils/i18n";

export const meta: MetaFunction = () => [{ title: "Fasthold – jobcentrets fastholdelsesportal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (user) return redirect(isStaff(user) ? "/jobcenter" : "/virksomhed");
  return null;
}

export default function Index() {
  const { t } = useT();
  return (
    <>
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.lead")}</p>
      <div className="cards">
        <section className="card">
          <h2>{t("home.fastTrack.title")}</h2>
          <p>{t("home.fastTrack.text")}</p>
        </section>
        <section className="card">
          <h2>{t("home.promise.title")}</h2>
          <p>{t("home.promise.text")}</p>
        </section>
      </div>
      <p className="actions">
        <Link to="/log-ind" className="button button-primary">
          {t("nav.signIn")}
        </Link>{" "}
        <Link to="/opret-virksomhed" className="button button-secondary">
          {t("nav.signUp")}
        </Link>
      </p>
    </>
  );
}
