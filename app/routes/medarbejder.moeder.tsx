import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { BookingSection, MeetingList, type Failure, MeetingDoneNotice } from "~/components/meetings";
import { getEmployee } from "~/services/employeeAccess.server";
import { handleMeetingAction, meetingKindQuery } from "~/services/meetingActions.server";
import { meetingsForCase, moveSlotsFor, slotsForCase, type MeetingParty } from "~/services/meetings.server";
import { readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["meetings"] };

export const meta: MetaFunction = () => [{ title: "Dine møder – Fasthold" }];

async function requireEmployee(request: Request) {
  const employee = await getEmployee(request);
  // Without a session the employee needs their personal link again; nothing here reveals anything.
  if (!employee) throw new Response("Not Found", { status: 404 });
  return employee;
}

/** The employee's meetings, from their link (signed in with the emailed code): answer, book, move, cancel, read the referat. */
export async function loader({ request }: LoaderFunctionArgs) {
  const employee = await requireEmployee(request);
  const party: MeetingParty = { kind: "employee", caseId: employee.caseId };
  const view = await meetingsForCase(party, employee.caseId);
  if (!view) throw new Response("Not Found", { status: 404 });
  const { type } = meetingKindQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const moveSlots = await moveSlotsFor(party, employee.caseId, view.meetings);
  const bookSlots = type && view.caseOpen ? await slotsForCase(party, employee.caseId, type) : null;
  return json({ ...view, kind: type ?? null, slots: bookSlots?.slots ?? null, moveSlots });
}

export async function action({ request }: ActionFunctionArgs) {
  const employee = await requireEmployee(request);
  const { t } = await getT(request);
  return handleMeetingAction({ kind: "employee", caseId: employee.caseId }, employee.caseId, await readFormData(request), t, "/medarbejder/moeder");
}

export default function EmployeeMeetings() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as Failure;
  return (
    <div className="narrow-wide">
      <p>
        <Link to="/medarbejder">← {t("nav.employeeHome")}</Link>
      </p>
      <h1>{t("meetings.employee.title")}</h1>
      <MeetingDoneNotice />
      <MeetingList
        meetings={data.meetings}
        firstConversationDue={data.firstConversationDue}
        cutoffHours={data.cutoffHours}
        moveSlots={data.moveSlots}
        failure={failure}
        employee
      />
      {data.caseOpen ? <BookingSection kind={data.kind} slots={data.slots} failure={failure} /> : <p>{t("meetings.book.closed")}</p>}
    </div>
  );
}
