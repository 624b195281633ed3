using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Hosting;

/// <summary>
/// The one terminal middleware of the server: picks the service, records the request, then writes the answer.
/// Recording comes first so that a client never sees a response the log lacks.
/// </summary>
/// <remarks>
/// A signed request goes to the service it was signed for. Any other goes to the first service, in registration
/// order, that claims its shape (read without the body, except a URL-encoded form, which is read first); the last one
/// registered (S3) claims everything, so every request is answered.
/// </remarks>
internal sealed class ServiceDispatcher(
    IReadOnlyList<ILocalService> services, RequestLog log, LatencyModel latency, TimeProvider time, Func<Uri> serviceUrl)
{
    public async Task DispatchAsync(HttpContext context)
    {
        log.Enter();
        try
        {
            await AnswerAsync(context).ConfigureAwait(false);
        }
        finally
        {
            log.Exit();
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        if (BrowserGuard.Refusal(context.Request, serviceUrl().Port) is { } refusal)
        {
            await RefuseAsync(context, refusal).ConfigureAwait(false);
            return;
        }

        if (SigningScope.ServiceOf(context.Request) is null)
        {
            // The query protocols (EC2, SQS) tell an unsigned request by the Action and Version in its form body.
            await QueryParameters.BufferFormAsync(context).ConfigureAwait(false);
        }

        var received = time.GetUtcNow();
        var latencyDelay = latency.Next();
        var service = Pick(context.Request);
        var outcome = await service.HandleAsync(context).ConfigureAwait(false);
        var record = latencyDelay == TimeSpan.Zero ? outcome.Record : outcome.Record with { Delay = outcome.Record.Delay + latencyDelay };
        if (record.Delay > TimeSpan.Zero)
        {
            // A timer, not a thread, so concurrent requests wait their delays at once. The wait counts once its timer
            // exists, so a test that sees it counted can move a fake clock and know the timer will fire.
            var wait = Task.Delay(record.Delay, time, context.RequestAborted);
            log.EnterWait();
            try
            {
                await wait.ConfigureAwait(false);
            }
            finally
            {
                log.ExitWait();
            }
        }

        log.Add(record with { Received = received, Answered = time.GetUtcNow() });
        if (outcome.Dropped)
        {
            // A fault: the client sees the connection close with no answer, as when a network path fails.
            context.Abort();
            return;
        }

        CloseIfBodyWithheld(context, outcome.Response);
        await WriteAsync(context, outcome.Response).ConfigureAwait(false);
    }

    /// <summary>
    /// A client that sent <c>Expect: 100-continue</c> holds its body back until told to send it; an error answered
    /// before reading the body leaves it unsent, or sent late, on the connection. RFC 9110 (10.1.1) lets the server
    /// close the connection then, so that the body is never parsed as the next request.
    /// </summary>
    private static void CloseIfBodyWithheld(HttpContext context, ServiceResponse response)
    {
        if (response.StatusCode >= StatusCodes.Status300MultipleChoices
            && context.Request.Headers.Expect.ToString().Contains("100-continue", StringComparison.OrdinalIgnoreCase))
        {
            response.Headers["Connection"] = "close";
        }
    }

    private async Task RefuseAsync(HttpContext context, string refusal)
    {
        var headers = context.Request.Headers;
        var logged = new Dictionary<string, string>(StringComparer.Ordinal) { ["Host"] = context.Request.Host.ToString() };
        foreach (var name in (string[])["Origin", "Sec-Fetch-Site"])
        {
            if (headers.TryGetValue(name, out var value))
            {
                logged[name] = value.ToString();
            }
        }

        log.Add(new ServedRequest(BrowserGuard.Service, "Refused", null, logged.AsReadOnly(), StatusCodes.Status403Forbidden));
        var response = new ServiceResponse(StatusCodes.Status403Forbidden)
        {
            ContentType = "text/plain; charset=utf-8",
            Body = ResponseBody.FromBytes(System.Text.Encoding.UTF8.GetBytes(refusal + "\n")),
        };

        // The body may never be read; closing keeps a withheld body from being parsed as the next request.
        response.Headers["Connection"] = "close";
        await WriteAsync(context, response).ConfigureAwait(false);
    }

    private ILocalService Pick(HttpRequest request)
    {
        var signedFor = SigningScope.ServiceOf(request);
        return services.FirstOrDefault(s => string.Equals(s.Name, signedFor, StringComparison.Ordinal))
            ?? services.First(s => s.Claims(request));
    }

    private static async Task WriteAsync(HttpContext context, ServiceResponse answer)
    {
        var response = context.Response;
        response.StatusCode = answer.StatusCode;
        foreach (var (name, value) in answer.Headers)
        {
            response.Headers[name] = value;
        }

        if (answer.ContentType is not null)
        {
            response.ContentType = answer.ContentType;
        }

        if (answer.Body is null)
        {
            if (answer.StatusCode != StatusCodes.Status204NoContent)
            {
                response.ContentLength = 0;
            }

            return;
        }

        response.ContentLength = answer.Body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await answer.Body.WriteToAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
