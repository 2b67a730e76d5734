import { describe, expect, it } from "vitest";
import { HOUR, MINUTE, advanceClock, setNow } from "~/utils/clock";
import { copenhagenToUtc } from "~/utils/dates";
import { desk, deskAction, sendInquiry } from "../support/desk";
import { cookieFor, makeEmployer, makeUser } from "../support/factories";

describe("the desk opens where the work is", () => {
  it("a consultant with nothing of their own lands on the unassigned ones; every tab counts overdue and due-soon inquiries", async () => {
    setNow(copenhagenToUtc("2026-11-23", "09:00:00"));
    const employer = await makeEmployer();
    const karin = await makeUser("consultant");
    const jonas = await makeUser("consultant");
    let karinCookie = await cookieFor(karin.id);

    const overdue = await sendInquiry(employer.cookie, { subject: "Overskredet" });
    advanceClock(6 * HOUR);
    const soonOwn = await sendInquiry(await cookieFor(employer.user.id), { subject: "Karins" });
    expect((await deskAction(karinCookie, soonOwn, { intent: "take" })).status).toBe(302);
    advanceClock(21 * HOUR); // the first is 3 hours overdue, Karin's has 3 hours left
    await sendInquiry(await cookieFor(employer.user.id), { subject: "Ny" });

    karinCookie = await cookieFor(karin.id);
    const jonasCookie = await cookieFor(jonas.id);
    // Jonas has nothing of his own: the desk opens on the unassigned ones, the overdue one first.
    const landing = await desk(jonasCookie);
    expect(landing.query.visning).toBe("ufordelt");
    expect(landing.inquiries.map((i: any) => i.id)[0]).toBe(overdue);
    expect(landing.counts).toEqual({
      mine: { total: 0, overdue: 0, soon: 0 },
      unassigned: { total: 2, overdue: 1, soon: 0 },
      team: { total: 3, overdue: 1, soon: 1 },
    });
    // An explicit choice in the URL still wins.
    const mine = await desk(jonasCookie, "?visning=mine");
    expect(mine.query.visning).toBe("mine");
    expect(mine.inquiries).toEqual([]);

    // Karin has one of her own, due within 4 hours: she lands on "Mine".
    const karinDesk = await desk(karinCookie);
    expect(karinDesk.query.visning).toBe("mine");
    expect(karinDesk.counts.mine).toEqual({ total: 1, overdue: 0, soon: 1 });

    advanceClock(3 * HOUR + MINUTE);
    expect((await desk(await cookieFor(karin.id))).counts.mine).toEqual({ total: 1, overdue: 1, soon: 0 });
  });
});
