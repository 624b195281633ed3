using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AwsLinq.LocalAws.Hosting;

/// <summary>
/// The parameters of a query-protocol request (EC2, SQS): those of the query string and of a form body, the form
/// winning where both have one.
/// </summary>
internal static class QueryParameters
{
    // The SDK sends one form field per list member, so a large CreateTags goes past ASP.NET's default of 1,024.
    private static readonly FormOptions Form = new() { ValueCountLimit = int.MaxValue, KeyLengthLimit = int.MaxValue };

    public static async Task<Dictionary<string, string>> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in request.Query)
        {
            parameters[name] = values.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(Form, context.RequestAborted).ConfigureAwait(false);
            foreach (var (name, values) in form)
            {
                parameters[name] = values.ToString();
            }
        }

        return parameters;
    }

    /// <summary>
    /// Reads a URL-encoded form body ahead, so that services can tell an unsigned request by its <c>Action</c> and
    /// <c>Version</c>; <see cref="ReadAsync"/> then finds it read.
    /// </summary>
    public static async Task BufferFormAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.HasFormContentType && !request.HasFormDataContentType())
        {
            await request.ReadFormAsync(Form, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>A parameter of the query string or of a form body already read; never reads the body.</summary>
    public static string? Peek(HttpRequest request, string name)
    {
        if (request.HttpContext.Features.Get<IFormFeature>()?.Form is { } form && form.TryGetValue(name, out var field))
        {
            return field.ToString();
        }

        return request.Query.TryGetValue(name, out var value) ? value.ToString() : null;
    }

    private static bool HasFormDataContentType(this HttpRequest request) =>
        request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;
}
