/** Links between the pages of a case's life (issue 13 wiring): the desk's inquiry to its service request, a case's meetings. */
export const journeyDa = {
  "inquiry.serviceRequest": "Tilbud",
  "inquiry.openServiceRequest": "Åbn anmodningen om tilbuddet",
} as const;
