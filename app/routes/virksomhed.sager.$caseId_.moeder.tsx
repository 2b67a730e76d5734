import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { BookingSection, MeetingList, type Failure, MeetingDoneNotice } from "~/components/meetings";
import { requireEmployer } from "~/services/auth.server";
import { handleMeetingAction, meetingKindQuery } from "~/services/meetingActions.server";
import { meetingsForCase, moveSlotsFor, slotsForCase, type MeetingParty } from "~/services/meetings.server";
import { idParam, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["meetings"] };

export const meta: MetaFunction = () => [{ title: "Møder – Fasthold" }];

const notFound = () => new Response("Not Found", { status: 404 });

/** The employer's meetings for one case: book (incl. the round-table at the workplace), move, cancel, read the referat. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireEmployer(request);
  const caseId = idParam.safeParse(params.caseId);
  if (!caseId.success) throw notFound();
  const party: MeetingParty = { kind: "employer", user };
  const view = await meetingsForCase(party, caseId.data);
  if (!view) throw notFound();
  const { type } = meetingKindQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const moveSlots = await moveSlotsFor(party, caseId.data, view.meetings);
  const bookSlots = type && view.caseOpen ? await slotsForCase(party, caseId.data, type) : null;
  return json({ ...view, kind: type ?? null, slots: bookSlots?.slots ?? null, moveSlots });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireEmployer(request);
  const caseId = idParam.safeParse(params.caseId);
  if (!caseId.success) throw notFound();
  const { t } = await getT(request);
  return handleMeetingAction({ kind: "employer", user }, caseId.data, await readFormData(request), t, `/virksomhed/sager/${caseId.data}/moeder`);
}

export default function EmployerMeetings() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as Failure;
  return (
    <>
      <p>
        <Link to={`/virksomhed/sager/${data.caseId}`}>← {data.employeeName}</Link>
      </p>
      <h1>
        {t("meetings.title")} – {data.employeeName}
      </h1>
      <MeetingDoneNotice />
      <MeetingList
        meetings={data.meetings}
        firstConversationDue={data.firstConversationDue}
        cutoffHours={data.cutoffHours}
        moveSlots={data.moveSlots}
        failure={failure}
      />
      {data.caseOpen ? <BookingSection kind={data.kind} slots={data.slots} failure={failure} /> : <p>{t("meetings.book.closed")}</p>}
    </>
  );
}
