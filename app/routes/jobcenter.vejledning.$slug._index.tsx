import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert } from "~/components/forms";
import { GuideEditor } from "~/components/guideEditor";
import { guideIn, guideToValues, parseGuideForm } from "~/domain/guideForm";
import { requireStaff } from "~/services/auth.server";
import { editGuide, staffGuide } from "~/services/guides.server";
import { formValues, type FormFailure } from "~/utils/forms";
import { readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { Markdown } from "~/utils/markdown";

export const handle: I18nHandle = { i18n: ["guides", "newsletter.issue", "plan.remove"] };

export const meta: MetaFunction = () => [{ title: "Rediger vejledning – Fasthold" }];

async function guideOr404(request: Request, slug: string | undefined) {
  const staff = await requireStaff(request);
  const guide = await staffGuide(slug ?? "");
  if (!guide) throw new Response("Not Found", { status: 404 });
  return { staff, guide };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { guide } = await guideOr404(request, params.slug);
  return json({ slug: guide.slug, status: guide.status, version: guide.version, values: guideToValues(guide.content, guide.version, guide.status) });
}

type EditorAnswer = FormFailure & { preview?: ReturnType<typeof guideIn> };

/** Preview renders what was typed with the public renderer and saves nothing; save writes a new version. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { staff, guide } = await guideOr404(request, params.slug);
  const { t, lang } = await getT(request);
  const values = formValues(await readFormData(request));
  const intent = values.intent === "preview" ? "preview" : values.intent === "save" ? "save" : null;
  if (!intent) return json<EditorAnswer>({ errors: { _form: t("error.invalid") }, values }, { status: 400 });
  const parsed = parseGuideForm(values, t);
  if (!parsed.ok) return json<EditorAnswer>({ errors: parsed.errors, values }, { status: 400 });
  if (intent === "preview") return json<EditorAnswer>({ errors: {}, values, preview: guideIn(parsed.data.content, lang) });
  const result = await editGuide(staff, guide.slug, parsed.data);
  if (!result.ok && result.error === "conflict") {
    // Someone saved in between: what was typed stays, now based on the newer version, to be saved on purpose.
    const current = await staffGuide(guide.slug);
    return json<EditorAnswer>(
      {
        errors: {},
        formError: t("guides.error.conflict", { n: current?.version ?? guide.version }),
        values: { ...values, basedOn: String(current?.version ?? guide.version) },
      },
      { status: 409 },
    );
  }
  if (!result.ok) throw new Response("Not Found", { status: 404 });
  return redirect(`/jobcenter/vejledning/${guide.slug}?gemt=${result.version}`);
}

export default function EditGuide() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [search] = useSearchParams();
  const saved = search.get("gemt");
  return (
    <>
      <p>
        <Link to="/jobcenter/vejledning">← {t("guides.staff.title")}</Link>
      </p>
      <h1>{t("guides.edit.title", { title: data.values.title_da })}</h1>
      <p>
        {t("guides.staff.version", { n: data.version })} · <Link to={`/jobcenter/vejledning/${data.slug}/historik`}>{t("guides.history.title")}</Link> ·{" "}
        <a href={`/vejledning/${data.slug}`} target="_blank" rel="noopener">
          {t("guides.edit.public")}
          <span className="sr-only"> {t("guides.newTab")}</span>
        </a>
      </p>
      {saved ? (
        <Alert variant="success" role="status">
          <p>{t("guides.edit.saved", { n: saved })}</p>
        </Alert>
      ) : null}
      {answer?.formError ? (
        <Alert variant="warning" role="alert">
          <p>{answer.formError}</p>
        </Alert>
      ) : null}
      {answer?.preview ? (
        <section className="guide-preview" aria-labelledby="preview-h" data-testid="guide-preview">
          <h2 id="preview-h">{t("guides.edit.previewTitle")}</h2>
          <Alert variant="info">
            <p>{t("guides.edit.previewNotSaved")}</p>
          </Alert>
          <p className="h3">{answer.preview.title}</p>
          <p className="lead">{answer.preview.summary}</p>
          {answer.preview.sections.map((s) => (
            <div key={s.anchor}>
              <p className="h4">{s.heading}</p>
              <Markdown source={s.markdown} />
            </div>
          ))}
        </section>
      ) : null}
      <GuideEditor key={answer?.values.basedOn ?? data.version} values={data.values} failure={answer ?? null} />
    </>
  );
}
