import type { selfServiceDa } from "./selfService.da";

export const selfServiceEn: Record<keyof typeof selfServiceDa, string> = {
  "layout.month": "Month",
  "layout.completed": "Completed",
};
