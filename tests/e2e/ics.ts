import ICAL from "ical.js";
import { expect, type Page } from "@playwright/test";
import { stubCalls } from "./support";

/** The .ics attached to the newest meeting email to an address, read back by ical.js. */
export async function icsTo(page: Page, to: string, subject: RegExp) {
  let text = "";
  await expect(async () => {
    const calls = await stubCalls(page);
    const mail = calls
      .filter((c) => c.path === "/emails")
      .map((c) => c.body)
      .reverse()
      .find((e) => [e.to].flat().includes(to) && subject.test(e.subject));
    expect(mail?.attachments?.length).toBe(1);
    text = Buffer.from(mail.attachments[0].content, "base64").toString("utf8");
  }).toPass({ timeout: 15_000 });
  const comp = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.register(new ICAL.Timezone(comp.getFirstSubcomponent("vtimezone")!));
  return { method: comp.getFirstPropertyValue("method"), event: new ICAL.Event(comp.getFirstSubcomponent("vevent")!) };
}
