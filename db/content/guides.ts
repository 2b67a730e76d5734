/**
 * The guides' first versions (issue 16), written by the migration that creates the guides table.
 * The content is what ../shared/DOMAIN.md says, with its sources; where a rule is this jobcenter's
 * practice rather than law, the text says so. Staff change guides in the portal afterwards: this
 * file is the starting point only and must not be edited to change a live guide.
 */
import type { GuideContent } from "../schema";

export type GuideSeed = { slug: string; position: number; content: GuideContent };

const both = (da: string, en: string) => ({ da, en });

export const guideSeeds: GuideSeed[] = [
  {
    slug: "fast-track",
    position: 1,
    content: {
      title: both("Fast Track – tidlig opfølgning", "Fast Track – early follow-up"),
      summary: both(
        "Når en medarbejder ikke ventes tilbage inden for 8 uger, kan I bede jobcentret om at gå i gang tidligt. Anmodningen skal komme inden for de første 5 uger af sygefraværet.",
        "When an employee is not expected back within 8 weeks, you can ask the jobcentre to start early. The request must come within the first 5 weeks of the absence.",
      ),
      sections: [
        {
          anchor: "hvem",
          heading: both("Hvem kan bede om Fast Track?", "Who can ask for Fast Track?"),
          markdown: both(
            "Både arbejdsgiveren og den sygemeldte medarbejder kan bede om Fast Track, når medarbejderen **ikke ventes at være tilbage i fuldt omfang inden for 8 uger** fra første fraværsdag.\n\nArbejdsgiverens ret står i sygedagpengeloven § 7 c, medarbejderens i § 7 e.",
            "Both the employer and the sick-listed employee can ask for Fast Track when the employee is **not expected back in full within 8 weeks** of the first day of absence.\n\nThe employer's right is in the Sickness Benefit Act (sygedagpengeloven) section 7 c, the employee's in section 7 e.",
          ),
        },
        {
          anchor: "hvornaar",
          heading: both("Hvornår: 5-ugers-reglen", "When: the 5-week rule"),
          markdown: both(
            "Anmodningen skal komme **inden for de første 5 uger** af sygefraværet. Første fraværsdag tæller som dag 1, så den sidste dag, hvor I kan bede om Fast Track, er første fraværsdag + 34 dage.\n\nKommer anmodningen senere, kan den ikke behandles som Fast Track. Så gælder den almindelige opfølgning: jobcentret holder den første opfølgningssamtale senest ved udgangen af 8. sygeuge.",
            "The request must come **within the first 5 weeks** of the absence. The first day of absence counts as day 1, so the last day you can ask for Fast Track is the first day of absence + 34 days.\n\nA later request cannot be handled as Fast Track. The normal follow-up applies instead: the jobcentre holds the first follow-up conversation by the end of week 8 of the absence.",
          ),
        },
        {
          anchor: "spoergsmaal",
          heading: both("Hvad vi spørger om – og hvorfor", "What we ask – and why"),
          markdown: both(
            "Anmodningen rummer tre spørgsmål. De er frivillige for arbejdsgiveren, og medarbejderen får de samme spørgsmål:\n\n1. Hvilke arbejdsfunktioner er påvirket af sygdommen?\n2. Hvor længe har sygdommen påvirket arbejdet?\n3. Er arbejdet blevet tilpasset medarbejderens situation?\n\nSvarene hjælper jobcentret med at forberede den første samtale, så den handler om, hvad medarbejderen kan, og hvordan arbejdet kan tilpasses. **Skriv ikke en diagnose** – den har vi ikke brug for, og I må ikke spørge om den (se vejledningen om helbredsoplysninger).\n\nSpørgsmålene følger af bekendtgørelse om opfølgning i sygedagpengesager, kapitel 3.",
            "The request carries three questions. They are optional for the employer, and the employee is asked the same questions:\n\n1. Which work functions are affected by the illness?\n2. For how long has the illness affected the work?\n3. Has the work been adapted to the employee's condition?\n\nThe answers help the jobcentre prepare the first conversation, so it is about what the employee can do and how the work can be adapted. **Do not write a diagnosis** – we do not need it, and you may not ask for it (see the guide on health information).\n\nThe questions follow from the executive order on follow-up in sickness benefit cases (bekendtgørelse om opfølgning i sygedagpengesager), chapter 3.",
          ),
        },
        {
          anchor: "samtykke",
          heading: both("Medarbejderens samtykke", "The employee's consent"),
          markdown: both(
            "Medarbejderen skal sige ja. Medarbejderen får jeres svar og har **2 bankdage** til at acceptere. Siger medarbejderen nej eller svarer ikke, gælder den almindelige opfølgning.\n\nI portalen får medarbejderen et sikkert link på e-mail og svarer der.",
            "The employee must agree. The employee receives your answers and has **2 bank days** to accept. If the employee says no or does not answer, the normal follow-up applies.\n\nIn the portal the employee gets a secure link by email and answers there.",
          ),
        },
        {
          anchor: "hvad-sker-der",
          heading: both("Hvad sker der bagefter – og hvornår", "What happens next – and when"),
          markdown: both(
            "Jobcentret holder den første opfølgningssamtale med medarbejderen **senest 2 uger efter anmodningen**. I portalen kan I se sagen, fristen og jeres kontaktperson i jobcentret.\n\nEfter samtalen kan det for eksempel blive aktuelt med en fastholdelsesplan, en delvis raskmelding eller virksomhedspraktik.",
            "The jobcentre holds the first follow-up conversation with the employee **no later than 2 weeks after the request**. In the portal you can see the case, the deadline and your contact person at the jobcentre.\n\nAfter the conversation, a retention plan, a partial return to work or a work placement may be next.",
          ),
        },
        {
          anchor: "kilder",
          heading: both("Kilder", "Sources"),
          markdown: both(
            "- Sygedagpengeloven § 7 c (arbejdsgiverens anmodning) og § 7 e (medarbejderens anmodning)\n- Bekendtgørelse om opfølgning i sygedagpengesager, kapitel 3\n- Lovene kan læses på [retsinformation.dk](https://www.retsinformation.dk)",
            "- The Sickness Benefit Act (sygedagpengeloven) section 7 c (the employer's request) and section 7 e (the employee's request)\n- Executive order on follow-up in sickness benefit cases, chapter 3\n- The acts are published at [retsinformation.dk](https://www.retsinformation.dk) (in Danish)",
          ),
        },
      ],
    },
  },
  {
    slug: "fastholdelsesplan",
    position: 2,
    content: {
      title: both("Fastholdelsesplanen", "The retention plan"),
      summary: both(
        "En fastholdelsesplan beskriver, hvordan medarbejderen kommer tilbage i arbejde – helt eller delvist – så hurtigt som muligt. Medarbejderen kan bede om den, og I skriver den sammen.",
        "A retention plan describes how the employee returns to work – fully or partly – as quickly as possible. The employee can ask for one, and you write it together.",
      ),
      sections: [
        {
          anchor: "hvem",
          heading: both("Hvem kan bede om en plan?", "Who can ask for a plan?"),
          markdown: both(
            "**Kun medarbejderen** kan bede om en fastholdelsesplan. Det kan ske når som helst, når medarbejderen ikke ventes tilbage inden for 8 uger. Arbejdsgiveren kan sige nej.\n\nI kan selvfølgelig foreslå en plan – men det er medarbejderen, der har retten til at bede om den.",
            "**Only the employee** can ask for a retention plan. It can happen at any time when the employee is not expected back within 8 weeks. The employer may decline.\n\nYou are welcome to suggest a plan – but the right to ask for one is the employee's.",
          ),
        },
        {
          anchor: "indhold",
          heading: both("Hvad står der i planen?", "What does the plan hold?"),
          markdown: both(
            "Loven fastsætter ingen bestemt form og ingen frist. Typisk indhold:\n\n- en optrapning af timer og opgaver\n- ændrede eller lettere opgaver – hvad medarbejderen kan, kan med tilpasning og ikke kan\n- hjælpemidler og tilpasninger af arbejdspladsen\n- brug af jobcentrets tilbud\n\nPlanen handler om arbejdet, ikke om sygdommen. Skriv ikke diagnoser eller behandling i planen.",
            "The law sets no form and no deadline. Typical content:\n\n- a step-up of hours and tasks\n- changed or lighter tasks – what the employee can do, can do with accommodation and cannot do\n- aids and adjustments of the workplace\n- use of the jobcentre's services\n\nThe plan is about the work, not the illness. Do not write diagnoses or treatment in the plan.",
          ),
        },
        {
          anchor: "underskrift",
          heading: both("Godkendelse og opfølgning", "Approval and follow-up"),
          markdown: both(
            "Medarbejderen tager planen med til næste opfølgning i jobcentret. I denne portal skriver I planen sammen, jobcentrets konsulent kan være med, og planen gælder, når både I og medarbejderen har godkendt samme version. Det er portalens måde at gøre det på – loven kræver ikke en bestemt underskrift.",
            "The employee brings the plan to the next follow-up at the jobcentre. In this portal you write the plan together, the jobcentre's consultant can take part, and the plan applies when both you and the employee have approved the same version. That is how this portal does it – the law does not require a particular signature.",
          ),
        },
        {
          anchor: "kilder",
          heading: both("Kilder", "Sources"),
          markdown: both(
            "- Sygedagpengeloven § 7 b\n- [retsinformation.dk](https://www.retsinformation.dk)",
            "- The Sickness Benefit Act (sygedagpengeloven) section 7 b\n- [retsinformation.dk](https://www.retsinformation.dk)",
          ),
        },
      ],
    },
  },
  {
    slug: "delvis-raskmelding",
    position: 3,
    content: {
      title: both("Delvis raskmelding", "Partial return to work"),
      summary: both(
        "Medarbejderen arbejder nogle timer og er sygemeldt resten. Det holder kontakten til arbejdspladsen og gør vejen tilbage kortere.",
        "The employee works some hours and is on sick leave for the rest. It keeps the contact with the workplace and shortens the way back.",
      ),
      sections: [
        {
          anchor: "fire-timer",
          heading: both("4-timers-reglen", "The 4-hour rule"),
          markdown: both(
            "Fraværet skal være **mindst 4 timer om ugen**, for at medarbejderen kan være delvist sygemeldt. Arbejder medarbejderen så meget, at fraværet bliver under 4 timer om ugen, er medarbejderen ikke længere sygemeldt.",
            "The absence must be **at least 4 hours a week** for the employee to be partly on sick leave. If the employee works so much that the absence drops below 4 hours a week, the employee is no longer on sick leave.",
          ),
        },
        {
          anchor: "aftale",
          heading: both("Hvem bestemmer?", "Who decides?"),
          markdown: both(
            "Arbejdsgiveren har ikke pligt til at sige ja til en delvis raskmelding. Jobcentret godkender ordningen. Timerne sættes op, efterhånden som helbredet bliver bedre – gerne efter en optrapningsplan i fastholdelsesplanen.",
            "The employer is not obliged to agree to a partial return. The jobcentre approves the arrangement. The hours go up as health improves – preferably following a step-up schedule in the retention plan.",
          ),
        },
        {
          anchor: "maal",
          heading: both("Jobcentrets mål", "The jobcentre's target"),
          markdown: both(
            "Vi arbejder for, at mindst 25 % af de sygemeldte er delvist raskmeldt. Det er et lokalt mål, ikke et lovkrav.",
            "We work for at least 25 % of those on sick leave to be on a partial return. That is a local target, not a legal requirement.",
          ),
        },
      ],
    },
  },
  {
    slug: "virksomhedspraktik",
    position: 4,
    content: {
      title: both("Virksomhedspraktik", "Work placements (virksomhedspraktik)"),
      summary: both(
        "En sygemeldt medarbejder kan prøve kræfter med andre opgaver i praktik – hos jer eller i en anden virksomhed. I kan også selv tage imod en praktikant fra jobcentret.",
        "A sick-listed employee can try other tasks in a work placement – with you or at another company. You can also host a candidate from the jobcentre.",
      ),
      sections: [
        {
          anchor: "egen-medarbejder",
          heading: both("Praktik for jeres egen medarbejder", "A placement for your own employee"),
          markdown: both(
            "Sygemeldte medarbejdere kan komme i virksomhedspraktik for at fastholde tilknytningen til arbejdsmarkedet – også i en anden virksomhed, hvis opgaverne hos jer ikke kan tilpasses.",
            "Sick-listed employees can do a work placement to keep their attachment to work – also at another company if the tasks with you cannot be adapted.",
          ),
        },
        {
          anchor: "vaert",
          heading: both("Når I er vært for en praktikant", "When you host a candidate"),
          markdown: both(
            "I kan melde praktikpladser ind i jobcentrets praktikpladsbank. Jobcentret godkender hver praktik, før den begynder, og tillidsrepræsentantens samtykke bliver noteret.",
            "You can offer placements in the jobcentre's placement bank. The jobcentre approves every placement before it starts, and the staff representative's consent is recorded.",
          ),
        },
        {
          anchor: "varighed",
          heading: both("Hvor længe?", "How long?"),
          markdown: both(
            "- Jobparate: op til 4 uger.\n- Aktivitetsparate: op til 13 uger, som kan forlænges.\n- For sygemeldte på sygedagpenge har vi ikke fundet en fast lovbestemt grænse. Jobcentret bruger som udgangspunkt højst 13 uger og forlænger med en begrundelse. Det er lokal praksis.",
            "- Job-ready: up to 4 weeks.\n- Activity-ready: up to 13 weeks, which can be extended.\n- For people on sickness benefit we have found no fixed statutory limit. The jobcentre normally uses at most 13 weeks and extends with a stated reason. That is local practice.",
          ),
        },
        {
          anchor: "kilder",
          heading: both("Kilder", "Sources"),
          markdown: both(
            "- Lov om en aktiv beskæftigelsesindsats (LAB) § 58 og § 61\n- [retsinformation.dk](https://www.retsinformation.dk)",
            "- The Active Employment Act (lov om en aktiv beskæftigelsesindsats, LAB) sections 58 and 61\n- [retsinformation.dk](https://www.retsinformation.dk)",
          ),
        },
      ],
    },
  },
  {
    slug: "helbredsoplysninger",
    position: 5,
    content: {
      title: both("Hvad må arbejdsgiveren spørge om?", "What may the employer ask about health?"),
      summary: both(
        "I må spørge om, hvordan sygdommen påvirker arbejdet – aldrig om diagnosen.",
        "You may ask how the illness affects the work – never about the diagnosis.",
      ),
      sections: [
        {
          anchor: "maa",
          heading: both("Det må I spørge om", "What you may ask"),
          markdown: both(
            "- hvilke arbejdsfunktioner medarbejderen kan og ikke kan varetage\n- hvor længe fraværet ventes at vare\n- hvilke tilpasninger eller hjælpemidler der kan hjælpe",
            "- which work functions the employee can and cannot carry out\n- how long the absence is expected to last\n- which adjustments or aids could help",
          ),
        },
        {
          anchor: "maa-ikke",
          heading: both("Det må I ikke spørge om", "What you may not ask"),
          markdown: both(
            "I må **ikke** spørge om diagnosen eller om sygdommens art. Derfor har portalen intet felt til en diagnose, og den advarer, hvis en fritekst ligner en.\n\nDet, medarbejderen fortæller jobcentret om sit helbred, ser arbejdsgiveren ikke.",
            "You may **not** ask about the diagnosis or the nature of the illness. That is why the portal has no field for a diagnosis, and it warns when free text looks like one.\n\nWhat the employee tells the jobcentre about their health is not shown to the employer.",
          ),
        },
        {
          anchor: "kilder",
          heading: both("Kilder", "Sources"),
          markdown: both(
            "- Lov om brug af helbredsoplysninger m.v. på arbejdsmarkedet (helbredsoplysningsloven) § 2\n- [retsinformation.dk](https://www.retsinformation.dk)",
            "- The Act on the use of health information on the labour market (helbredsoplysningsloven) section 2\n- [retsinformation.dk](https://www.retsinformation.dk)",
          ),
        },
      ],
    },
  },
  {
    slug: "24-timers-loefte",
    position: 6,
    content: {
      title: both("Svar inden for 24 timer", "An answer within 24 hours"),
      summary: both(
        "Når I henvender jer til jobcentret, får I svar samme dag og altid inden for 24 timer. Det er vores løfte – ikke et lovkrav.",
        "When you contact the jobcentre, you get an answer the same day and always within 24 hours. That is our promise – not a legal requirement.",
      ),
      sections: [
        {
          anchor: "loeftet",
          heading: both("Løftet", "The promise"),
          markdown: both(
            "Vi svarer på enhver henvendelse fra en virksomhed samme dag og altid inden for 24 timer. Det gælder Fast Track-anmodninger, spørgsmål, kommentarer til en fastholdelsesplan, anmodninger om praktik og om jobcentrets tilbud.\n\nLøftet er et lokalt mål efter model fra Varde Kommune. Det står ikke i loven.",
            "We answer every contact from a company the same day and always within 24 hours. That covers Fast Track requests, questions, comments on a retention plan, placement requests and requests for the jobcentre's services.\n\nThe promise is a local target modelled on Varde Municipality. It is not in the law.",
          ),
        },
        {
          anchor: "svar",
          heading: both("Hvad tæller som svar?", "What counts as an answer?"),
          markdown: both(
            "Et skriftligt svar i portalen eller en telefonsamtale, som konsulenten noterer. Ved hver henvendelse kan I se, hvornår I senest får svar, og hvem der har den.",
            "A written reply in the portal or a phone call that the consultant logs. With every contact you can see when you will get an answer at the latest, and who has it.",
          ),
        },
      ],
    },
  },
];
