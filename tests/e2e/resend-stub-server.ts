// The Resend-compatible stub as a process of its own, for the end-to-end tests that run the app with a Resend key.
import { ResendStub } from "../support/resend-stub";

const port = Number(process.env.STUB_PORT ?? 3102);
await new ResendStub().start(port);
console.log(`resend stub on http://127.0.0.1:${port}`);
