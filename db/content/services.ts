/**
 * The service catalogue's first entries (issue 16), written by the migration that creates the
 * services table. Staff keep the catalogue in the portal afterwards; this file is the start only.
 */
import type { ServiceContent } from "../schema";

export type ServiceSeed = { slug: string; position: number; team: string; content: ServiceContent };

export const serviceSeeds: ServiceSeed[] = [
  {
    slug: "besoeg-af-fastholdelseskonsulent",
    position: 1,
    team: "Virksomhedsteamet",
    content: {
      da: {
        title: "Besøg af en fastholdelseskonsulent",
        what: "En konsulent besøger jer og taler om en eller flere sygemeldte medarbejdere: hvad kan de, og hvad kan I gøre for at holde fast i dem.",
        forWhom: "Virksomheder med en sygemeldt medarbejder eller med mange sygedage.",
        cost: "Gratis for virksomheden.",
        duration: "1–2 timer. Vi aftaler tid inden for en uge.",
        documents: "Ingen.",
      },
      en: {
        title: "A visit from a retention consultant",
        what: "A consultant visits you and talks about one or more employees on sick leave: what they can do, and what you can do to keep them.",
        forWhom: "Companies with an employee on sick leave or with many sick days.",
        cost: "Free for the company.",
        duration: "1–2 hours. We agree on a time within a week.",
        documents: "None.",
      },
    },
  },
  {
    slug: "rundbordssamtale",
    position: 2,
    team: "Sygedagpengeteamet",
    content: {
      da: {
        title: "Rundbordssamtale",
        what: "Et møde med medarbejderen, lederen og jobcentret – og gerne tillidsrepræsentanten, fagforeningen eller lægen – om vejen tilbage i arbejde.",
        forWhom: "En sygemeldt medarbejder og arbejdspladsen.",
        cost: "Gratis for virksomheden.",
        duration: "Cirka 1 time.",
        documents: "Gerne en udfyldt mulighedserklæring eller et udkast til en fastholdelsesplan.",
      },
      en: {
        title: "Round-table meeting",
        what: "A meeting with the employee, the manager and the jobcentre – and if wished the staff representative, the union or the doctor – about the way back to work.",
        forWhom: "An employee on sick leave and the workplace.",
        cost: "Free for the company.",
        duration: "About 1 hour.",
        documents: "Preferably a completed mulighedserklæring or a draft retention plan.",
      },
    },
  },
  {
    slug: "ergonomisk-vurdering",
    position: 3,
    team: "Hjælpemiddelteamet",
    content: {
      da: {
        title: "Ergonomisk vurdering",
        what: "En ergoterapeut eller fysioterapeut ser på arbejdspladsen og opgaverne og foreslår ændringer, så medarbejderen kan arbejde uden at blive forværret.",
        forWhom: "Medarbejdere med gener i bevægeapparatet, fx ryg, skuldre eller arme.",
        cost: "Gratis for virksomheden.",
        duration: "Et besøg på 1–2 timer og en kort skriftlig anbefaling.",
        documents: "En beskrivelse af arbejdsopgaverne.",
      },
      en: {
        title: "Ergonomic assessment",
        what: "An occupational therapist or physiotherapist looks at the workplace and the tasks and suggests changes so the employee can work without getting worse.",
        forWhom: "Employees with musculoskeletal problems, e.g. back, shoulders or arms.",
        cost: "Free for the company.",
        duration: "A visit of 1–2 hours and a short written recommendation.",
        documents: "A description of the work tasks.",
      },
    },
  },
  {
    slug: "psykolog-eller-mentor-ved-stress",
    position: 4,
    team: "Sygedagpengeteamet",
    content: {
      da: {
        title: "Samtaler med psykolog eller mentor ved stress",
        what: "Et kort forløb med en psykolog eller en mentor, der hjælper medarbejderen med at komme tilbage i et tempo, der holder.",
        forWhom: "Medarbejdere, der er sygemeldt med stress eller har svært ved at vende tilbage.",
        cost: "Gratis for virksomheden.",
        duration: "Typisk 4–6 samtaler over 2–3 måneder.",
        documents: "Ingen. Jobcentret taler med medarbejderen først.",
      },
      en: {
        title: "Talks with a psychologist or a mentor for stress",
        what: "A short course with a psychologist or a mentor who helps the employee return at a pace that lasts.",
        forWhom: "Employees on sick leave with stress or who find it hard to return.",
        cost: "Free for the company.",
        duration: "Typically 4–6 talks over 2–3 months.",
        documents: "None. The jobcentre talks to the employee first.",
      },
    },
  },
  {
    slug: "hjaelpemidler-og-tilpasning",
    position: 5,
    team: "Hjælpemiddelteamet",
    content: {
      da: {
        title: "Hjælpemidler og tilpasning af arbejdspladsen",
        what: "Vi hjælper med at finde og søge om hjælpemidler og mindre ændringer af arbejdspladsen, som gør det muligt at blive i jobbet.",
        forWhom: "Medarbejdere med en nedsat funktionsevne, der påvirker arbejdet.",
        cost: "Vejledningen er gratis. Om et hjælpemiddel kan bevilges, afgøres i den enkelte sag.",
        duration: "Afhænger af hjælpemidlet. Vi vender tilbage med en plan inden for en uge.",
        documents: "En beskrivelse af opgaverne og, hvis I har det, et tilbud på hjælpemidlet.",
      },
      en: {
        title: "Aids and workplace adjustments",
        what: "We help find and apply for aids and small changes to the workplace that make it possible to stay in the job.",
        forWhom: "Employees with a reduced ability that affects the work.",
        cost: "The advice is free. Whether an aid can be granted is decided case by case.",
        duration: "Depends on the aid. We come back with a plan within a week.",
        documents: "A description of the tasks and, if you have one, a quote for the aid.",
      },
    },
  },
  {
    slug: "kursus-i-sygefravaerssamtaler",
    position: 6,
    team: "Virksomhedsteamet",
    content: {
      da: {
        title: "Kursus for ledere i sygefraværssamtaler",
        what: "Et kursus for ledere og HR om den gode sygefraværssamtale: hvad I må spørge om, og hvordan I taler om opgaver og tilpasning.",
        forWhom: "Ledere og HR-medarbejdere.",
        cost: "Gratis for virksomheden.",
        duration: "En halv dag.",
        documents: "Ingen.",
      },
      en: {
        title: "A course for managers in sickness-absence talks",
        what: "A course for managers and HR on the good sickness-absence talk: what you may ask, and how to talk about tasks and adjustments.",
        forWhom: "Managers and HR staff.",
        cost: "Free for the company.",
        duration: "Half a day.",
        documents: "None.",
      },
    },
  },
];
