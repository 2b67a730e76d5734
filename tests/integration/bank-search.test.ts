// The praktikpladsbank's search in SQL (issue 14): the filters and the facet counts, on both databases.
import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { insertOffer, type OfferInput } from "~/models/placementOffer.server";
import { setNow } from "~/utils/clock";
import { bank, placementValues } from "../support/praktik";
import { cookieFor, makeEmployer, makeUser } from "../support/factories";

const base: OfferInput = {
  title: "Plads",
  tasks: "Opgaver",
  industry: "logistics",
  address: "Vej 1",
  postcode: "7400",
  municipality: "Herning",
  hoursMin: 10,
  hoursMax: 25,
  availableFrom: "2026-12-01",
  maxWeeks: 13,
  accommodations: ["reduced_hours"],
  contactName: "Lone",
  contactPhone: "12345678",
  contactEmail: "lone@example.test",
  places: 1,
};

/** Two accepted placements on an offer of two places: it is full. */
async function fill(offerId: string, companyId: string, userId: string) {
  for (const n of [1, 2])
    await db
      .insertInto("placements")
      .values(
        placementValues({
          id: `full${n}${offerId}`.slice(0, 40),
          company_id: companyId,
          requested_by: userId,
          requested_at: "2026-11-20T08:00:00.000Z",
          status: "accepted",
          offer_id: offerId,
          host_company_id: companyId,
        }),
      )
      .execute();
}

describe("searching the bank", () => {
  it("filters by industry, postcode (or its beginning), municipality, hours, availability and accommodations, and counts each choice given the other filters", async () => {
    setNow(new Date("2026-11-23T08:00:00.000Z"));
    const { company, user } = await makeEmployer();
    const cookie = await cookieFor((await makeUser("consultant")).id);
    const offer = async (input: Partial<OfferInput>) => (await insertOffer(db, company.id, user.id, { ...base, ...input })).id;
    const ids = {
      a: await offer({ postcode: "7400", municipality: "Herning", accommodations: ["reduced_hours", "no_heavy_lifting"] }),
      b: await offer({
        industry: "office",
        postcode: "7430",
        municipality: "Ikast-Brande",
        hoursMin: 5,
        hoursMax: 15,
        availableFrom: "2027-01-04",
        accommodations: ["quiet_workplace", "reduced_hours"],
      }),
      c: await offer({ postcode: "6800", municipality: "Varde", hoursMin: 20, hoursMax: 37 }),
      full: await offer({ places: 2 }),
      paused: await offer({}),
    };
    await fill(ids.full, company.id, user.id);
    await db.updateTable("placement_offers").set({ status: "paused" }).where("id", "=", ids.paused).execute();
    const name = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
    const found = async (query: string) => ((await bank(cookie, query)).offers as { id: string }[]).map((o) => name[o.id]).sort();

    expect(await found("")).toEqual(["a", "b", "c"]); // neither a full nor a paused offer is shown
    expect(await found("?branche=logistics")).toEqual(["a", "c"]);
    expect(await found("?postnr=74")).toEqual(["a", "b"]);
    expect(await found("?postnr=7430")).toEqual(["b"]);
    expect(await found("?kommune=Varde")).toEqual(["c"]);
    expect(await found("?timer=12")).toEqual(["a", "b"]);
    expect(await found("?timer=30")).toEqual(["c"]);
    expect(await found("?ledig=15.12.2026")).toEqual(["a", "c"]);
    expect(await found("?acc_reduced_hours=on")).toEqual(["a", "b", "c"]);
    expect(await found("?acc_reduced_hours=on&acc_no_heavy_lifting=on")).toEqual(["a"]);
    expect(await found("?branche=office&postnr=74&timer=10&acc_quiet_workplace=on")).toEqual(["b"]);

    const counted = await bank(cookie, "?postnr=74");
    expect(counted.total).toBe(2);
    expect(counted.counts.byIndustry).toMatchObject({ logistics: 1, office: 1, retail: 0 });
    expect(counted.counts.byAccommodation).toMatchObject({ reduced_hours: 2, no_heavy_lifting: 1, quiet_workplace: 1, mentor: 0 });
    // The industry's own counts ignore the chosen industry; the accommodations' respect it.
    const logistics = await bank(cookie, "?postnr=74&branche=logistics");
    expect(logistics.total).toBe(1);
    expect(logistics.counts.byIndustry).toMatchObject({ logistics: 1, office: 1 });
    expect(logistics.counts.byAccommodation).toMatchObject({ reduced_hours: 1, no_heavy_lifting: 1, quiet_workplace: 0 });
  });
});
