// Starts fauxqs for the .NET tests (see tests/AwsLinq.Tests/Infrastructure/FauxqsServer.cs).
// fauxqs's own CLI always listens on 0.0.0.0 and on a fixed port; the tests want the emulator
// reachable from this machine only, on a port the OS picks so parallel test runs never collide.
import { buildApp } from "fauxqs";

const port = Number.parseInt(process.env.FAUXQS_PORT ?? "0", 10);
const app = buildApp({ logger: process.env.FAUXQS_LOGGER === "true" });
const address = await app.listen({ port, host: "127.0.0.1" });

// The test host reads this line to learn the port; keep its format in step with FauxqsServer.cs.
console.log(`fauxqs listening at ${address}`);

// With --exit-with-stdin the test host holds our stdin open; when it dies without disposing us,
// stdin closes and we exit rather than linger as an orphan.
if (process.argv.includes("--exit-with-stdin")) {
  process.stdin.on("end", () => process.exit(0));
  process.stdin.resume();
}
