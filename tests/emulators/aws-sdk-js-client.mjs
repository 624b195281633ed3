// Runs AWS SDK for JavaScript v3 commands for the .NET tests (see tests/AwsLinq.Tests/Infrastructure/JavaScriptSdk.cs):
// a client that is not AwsLinq's and that speaks SQS's JSON protocol, as current SDKs do.
// Each stdin line is one call, {"id", "service", "endpoint", "region", "command", "input"}; each stdout line answers
// one, {"id", "output"} or {"id", "error": {"name", "code", "status", "message"}}, in the order calls finish, so that
// a long poll can wait while other calls go through.
import { createInterface } from "node:readline";
import * as sqs from "@aws-sdk/client-sqs";

const services = { sqs: { module: sqs, client: sqs.SQSClient } };
const clients = new Map();

function clientFor(service, endpoint, region) {
  const key = `${service} ${endpoint} ${region}`;
  if (!clients.has(key)) {
    const { client: Client } = services[service];
    // One attempt: a test of an error must see the first answer, and the request log one request per call.
    clients.set(key, new Client({
      endpoint,
      region,
      maxAttempts: 1,
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }));
  }

  return clients.get(key);
}

async function run(call) {
  const service = services[call.service];
  const Command = service?.module[`${call.command}Command`];
  if (Command === undefined) {
    throw new Error(`No ${call.command}Command in the ${call.service} client.`);
  }

  return clientFor(call.service, call.endpoint, call.region).send(new Command(call.input ?? {}));
}

const answer = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);
const pending = new Set();

createInterface({ input: process.stdin }).on("line", (line) => {
  const call = JSON.parse(line);
  const done = run(call).then(
    (output) => answer({ id: call.id, output }),
    (e) => answer({
      id: call.id,
      error: { name: e.name, code: e.Code ?? e.name, status: e.$metadata?.httpStatusCode ?? null, message: e.message },
    }));
  pending.add(done);
  done.finally(() => pending.delete(done));
// When the test host closes stdin (or dies), the calls still running finish and the process ends.
}).on("close", () => Promise.allSettled([...pending]).then(() => process.exit(0)));

// The test host waits for this line before it sends a call.
console.log("aws-sdk-js ready");
