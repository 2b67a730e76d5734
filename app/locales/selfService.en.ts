import type { selfServiceDa } from "./selfService.da";

export const selfServiceEn: Record<keyof typeof selfServiceDa, string> = {
  "layout.month": "Month",
  "layout.completed": "Completed",
  "steps.done": "Step {step} completed: {title}",
  "steps.error": "Error in step {step}: {title}",
  "steps.ft.label": "The Fast Track process",
  "steps.ft.request": "Request",
  "steps.ft.consent": "The employee's consent",
  "steps.ft.consentBy": "Answer by",
  "steps.ft.first": "First conversation",
  "steps.ft.normal": "Normal follow-up",
  "functionLinks.label": "Actions",
  "charLimit.max": "You can write up to {max} characters.",
  "charLimit.left": "You have {count} characters left",
  "charLimit.over": "You have {count} characters too many",
  "planEditor.sections": "Parts of the plan",
  "planEditor.noTasks": "No tasks yet.",
  "planEditor.noAccommodations": "No measures yet.",
  "planEditor.addTask": "Add a task",
  "planEditor.addAccommodation": "Add a measure",
  "planEditor.addMeeting": "Add a meeting",
};
