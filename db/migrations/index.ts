import type { Migration } from "kysely";
import * as m100000 from "./2026_11_23_100000_create_accounts";
import * as m100100 from "./2026_11_23_100100_create_absence_cases";
import * as m100200 from "./2026_11_23_100200_create_inquiries";
import * as m100300 from "./2026_11_23_100300_create_audit_and_jobs";
import * as m110000 from "./2026_11_23_110000_add_contact_consultants";
import * as m120000 from "./2026_11_23_120000_create_retention_plans";
import * as m130000 from "./2026_11_23_130000_create_placements";
import * as m140000 from "./2026_11_23_140000_create_newsletter";
import * as m20090000 from "./2026_12_02_090000_create_rate_limit_counters";
import * as m20100000 from "./2026_12_02_100000_add_user_lang";
import * as m20110000 from "./2026_12_02_110000_case_life";
import * as m20120000 from "./2026_12_02_120000_case_steps";
import * as m20113700 from "./2026_12_02_113700_progression_and_figures";
import * as m20120500 from "./2026_12_02_120500_meeting_attachments";
import * as m20143000 from "./2026_12_02_143000_keyset_indexes";
import * as m20163000 from "./2026_12_02_163000_create_guides_and_services";
import * as m20150000 from "./2026_12_02_150000_staff_second_factor";
import * as m20150100 from "./2026_12_02_150100_audit_and_retention_indexes";
import * as m20150200 from "./2026_12_02_150200_add_retention_markers";
import * as m20150300 from "./2026_12_02_150300_more_keyset_indexes";
import * as m20170500 from "./2026_12_02_170500_service_request_inquiry_idx";
import * as m20180000 from "./2026_12_02_180000_company_and_offer_keyset_indexes";
import * as m20183000 from "./2026_12_02_183000_case_last_activity";
import * as m20190000 from "./2026_12_02_190000_report_and_retention_indexes";
import * as m20200000 from "./2026_12_02_200000_report_covering_index";

/** Every migration, by file name. Add new files here; never edit a landed one. */
export const migrations: Record<string, Migration> = {
  "2026_11_23_100000_create_accounts": m100000,
  "2026_11_23_100100_create_absence_cases": m100100,
  "2026_11_23_100200_create_inquiries": m100200,
  "2026_11_23_100300_create_audit_and_jobs": m100300,
  "2026_11_23_110000_add_contact_consultants": m110000,
  "2026_11_23_120000_create_retention_plans": m120000,
  "2026_11_23_130000_create_placements": m130000,
  "2026_11_23_140000_create_newsletter": m140000,
  "2026_12_02_090000_create_rate_limit_counters": m20090000,
  "2026_12_02_100000_add_user_lang": m20100000,
  "2026_12_02_110000_case_life": m20110000,
  "2026_12_02_120000_case_steps": m20120000,
  "2026_12_02_113700_progression_and_figures": m20113700,
  "2026_12_02_120500_meeting_attachments": m20120500,
  "2026_12_02_143000_keyset_indexes": m20143000,
  "2026_12_02_163000_create_guides_and_services": m20163000,
  "2026_12_02_150000_staff_second_factor": m20150000,
  "2026_12_02_150100_audit_and_retention_indexes": m20150100,
  "2026_12_02_150200_add_retention_markers": m20150200,
  "2026_12_02_150300_more_keyset_indexes": m20150300,
  "2026_12_02_170500_service_request_inquiry_idx": m20170500,
  "2026_12_02_180000_company_and_offer_keyset_indexes": m20180000,
  "2026_12_02_183000_case_last_activity": m20183000,
  "2026_12_02_190000_report_and_retention_indexes": m20190000,
  "2026_12_02_200000_report_covering_index": m20200000,
};
