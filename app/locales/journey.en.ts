import type { journeyDa } from "./journey.da";

export const journeyEn: Record<keyof typeof journeyDa, string> = {
  "inquiry.serviceRequest": "Service",
  "inquiry.openServiceRequest": "Open the service request",
};
