import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { TabLink, TabNav } from "~/components/dkfds";
import { DateTime, DeadlineBadge } from "~/components/time";
import { db } from "~db/index";
import { Pager } from "~/components/pager";
import { pageLinks } from "~/domain/cursor";
import { pageRequestOf } from "~/domain/cursor.server";
import { deskCounts, listDesk, type DeskView } from "~/models/inquiry.server";
import { requireStaff } from "~/services/auth.server";
import { now, nowIso } from "~/utils/clock";
import { useT, type MessageKey, type I18nHandle } from "~/utils/i18n";
import { deskQuerySchema } from "~/schemas/jobcenter.server";

export const handle: I18nHandle = { i18n: ["desk", "inbox", "inquiry"] };

export const meta: MetaFunction = () => [{ title: "Henvendelser – Fasthold" }];

const views = { mine: "mine", ufordelt: "unassigned", team: "team" } as const satisfies Record<string, DeskView>;
const statuses = { aabne: "open", besvarede: "answered", lukkede: "closed" } as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const params = new URL(request.url).searchParams;
  const query = deskQuerySchema.parse(Object.fromEntries(params));
  const counts = await deskCounts(db, staff.id, now());
  // Open where the work is: with nothing of one's own, the unassigned ones; a view in the URL wins.
  const visning = query.visning ?? (counts.mine.total === 0 && counts.unassigned.total > 0 ? "ufordelt" : "mine");
  const page = await listDesk(
    db,
    { view: views[visning], staffId: staff.id, status: statuses[query.status], company: query.virksomhed, kind: query.type },
    pageRequestOf(params),
  );
  // The open views' sizes are the tab counts; the others are not counted (that would read the history).
  const total = query.status === "aabne" && !query.virksomhed && !query.type ? counts[views[visning]].total : null;
  return json({
    now: nowIso(),
    query: { ...query, visning },
    inquiries: page.rows,
    pager: { from: page.from, to: page.to, total, ...pageLinks(params, page) },
    counts,
    isTeamLead: staff.role === "team_lead",
  });
}

export default function Desk() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const { query } = data;
  const tab = (key: keyof typeof views, label: MessageKey, count: { total: number; overdue: number; soon: number }) => {
    const params = new URLSearchParams({ visning: key });
    const current = query.visning === key;
    return (
      <TabLink to={`/jobcenter?${params}`} current={current}>
        {t(label)} <span className="tab-count">({count.total})</span>{" "}
        <span className="tab-count" data-testid={`desk-tab-deadlines-${key}`}>
          {t("desk.tabDeadlines", { overdue: count.overdue, soon: count.soon })}
        </span>
      </TabLink>
    );
  };
  return (
    <>
      <h1>{t("inbox.title")}</h1>
      <p className="lead">{t("inbox.lead")}</p>
      <TabNav label={t("desk.views")}>
        {tab("mine", "desk.view.mine", data.counts.mine)}
        {tab("ufordelt", "desk.view.unassigned", data.counts.unassigned)}
        {tab("team", "desk.view.team", data.counts.team)}
      </TabNav>

      <Form method="get" className="filters">
        <input type="hidden" name="visning" value={query.visning} />
        <div className="filter">
          <label htmlFor="filter-status" className="form-label">
            {t("desk.filter.status")}
          </label>
          <select id="filter-status" name="status" defaultValue={query.status} className="form-select">
            <option value="aabne">{t("desk.status.open")}</option>
            <option value="besvarede">{t("desk.status.answered")}</option>
            <option value="lukkede">{t("desk.status.closed")}</option>
          </select>
        </div>
        <div className="filter">
          <label htmlFor="filter-company" className="form-label">
            {t("desk.filter.companySearch")}
          </label>
          <input id="filter-company" name="virksomhed" type="search" defaultValue={query.virksomhed ?? ""} className="form-input" maxLength={100} />
        </div>
        <div className="filter">
          <label htmlFor="filter-kind" className="form-label">
            {t("desk.filter.kind")}
          </label>
          <select id="filter-kind" name="type" defaultValue={query.type ?? ""} className="form-select">
            <option value="">{t("desk.filter.all")}</option>
            <option value="fast_track">{t("inquiry.kind.fast_track")}</option>
            <option value="general">{t("inquiry.kind.general")}</option>
            <option value="plan_comment">{t("inquiry.kind.plan_comment")}</option>
            <option value="placement">{t("inquiry.kind.placement")}</option>
            <option value="service">{t("inquiry.kind.service")}</option>
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          {t("desk.filter.apply")}
        </button>
      </Form>

      {data.inquiries.length === 0 ? (
        <p>{t("inbox.empty")}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--responsive-headers">
            <caption className="visually-hidden">{t("inbox.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("inbox.col.timeLeft")}</th>
                <th scope="col">{t("inbox.col.subject")}</th>
                <th scope="col">{t("inbox.col.company")}</th>
                <th scope="col">{t("inbox.col.received")}</th>
                <th scope="col">{t("inbox.col.due")}</th>
                <th scope="col">{t("inbox.col.assignee")}</th>
              </tr>
            </thead>
            <tbody>
              {data.inquiries.map((i) => (
                <tr key={i.id} data-testid="desk-inquiry">
                  <td data-title={t("inbox.col.timeLeft")}>
                    <DeadlineBadge dueAt={i.due_at} now={data.now} answeredAt={i.first_answered_at} />
                  </td>
                  <td data-title={t("inbox.col.subject")}>
                    <Link to={`/jobcenter/henvendelser/${i.id}`}>{i.subject}</Link>
                    <br />
                    <span className="muted">{t(`inquiry.kind.${i.kind}`)}</span>
                  </td>
                  <td data-title={t("inbox.col.company")}>{i.company_name}</td>
                  <td data-title={t("inbox.col.received")}>
                    <DateTime iso={i.received_at} />
                  </td>
                  <td data-title={t("inbox.col.due")}>
                    <DateTime iso={i.due_at} />
                  </td>
                  <td data-title={t("inbox.col.assignee")}>{i.assignee_name ?? t("inbox.unassigned")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager {...data.pager} />
    </>
  );
}
