// Starts local-aws-sqs for the .NET tests (see tests/AwsLinq.Tests/Infrastructure/LocalAwsSqsServer.cs).
// The package has no CLI and its hostname defaults to "localhost"; the tests want the emulator on 127.0.0.1 only,
// on a port the OS picks (createSqsServer writes the bound port into queue URLs once it listens).
import localAwsSqs from "local-aws-sqs";

const server = await localAwsSqs.createSqsServer({
  port: Number.parseInt(process.env.LOCAL_AWS_SQS_PORT ?? "0", 10),
  hostname: "127.0.0.1",
  // The account LocalAws and fauxqs use, so that queue URLs look alike across emulators.
  accountId: "000000000000",
  region: process.env.LOCAL_AWS_SQS_REGION ?? "us-east-1",
  // By default a deleted queue stays listed for 60 s and its name cannot be reused (SQS's documented worst case).
  // Tests want a deleted queue gone at once, as LocalAws and fauxqs do; LOCAL_AWS_SQS_QUEUE_LIFECYCLE=true restores it.
  emulateQueueCreationLifecycle: process.env.LOCAL_AWS_SQS_QUEUE_LIFECYCLE === "true",
});

// The test host reads this line to learn the port; keep its format in step with LocalAwsSqsServer.cs.
console.log(`local-aws-sqs listening at http://127.0.0.1:${server.address().port}`);

// With --exit-with-stdin the test host holds our stdin open; when it dies without disposing us,
// stdin closes and we exit rather than linger as an orphan.
if (process.argv.includes("--exit-with-stdin")) {
  process.stdin.on("end", () => process.exit(0));
  process.stdin.resume();
}
